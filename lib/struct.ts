/**
 * Base class and helpers of the generated types (lib/types/).
 */
import { Error as OvirtError } from './errors';
import { xmlBinding } from './registry';
import { parseDateTime } from './xml/date';

/**
 * A list member. It is an ordinary array that may also carry the `href` the
 * engine gave for it (`<link rel="diskattachments" href="..."/>`), which
 * `connection.followLink()` fetches.
 */
export type List<T> = T[] & { href?: string };

/** Base of every generated struct type. */
export abstract class Struct {
  /** The object's URL on the engine, when it has one. */
  href?: string;
}

// Value kinds of the schema (see native/schema.h).
const KIND_MASK = 7;
const KIND_STRUCT = 6;
const KIND_DATE = 4;
const FLAG_LIST = 8;

interface InitTable {
  props: readonly string[];
  kinds: readonly number[];
  targets: readonly number[];
  byProp: Map<string, number>;
}
let initTables: InitTable[] | undefined;

function initTable(typeId: number): InitTable {
  if (initTables === undefined) {
    const b = xmlBinding();
    initTables = b.schema.types.map(([, , flat], t) => {
      const props = b.propNames[t];
      const kinds: number[] = [];
      const targets: number[] = [];
      for (let k = 0; k < flat.length; k += 5) {
        kinds.push(flat[k + 1]);
        targets.push(flat[k + 2]);
      }
      return { props, kinds, targets, byProp: new Map(props.map((p, i) => [p, i])) };
    });
  }
  return initTables[typeId];
}

/**
 * The init objects being converted (outermost first) and the path of each
 * (`Vm.cluster.dataCenter`): an init object that contains itself is refused
 * with both paths rather than converted until the stack overflows; so is
 * one nested deeper than MAX_INIT_DEPTH, which no document can hold
 * (libxml2 reads at most 256 levels).
 */
const MAX_INIT_DEPTH = 256;
const initsInProgress: object[] = [];
const initPaths: string[] = [];
/** The path of the init object convert() hands to a constructor next. */
let nextInitPath = '';

function convert(value: unknown, kind: number, target: number, where: string): unknown {
  switch (kind & KIND_MASK) {
    case KIND_STRUCT: {
      const cls = xmlBinding().classes[target] as unknown as new (init: object) => object;
      if (value instanceof cls) return value;
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new OvirtError(`${where} must be an object (a ${cls.name} or a plain object), got ${describe(value)}`);
      }
      // `where` is `Type.member` or `Type.member[i]`: its member part extends the path.
      nextInitPath = initPaths[initPaths.length - 1] + where.slice(where.indexOf('.'));
      return new cls(value);
    }
    case KIND_DATE:
      if (typeof value === 'string') {
        const ms = parseDateTime(value);
        if (Number.isNaN(ms)) throw new OvirtError(`${where} must be a Date or an ISO 8601 (xs:dateTime) string such as 2024-02-29T13:45:00Z, got ${describe(value)}`);
        return new Date(ms);
      }
      return value;
    default:
      return value;
  }
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '...' : value)}`;
  if (typeof value === 'object') return `an object (${(value as object).constructor?.name ?? 'Object'})`;
  return `${typeof value} ${String(value)}`;
}

/**
 * Fills a new struct from an init object: nested plain objects become
 * instances of their types at any depth, ISO strings become Dates, and an
 * unknown member name is an error (it would be silently lost otherwise).
 */
export function initStruct(target: Struct, init: object, typeId: number): void {
  if (typeof init !== 'object' || init === null || Array.isArray(init)) {
    throw new OvirtError(`${target.constructor.name} expects an init object, got ${describe(init)}`);
  }
  const path = nextInitPath || target.constructor.name;
  nextInitPath = '';
  const outer = initsInProgress.indexOf(init);
  if (outer >= 0) {
    throw new OvirtError(`${path} is ${initPaths[outer]}, which contains it: an object that contains itself cannot be converted`);
  }
  if (initsInProgress.length >= MAX_INIT_DEPTH) {
    throw new OvirtError(`${path.length > 120 ? `${path.slice(0, 120)}...` : path} is nested deeper than ${MAX_INIT_DEPTH} objects`);
  }
  initsInProgress.push(init);
  initPaths.push(path);
  try {
    fill(target, init, typeId);
  } finally {
    initsInProgress.pop();
    initPaths.pop();
  }
}

function fill(target: Struct, init: object, typeId: number): void {
  const table = initTable(typeId);
  const out = target as unknown as Record<string, unknown>;
  for (const key of Object.keys(init)) {
    const value = (init as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const index = table.byProp.get(key);
    if (index === undefined) {
      throw new OvirtError(`${target.constructor.name} has no member '${key}'`);
    }
    const kind = table.kinds[index];
    const where = `${target.constructor.name}.${key}`;
    if (kind & FLAG_LIST) {
      if (!Array.isArray(value)) throw new OvirtError(`${where} must be an array, got ${describe(value)}`);
      const list: List<unknown> = value.map((item, i) => convert(item, kind, table.targets[index], `${where}[${i}]`));
      const href = (value as List<unknown>).href;
      if (href !== undefined) list.href = href;
      out[key] = list;
    } else {
      out[key] = convert(value, kind, table.targets[index], where);
    }
  }
}
