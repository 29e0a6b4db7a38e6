/**
 * The tapes between the native addon and the generated readers and writers
 * (the format is described in native/xml_reader.cc and native/xml_writer.cc).
 * Both classes are small and monomorphic so V8 inlines their methods into
 * the generated code.
 */
import { constants as bufferConstants } from 'node:buffer';
import { describe, Error as OvirtError, XmlError } from '../errors';
import { formatDateTime, parseDateTime } from './date';

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

  /** Lets go of the arrays and the text of the last flush. */
  clear(): void {
    this.reset(EMPTY_OPS, EMPTY_NUMS, '');
  }

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

/** Deepest element nesting the reader reads and the writer writes, by default (`maxDepth`). */
export const DEFAULT_MAX_DEPTH = 64;

/** The most UTF-16 units a string holds: the tape's text must fit in one. */
const MAX_TEXT_LENGTH = bufferConstants.MAX_STRING_LENGTH;
/** The most bytes the reader reads of a non-string value such as an enum (native/xml_reader.cc). */
const MAX_SCALAR_BYTES = 4096;

function bad(where: string, expected: string, value: unknown): never {
  throw new OvirtError(`${where} must be ${expected}, got ${describe(value)}`);
}

function isXmlSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/**
 * Builds a write tape. The generated writers call these methods: for each
 * struct value `struct()` then, in the struct's writer, `open()` ... `close()`;
 * for a list `open()`, its items, `close()`; leaf values through `str()`,
 * `int()` and the others.
 */
export class TapeWriter {
  ops = new Int32Array(1 << 12);
  n = 0;
  text = '';
  private rootName = '';
  private maxDepth = DEFAULT_MAX_DEPTH;
  /**
   * Two entries per open element, outermost first: the struct it writes
   * (null for a list) and where that struct is (`Type.member`, '' for a list).
   */
  private readonly stack: (object | string | null)[] = [];
  /** What `struct()` checked last, for the `open()` that follows it. */
  private pending: object | null = null;
  private pendingWhere = '';

  begin(rootName = '', maxDepth = DEFAULT_MAX_DEPTH): void {
    this.n = 0;
    this.text = '';
    this.rootName = rootName;
    this.maxDepth = maxDepth;
    this.stack.length = 0;
    this.pending = null;
    this.pendingWhere = '';
  }

  private grow(): void {
    const bigger = new Int32Array(this.ops.length * 2);
    bigger.set(this.ops);
    this.ops = bigger;
  }

  /** The path of the structs of the `depth` outermost open elements, then `last`: `Vm.cluster.dataCenter`. */
  private path(depth: number, last = ''): string {
    const parts = this.stack.slice(0, 2 * depth).filter((w): w is string => typeof w === 'string' && w !== '');
    if (last) parts.push(last);
    // Each where is `Type.member` (`Type.member[]` for list items); the path
    // names the outermost type, then only members.
    return parts.map((w, i) => (i === 0 ? w : w.slice(w.indexOf('.') + 1))).join('.');
  }

  private tooDeep(where: string): never {
    throw new OvirtError(`Writer.write: ${this.path(this.stack.length >> 1, where)} is nested deeper than ${this.maxDepth} levels (maxDepth)`);
  }

  open(tag: number): void {
    if (this.stack.length >= 2 * this.maxDepth) this.tooDeep(this.pendingWhere);
    this.stack.push(this.pending, this.pendingWhere);
    this.pending = null;
    this.pendingWhere = '';
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
    this.stack.pop();
    this.stack.pop();
    if (this.n + 1 > this.ops.length) this.grow();
    this.ops[this.n++] = OP_CLOSE;
  }

  /** An element with text content, or (attribute) an attribute of the element just opened. */
  private put(tag: number, s: string, where: string, attribute: boolean): void {
    if (!attribute && this.stack.length >= 2 * this.maxDepth) this.tooDeep(where);
    if (this.n + 3 > this.ops.length) this.grow();
    const length = s.length;
    if (this.text.length + length > MAX_TEXT_LENGTH) {
      throw new XmlError(
        `XML error: the document holds too much text: ${this.path(this.stack.length >> 1, where)} brings it past the ${MAX_TEXT_LENGTH} characters a JavaScript string holds`,
      );
    }
    this.ops[this.n++] = attribute ? OP_ATTR : OP_LEAF;
    this.ops[this.n++] = tag;
    this.ops[this.n++] = length;
    this.text += s;
  }

  str(tag: number, value: unknown, where: string, attribute = false): void {
    if (typeof value !== 'string') bad(where, 'a string', value);
    this.put(tag, value, where, attribute);
  }

  bool(tag: number, value: unknown, where: string, attribute = false): void {
    if (typeof value !== 'boolean') bad(where, 'a boolean', value);
    this.put(tag, value ? 'true' : 'false', where, attribute);
  }

  /** Integers: safe-integer numbers, or bigints for values beyond 2^53. */
  int(tag: number, value: unknown, where: string, attribute = false): void {
    if (typeof value === 'number') {
      if (!Number.isSafeInteger(value)) bad(where, 'an integer (a bigint beyond 2^53 - 1)', value);
      this.put(tag, String(value), where, attribute);
    } else if (typeof value === 'bigint') {
      this.put(tag, value.toString(), where, attribute);
    } else {
      bad(where, 'an integer', value);
    }
  }

  dec(tag: number, value: unknown, where: string, attribute = false): void {
    if (typeof value !== 'number') bad(where, 'a number', value);
    this.put(tag, Number.isFinite(value) ? String(value) : Number.isNaN(value) ? 'NaN' : value > 0 ? 'INF' : '-INF', where, attribute);
  }

  /** A Date, or a string in the xs:dateTime form the reader reads (lib/xml/date.ts). */
  date(tag: number, value: unknown, where: string, attribute = false): void {
    let d: Date;
    if (value instanceof Date) {
      d = value;
      if (Number.isNaN(d.getTime())) bad(where, 'a valid Date', value);
    } else if (typeof value === 'string') {
      const ms = parseDateTime(value);
      if (Number.isNaN(ms)) bad(where, 'a valid Date or xs:dateTime string (such as 2024-02-29T13:45:00Z)', value);
      d = new Date(ms);
    } else {
      bad(where, 'a Date', value);
    }
    this.put(tag, formatDateTime(d), where, attribute);
  }

  /**
   * An enum value, known or not (a newer engine's). The reader trims an
   * enum value and reads at most 4096 bytes of it, so what would not read
   * back the same is refused.
   */
  enumValue(tag: number, value: unknown, where: string, attribute = false): void {
    if (typeof value !== 'string') bad(where, 'an enum value (string)', value);
    const length = value.length;
    if (length > 0 && (isXmlSpace(value.charCodeAt(0)) || isXmlSpace(value.charCodeAt(length - 1)))) {
      bad(where, 'an enum value without leading or trailing whitespace', value);
    }
    // 1365 UTF-16 units take at most 4095 bytes of UTF-8.
    if (length > 1365 && Buffer.byteLength(value, 'utf8') > MAX_SCALAR_BYTES) bad(where, `an enum value of at most ${MAX_SCALAR_BYTES} bytes`, value);
    this.put(tag, value, where, attribute);
  }

  /**
   * Checks a struct value before its writer runs; a value that is one of
   * the structs it is written inside (a cycle) is refused, naming both.
   */
  struct(value: unknown, where: string): object {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) bad(where, 'an object', value);
    // (The where entries are strings: indexOf finds only structs.)
    const outer = this.stack.indexOf(value);
    if (outer >= 0) {
      throw new OvirtError(
        `Writer.write: ${this.path(this.stack.length >> 1, where)} is ${this.path((outer >> 1) + 1)}, which contains it: an object that contains itself cannot be written`,
      );
    }
    this.pending = value;
    this.pendingWhere = where;
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
