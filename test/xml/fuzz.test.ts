/**
 * A bounded fuzz run of the reader, in every `npm test` (issue 11): engine
 * documents made by the benchmark's corpus generator and a few small ones
 * in other encodings, mutated at random (bytes flipped, markup and
 * hostile tokens inserted, ranges deleted, repeated or cut), then read
 * whole and streamed in random chunks. Half the mutations keep the
 * document well-formed (values replaced by edge values, leaf elements
 * repeated or removed) so that many documents read and their values are
 * checked; the others break it anywhere. For every document:
 *  - only the SDK's XmlError may come out, never another error or a crash;
 *  - `read` and `stream` agree: the same objects, or both an XmlError;
 *    so does `read` with the parse on the addon's worker thread;
 *  - as a string (when the bytes are UTF-8), read and streamed in random
 *    pieces, likewise;
 *  - what was read is written and read back to the same document.
 *
 * Seeded: OVIRT_FUZZ_SEED=<n> replays a run (a failure prints its seed and
 * saves the document); OVIRT_FUZZ_CASES sets the number of documents
 * (default 4000, a few seconds; `npm run test:sanitize` runs fewer under
 * AddressSanitizer).
 */
import { randomInt } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Reader, Writer, XmlError } from '../../lib';
import { setThreadedReadBytes } from '../../lib/xml/reader';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { makeCorpus } = require('../../bench/make-corpus.js') as {
  makeCorpus(o: { outDir: string; sizes?: number[]; seed?: number }): { file: string }[];
};

const SEED = process.env.OVIRT_FUZZ_SEED !== undefined ? Number(process.env.OVIRT_FUZZ_SEED) : randomInt(2 ** 31);
const CASES = Number(process.env.OVIRT_FUZZ_CASES ?? 4000);

/** mulberry32: a small seeded generator. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = generator(SEED);
const below = (n: number): number => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[below(items.length)];

/** Markup and values that reach the parser's edges. */
const TOKENS: readonly (string | Buffer)[] = [
  '<', '>', '&', '&amp;', '&lt;', '&#0;', '&#233;', '&#x1F600;', '&#xD800;', '&undefined;', ']]>', '<![CDATA[x<y]]>', '<!-- c -->', '<?pi x?>',
  '<!DOCTYPE vm [<!ENTITY a "b">]>', '<?xml version="1.0" encoding="UTF-16"?>', '<?xml version="1.0" encoding="ISO-8859-1"?>',
  '<vm>', '</vm>', '<vms>', '</vms>', '<name>', '</name>', '<nics><nic id="n"/></nics>', '<link rel="nics" href="/x"/>', '<link rel="bogus"/>',
  ' id="x"', ' href="a&amp;b"', '<status>up</status>', '<status>teleporting</status>', '<memory>12</memory>', '<memory>-0</memory>',
  '9007199254740993', '1e309', 'NaN', '-INF', 'true', 'yes', '2024-02-29T00:00:00Z', '2024-02-30T00:00:00Z', '275760-09-13T00:00:00Z',
  '0000-01-01T24:00:00Z', ' '.repeat(5000), 'x'.repeat(70_000), '<x>'.repeat(70), '</x>'.repeat(70), 'é😀日本', '\t\r\n',
  Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff]), Buffer.from([0xc3]), Buffer.from([0xed, 0xa0, 0x80]),
  Buffer.from([0xf4, 0x90, 0x80, 0x80]), Buffer.from([0x00]), Buffer.from([0x00, 0xd8]), Buffer.from([0x80]),
];

function token(): Buffer {
  const t = pick(TOKENS);
  return typeof t === 'string' ? Buffer.from(t) : t;
}

/** Values for the text of an element or an attribute: edges of every kind of value. */
const VALUES: readonly string[] = [
  '', ' ', 'true', 'false', '1', '0', '-1', '+7', '9007199254740991', '-9007199254740991', '9007199254740992', '1.5e3', '-0', '1e400', 'INF', '-INF', 'NaN',
  'up', ' down ', 'image_locked', 'teleporting', 'x'.repeat(4096), ' '.repeat(4090) + 'up', 'y'.repeat(5000), 'é😀日本', '&amp;&lt;&gt;&quot;&apos;',
  '&#x1F600;&#9;&#13;', '<![CDATA[a<b&c]]>', 'a\r\nb', '2024-02-29T00:00:00Z', '2024-02-30T00:00:00Z', '2023-02-29', '2024-01-01T23:59:59.9999+14:00',
  '2024-01-01T00:00:00+14:30', '0000-01-01T00:00:00Z', '10000-01-01T00:00:00Z', '-0001-12-31T23:59:59Z', '275760-09-13T00:00:00Z', '275760-09-13T00:00:00.001Z',
  '2024-01-01T24:00:00Z',
];

/** Changes that keep the document well-formed: values replaced, leaf elements repeated or removed. */
function gentle(doc: Buffer): Buffer {
  let text = doc.toString('utf8');
  for (let n = 1 + below(3); n > 0; n--) {
    const leaves = [...text.matchAll(/<([a-z_]+)( [^<>]*)?>([^<]*)<\/\1>/g)];
    const attributes = [...text.matchAll(/ ([a-z_]+)="([^"<]*)"/g)];
    const kind = below(4);
    if (kind === 0 && attributes.length > 0) {
      const a = pick(attributes);
      const at = a.index! + a[1].length + 3;
      text = text.slice(0, at) + pick(VALUES).replace(/[<"]/g, '') + text.slice(at + a[2].length);
    } else if (leaves.length > 0) {
      const l = pick(leaves);
      const start = l.index!;
      const end = start + l[0].length;
      if (kind === 1) text = text.slice(0, end) + l[0] + text.slice(end);
      else if (kind === 2) text = text.slice(0, start) + text.slice(end);
      else {
        const at = end - l[1].length - 3 - l[3].length;
        text = text.slice(0, at) + pick(VALUES) + text.slice(end - l[1].length - 3);
      }
    }
  }
  return Buffer.from(text);
}

function mutate(doc: Buffer, docs: readonly Buffer[]): Buffer {
  let b = doc;
  const utf8 = Buffer.from(doc.toString('utf8'), 'utf8').equals(doc);
  if (utf8 && below(2) === 0) return reencode(gentle(doc));
  for (let n = 1 + below(4); n > 0; n--) {
    const at = below(b.length + 1);
    switch (below(7)) {
      case 0: {
        const c = Buffer.from(b);
        for (let k = 1 + below(3); k > 0 && c.length > 0; k--) c[below(c.length)] = below(256);
        b = c;
        break;
      }
      case 1:
      case 2:
        b = Buffer.concat([b.subarray(0, at), token(), b.subarray(at)]);
        break;
      case 3:
        b = Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + 1 + below(64)))]);
        break;
      case 4: {
        const end = Math.min(b.length, at + 1 + below(512));
        b = Buffer.concat([b.subarray(0, end), b.subarray(at, end), b.subarray(end)]);
        break;
      }
      case 5:
        b = b.subarray(0, at);
        break;
      default: {
        const other = pick(docs);
        const from = below(other.length);
        b = Buffer.concat([b.subarray(0, at), other.subarray(from, from + 1 + below(256)), b.subarray(at)]);
      }
    }
  }
  return reencode(b);
}

/** Now and then as UTF-16 (big or little endian, with a BOM), when it is UTF-8 text. */
function reencode(b: Buffer): Buffer {
  if (below(8) === 0) {
    const text = b.toString('utf8');
    if (Buffer.from(text, 'utf8').equals(b)) {
      const utf16 = Buffer.from(text.replace(/^\uFEFF/, ''), 'utf16le');
      b = below(2) === 0 ? Buffer.concat([Buffer.from([0xff, 0xfe]), utf16]) : Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf16).swap16()]);
    }
  }
  return b;
}

/** Random cuts: now tiny pieces, now large ones, sizes varying along the document. */
function cuts(length: number): number[] {
  const small = below(10) === 0;
  const out: number[] = [];
  for (let at = 0; at < length; ) {
    const n = Math.min(length - at, small ? 1 + below(8) : 1 + below(below(2) === 0 ? 64 : 8192));
    out.push(n);
    at += n;
  }
  return out;
}

async function* chunked<T extends Buffer | string>(data: T, sizes: number[]): AsyncGenerator<T> {
  let at = 0;
  for (const n of sizes) {
    yield data.slice(at, at + n) as T;
    at += n;
  }
}

type Outcome = { items: unknown[] } | { error: unknown };

function readOutcome(data: Buffer | string): Outcome {
  try {
    const r = Reader.read(data);
    return { items: Array.isArray(r) ? r : [r] };
  } catch (error) {
    return { error };
  }
}

/** Reader.read with the parse on the addon's worker thread, whatever the size. */
function threadedOutcome(data: Buffer | string): Outcome {
  const previous = setThreadedReadBytes(0);
  try {
    return readOutcome(data);
  } finally {
    setThreadedReadBytes(previous);
  }
}

async function streamOutcome(source: AsyncIterable<Buffer | string>): Promise<Outcome> {
  const items: unknown[] = [];
  try {
    for await (const x of Reader.stream(source)) items.push(x);
  } catch (error) {
    return { error };
  }
  return { items };
}

function describeOutcome(o: Outcome): string {
  return 'error' in o ? `${(o.error as Error)?.constructor?.name}: ${(o.error as Error)?.message}` : `${o.items.length} object(s)`;
}

/** Both an XmlError, or the same objects; anything else is a finding. */
function disagreement(a: Outcome, b: Outcome, bName = 'stream'): string | undefined {
  for (const o of [a, b]) if ('error' in o && !(o.error instanceof XmlError)) return `not an XmlError: ${describeOutcome(o)}\n${(o.error as Error)?.stack}`;
  if ('error' in a && 'error' in b) return undefined;
  if ('items' in a && 'items' in b && isDeepStrictEqual(a.items, b.items)) return undefined;
  return `read gave ${describeOutcome(a)}, ${bName} gave ${describeOutcome(b)}`;
}

/** What was read writes, and reads back to the same document. */
function roundTrip(items: unknown[]): string | undefined {
  for (const item of items) {
    try {
      const xml = Writer.write(item as object);
      const again = Writer.write(Reader.read(xml) as object);
      if (again !== xml) return `written, read and written again differs:\n${xml}\n${again}`;
    } catch (e) {
      return `${(e as Error).constructor.name} writing what was read: ${(e as Error).message}`;
    }
  }
  return undefined;
}

function fail(i: number, doc: Buffer, what: string): never {
  const file = path.join(os.tmpdir(), `ovirt-fuzz-${SEED}-${i}.xml`);
  fs.writeFileSync(file, doc);
  throw new Error(`fuzz case ${i} of seed ${SEED} (replay: OVIRT_FUZZ_SEED=${SEED}; the document is in ${file}):\n${what}`);
}

let seeds: Buffer[];
beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuzz-corpus-'));
  try {
    seeds = makeCorpus({ outDir: dir, sizes: [1], seed: 20240601 + (SEED % 1000) }).map((w) => fs.readFileSync(w.file));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const vm = '<vm href="/v/1" id="1"><name>a&amp;b</name><status>up</status><memory>1024</memory><creation_time>2024-02-29T12:00:00.5+02:00</creation_time><nics><nic id="n"><name>eth0</name></nic></nics><link rel="nics" href="/v/1/nics"/></vm>';
  seeds.push(
    Buffer.from(vm),
    Buffer.from(`\uFEFF${vm}`),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(vm, 'utf16le')]),
    Buffer.from(`<?xml version="1.0" encoding="UTF-16"?>${vm}`, 'utf16le').swap16(),
    Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><vms><vm><name>'), Buffer.from([0xe9, 0xff]), Buffer.from('</name></vm></vms>')]),
    Buffer.from('<hosts><host><cpu><topology><cores>4</cores></topology></cpu><status>up</status></host></hosts>'),
  );
});

test(`read and stream agree on ${CASES} mutated documents, and only XmlError comes out (seed ${SEED})`, async () => {
  let objects = 0;
  let refused = 0;
  for (let i = 0; i < CASES; i++) {
    const doc = mutate(pick(seeds), seeds);
    const whole = readOutcome(doc);
    const streamed = await streamOutcome(chunked(doc, cuts(doc.length)));
    const bad = disagreement(whole, streamed) ?? disagreement(whole, threadedOutcome(doc), 'read on the worker thread');
    if (bad !== undefined) fail(i, doc, bad);
    if ('items' in whole) {
      objects += whole.items.length;
      if (i % 4 === 0) {
        const written = roundTrip(whole.items);
        if (written !== undefined) fail(i, doc, written);
      }
    } else {
      refused++;
    }
    // The same bytes as a string, when they are UTF-8: read and streamed in pieces.
    const text = doc.toString('utf8');
    if (i % 3 === 0 && Buffer.from(text, 'utf8').equals(doc)) {
      const bad2 = disagreement(readOutcome(text), await streamOutcome(chunked(text, cuts(text.length))));
      if (bad2 !== undefined) fail(i, doc, `as a string: ${bad2}`);
    }
  }
  // The run exercised both sides (about a third of the documents read).
  expect(objects).toBeGreaterThan(0);
  expect(refused).toBeGreaterThan(0);
  expect(refused).toBeLessThan(CASES);
}, 300_000);

