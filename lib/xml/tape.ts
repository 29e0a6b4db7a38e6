/**
 * The tapes between the native addon and the generated readers and writers
 * (the format is described in native/xml_reader.cc and native/xml_writer.cc).
 * Both classes are small and monomorphic so V8 inlines their methods into
 * the generated code.
 */
import { describe, Error as OvirtError, withArticle } from '../errors';
import { PROP_NAMES, STRUCT_NAMES } from '../generated/xml-schema';

/**
 * A list member. It is an ordinary array that may also carry the `href` the
 * engine gave for it (`<link rel="diskattachments" href="..."/>`), which
 * `connection.followLink()` fetches.
 */
export type List<T> = T[] & { href?: string };

const EMPTY_OPS = new Int32Array(0);
const EMPTY_NUMS = new Float64Array(0);

/** Cursor over a flushed part of a read tape. */
export class TapeReader {
  ops: Int32Array = EMPTY_OPS;
  nums: Float64Array = EMPTY_NUMS;
  text = '';
  /** Positions in ops, nums and text. */
  p = 0;
  q = 0;
  t = 0;

  reset(ops: Int32Array, nums: Float64Array, text: string): void {
    this.ops = ops;
    this.nums = nums;
    this.text = text;
    this.p = 0;
    this.q = 0;
    this.t = 0;
  }

  op(): number {
    return this.ops[this.p++];
  }

  str(): string {
    const n = this.ops[this.p++];
    const t = this.t;
    this.t = t + n;
    return this.text.slice(t, t + n);
  }

  bool(): boolean {
    return this.ops[this.p++] === 1;
  }

  num(): number {
    return this.nums[this.q++];
  }

  date(): Date {
    return new Date(this.nums[this.q++]);
  }

  /** An enum value: a known value by index, or an unknown one as its raw text. */
  enumValue<T extends string>(values: readonly T[]): T {
    const i = this.ops[this.p++];
    return i >= 0 ? values[i] : (this.str() as T);
  }

  /** The href of a list member (merged with the items, in either order). */
  href<T>(list: List<T> | undefined): List<T> {
    const a: List<T> = list ?? [];
    a.href = this.str();
    return a;
  }

  strList(list: List<string> | undefined): List<string> {
    const a: List<string> = list ?? [];
    for (let n = this.ops[this.p++]; n > 0; n--) a.push(this.str());
    return a;
  }

  boolList(list: List<boolean> | undefined): List<boolean> {
    const a: List<boolean> = list ?? [];
    for (let n = this.ops[this.p++]; n > 0; n--) a.push(this.ops[this.p++] === 1);
    return a;
  }

  numList(list: List<number> | undefined): List<number> {
    const a: List<number> = list ?? [];
    for (let n = this.ops[this.p++]; n > 0; n--) a.push(this.nums[this.q++]);
    return a;
  }

  dateList(list: List<Date> | undefined): List<Date> {
    const a: List<Date> = list ?? [];
    for (let n = this.ops[this.p++]; n > 0; n--) a.push(new Date(this.nums[this.q++]));
    return a;
  }

  enumList<T extends string>(list: List<T> | undefined, values: readonly T[]): List<T> {
    const a: List<T> = list ?? [];
    for (let n = this.ops[this.p++]; n > 0; n--) a.push(this.enumValue(values));
    return a;
  }

  /** The tape holds something the generated reader does not expect. */
  corrupt(type: string): never {
    throw new OvirtError(`internal error: unexpected op ${this.ops[this.p - 1]} while reading ${type}`);
  }
}

// Writer ops (native/xml_writer.cc).
const OP_OPEN = 1;
const OP_ATTR = 2;
const OP_CLOSE = 4;
const OP_LEAF = 5;
const OP_OPEN_NAME = 6;

/** Tag id that stands for the dynamic root name set with {@link TapeWriter.begin}. */
export const DYNAMIC_TAG = -1;

/**
 * Something the writers refused, and where: the member names and list
 * indexes from the written value down to it are added as the error unwinds
 * through the writers (nothing is built while all is well). `Writer` turns
 * it into the SDK's `Error`.
 */
export class WriteProblem {
  /** Member names and list indexes, outermost first. */
  readonly path: (string | number)[] = [];

  /** `detail` follows the path: ` must be a string, got ...` or `: Vm has no member 'x'`. */
  constructor(readonly detail: string) {}
}

function bad(seg: string, i: number, expected: string, value: unknown): never {
  const problem = new WriteProblem(` must be ${expected}, got ${describe(value)}`);
  problem.path.push(seg);
  if (i >= 0) problem.path.push(i);
  throw problem;
}

/**
 * Whether `value` may be written as (or sent for) a struct whose class has
 * the prototype `proto`: an instance of exactly that class, or a plain object.
 */
export function isStructValue(value: unknown, proto: object): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const p: unknown = Object.getPrototypeOf(value);
  return p === proto || p === Object.prototype || p === null;
}

/** The property names of each type's members, by type id, made on first need. */
const memberSets: Set<string>[] = [];

/**
 * Builds a write tape. The generated writers call these methods, and name
 * a member by property name (`seg`) and, for a list item, index (`i`; -1
 * for a member that is not a list item) only when they refuse it.
 */
export class TapeWriter {
  ops = new Int32Array(1 << 12);
  n = 0;
  text = '';
  private rootName = '';

  begin(rootName = ''): void {
    this.n = 0;
    this.text = '';
    this.rootName = rootName;
  }

  private grow(): void {
    const bigger = new Int32Array(this.ops.length * 2);
    bigger.set(this.ops);
    this.ops = bigger;
  }

  open(tag: number): void {
    if (this.n + 2 > this.ops.length) this.grow();
    if (tag >= 0) {
      this.ops[this.n++] = OP_OPEN;
      this.ops[this.n++] = tag;
    } else {
      this.ops[this.n++] = OP_OPEN_NAME;
      this.ops[this.n++] = this.rootName.length;
      this.text += this.rootName;
    }
  }

  close(): void {
    if (this.n + 1 > this.ops.length) this.grow();
    this.ops[this.n++] = OP_CLOSE;
  }

  /**
   * Refuses `value` as a value of the struct type whose class has the
   * prototype `proto` (the generated writers check it, as
   * {@link isStructValue} does, inline).
   */
  refuse(value: unknown, proto: object): never {
    throw new WriteProblem(` must be ${withArticle((proto as { constructor: { name: string } }).constructor.name)} or a plain object, got ${describe(value)}`);
  }

  /**
   * Called when struct `o` of type `type` (a type id) has more own
   * enumerable keys than members the writer found set: refuses the first
   * key that names no member of the type (and is not undefined), if any.
   */
  unknownMember(o: object, type: number): void {
    const props = (memberSets[type] ??= new Set(PROP_NAMES[type]));
    for (const key of Object.keys(o)) {
      if ((o as Record<string, unknown>)[key] === undefined || props.has(key)) continue;
      const problem = new WriteProblem(`: ${STRUCT_NAMES[type][1]} has no member '${key}'`);
      problem.path.push(key);
      throw problem;
    }
  }

  /**
   * Where `e` was thrown, when it is a {@link WriteProblem}: inside member
   * `seg` (the root when '') and its item `i` (none when -1). Returns `e`.
   */
  at(e: unknown, seg: string, i: number): unknown {
    if (e instanceof WriteProblem) {
      if (i >= 0) e.path.unshift(i);
      if (seg !== '') e.path.unshift(seg);
    }
    return e;
  }

  /** An element with text content, or (attribute) an attribute of the element just opened. */
  private put(tag: number, s: string, attribute: boolean): void {
    if (this.n + 3 > this.ops.length) this.grow();
    this.ops[this.n++] = attribute ? OP_ATTR : OP_LEAF;
    this.ops[this.n++] = tag;
    this.ops[this.n++] = s.length;
    this.text += s;
  }

  str(tag: number, value: unknown, seg: string, i = -1, attribute = false): void {
    if (typeof value !== 'string') bad(seg, i, 'a string', value);
    this.put(tag, value, attribute);
  }

  bool(tag: number, value: unknown, seg: string, i = -1, attribute = false): void {
    if (typeof value !== 'boolean') bad(seg, i, 'a boolean', value);
    this.put(tag, value ? 'true' : 'false', attribute);
  }

  /** Integers: safe-integer numbers, or bigints for values beyond 2^53. */
  int(tag: number, value: unknown, seg: string, i = -1, attribute = false): void {
    if (typeof value === 'number') {
      if (!Number.isSafeInteger(value)) bad(seg, i, 'an integer (a bigint beyond 2^53 - 1)', value);
      this.put(tag, String(value), attribute);
    } else if (typeof value === 'bigint') {
      this.put(tag, value.toString(), attribute);
    } else {
      bad(seg, i, 'an integer', value);
    }
  }

  dec(tag: number, value: unknown, seg: string, i = -1, attribute = false): void {
    if (typeof value !== 'number') bad(seg, i, 'a number', value);
    this.put(tag, Number.isFinite(value) ? String(value) : Number.isNaN(value) ? 'NaN' : value > 0 ? 'INF' : '-INF', attribute);
  }

  date(tag: number, value: unknown, seg: string, i = -1, attribute = false): void {
    let d: Date;
    if (value instanceof Date) d = value;
    else if (typeof value === 'string') d = new Date(value);
    else bad(seg, i, 'a Date', value);
    if (Number.isNaN(d.getTime())) bad(seg, i, 'a valid Date', value);
    this.put(tag, d.toISOString(), attribute);
  }

  enumValue(tag: number, value: unknown, seg: string, i = -1, attribute = false): void {
    if (typeof value !== 'string') bad(seg, i, 'an enum value (string)', value);
    this.put(tag, value, attribute);
  }

  /** Checks a list value; writes nothing. */
  list(value: unknown, seg: string): Readonly<List<unknown>> {
    if (!Array.isArray(value)) bad(seg, -1, 'an array', value);
    return value;
  }
}
