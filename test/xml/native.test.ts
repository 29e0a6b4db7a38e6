/**
 * The addon's contract with lib/xml (native/xml_reader.cc, xml_writer.cc):
 * how much a flush may hold, what a failed N-API call becomes, and that
 * libxml2 prints nothing on the process's stderr.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { Error as OvirtError, types, XmlError } from '../../lib';
import { native, NativeParser } from '../../lib/native';
import { TapeWriter } from '../../lib/xml/tape';

const ROOT = path.resolve(__dirname, '..', '..');

function caught(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

describe('the parser hands its text over in flushes that fit in a JavaScript string', () => {
  test('a flush stops at 8 MiB of ready text, not only at a number of ops', () => {
    // 200 objects of 64 KiB of text each (12.5 MiB, few ops): without a
    // byte limit, one feed would gather all of it into one string.
    const item = Buffer.from(`<vm><description>${'d'.repeat(64 * 1024)}</description></vm>`);
    const doc = Buffer.concat([Buffer.from('<vms>'), ...Array(200).fill(item), Buffer.from('</vms>')]);
    const parser: NativeParser = new (native().Parser)();
    parser.begin(false, 64, native().maxTextBytes);
    let offset = 0;
    let items = 0;
    let flushes = 0;
    let longest = 0;
    for (;;) {
      const text = parser.feed(doc, offset, doc.length - offset, true);
      flushes++;
      longest = Math.max(longest, text.length);
      items += parser.state[1];
      offset += parser.state[0];
      if (parser.state[4] === 1) break;
    }
    expect(items).toBe(200);
    expect(offset).toBe(doc.length);
    expect(flushes).toBeGreaterThan(1);
    // 8 MiB, plus what one 256 KiB slice of input completes.
    expect(longest).toBeLessThanOrEqual(8 * 1024 * 1024 + 256 * 1024 + item.length);
    parser.release();
  });

  test('release() frees the parser, which stays usable', () => {
    const parser: NativeParser = new (native().Parser)();
    for (let i = 0; i < 3; i++) {
      parser.begin(false, 64, 1000);
      const text = parser.feed(Buffer.from('<vm><name>abc</name></vm>'), 0, 25, true);
      expect(text).toBe('abc');
      expect(parser.state[4]).toBe(1);
      parser.release();
      expect(parser.ops).toBeUndefined();
    }
  });
});

describe('N-API failures and misuse are the SDK\'s errors, never a crash or an unset value', () => {
  test('parser arguments of the wrong type', () => {
    const parser = new (native().Parser)() as unknown as Record<string, (...a: unknown[]) => unknown>;
    const bytes = Buffer.from('<vm/>');
    expect(caught(() => parser.feed(bytes, 0, 5, true))).toBeInstanceOf(XmlError); // before begin()
    expect(caught(() => parser.begin('yes', 64, 1000)).message).toMatch(/^XML error: begin\(\): isString: A boolean was expected/);
    expect(caught(() => parser.begin(false, '64', 1000)).message).toMatch(/begin\(\): maxDepth: A number was expected/);
    expect(caught(() => parser.begin(false, 0, 1000)).message).toMatch(/limits must be positive/);
    parser.begin(false, 64, 1000);
    expect(caught(() => parser.feed('<vm/>', 0, 5, true)).message).toMatch(/data must be a Uint8Array/);
    expect(caught(() => parser.feed(new Float64Array(2), 0, 1, true)).message).toMatch(/data must be a Uint8Array/);
    expect(caught(() => parser.feed(bytes, '0', 5, true)).message).toMatch(/feed\(\): offset: A number was expected/);
    expect(caught(() => parser.feed(bytes, 0, 5, 1)).message).toMatch(/feed\(\): last: A boolean was expected/);
    expect(caught(() => parser.feed(bytes, 3, 5, true)).message).toMatch(/range outside the data/);
    for (const e of [caught(() => parser.feed(bytes, 0, 5, 1)), caught(() => parser.begin('x', 1, 1))]) expect(e).toBeInstanceOf(XmlError);
    const text = parser.feed(bytes, 0, 5, true);
    expect(text).toBe('');
  });

  test('render arguments of the wrong type', () => {
    const render = native().render as unknown as (...a: unknown[]) => unknown;
    const w = new TapeWriter();
    w.begin('vm');
    w.str(0, 'x', 'where');
    expect(caught(() => render('ops', 0, '', 0, false, true, 100)).message).toMatch(/ops must be an Int32Array/);
    expect(caught(() => render(w.ops, 'n', w.text, 0, false, true, 100)).message).toMatch(/render\(\): count: A number was expected/);
    expect(caught(() => render(w.ops, w.n, 42, 0, false, true, 100)).message).toMatch(/render\(\): text: A string was expected/);
    expect(caught(() => render(w.ops, w.ops.length + 1, w.text, 0, false, true, 100)).message).toMatch(/count exceeds the tape/);
    expect(caught(() => render(w.ops, w.n, w.text, 0, false, true))).toBeInstanceOf(OvirtError);
  });

  test('a document longer than a string can hold: an XmlError that points to writeBuffer (the Buffer has no such limit)', () => {
    const w = new TapeWriter();
    const vm = new types.Vm({ name: 'é'.repeat(40) });
    w.begin('vm');
    w.open(1016 /* vm */);
    w.str(564 /* name */, vm.name, 'Vm.name');
    w.close();
    const full = native().render(w.ops, w.n, w.text, 0, false, true, 1 << 20) as string;
    expect(full).toBe(`<vm><name>${'é'.repeat(40)}</name></vm>`);
    // The limit counts UTF-16 units, not bytes: 62 characters, 102 bytes.
    expect(native().render(w.ops, w.n, w.text, 0, false, true, 62)).toBe(full);
    const e = caught(() => native().render(w.ops, w.n, w.text, 0, false, true, 61));
    expect(e).toBeInstanceOf(XmlError);
    expect(e.message).toBe('XML error: the document is 62 characters long, more than a JavaScript string can hold (61): use Writer.writeBuffer');
    expect((native().render(w.ops, w.n, w.text, 0, true, true, 61) as Buffer).toString()).toBe(full);
  });
});

test('libxml2 prints nothing on stderr, whatever the document: its errors become the XmlError', () => {
  // A child process, so that its stderr is its own; it loads the addon as
  // lib/native.ts does (OVIRT_SDK_NATIVE, else node-gyp-build) with a small
  // schema, and reads documents libxml2 reports through its global handlers.
  const child = `
    const path = require('node:path');
    const addon = process.env.OVIRT_SDK_NATIVE ? require(path.resolve(process.env.OVIRT_SDK_NATIVE)) : require('node-gyp-build')(${JSON.stringify(ROOT)});
    addon.configure((message) => new Error('XML error: ' + message));
    addon.loadSchema(['vm', 'vms', 'name'], [], [[0, 1, [2, 0, -1, -1, -1]]]);
    const u16 = (s) => Buffer.from(s, 'utf16le');
    const docs = [
      Buffer.concat([Buffer.from([0xff, 0xfe]), u16('<vm><name>x</name></vm>'), Buffer.from([0x00, 0xd8]), u16('<vm/>')]),
      Buffer.concat([Buffer.from([0xff, 0xfe]), u16('<vms><vm><name>x</name></vm>'), Buffer.from([0x00, 0xdc]), u16('</vms>')]),
      Buffer.concat([Buffer.from([0xff, 0xfe]), u16('<vm><name>x</name></vm>'), Buffer.from([0x3c])]),
      Buffer.from('<?xml version="1.0" encoding="X-NO-SUCH-ENCODING"?><vm/>'),
      Buffer.from('<?xml version="1.0" encoding="UTF-16"?><vm/>'),
      Buffer.concat([Buffer.from('<?xml version="1.0" encoding="US-ASCII"?><vm><name>'), Buffer.from([0xe9]), Buffer.from('</name></vm>')]),
      Buffer.from([0x3c, 0x76, 0x6d, 0x3e, 0xc3, 0x28, 0x3c, 0x2f, 0x76, 0x6d, 0x3e]),
      Buffer.from('<vm xmlns:a="x"><a:name b:c="1">x</a:name></vm>'),
      Buffer.from('<vm><name>&#0;</name></vm>'),
    ];
    const results = [];
    for (const doc of docs) {
      for (const size of [doc.length, 1]) {
        const p = new addon.Parser();
        p.begin(false, 64, 1 << 20);
        try {
          for (let i = 0; i < doc.length; i += size) p.feed(doc, i, Math.min(size, doc.length - i), false);
          p.feed(new Uint8Array(0), 0, 0, true);
          results.push('ok');
        } catch (e) {
          results.push(e.message);
        }
      }
    }
    process.stdout.write(JSON.stringify(results));
  `;
  const r = spawnSync(process.execPath, ['-e', child], { cwd: ROOT, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const results = JSON.parse(r.stdout) as string[];
  expect(results).toHaveLength(18);
  expect(results.filter((m) => !m.startsWith('XML error: '))).toEqual([]);
});
