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
