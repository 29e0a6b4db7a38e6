/**
 * The tapes between the native addon and the generated readers and writers
 * (the format is described in native/xml_reader.cc and native/xml_writer.cc).
 * Both classes are small and monomorphic so V8 inlines their methods into
 * the generated code.
 */
import { describe, Error as OvirtError } from '../errors';

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

function bad(where: string, expected: string, value: unknown): never {
  throw new OvirtError(`${where} must be ${expected}, got ${describe(value)}`);
}

/** Builds a write tape. The generated writers call these methods. */
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

  /** An element with text content, or (attribute) an attribute of the element just opened. */
  private put(tag: number, s: string, attribute: boolean): void {
    if (this.n + 3 > this.ops.length) this.grow();
    this.ops[this.n++] = attribute ? OP_ATTR : OP_LEAF;
    this.ops[this.n++] = tag;
    this.ops[this.n++] = s.length;
    this.text += s;
  }

  str(tag: number, value: unknown, where: string, attribute = false): void {
    if (typeof value !== 'string') bad(where, 'a string', value);
    this.put(tag, value, attribute);
  }

  bool(tag: number, value: unknown, where: string, attribute = false): void {
    if (typeof value !== 'boolean') bad(where, 'a boolean', value);
    this.put(tag, value ? 'true' : 'false', attribute);
  }

  /** Integers: safe-integer numbers, or bigints for values beyond 2^53. */
  int(tag: number, value: unknown, where: string, attribute = false): void {
    if (typeof value === 'number') {
      if (!Number.isSafeInteger(value)) bad(where, 'an integer (a bigint beyond 2^53 - 1)', value);
      this.put(tag, String(value), attribute);
    } else if (typeof value === 'bigint') {
      this.put(tag, value.toString(), attribute);
    } else {
      bad(where, 'an integer', value);
    }
  }

  dec(tag: number, value: unknown, where: string, attribute = false): void {
    if (typeof value !== 'number') bad(where, 'a number', value);
    this.put(tag, Number.isFinite(value) ? String(value) : Number.isNaN(value) ? 'NaN' : value > 0 ? 'INF' : '-INF', attribute);
  }

  date(tag: number, value: unknown, where: string, attribute = false): void {
    let d: Date;
    if (value instanceof Date) d = value;
    else if (typeof value === 'string') d = new Date(value);
    else bad(where, 'a Date', value);
    if (Number.isNaN(d.getTime())) bad(where, 'a valid Date', value);
    this.put(tag, d.toISOString(), attribute);
  }

  enumValue(tag: number, value: unknown, where: string, attribute = false): void {
    if (typeof value !== 'string') bad(where, 'an enum value (string)', value);
    this.put(tag, value, attribute);
  }

  /** Checks a struct value before its writer runs. */
  struct(value: unknown, where: string): object {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) bad(where, 'an object', value);
    return value;
  }

  /** A link list as read from `<link rel href>`: empty, with an href. */
  unfetched(value: unknown): boolean {
    return Array.isArray(value) && value.length === 0 && (value as List<unknown>).href !== undefined;
  }

  /** Checks a list value; writes nothing. */
  list(value: unknown, where: string): readonly unknown[] {
    if (!Array.isArray(value)) bad(where, 'an array', value);
    return value;
  }
}
