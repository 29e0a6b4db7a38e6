/**
 * Reading oVirt XML documents into typed objects.
 */
import { describe, Error as OvirtError, XmlError } from '../errors';
import { READERS } from '../generated/readers';
import type { NativeParser } from '../native';
import { xmlAddon } from './addon';
import { TapeReader } from './tape';

export interface ReadOptions {
  /** Deepest element nesting accepted (default 64; oVirt documents stay under 20). */
  maxDepth?: number;
  /** Largest document accepted, in bytes (default 2 GiB). */
  maxBytes?: number;
}

const DEFAULT_MAX_DEPTH = 64;
const DEFAULT_MAX_BYTES = 2 ** 31;
const EMPTY = new Uint8Array(0);

let sharedParser: NativeParser | undefined;
const sharedTape = new TapeReader();

function parserFor(options: ReadOptions): NativeParser {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (!Number.isInteger(maxDepth) || maxDepth < 1) throw new OvirtError(`maxDepth must be a positive integer, got ${describe(maxDepth)}`);
  if (maxDepth !== DEFAULT_MAX_DEPTH) return new (xmlAddon().Parser)({ maxDepth });
  sharedParser ??= new (xmlAddon().Parser)({ maxDepth });
  return sharedParser;
}

function maxBytesOf(options: ReadOptions): number {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (typeof maxBytes !== 'number' || !(maxBytes > 0)) throw new OvirtError(`maxBytes must be a positive number, got ${describe(maxBytes)}`);
  return maxBytes;
}

function tooLarge(size: number, max: number): XmlError {
  return new XmlError(`XML error: the document is larger than the ${max} bytes allowed (maxBytes): ${size} bytes`);
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
   * Give the Buffer as it came off the socket: a string is first encoded to
   * UTF-8 (and any encoding its XML declaration names is ignored).
   */
  static read(xml: string | Uint8Array, options: ReadOptions = {}): unknown {
    const isString = typeof xml === 'string';
    let data: Uint8Array;
    if (isString) data = Buffer.from(xml, 'utf8');
    else if (xml instanceof Uint8Array) data = xml;
    else throw new OvirtError(`Reader.read expects a string or a Buffer, got ${describe(xml)}`);
    const maxBytes = maxBytesOf(options);
    if (data.length > maxBytes) throw tooLarge(data.length, maxBytes);
    const parser = parserFor(options);
    const tape = parser === sharedParser ? sharedTape : new TapeReader();
    const items: unknown[] = [];
    const sink = (item: unknown): void => {
      items.push(item);
    };
    let done = false;
    try {
      let offset = 0;
      for (;;) {
        const text = parser.feed(data, offset, data.length - offset, true, isString);
        const state = drain(parser, text, tape, sink);
        offset += state[0];
        if (state[4] === 1) {
          done = true;
          return state[3] === 1 ? items : items[0];
        }
      }
    } finally {
      if (!done) parser.reset();
      tape.reset(tape.ops, tape.nums, '');
    }
  }

  /**
   * Reads a document that arrives in chunks (an HTTP body, a file stream)
   * and yields its objects as they complete: each item of a list document,
   * or the one object of an object document. Memory stays bounded by the
   * largest item, whatever the size of the list.
   */
  static async *stream(source: AsyncIterable<Uint8Array | string>, options: ReadOptions = {}): AsyncGenerator<unknown, void, undefined> {
    const maxBytes = maxBytesOf(options);
    const parser = new (xmlAddon().Parser)({ maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH });
    const tape = new TapeReader();
    const ready: unknown[] = [];
    const sink = (item: unknown): void => {
      ready.push(item);
    };
    let total = 0;
    let done = false;
    try {
      for await (const chunk of source) {
        const data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        if (!(data instanceof Uint8Array)) throw new OvirtError(`Reader.stream expects chunks of strings or Buffers, got ${describe(data)}`);
        total += data.length;
        if (total > maxBytes) throw tooLarge(total, maxBytes);
        let offset = 0;
        while (offset < data.length) {
          const text = parser.feed(data, offset, data.length - offset, false, false);
          offset += drain(parser, text, tape, sink)[0];
          for (let i = 0; i < ready.length; i++) yield ready[i];
          ready.length = 0;
        }
      }
      const text = parser.feed(EMPTY, 0, 0, true, false);
      done = drain(parser, text, tape, sink)[4] === 1;
      for (let i = 0; i < ready.length; i++) yield ready[i];
      ready.length = 0;
    } finally {
      if (!done) parser.reset();
    }
  }
}
