/**
 * The benchmark corpus generator (bench/make-corpus.js): it draws exactly
 * like CPython's random.Random, so with the default seed it writes the same
 * bytes as the Python generator the first benchmarks were measured with. The
 * digests below are those of that generator's files (sizes 1 and 100).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Reader } from '../../lib';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { makeCorpus, PyRandom } = require('../../bench/make-corpus.js') as {
  makeCorpus(o: { outDir: string; sizes?: number[]; seed?: number; only?: string[] }): { file: string; bytes: number; objects: number }[];
  PyRandom: new (seed: number) => {
    random(): number;
    bits(k: number): number;
    bigBits(k: number): bigint;
    randint(a: number, b: number): number;
    choice<T>(seq: readonly T[]): T;
  };
};

const REFERENCE: Record<string, string> = {
  'vms-1.xml': '83f835cf46ac35812e2ae089059d251a7ea21faeffb66f72a7653c5353d0d04f',
  'hosts-1.xml': 'f3a3accf69575c68c0496edcff8ac42a8612170340b15f1663df1ceacddd0e71',
  'events-10.xml': 'e174a6aa989557904b3bcf6f636fee7ba19c0ed3b57594c48b113481f680beeb',
  'vms-100.xml': '647de0cabb03a4471fa23e25797854392a946cb4d204afc3f74869e2dcfae63e',
  'hosts-100.xml': '6ffe168407d7c0f6fdc615a4bfd24df9c09340c4b183228fca0de0936c017259',
  'events-1000.xml': '73116020d96e1760ef59a6758c8575fbd259125d612d580d78be6e124094745f',
};

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sha256 = (file: string): string => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

test('draws like CPython random.Random (values printed by Python 3.11)', () => {
  const r = new PyRandom(42);
  expect(r.random()).toBe(0.6394267984578837);
  expect(r.bits(32)).toBe(107420369);
  expect(r.randint(1, 6)).toBe(6);
  expect(r.bigBits(128)).toBe(47482295457342411543800303662309855831n);
  expect(r.choice([...'abcdef'])).toBe('f');
  // A seed of more than one 32-bit word, and a partial last word.
  const big = new PyRandom(2 ** 40 + 5);
  expect(big.random()).toBe(0.5043802970418443);
  expect(big.bigBits(70)).toBe(1100602817210008945321n);
  expect(new PyRandom(0).random()).toBe(0.8444218515250481);
});

test('the default seed writes the reference corpus byte for byte', () => {
  const out = path.join(dir, 'default');
  const written = makeCorpus({ outDir: out, sizes: [1, 100] });
  expect(written.map((w) => path.basename(w.file)).sort()).toEqual(Object.keys(REFERENCE).sort());
  for (const [name, digest] of Object.entries(REFERENCE)) expect([name, sha256(path.join(out, name))]).toEqual([name, digest]);
});

test('`only` writes just the named files, with the same bytes', () => {
  const out = path.join(dir, 'only');
  makeCorpus({ outDir: out, sizes: [100], only: ['events-1000'] });
  expect(fs.readdirSync(out)).toEqual(['events-1000.xml']);
  expect(sha256(path.join(out, 'events-1000.xml'))).toBe(REFERENCE['events-1000.xml']);
});

test('another seed gives other values in documents of the same shape, the same on every run', () => {
  const a = path.join(dir, 'seed-a');
  const b = path.join(dir, 'seed-b');
  makeCorpus({ outDir: a, sizes: [100], seed: 7 });
  makeCorpus({ outDir: b, sizes: [100], seed: 7 });
  for (const name of ['vms-100.xml', 'hosts-100.xml', 'events-1000.xml']) {
    expect(sha256(path.join(a, name))).toBe(sha256(path.join(b, name)));
    expect(sha256(path.join(a, name))).not.toBe(REFERENCE[name]);
  }
  const vms = Reader.read(fs.readFileSync(path.join(a, 'vms-100.xml'))) as { name?: string; memory?: number; cluster?: { id?: string } }[];
  expect(vms).toHaveLength(100);
  for (const vm of vms) {
    expect(vm.name).toMatch(/^vm-\w+-\w+-\d{3}$/);
    expect(vm.memory! % 1073741824).toBe(0);
    expect(vm.cluster?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
  }
  expect(Reader.read(fs.readFileSync(path.join(a, 'events-1000.xml')))).toHaveLength(1000);
  expect(Reader.read(fs.readFileSync(path.join(a, 'hosts-100.xml')))).toHaveLength(100);
});

test('bad sizes and seeds are refused', () => {
  expect(() => makeCorpus({ outDir: path.join(dir, 'bad'), sizes: [0] })).toThrow(/sizes must be positive integers/);
  expect(() => makeCorpus({ outDir: path.join(dir, 'bad'), seed: 1.5 })).toThrow(/seed must be an integer/);
});
