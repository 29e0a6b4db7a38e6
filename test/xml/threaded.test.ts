/**
 * Reader.read parses a large document on a thread of the addon while the
 * JS thread decodes what is ready (NativeParser.start and next). It must
 * give exactly what the parse on the JS thread (NativeParser.feed) gives:
 * the same objects, the same errors; and the worker must stop cleanly when
 * the document is dropped half-way.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Reader, types, XmlError } from '../../lib';
import type { NativeParser } from '../../lib/native';
import { xmlAddon } from '../../lib/xml/addon';
import { setThreadedReadBytes, THREADED_READ_BYTES } from '../../lib/xml/reader';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { makeCorpus } = require('../../bench/make-corpus.js') as {
  makeCorpus(o: { outDir: string; sizes?: number[]; seed?: number }): { file: string }[];
};

/** The corpus generator's documents of 150 VMs and hosts and 1500 events (1.8, 1.4 and 1.2 MB). */
let corpus: Map<string, Buffer>;
beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'threaded-corpus-'));
  try {
    corpus = new Map(makeCorpus({ outDir: dir, sizes: [150], seed: 7 }).map((w) => [path.basename(w.file), fs.readFileSync(w.file)]));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

afterEach(() => {
  setThreadedReadBytes(THREADED_READ_BYTES);
});

type Outcome = { value: unknown } | { error: Error };

function readWith(threadedFrom: number, data: Buffer | string): Outcome {
  const previous = setThreadedReadBytes(threadedFrom);
  try {
    return { value: Reader.read(data) };
  } catch (error) {
    return { error: error as Error };
  } finally {
    setThreadedReadBytes(previous);
  }
}

/** Read on the JS thread and on the worker: both must come out the same. */
function both(data: Buffer | string): Outcome {
  const fed = readWith(Infinity, data);
  const threaded = readWith(0, data);
  if ('error' in fed || 'error' in threaded) {
    expect('error' in threaded && threaded.error).toBeInstanceOf(XmlError);
    expect('error' in fed && fed.error).toBeInstanceOf(XmlError);
    expect((threaded as { error: Error }).error.message).toBe((fed as { error: Error }).error.message);
  } else {
    expect(isDeepStrictEqual(threaded.value, fed.value)).toBe(true);
  }
  return threaded;
}

/** The parts next() hands over for a document. */
function parts(parser: NativeParser, data: Buffer): { texts: string[]; items: number } {
  parser.begin(false, 64, xmlAddon().maxTextBytes);
  expect(parser.start(data)).toBe(true);
  const texts: string[] = [];
  let items = 0;
  for (;;) {
    texts.push(parser.next());
    items += parser.state[1];
    if (parser.state[4] === 1) return { texts, items };
  }
}

test('documents from the size where a thread pays are read on one, smaller ones on the JS thread', () => {
  expect(THREADED_READ_BYTES).toBe(256 * 1024);
  const vms = corpus.get('vms-150.xml')!;
  expect(vms.length).toBeGreaterThan(THREADED_READ_BYTES);
  const read = Reader.read(vms) as types.Vm[];
  expect(read).toHaveLength(150);
  expect(read[0]).toBeInstanceOf(types.Vm);
});

test('the corpus documents come out the same, read on the JS thread or on a worker', () => {
  for (const [name, data] of corpus) {
    const out = both(data);
    const count = Number(/-(\d+)\.xml$/.exec(name)![1]);
    expect({ name, items: 'value' in out && Array.isArray(out.value) ? out.value.length : -1 }).toEqual({ name, items: count });
    // And as a string, and in UTF-16 with its BOM.
    both(data.toString('utf8'));
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(data.toString('utf8').replace('encoding="UTF-8"', 'encoding="UTF-16"'), 'utf16le')]);
    both(utf16);
  }
});

/** The VMs of vms-150.xml ten times over: 1,500 VMs, 18 MB, 4 MB of text. */
function bigDocument(): Buffer {
  const text = corpus.get('vms-150.xml')!.toString('utf8');
  const inner = text.slice(text.indexOf('<vm '), text.lastIndexOf('</vms>'));
  return Buffer.from(`<vms>${inner.repeat(10)}</vms>`);
}

test('the worker hands a large document over in parts, each only of whole objects', () => {
  const data = bigDocument();
  const parser: NativeParser = new (xmlAddon().Parser)();
  const { texts, items } = parts(parser, data);
  expect(items).toBe(1500);
  expect(texts.length).toBeGreaterThan(4);
  // 512 KiB of ready text per part, plus what one 64 KiB slice of input completes.
  expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(640 * 1024);
  const fed = readWith(Infinity, data);
  expect('value' in fed && isDeepStrictEqual(Reader.read(data), fed.value)).toBe(true);
  parser.release();
});

test('small and empty documents, and a document of one object', () => {
  for (const doc of ['<vms/>', '<vms></vms>', '<vm id="1"><name>a</name></vm>', '<events><event id="1"><code>30</code></event></events>', '<api/>']) {
    both(doc);
    both(Buffer.from(doc));
  }
});

test('a broken document gives the same XmlError wherever it breaks', () => {
  const data = corpus.get('vms-150.xml')!;
  // Cut at many places (the first bytes, mid-tag, mid-value, the last item), and a bad value half-way.
  for (const at of [1, 3, 100, 40_000, 70_001, Math.floor(data.length / 2), data.length - 10, data.length - 1]) both(data.subarray(0, at));
  const text = data.toString('utf8');
  const middle = text.indexOf('<memory>', Math.floor(text.length / 2));
  const bad = `${text.slice(0, middle)}<memory>lots</memory>${text.slice(text.indexOf('</memory>', middle) + '</memory>'.length)}`;
  const out = both(Buffer.from(bad));
  expect('error' in out && out.error.message).toMatch(/invalid integer value 'lots' in <memory>/);
  const undeclared = `${text.slice(0, middle)}&nope;${text.slice(middle)}`;
  expect('error' in both(Buffer.from(undeclared))).toBe(true);
});

test('dropping a document half-way stops the worker, and the parser reads the next one', () => {
  const data = bigDocument();
  const hosts = corpus.get('hosts-150.xml')!;
  const parser: NativeParser = new (xmlAddon().Parser)();
  for (const dropAfter of [0, 1, 3]) {
    parser.begin(false, 64, xmlAddon().maxTextBytes);
    expect(parser.start(data)).toBe(true);
    // The worker fills its queue and waits while nothing is taken (dropAfter 0),
    // or runs on while part of it was (1, 3).
    for (let i = 0; i < dropAfter; i++) parser.next();
    parser.reset();
    expect(parts(parser, hosts).items).toBe(150);
  }
  // begin() while the worker runs stops it too; so does release().
  parser.begin(false, 64, xmlAddon().maxTextBytes);
  parser.start(data);
  expect(parts(parser, hosts).items).toBe(150);
  parser.begin(false, 64, xmlAddon().maxTextBytes);
  parser.start(data);
  parser.next();
  parser.release();
  expect(parts(parser, data).items).toBe(1500);
  // feed() and next() out of turn are refused, not undefined behaviour.
  parser.begin(false, 64, xmlAddon().maxTextBytes);
  parser.start(data);
  expect(() => parser.feed(data, 0, data.length, true)).toThrow(/feed\(\) while start\(\) parses/);
  parser.reset();
  expect(() => parser.next()).toThrow(/next\(\) without start\(\)/);
  parser.release();
});

test('the limits hold on the worker: depth and text of one object', () => {
  const deep = `<vms><vm><name>${'<x>'.repeat(80)}${'</x>'.repeat(80)}</name></vm></vms>`;
  const previous = setThreadedReadBytes(0);
  try {
    expect(() => Reader.read(deep)).toThrow(/nested deeper than 64 levels/);
    expect(() => Reader.read(corpus.get('vms-150.xml')!, { maxTextBytes: 1000 })).toThrow(/may not exceed 1000 bytes \(maxTextBytes\)/);
  } finally {
    setThreadedReadBytes(previous);
  }
});
