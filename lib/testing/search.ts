/**
 * The engine's search language, the part scripts use:
 *
 *   name=web* and status=up sortby name desc page 2
 *   Vms: cluster=prod-* or (status!=down and memory>4096)
 *
 * Conditions `field op value` with `=`, `!=`, `<`, `>`, `<=`, `>=`;
 * fields of a linked object as `object.field` (`vm.name=web*` for events,
 * `Clusters.name=prod` for data centers); a value alone is free text
 * (`mycluster`); `*` wildcards in values; quotes for values with spaces;
 * `and` (also implied between conditions), `or`, parentheses; then
 * `sortby field [asc|desc]` (several, comma separated) and `page N`. Text
 * comparisons ignore case unless `case_sensitive=true`.
 */
import { badRequest } from './faults';

export type Field = (name: string) => unknown;

type Node =
  | { kind: 'cond'; field: string; op: string; value: string }
  /** A value alone (`search=mycluster`): free text, matched against the entity's text. */
  | { kind: 'text'; value: string }
  | { kind: 'and' | 'or'; left: Node; right: Node };

/** The text free-text search looks at: the values it gets (name, description, ...). */
export type FreeText = () => unknown[];

export interface SortKey {
  field: string;
  descending: boolean;
}

export interface Search {
  where: Node | undefined;
  sort: SortKey[];
  /** 1-based page number, when `page N` is given. */
  page: number | undefined;
}

const OPS = ['!=', '<=', '>=', '=', '<', '>'];

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push(c);
      i++;
    } else if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      if (end < 0) throw badRequest(`Search query syntax error: unterminated quote in '${text}'`);
      tokens.push(`\u0000${text.slice(i + 1, end)}`); // marked as a quoted literal
      i = end + 1;
    } else {
      const op = OPS.find((o) => text.startsWith(o, i));
      if (op !== undefined) {
        tokens.push(op);
        i += op.length;
        continue;
      }
      let j = i;
      while (j < text.length && !/[\s()=<>!,"']/.test(text[j])) j++;
      if (j === i) throw badRequest(`Search query syntax error at '${text.slice(i)}'`);
      tokens.push(text.slice(i, j));
      i = j;
    }
  }
  return tokens;
}

const literal = (t: string): string => (t.startsWith('\u0000') ? t.slice(1) : t);
const isWord = (t: string | undefined, w: string): boolean => t !== undefined && !t.startsWith('\u0000') && t.toLowerCase() === w;

export function parseSearch(text: string): Search {
  // An object-type prefix such as `Vms:` or `Hosts :` is accepted and ignored.
  const body = text.replace(/^\s*[A-Za-z]+\s*:(?!\s*[=<>!])/, '');
  const tokens = tokenize(body);
  let pos = 0;
  const peek = (): string | undefined => tokens[pos];
  const next = (): string => {
    const t = tokens[pos++];
    if (t === undefined) throw badRequest(`Search query syntax error: unexpected end of '${text}'`);
    return t;
  };
  const atEnd = (): boolean => pos >= tokens.length || isWord(peek(), 'sortby') || isWord(peek(), 'page');

  function condition(): Node {
    if (peek() === '(') {
      next();
      const inner = or();
      if (next() !== ')') throw badRequest(`Search query syntax error: missing ')' in '${text}'`);
      return inner;
    }
    const field = literal(next());
    const op = peek();
    // A word with no operator after it is free text.
    if (op === undefined || !OPS.includes(op)) {
      if (op === '(' || op === ',') throw badRequest(`Search query syntax error at '${op}' in '${text}'`);
      return { kind: 'text', value: field };
    }
    next();
    const value = literal(next());
    return { kind: 'cond', field: field.toLowerCase(), op, value };
  }
  function and(): Node {
    let left = condition();
    while (!atEnd() && peek() !== ')' && !isWord(peek(), 'or')) {
      if (isWord(peek(), 'and')) next();
      left = { kind: 'and', left, right: condition() };
    }
    return left;
  }
  function or(): Node {
    let left = and();
    while (isWord(peek(), 'or')) {
      next();
      left = { kind: 'or', left, right: and() };
    }
    return left;
  }

  const where = atEnd() ? undefined : or();
  const sort: SortKey[] = [];
  let page: number | undefined;
  while (pos < tokens.length) {
    const t = next();
    if (isWord(t, 'sortby')) {
      do {
        if (peek() === ',') next();
        const field = literal(next()).toLowerCase();
        let descending = false;
        if (isWord(peek(), 'asc')) next();
        else if (isWord(peek(), 'desc')) {
          next();
          descending = true;
        }
        sort.push({ field, descending });
      } while (peek() === ',');
    } else if (isWord(t, 'page')) {
      const n = Number(literal(next()));
      if (!Number.isInteger(n) || n < 1) throw badRequest(`Search query syntax error: 'page' needs a positive number in '${text}'`);
      page = n;
    } else {
      throw badRequest(`Search query syntax error at '${literal(t)}' in '${text}'`);
    }
  }
  return { where, sort, page };
}

const patterns = new Map<string, RegExp>();

function pattern(value: string, caseSensitive: boolean): RegExp {
  const key = `${caseSensitive ? 1 : 0}${value}`;
  let re = patterns.get(key);
  if (re === undefined) {
    const source = value.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
    re = new RegExp(`^${source}$`, caseSensitive ? 's' : 'is');
    if (patterns.size > 1000) patterns.clear();
    patterns.set(key, re);
  }
  return re;
}

function asNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.getTime();
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  return undefined;
}

function compareOne(actual: unknown, op: string, value: string, caseSensitive: boolean): boolean {
  if (actual === undefined || actual === null) return op === '!=';
  if (op === '=' || op === '!=') {
    let hit: boolean;
    if (typeof actual === 'boolean') hit = String(actual) === value.toLowerCase();
    else {
      const n = asNumber(actual);
      const v = asNumber(value);
      if (n !== undefined && v !== undefined && typeof actual !== 'string') hit = n === v;
      else hit = pattern(value, caseSensitive).test(String(actual));
    }
    return op === '=' ? hit : !hit;
  }
  const n = asNumber(actual);
  const v = asNumber(value);
  let c: number;
  if (n !== undefined && v !== undefined) c = n - v;
  else {
    const a = caseSensitive ? String(actual) : String(actual).toLowerCase();
    const b = caseSensitive ? value : value.toLowerCase();
    c = a < b ? -1 : a > b ? 1 : 0;
  }
  return op === '<' ? c < 0 : op === '>' ? c > 0 : op === '<=' ? c <= 0 : c >= 0;
}

function evaluate(node: Node, field: Field, caseSensitive: boolean, text: FreeText): boolean {
  if (node.kind === 'text') {
    const re = pattern(`*${node.value}*`, caseSensitive);
    return text().some((v) => v !== undefined && v !== null && re.test(String(v)));
  }
  if (node.kind !== 'cond') {
    return node.kind === 'and'
      ? evaluate(node.left, field, caseSensitive, text) && evaluate(node.right, field, caseSensitive, text)
      : evaluate(node.left, field, caseSensitive, text) || evaluate(node.right, field, caseSensitive, text);
  }
  const actual = field(node.field);
  if (Array.isArray(actual)) {
    const any = actual.some((a) => compareOne(a, node.op === '!=' ? '=' : node.op, node.value, caseSensitive));
    return node.op === '!=' ? !any : any;
  }
  return compareOne(actual, node.op, node.value, caseSensitive);
}

export function matches(search: Search, field: Field, caseSensitive: boolean, text: FreeText): boolean {
  return search.where === undefined || evaluate(search.where, field, caseSensitive, text);
}

/** The fields named in the query (to check them before filtering). */
export function fieldsOf(search: Search): string[] {
  const out: string[] = [];
  const walk = (n: Node | undefined): void => {
    if (n === undefined) return;
    if (n.kind === 'cond') out.push(n.field);
    else if (n.kind !== 'text') {
      walk(n.left);
      walk(n.right);
    }
  };
  walk(search.where);
  for (const s of search.sort) out.push(s.field);
  return out;
}

export function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === undefined || a === null) return -1;
  if (b === undefined || b === null) return 1;
  const x = asNumber(a);
  const y = asNumber(b);
  if (x !== undefined && y !== undefined && typeof a !== 'string') return x - y;
  const s = String(a).toLowerCase();
  const t = String(b).toLowerCase();
  return s < t ? -1 : s > t ? 1 : 0;
}
