/**
 * Base class of the generated types (lib/types/) and what their
 * constructors share: turning an init object (a plain object literal, at any
 * depth) into instances, refusing member names the type doesn't have.
 */
import { describe, Error as OvirtError, withArticle } from './errors';
import { parseDateTime } from './xml/date';
import type { List } from './xml/tape';

export type { List };

/** Base of every generated struct type. */
export abstract class Struct {
  /** The object's URL on the engine, when it has one. */
  href?: string;
}

/**
 * Never true. Each generated constructor assigns every member of its type
 * under `else if (SIZE_HINT)`: the assignments never run, but V8 counts them
 * when it decides how much room a new object of the class gets, so an
 * object is made with a slot for each member (V8 trims what the first
 * objects of a class leave unused) instead of regrowing its property
 * storage every few members as the reader sets them one by one, which
 * allocated about as much again as the objects themselves.
 */
export const SIZE_HINT: boolean = false;

/** A generated struct class, as the constructors of other types see it. */
type StructClass = new () => Struct;

/** An init table entry: a value taken as given (strings, numbers, booleans, enums). */
export const VALUE = 0;
/** An init table entry: a date, given as a `Date` or an ISO 8601 string. */
export const DATE = 1;

/** How a constructor takes one member: as it is, as a date, as an instance of a class, or a list of one of those. */
export type InitEntry = typeof VALUE | typeof DATE | StructClass | readonly [typeof VALUE | typeof DATE | StructClass];

/** The members of a type as its constructor checks and converts them, made on first use. */
export interface InitTable {
  readonly className: string;
  members(): ReadonlyMap<string, InitEntry>;
}

const tables = new WeakMap<object, InitTable>();

/**
 * The init table of a generated class: `entries` names each member with how
 * it is taken; it runs on the first construction, when every class it names
 * is loaded (the types reference each other as the model does).
 */
export function initTable(cls: abstract new () => Struct, entries: () => Record<string, InitEntry>): InitTable {
  let members: Map<string, InitEntry> | undefined;
  const table: InitTable = {
    className: cls.name,
    members: () => (members ??= new Map(Object.entries(entries()))),
  };
  tables.set(cls, table);
  return table;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * The init objects being converted, outermost first, and the path of each
 * (`vm.cluster.dataCenter`): an init object that contains itself is refused
 * naming both places, rather than converted until the stack overflows; so is
 * one nested deeper than MAX_INIT_DEPTH, which no document can hold
 * (libxml2 reads at most 256 levels).
 */
const MAX_INIT_DEPTH = 256;
const converting: object[] = [];
const convertingPaths: string[] = [];

function convertStruct(value: unknown, cls: StructClass, path: string): Struct {
  if (value instanceof cls) return value;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !isPlainObject(value)) {
    throw new OvirtError(`${path} must be ${withArticle(cls.name)} or a plain object, got ${describe(value)}`);
  }
  const out = new cls();
  fill(out, value, tables.get(cls)!, path);
  return out;
}

function convert(value: unknown, entry: Exclude<InitEntry, readonly unknown[]>, path: string): unknown {
  if (entry === VALUE) return value;
  if (entry === DATE) {
    if (typeof value === 'string') {
      const ms = parseDateTime(value);
      if (Number.isNaN(ms)) throw new OvirtError(`${path} must be a Date or an ISO 8601 (xs:dateTime) string such as 2024-02-29T13:45:00Z, got ${describe(value)}`);
      return new Date(ms);
    }
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) throw new OvirtError(`${path} is an invalid Date`);
      return value;
    }
    if (value === null) return value; // not set, as for any member
    throw new OvirtError(`${path} must be a Date or an ISO 8601 (xs:dateTime) string, got ${describe(value)}`);
  }
  return convertStruct(value, entry, path);
}

function fill(target: Struct, init: object, table: InitTable, path: string): void {
  const outer = converting.indexOf(init);
  if (outer >= 0) throw new OvirtError(`${path} is ${convertingPaths[outer]}, which contains it: an object that contains itself cannot be converted`);
  if (converting.length >= MAX_INIT_DEPTH) {
    throw new OvirtError(`${path.length > 120 ? `${path.slice(0, 120)}...` : path} is nested deeper than ${MAX_INIT_DEPTH} objects`);
  }
  const members = table.members();
  const out = target as unknown as Record<string, unknown>;
  converting.push(init);
  convertingPaths.push(path);
  try {
    for (const key of Object.keys(init)) {
      const value = (init as Record<string, unknown>)[key];
      if (value === undefined) continue;
      const entry = members.get(key);
      const where = `${path}.${key}`;
      if (entry === undefined) throw new OvirtError(`${where}: ${table.className} has no member '${key}'`);
      if (typeof entry !== 'object') {
        out[key] = convert(value, entry, where);
        continue;
      }
      if (!Array.isArray(value)) throw new OvirtError(`${where} must be an array, got ${describe(value)}`);
      const list: List<unknown> = value.map((item, i) => convert(item, entry[0], `${where}[${i}]`));
      const href = (value as List<unknown>).href;
      if (href !== undefined) list.href = href;
      out[key] = list;
    }
  } finally {
    converting.pop();
    convertingPaths.pop();
  }
}

/**
 * Fills a new struct from an init object: nested plain objects become
 * instances of their types at any depth, ISO strings become Dates, and an
 * unknown member name, an instance of another type or a cycle is an error
 * naming the path from the object, named after its type, as the writer
 * does (`vm.cluster.nam`); nothing is silently dropped.
 */
export function initStruct(target: Struct, init: object, table: InitTable): void {
  if (typeof init !== 'object' || init === null || Array.isArray(init)) {
    throw new OvirtError(`${table.className} expects an init object, got ${describe(init)}`);
  }
  fill(target, init, table, table.className[0].toLowerCase() + table.className.slice(1));
}
