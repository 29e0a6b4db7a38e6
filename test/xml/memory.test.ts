/**
 * 100,000 parses and writes, good and bad, leak nothing: the resident set
 * stays flat once warmed up (a leaked libxml2 context would be kilobytes a
 * parse, hundreds of MB here).
 */
import { Reader, types, Writer } from '../../lib';

const good = Buffer.from('<vms><vm id="1"><name>a&amp;b</name><memory>1024</memory><nics><nic><name>n</name></nic></nics><link rel="nics" href="/x"/></vm></vms>');
const bad = ['<vm><memory>x</memory></vm>', '<vm><name>x</nam></vm>', '<!DOCTYPE vm [<!ENTITY a "b">]><vm/>'];

function round(i: number): void {
  const vms = Reader.read(good) as types.Vm[];
  if (vms[0].name !== 'a&b') throw new Error('wrong read');
  Writer.write(vms[0]);
  try {
    Reader.read(bad[i % bad.length]);
  } catch {
    // expected
  }
  if (i % 10 === 0) {
    try {
      Writer.write(new types.Vm({ name: '\u0001' }));
    } catch {
      // expected
    }
  }
}

test('100,000 rounds of read, write and errors keep memory flat', () => {
  for (let i = 0; i < 20_000; i++) round(i);
  const before = process.memoryUsage().rss;
  for (let i = 0; i < 100_000; i++) round(i);
  const grown = process.memoryUsage().rss - before;
  expect(grown).toBeLessThan(40 * 1024 * 1024);
}, 120_000);

test('20,000 streams and 10,000 reads with a maxDepth of their own reuse their parsers: memory stays bounded', async () => {
  // A parser holds ~100 KB (typed arrays, a libxml2 context) that only the
  // garbage collector would free; parsers are pooled, so this costs one.
  const doc = Buffer.from('<vms><vm id="1"><name>a</name></vm><vm id="2"/></vms>');
  async function* source(): AsyncGenerator<Buffer> {
    yield doc;
  }
  async function streams(n: number): Promise<void> {
    for (let i = 0; i < n; i++) {
      let count = 0;
      for await (const vm of Reader.stream(source())) {
        count++;
        // Every tenth stream is left after its first object: its parser is given back too.
        if (i % 10 === 0 && (vm as types.Vm).id === '1') break;
      }
      if (count !== (i % 10 === 0 ? 1 : 2)) throw new Error('wrong stream');
    }
  }
  function reads(n: number): void {
    for (let i = 0; i < n; i++) if ((Reader.read(doc, { maxDepth: 32 }) as types.Vm[]).length !== 2) throw new Error('wrong read');
  }
  await streams(1000);
  reads(1000);
  const before = process.memoryUsage().rss;
  await streams(20_000);
  reads(10_000);
  const grown = process.memoryUsage().rss - before;
  expect(grown).toBeLessThan(200 * 1024 * 1024);
}, 120_000);
