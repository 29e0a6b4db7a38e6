/**
 * The tapes between the native addon and the generated readers and writers
 * (the format is described in native/xml_reader.cc and native/xml_writer.cc).
 * Both classes are small and monomorphic so V8 inlines their methods into
 * the generated code.
 */
import { constants as bufferConstants } from 'node:buffer';
import { describe, Error as OvirtError, withArticle } from '../errors';
import { PROP_NAMES, STRUCT_NAMES } from '../generated/xml-schema';
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
export const MAX_TEXT_LENGTH = bufferConstants.MAX_STRING_LENGTH;
/** The most bytes the reader reads of a non-string value such as an enum (native/xml_reader.cc). */
const MAX_SCALAR_BYTES = 4096;

/**
 * Something the writers refused, and where: the member names and list
 * indexes from the written value down to it are added as the error unwinds
 * through the writers (nothing is built while all is well). `Writer` turns
 * it into the SDK's `Error` (an `XmlError` for `text`), naming the path.
 */
export class WriteProblem {
  /** Member names and list indexes, outermost first. */
  readonly path: (string | number)[] = [];

  constructor(
    /** The message, given the text of the path (`vm.nics[2].name`). */
    readonly message: (where: string) => string,
    /** `depth`: nested deeper than `maxDepth` (`Writer` looks for a cycle); `text`: more text than a string holds. */
    readonly kind: 'value' | 'depth' | 'text' = 'value',
  ) {}
}

function problem(seg: string, i: number, message: (where: string) => string, kind: WriteProblem['kind'] = 'value'): never {
  const p = new WriteProblem(message, kind);
  p.path.push(seg);
  if (i >= 0) p.path.push(i);
  throw p;
}

function bad(seg: string, i: number, expected: string, value: unknown): never {
  problem(seg, i, (where) => `${where} must be ${expected}, got ${describe(value)}`);
}

function isXmlSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
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
 * Builds a write tape. The generated writers call these methods: a struct's
 * writer checks its value, `open()`s its element, writes its members (leaf
 * values through `str()`, `int()` and the others; a list between
 * `openList()` and `close()`) and `close()`s it. They name a member by
 * property name (`seg`) and, for a list item, index (`i`; -1 for a member
 * that is not a list item) only when they refuse it.
 */
export class TapeWriter {
  ops = new Int32Array(1 << 12);
  n = 0;
  text = '';
  private rootName = '';
  private maxDepth = DEFAULT_MAX_DEPTH;
  /** Elements open now. */
  private depth = 0;

  begin(rootName = '', maxDepth = DEFAULT_MAX_DEPTH): void {
    this.n = 0;
    this.text = '';
    this.rootName = rootName;
    this.maxDepth = maxDepth;
    this.depth = 0;
  }

  private grow(): void {
    const bigger = new Int32Array(this.ops.length * 2);
    bigger.set(this.ops);
    this.ops = bigger;
  }

  private tooDeep(): (where: string) => string {
    const max = this.maxDepth;
    return (where) => `${where} is nested deeper than ${max} levels (maxDepth)`;
  }

  /**
   * Opens the element of a struct (its writer's `seg` names it when it is
   * too deep), or of list member `seg`.
   */
  open(tag: number, seg?: string): void {
    if (this.depth >= this.maxDepth) {
      if (seg === undefined) throw new WriteProblem(this.tooDeep(), 'depth');
      problem(seg, -1, this.tooDeep(), 'depth');
    }
    this.depth++;
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

  /** Opens the element of list member `seg`. */
  openList(tag: number, seg: string): void {
    this.open(tag, seg);
  }

  close(): void {
    this.depth--;
    if (this.n + 1 > this.ops.length) this.grow();
    this.ops[this.n++] = OP_CLOSE;
  }

  /**
   * Refuses `value` as a value of the struct type whose class has the
   * prototype `proto` (the generated writers check it, as
   * {@link isStructValue} does, inline).
   */
  refuse(value: unknown, proto: object): never {
    const expected = withArticle((proto as { constructor: { name: string } }).constructor.name);
    throw new WriteProblem((where) => `${where} must be ${expected} or a plain object, got ${describe(value)}`);
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
      const className = STRUCT_NAMES[type][1];
      problem(key, -1, (where) => `${where}: ${className} has no member '${key}'`);
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
  private put(tag: number, s: string, seg: string, i: number, attribute: boolean): void {
    if (!attribute && this.depth >= this.maxDepth) problem(seg, i, this.tooDeep(), 'depth');
    if (this.n + 3 > this.ops.length) this.grow();
    const length = s.length;
    if (this.text.length + length > MAX_TEXT_LENGTH) {
      problem(seg, i, (where) => `XML error: the document holds too much text: ${where} brings it past the ${MAX_TEXT_LENGTH} characters a JavaScript string holds`, 'text');
    }
    this.ops[this.n++] = attribute ? OP_ATTR : OP_LEAF;
    this.ops[this.n++] = tag;
    this.ops[this.n++] = length;
    this.text += s;
  }

  str(tag: number, value: unknown, seg: string, i = -1, attribute = false): void {
    if (typeof value !== 'string') bad(seg, i, 'a string', value);
    this.put(tag, value, seg, i, attribute);
  }

  bool(tag: number, value: unknown, seg: string, i = -1, attribute = false): void {
    if (typeof value !== 'boolean') bad(seg, i, 'a boolean', value);
    this.put(tag, value ? 'true' : 'false', seg, i, attribute);
  }

  /** Integers: safe-integer numbers, or bigints for values beyond 2^53. */
  int(tag: number, value: unknown, seg: string, i = -1, attribute = false): void {
    if (typeof value === 'number') {
      if (!Number.isSafeInteger(value)) bad(seg, i, 'an integer (a bigint beyond 2^53 - 1)', value);
      this.put(tag, String(value), seg, i, attribute);
    } else if (typeof value === 'bigint') {
      this.put(tag, value.toString(), seg, i, attribute);
    } else {
      bad(seg, i, 'an integer', value);
    }
  }

  dec(tag: number, value: unknown, seg: string, i = -1, attribute = false): void {
    if (typeof value !== 'number') bad(seg, i, 'a number', value);
    this.put(tag, Number.isFinite(value) ? String(value) : Number.isNaN(value) ? 'NaN' : value > 0 ? 'INF' : '-INF', seg, i, attribute);
  }

  /** A Date, or a string in the xs:dateTime form the reader reads (lib/xml/date.ts). */
  date(tag: number, value: unknown, seg: string, i = -1, attribute = false): void {
    let d: Date;
    if (value instanceof Date) {
      d = value;
      if (Number.isNaN(d.getTime())) bad(seg, i, 'a valid Date', value);
    } else if (typeof value === 'string') {
      const ms = parseDateTime(value);
      if (Number.isNaN(ms)) bad(seg, i, 'a valid Date or xs:dateTime string (such as 2024-02-29T13:45:00Z)', value);
      d = new Date(ms);
    } else {
      bad(seg, i, 'a Date', value);
    }
    this.put(tag, formatDateTime(d), seg, i, attribute);
  }

  /**
   * An enum value, known or not (a newer engine's). The reader trims an
   * enum value and reads at most 4096 bytes of it, so what would not read
   * back the same is refused.
   */
  enumValue(tag: number, value: unknown, seg: string, i = -1, attribute = false): void {
    if (typeof value !== 'string') bad(seg, i, 'an enum value (string)', value);
    const length = value.length;
    if (length > 0 && (isXmlSpace(value.charCodeAt(0)) || isXmlSpace(value.charCodeAt(length - 1)))) {
      bad(seg, i, 'an enum value without leading or trailing whitespace', value);
    }
    // 1365 UTF-16 units take at most 4095 bytes of UTF-8.
    if (length > 1365 && Buffer.byteLength(value, 'utf8') > MAX_SCALAR_BYTES) bad(seg, i, `an enum value of at most ${MAX_SCALAR_BYTES} bytes`, value);
    this.put(tag, value, seg, i, attribute);
  }

  /** Checks a list value; writes nothing. */
  list(value: unknown, seg: string): Readonly<List<unknown>> {
    if (!Array.isArray(value)) bad(seg, -1, 'an array', value);
    return value;
  }
}
