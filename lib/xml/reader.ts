/**
 * Reading oVirt XML documents into typed objects.
 */
import { describe, Error as OvirtError, XmlError } from '../errors';
import { READERS } from '../generated/readers';
import type { NativeParser } from '../native';
import { xmlAddon } from './addon';
import { DEFAULT_MAX_DEPTH, TapeReader } from './tape';

export interface ReadOptions {
  /** Deepest element nesting accepted (default 64; oVirt documents stay under 20). */
  maxDepth?: number;
  /** Largest document accepted, in bytes (default 2 GiB); a string counts its UTF-8 bytes. */
  maxBytes?: number;
  /**
   * Most text one object may hold, in UTF-8 bytes, counting all its string
   * values, attributes and links: each item of a list document is one
   * object, an object document is one. Default and largest value
   * 251658240 (240 MiB), which keeps the text within what a JavaScript
   * string holds; a lower value bounds the memory one item of
   * {@link Reader.stream} may take.
   */
  maxTextBytes?: number;
}

interface Limits {
  maxDepth: number;
  maxBytes: number;
  maxTextBytes: number;
}

const DEFAULT_MAX_BYTES = 2 ** 31;
const EMPTY = new Uint8Array(0);
const BOM = 0xfeff;

function limitsOf(options: ReadOptions): Limits {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (!Number.isInteger(maxDepth) || maxDepth < 1) throw new OvirtError(`maxDepth must be a positive integer, got ${describe(maxDepth)}`);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (typeof maxBytes !== 'number' || !(maxBytes > 0)) throw new OvirtError(`maxBytes must be a positive number, got ${describe(maxBytes)}`);
  const largest = xmlAddon().maxTextBytes;
  const maxTextBytes = options.maxTextBytes ?? largest;
  if (!Number.isInteger(maxTextBytes) || maxTextBytes < 1 || maxTextBytes > largest) {
    throw new OvirtError(`maxTextBytes must be an integer from 1 to ${largest}, got ${describe(maxTextBytes)}`);
  }
  // libxml2 stops at 256 levels anyway; keep the number an int32 for the addon.
  return { maxDepth: Math.min(maxDepth, 2 ** 31 - 1), maxBytes, maxTextBytes };
}

function tooLarge(size: number, max: number): XmlError {
  return new XmlError(`XML error: the document is larger than the ${max} bytes allowed (maxBytes): ${size} bytes`);
}

/**
 * Parsers are reused: a parser holds typed arrays and a libxml2 context
 * that cost more to make than a small document costs to read, and whose
 * memory V8 would otherwise free only when it collects the parser. A read
 * or a stream takes one and gives it back when it ends (a stream that is
 * dropped unfinished leaves its parser to the garbage collector); the pool
 * keeps a few, and frees the native memory of the others at once.
 */
const idleParsers: NativeParser[] = [];
const MAX_IDLE_PARSERS = 8;

function takeParser(): NativeParser {
  return idleParsers.pop() ?? new (xmlAddon().Parser)();
}

function giveBack(parser: NativeParser, finished: boolean): void {
  if (!finished) parser.reset();
  if (idleParsers.length < MAX_IDLE_PARSERS) idleParsers.push(parser);
  else parser.release();
}

/**
 * Documents of at least this many bytes are parsed by `Reader.read` on a
 * thread of the addon (NativeParser.start). Below it a thread would cost
 * more than it saves.
 */
export const THREADED_READ_BYTES = 256 * 1024;
let threadedReadBytes = THREADED_READ_BYTES;

/**
 * For the tests: the size from which `Reader.read` parses on a thread (0:
 * always, Infinity: never). Returns the previous one.
 */
export function setThreadedReadBytes(bytes: number): number {
  const previous = threadedReadBytes;
  threadedReadBytes = bytes;
  return previous;
}

/** Reader.read is synchronous: one tape cursor serves every call. */
const readTape = new TapeReader();

/**
 * The UTF-8 bytes of a string to read. A JS string is text already
 * decoded, so it is read as that text: the encoding its XML declaration
 * names is ignored, and a BOM that starts it (`start`) is not part of the
 * document. A lone surrogate is not text (UTF-8 cannot carry it; encoding
 * would replace it silently): an XmlError.
 */
function stringBytes(s: string, start: boolean): Buffer {
  if (!(s as string & { isWellFormed(): boolean }).isWellFormed()) {
    let i = 0;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
      else if ((c & 0xf800) === 0xd800) break;
    }
    throw new XmlError(`XML error: the string to read holds a lone surrogate (U+${s.charCodeAt(i).toString(16).toUpperCase()}), which is not text`);
  }
  return Buffer.from(start && s.charCodeAt(0) === BOM ? s.slice(1) : s, 'utf8');
}

/**
 * Decodes the ready part of the parser's tape, passing each complete
 * top-level object to `sink`. Returns the parser state array.
 */
function drain(parser: NativeParser, text: string, tape: TapeReader, sink: (item: unknown) => void): Int32Array {
  const state = parser.state;
  const count = state[1];
  if (count > 0) {
    const read = READERS[state[2]];
    tape.reset(parser.ops, parser.nums, text);
    for (let i = 0; i < count; i++) sink(read(tape));
  }
  return state;
}

/** True when a body holds nothing but XML whitespace: the answer "no content". */
export function isBlank(body: Uint8Array): boolean {
  for (let i = 0; i < body.length; i++) {
    const b = body[i];
    if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) return false;
  }
  return true;
}

/** Reads XML documents of the oVirt API into the SDK's types. */
export class Reader {
  /**
   * Reads a whole document. The root element decides what comes back: an
   * object document (`<vm>`) gives an instance of its type (`types.Vm`), a
   * list document (`<vms>`) an array of them.
   *
   * A Buffer is decoded as XML says: by its BOM, its first bytes (UTF-16
   * without a BOM) or its declaration's encoding, else as UTF-8. A string
   * is text already: it is read as it is, whatever encoding its declaration
   * names (a BOM at its start is dropped). Give the Buffer as it came off
   * the socket.
   */
  static read(xml: string | Uint8Array, options: ReadOptions = {}): unknown {
    const limits = limitsOf(options);
    const isString = typeof xml === 'string';
    let data: Uint8Array;
    if (isString) data = stringBytes(xml, true);
    else if (xml instanceof Uint8Array) data = xml;
    else throw new OvirtError(`Reader.read expects a string or a Buffer, got ${describe(xml)}`);
    if (data.length > limits.maxBytes) throw tooLarge(data.length, limits.maxBytes);
    const parser = takeParser();
    const items: unknown[] = [];
    const sink = (item: unknown): void => {
      items.push(item);
    };
    let finished = false;
    try {
      parser.begin(isString, limits.maxDepth, limits.maxTextBytes);
      // A large document is parsed on a thread of the addon while this one
      // decodes what is ready, so the two run side by side.
      const threaded = data.length >= threadedReadBytes && parser.start(data);
      let offset = 0;
      for (;;) {
        const text = threaded ? parser.next() : parser.feed(data, offset, data.length - offset, true);
        const state = drain(parser, text, readTape, sink);
        offset += state[0];
        if (state[4] === 1) {
          finished = true;
          return state[3] === 1 ? items : items[0];
        }
      }
    } finally {
      giveBack(parser, finished);
      readTape.clear();
    }
  }

  /**
   * Reads a document that arrives in chunks (an HTTP body, a file stream)
   * and yields its objects as they complete: each item of a list document,
   * or the one object of an object document. Memory stays bounded by the
   * largest item, whatever the size of the list.
   *
   * The chunks are all Buffers, decoded as {@link Reader.read} decodes a
   * Buffer, or all strings, read as the text they are (a surrogate pair
   * split between two chunks is joined): the same rules as `read`, so both
   * give the same objects, or both an XmlError, however the input is cut.
   */
  static async *stream(source: AsyncIterable<Uint8Array | string>, options: ReadOptions = {}): AsyncGenerator<unknown, void, undefined> {
    const limits = limitsOf(options);
    const parser = takeParser();
    const tape = new TapeReader();
    const ready: unknown[] = [];
    const sink = (item: unknown): void => {
      ready.push(item);
    };
    let strings: boolean | undefined; // decided by the first chunk
    let highSurrogate = ''; // the last character of a string chunk, when it is half a pair
    let started = false; // a string chunk with text has been read (a BOM can only come first)
    let total = 0;
    let finished = false;
    try {
      for await (const chunk of source) {
        const isString = typeof chunk === 'string';
        if (!isString && !(chunk instanceof Uint8Array)) throw new OvirtError(`Reader.stream expects chunks of strings or Buffers, got ${describe(chunk)}`);
        if (strings === undefined) {
          strings = isString;
          parser.begin(strings, limits.maxDepth, limits.maxTextBytes);
        } else if (strings !== isString) {
          throw new OvirtError('Reader.stream expects chunks that are all strings or all Buffers, got both');
        }
        let data: Uint8Array;
        if (isString) {
          let s = highSurrogate + chunk;
          highSurrogate = '';
          if (s.length > 0 && (s.charCodeAt(s.length - 1) & 0xfc00) === 0xd800) {
            highSurrogate = s.slice(-1);
            s = s.slice(0, -1);
          }
          data = stringBytes(s, !started);
          if (s.length > 0) started = true;
        } else {
          data = chunk;
        }
        total += data.length;
        if (total > limits.maxBytes) throw tooLarge(total, limits.maxBytes);
        let offset = 0;
        while (offset < data.length) {
          const text = parser.feed(data, offset, data.length - offset, false);
          offset += drain(parser, text, tape, sink)[0];
          for (let i = 0; i < ready.length; i++) yield ready[i];
          ready.length = 0;
        }
      }
      if (highSurrogate !== '') stringBytes(highSurrogate, false); // throws: a lone surrogate at the end
      if (strings === undefined) parser.begin(false, limits.maxDepth, limits.maxTextBytes); // no chunk: libxml2 names the empty document
      const text = parser.feed(EMPTY, 0, 0, true);
      finished = drain(parser, text, tape, sink)[4] === 1;
      for (let i = 0; i < ready.length; i++) yield ready[i];
      ready.length = 0;
    } finally {
      giveBack(parser, finished);
      tape.clear();
    }
  }
}
