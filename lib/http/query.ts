/**
 * Rendering of query parameters: the wire text of each value, and the
 * encoded query string of a request.
 */
import { Error as OvirtError } from '../errors';

function decimal(value: number, name: string): string {
  if (!Number.isFinite(value)) throw new OvirtError(`The query parameter '${name}' must be a finite number, got ${value}`);
  if (Number.isInteger(value)) return BigInt(value).toString();
  const text = String(value);
  // Plain decimal notation, never an exponent (1e-7): the engine parses decimals only.
  return text.includes('e') ? value.toFixed(20).replace(/0+$/, '') : text;
}

/**
 * The wire text of one query value: booleans `true`/`false`, numbers in
 * decimal, bigints, dates as ISO 8601 (UTC), strings (such as enum wire
 * values) as they are. Undefined means "not sent" and gives undefined.
 */
export function renderQueryValue(name: string, value: unknown): string | undefined {
  switch (typeof value) {
    case 'undefined':
      return undefined;
    case 'string':
      return value;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      return decimal(value, name);
    case 'bigint':
      return value.toString();
    case 'object':
      if (value === null) return undefined;
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) throw new OvirtError(`The query parameter '${name}' is an invalid Date`);
        return value.toISOString();
      }
      break;
    default:
      break;
  }
  throw new OvirtError(`The query parameter '${name}' must be a string, number, boolean, bigint or Date, got ${value === null ? 'null' : typeof value}`);
}

/**
 * The encoded query string (with its leading `?`, or '' when empty) of the
 * method's own parameters followed by the caller's extra ones. A name that
 * appears in both is sent once, with the caller's value.
 */
export function renderQuery(own: Record<string, unknown>, extra: Record<string, unknown> | undefined): string {
  if (extra === undefined) {
    // The common case, without a Map: the method's own names are all different.
    let query = '';
    for (const name in own) {
      if (!Object.hasOwn(own, name)) continue;
      const text = renderQueryValue(name, own[name]);
      if (text !== undefined) query += `${query === '' ? '?' : '&'}${encodeURIComponent(name)}=${encodeURIComponent(text)}`;
    }
    return query;
  }
  const values = new Map<string, string>();
  for (const source of [own, extra]) {
    if (source === undefined) continue;
    if (typeof source !== 'object' || source === null) throw new OvirtError(`The query parameters must be an object, got ${source === null ? 'null' : typeof source}`);
    for (const [name, value] of Object.entries(source)) {
      const text = renderQueryValue(name, value);
      if (text === undefined) continue;
      values.delete(name);
      values.set(name, text);
    }
  }
  if (values.size === 0) return '';
  const parts: string[] = [];
  for (const [name, text] of values) parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(text)}`);
  return `?${parts.join('&')}`;
}
