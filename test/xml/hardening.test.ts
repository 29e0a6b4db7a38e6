/**
 * Hostile and broken input to the XML layer (issue 11): every case gives an
 * error of the SDK's classes, or works, and the reader gives the same
 * result for a document whether it comes whole, in chunks of any size, as
 * a Buffer or as a string.
 */
import { Error as OvirtError, Reader, types, Writer, XmlError } from '../../lib';
import { native } from '../../lib/native';
import { formatDateTime, parseDateTime } from '../../lib/xml/date';

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

function expectXmlError(fn: () => unknown, pattern: RegExp): XmlError {
  const e = caught(fn);
  expect(e).toBeInstanceOf(XmlError);
  expect((e as Error).message).toMatch(pattern);
  return e as XmlError;
}

function expectSdkError(fn: () => unknown, pattern: RegExp): OvirtError {
  const e = caught(fn);
  expect(e).toBeInstanceOf(OvirtError);
  expect((e as Error).message).toMatch(pattern);
  return e as OvirtError;
}

async function* pieces<T extends Buffer | string>(data: T, size: number): AsyncGenerator<T> {
  for (let i = 0; i < data.length; i += size) yield data.slice(i, i + size) as T;
}

/** Reader.stream's objects, or its error. */
async function streamed(source: AsyncIterable<Buffer | string>, options = {}): Promise<unknown[] | Error> {
  const out: unknown[] = [];
  try {
    for await (const x of Reader.stream(source, options)) out.push(x);
  } catch (e) {
    return e as Error;
  }
  return out;
}

/** Reader.read's objects as Reader.stream yields them, or its error. */
function readAsList(data: Buffer | string, options = {}): unknown[] | Error {
  try {
    const r = Reader.read(data, options);
    return Array.isArray(r) ? r : [r];
  } catch (e) {
    return e as Error;
  }
}

describe('1. values too long for a JavaScript string: an XmlError naming the element', () => {
  test('the text of one object may not exceed maxTextBytes; the value that passes it is named with its object', () => {
    expect((Reader.read(`<vm><name>${'x'.repeat(1000)}</name></vm>`, { maxTextBytes: 1000 }) as types.Vm).name).toHaveLength(1000);
    expectXmlError(() => Reader.read(`<vm><name>${'x'.repeat(1001)}</name></vm>`, { maxTextBytes: 1000 }), /the value of <name> is too long: the text of one <vm> may not exceed 1000 bytes \(maxTextBytes\)/);
    // bytes of UTF-8, not characters
    expect((Reader.read(`<vm><name>${'é'.repeat(500)}</name></vm>`, { maxTextBytes: 1000 }) as types.Vm).name).toHaveLength(500);
    expectXmlError(() => Reader.read(`<vm><name>${'é'.repeat(501)}</name></vm>`, { maxTextBytes: 1000 }), /<name> is too long/);
    // all the values of the object count
    expectXmlError(() => Reader.read(`<vm><name>${'x'.repeat(600)}</name><description>${'y'.repeat(600)}</description></vm>`, { maxTextBytes: 1000 }), /the value of <description> is too long: the text of one <vm>/);
    expectXmlError(() => Reader.read(`<vm id="${'1'.repeat(1001)}"/>`, { maxTextBytes: 1000 }), /the id attribute of <vm> is too long/);
    expectXmlError(() => Reader.read(`<vm><link rel="nics" href="/${'n'.repeat(1000)}"/></vm>`, { maxTextBytes: 1000 }), /the href attribute of <link> is too long: the text of one <vm>/);
    expectXmlError(() => Reader.read(`<vms><vm><nics><nic><name>${'x'.repeat(1001)}</name></nic></nics></vm></vms>`, { maxTextBytes: 1000 }), /the value of <name> is too long: the text of one <vm>/);
  });

  test('the limit is per object: a list of objects each under it reads whole, read or streamed in any chunks', async () => {
    const doc = `<vms>${Array.from({ length: 50 }, (_, i) => `<vm id="${i}"><name>${'x'.repeat(900)}</name></vm>`).join('')}</vms>`;
    const whole = Reader.read(doc, { maxTextBytes: 1000 }) as types.Vm[];
    expect(whole).toHaveLength(50);
    for (const size of [1, 999, 1 << 16]) {
      expect(await streamed(pieces(Buffer.from(doc), size), { maxTextBytes: 1000 })).toStrictEqual(whole);
    }
    const over = doc.replace('x'.repeat(900), 'x'.repeat(1001));
    for (const size of [1, 999, 1 << 16]) {
      const e = await streamed(pieces(Buffer.from(over), size), { maxTextBytes: 1000 });
      expect(e).toBeInstanceOf(XmlError);
      expect((e as Error).message).toMatch(/<name> is too long/);
    }
  });

  test('maxTextBytes: by default the largest value, the most text a flush can hand to a JavaScript string', () => {
    const largest = native().maxTextBytes;
    expect(largest).toBe(240 * 1024 * 1024);
    expect(Reader.read('<vm/>', { maxTextBytes: largest })).toBeInstanceOf(types.Vm);
    expectSdkError(() => Reader.read('<vm/>', { maxTextBytes: largest + 1 }), /maxTextBytes must be an integer from 1 to 251658240/);
    expectSdkError(() => Reader.read('<vm/>', { maxTextBytes: 0 }), /maxTextBytes/);
    expectSdkError(() => Reader.read('<vm/>', { maxTextBytes: 1.5 }), /maxTextBytes/);
  });

  test('the writer refuses more text than a string holds, naming the member that passes the limit', () => {
    // Nine times the same 64 Mi-character string: past 2^29 - 24 characters in all.
    const big = 'x'.repeat(2 ** 26);
    expectXmlError(
      () => Writer.write({ nameServers: Array(9).fill(big) }, { type: 'dns_resolver_configuration' }),
      /too much text: dnsResolverConfiguration\.nameServers\[7\] brings it past the 536870888 characters a JavaScript string holds/,
    );
    // The writer is usable after it.
    expect(Writer.write({ nameServers: ['1.1.1.1'] }, { type: 'dns_resolver_configuration' })).toBe(
      '<dns_resolver_configuration><name_servers><name_server>1.1.1.1</name_server></name_servers></dns_resolver_configuration>',
    );
  });
});

describe('5. the encoding is detected on every document, however the documents follow each other', () => {
  const utf16 = (s: string): Buffer => Buffer.from(s, 'utf16le');
  const docs: Record<string, Buffer> = {
    'UTF-8': Buffer.from('<vm><name>é😀</name></vm>'),
    'UTF-8 with a BOM': Buffer.from('\uFEFF<vm><name>é😀</name></vm>'),
    'UTF-16LE with a BOM': Buffer.concat([Buffer.from([0xff, 0xfe]), utf16('<vm><name>é😀</name></vm>')]),
    'UTF-16BE with a BOM': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16('<vm><name>é😀</name></vm>').swap16()]),
    'UTF-16LE without a BOM': utf16('<?xml version="1.0" encoding="UTF-16"?><vm><name>é😀</name></vm>'),
    'UTF-16BE without a BOM': utf16('<?xml version="1.0" encoding="UTF-16"?><vm><name>é😀</name></vm>').swap16(),
    'ISO-8859-1 by its declaration': Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><vm><name>'), Buffer.from([0xe9]), Buffer.from('</name></vm>')]),
  };
  const expected = (name: string): string => (name.startsWith('ISO') ? 'é' : 'é😀');

  test('Reader.read: every pair of encodings, in both orders', () => {
    for (const a of Object.keys(docs)) {
      for (const b of Object.keys(docs)) {
        expect([a, (Reader.read(docs[a]) as types.Vm).name]).toEqual([a, expected(a)]);
        expect([b, (Reader.read(docs[b]) as types.Vm).name]).toEqual([b, expected(b)]);
      }
    }
  });

  test('Reader.stream: each encoding after each other, in chunks of 1, 3 and 4096 bytes', async () => {
    for (const size of [1, 3, 4096]) {
      for (const a of Object.keys(docs)) {
        for (const b of Object.keys(docs)) {
          const first = await streamed(pieces(docs[a], size));
          const second = await streamed(pieces(docs[b], size));
          expect([a, size, (first as types.Vm[])[0]?.name]).toEqual([a, size, expected(a)]);
          expect([b, size, (second as types.Vm[])[0]?.name]).toEqual([b, size, expected(b)]);
        }
      }
    }
  });

  test('a string is read as the text it is: a BOM at its start is dropped, read or streamed', async () => {
    for (let i = 0; i < 3; i++) {
      expect((Reader.read('\uFEFF<vm><name>a</name></vm>') as types.Vm).name).toBe('a');
      expect((Reader.read(docs['UTF-16LE with a BOM']) as types.Vm).name).toBe('é😀');
    }
    expect(await streamed(pieces('\uFEFF<vm><name>a</name></vm>', 1))).toStrictEqual([new types.Vm({ name: 'a' })]);
    expect(await streamed(['', '\uFEFF', '<vm><name>a</name></vm>'][Symbol.iterator]() as unknown as AsyncIterable<string>)).toStrictEqual([new types.Vm({ name: 'a' })]);
    // Only a first character is a BOM; elsewhere U+FEFF is text.
    expect((Reader.read('<vm><name>\uFEFF</name></vm>') as types.Vm).name).toBe('\uFEFF');
  });

  test('a string holding a lone surrogate is an XmlError (UTF-8 cannot carry it)', async () => {
    expectXmlError(() => Reader.read('<vm><name>\uD800</name></vm>'), /lone surrogate \(U\+D800\)/);
    expectXmlError(() => Reader.read('<vm><name>a\uDC00</name></vm>'), /lone surrogate \(U\+DC00\)/);
    expect(await streamed(pieces('<vm><name>\uD800</name></vm>', 5))).toBeInstanceOf(XmlError);
    expect(await streamed(pieces('<vm><name>x</name></vm>\uD800', 100))).toBeInstanceOf(XmlError);
  });
});

describe('6. undecodable bytes anywhere fail the document', () => {
  const utf16 = (s: string): Buffer => Buffer.from(s, 'utf16le');
  // UTF-16LE: the first VM, a lone high surrogate, then more.
  const broken = Buffer.concat([Buffer.from([0xff, 0xfe]), utf16('<vms><vm><name>x</name></vm>'), Buffer.from([0x00, 0xd8]), utf16('<vm><name>y</name></vm></vms>')]);
  const brokenAfterRoot = Buffer.concat([Buffer.from([0xff, 0xfe]), utf16('<vm><name>x</name></vm>'), Buffer.from([0x00, 0xd8]), utf16('<vm><name>y</name></vm>')]);

  test('read and stream both refuse them, with the decoder\'s message', async () => {
    for (const doc of [broken, brokenAfterRoot]) {
      expectXmlError(() => Reader.read(doc), /input conversion failed|encoder error|not proper|invalid/i);
      for (const size of [1, 7, 1 << 16]) expect(await streamed(pieces(doc, size))).toBeInstanceOf(XmlError);
    }
    expectXmlError(() => Reader.read(Buffer.from([0x3c, 0x76, 0x6d, 0x3e, 0xc3, 0x28, 0x3c, 0x2f, 0x76, 0x6d, 0x3e])), /UTF-8|encoding|proper/i);
    // Half a UTF-16 character at the end.
    const odd = Buffer.concat([Buffer.from([0xff, 0xfe]), utf16('<vm><name>x</name></vm>'), Buffer.from([0x20])]);
    expectXmlError(() => Reader.read(odd), /ends with 1 byte\(s\) that do not make a whole character/);
    for (const size of [1, 1 << 16]) expect(await streamed(pieces(odd, size))).toBeInstanceOf(XmlError);
    expect((Reader.read('<vm><name>ok</name></vm>') as types.Vm).name).toBe('ok');
  });
});

describe('9. read and stream agree, whatever the chunks', () => {
  test('a non-string value is limited to 4096 bytes, however libxml2 hands its text over', async () => {
    const ok = `<vm><status>${' '.repeat(4094)}up</status></vm>`;
    const over = `<vm><status>${' '.repeat(5000)}up</status></vm>`;
    expect((Reader.read(ok) as types.Vm).status).toBe('up');
    expectXmlError(() => Reader.read(over), /the value of <status> is too long \(more than 4096 bytes\)/);
    for (const size of [1, 3, 1000, 1 << 16]) {
      expect(((await streamed(pieces(Buffer.from(ok), size))) as types.Vm[])[0].status).toBe('up');
      const e = await streamed(pieces(Buffer.from(over), size));
      expect(e).toBeInstanceOf(XmlError);
      expect((e as Error).message).toMatch(/<status> is too long/);
    }
    expectXmlError(() => Reader.read(`<disk provisioned_size="${'1'.repeat(4097)}"/>`), /./);
  });

  test('strings are text whatever their declaration says, in read and in stream; Buffers follow it', async () => {
    const decl = '<?xml version="1.0" encoding="ISO-8859-1"?><vm><name>é</name></vm>';
    expect((Reader.read(decl) as types.Vm).name).toBe('é');
    for (const size of [1, 2, 1000]) expect(((await streamed(pieces(decl, size))) as types.Vm[])[0].name).toBe('é');
    const latin1 = Buffer.from(decl, 'latin1');
    expect((Reader.read(latin1) as types.Vm).name).toBe('é');
    for (const size of [1, 2, 1000]) expect(((await streamed(pieces(latin1, size))) as types.Vm[])[0].name).toBe('é');
  });

  test('a surrogate pair split between two string chunks is joined', async () => {
    const doc = '<vm><name>a😀b</name></vm>';
    const at = doc.indexOf('😀') + 1; // between the two halves
    async function* split(): AsyncGenerator<string> {
      yield doc.slice(0, at);
      yield doc.slice(at);
    }
    expect(await streamed(split())).toStrictEqual([new types.Vm({ name: 'a😀b' })]);
    for (const size of [1, 3]) expect(await streamed(pieces(doc, size))).toStrictEqual([new types.Vm({ name: 'a😀b' })]);
  });

  test('chunks are all strings or all Buffers', async () => {
    async function* mixed(): AsyncGenerator<string | Buffer> {
      yield '<vm>';
      yield Buffer.from('</vm>');
    }
    const e = await streamed(mixed());
    expect(e).toBeInstanceOf(OvirtError);
    expect((e as Error).message).toMatch(/all strings or all Buffers/);
  });

  test('the same limits for read and stream: depth and bytes', async () => {
    const deep = `<vm>${'<x>'.repeat(40)}${'</x>'.repeat(40)}</vm>`;
    expect(readAsList(deep, { maxDepth: 32 })).toBeInstanceOf(XmlError);
    for (const size of [1, 64]) expect(await streamed(pieces(deep, size), { maxDepth: 32 })).toBeInstanceOf(XmlError);
    const doc = '<vm><name>é</name></vm>'; // 24 bytes of UTF-8, 23 characters
    expect(readAsList(doc, { maxBytes: 23 })).toBeInstanceOf(XmlError);
    expect(await streamed(pieces(doc, 5), { maxBytes: 23 })).toBeInstanceOf(XmlError);
    expect(readAsList(doc, { maxBytes: 24 })).toHaveLength(1);
    expect(await streamed(pieces(doc, 5), { maxBytes: 24 })).toHaveLength(1);
  });
});

describe('10. dates: only real times, and every Date the writer writes reads back as itself', () => {
  const invalid = [
    '2024-02-31T24:59:60Z',
    '2024-02-30T00:00:00Z',
    '2023-02-29T00:00:00Z',
    '1900-02-29',
    '2024-04-31',
    '2024-13-01',
    '2024-00-10',
    '2024-01-00',
    '2024-01-01T24:00:00Z',
    '2024-01-01T23:60:00Z',
    '2024-01-01T23:59:60Z',
    '2024-01-01T00:00:00+14:01',
    '2024-01-01T00:00:00+15:00',
    '999999-01-01T00:00:00Z',
    '275760-09-13T00:00:00.001Z',
    '-271821-04-19T23:59:59Z',
    '+2024-01-01T00:00:00Z',
    '24-01-01',
    '2024-1-01',
    '2024-01-01T00:00Z',
    '2024-01-01T00:00:00.Z',
    '2024-01-01 00:00:00Z',
  ];
  const valid: [string, number][] = [
    ['2024-02-29T23:59:59.999Z', Date.UTC(2024, 1, 29, 23, 59, 59, 999)],
    ['2000-02-29', Date.UTC(2000, 1, 29)],
    ['1900-02-28T12:00:00', Date.UTC(1900, 1, 28, 12)],
    ['2016-10-21T11:45:57.532+02:00', Date.UTC(2016, 9, 21, 9, 45, 57, 532)],
    ['2016-10-21T11:45:57.5329999-14:00', Date.UTC(2016, 9, 22, 1, 45, 57, 532)],
    ['10000-01-01T00:00:00Z', Date.parse('+010000-01-01T00:00:00Z')],
    ['275760-09-13T00:00:00Z', 8.64e15],
    ['-271821-04-20T00:00:00Z', -8.64e15],
    ['0000-01-01T00:00:00Z', Date.parse('0000-01-01T00:00:00Z')],
    ['-0001-12-31T23:59:59Z', Date.parse('0000-01-01T00:00:00Z') - 1000],
  ];

  test('the reader refuses an impossible date, naming its element', () => {
    for (const v of invalid) {
      expectXmlError(() => Reader.read(`<vm><creation_time>${v}</creation_time></vm>`), new RegExp(`invalid date value '${v.replace(/[+.]/g, '\\$&')}' in <creation_time>`));
    }
  });

  test('the reader, the writer and the constructors parse the same grammar to the same time', () => {
    for (const [v, ms] of valid) {
      expect([v, (Reader.read(`<vm><creation_time>${v}</creation_time></vm>`) as types.Vm).creationTime!.getTime()]).toEqual([v, ms]);
      expect([v, parseDateTime(v)]).toEqual([v, ms]);
      expect([v, new types.Vm({ creationTime: v }).creationTime!.getTime()]).toEqual([v, ms]);
      expect(Reader.read(Writer.write({ creationTime: v }, { type: 'vm' }))).toEqual(new types.Vm({ creationTime: new Date(ms) }));
    }
    for (const v of invalid) {
      expect([v, parseDateTime(v)]).toEqual([v, NaN]);
      expectSdkError(() => new types.Vm({ creationTime: v }), /vm.creationTime must be a Date or an ISO 8601/);
      expectSdkError(() => Writer.write({ creationTime: v }, { type: 'vm' }), /vm.creationTime must be a valid Date or xs:dateTime string/);
    }
  });

  test('every Date is written in a form the reader reads back: no "+", at least four year digits', () => {
    for (const ms of [0, -1, 8.64e15, -8.64e15, Date.parse('+010000-01-01T00:00:00Z'), Date.parse('9999-12-31T23:59:59.999Z'), Date.parse('-000001-06-01T00:00:00Z'), Date.parse('0000-03-01T00:00:00Z')]) {
      const xml = Writer.write({ creationTime: new Date(ms) }, { type: 'vm' });
      expect(xml).not.toContain('+');
      expect((Reader.read(xml) as types.Vm).creationTime!.getTime()).toBe(ms);
    }
    expect(formatDateTime(new Date(Date.parse('+010000-01-01T00:00:00Z')))).toBe('10000-01-01T00:00:00.000Z');
    expect(formatDateTime(new Date(Date.parse('-000001-06-01T00:00:00Z')))).toBe('-0001-06-01T00:00:00.000Z');
    expect(formatDateTime(new Date(8.64e15))).toBe('275760-09-13T00:00:00.000Z');
    expectSdkError(() => Writer.write({ creationTime: new Date(NaN) }, { type: 'vm' }), /vm.creationTime must be a valid Date/);
  });
});

describe('11. writer edge cases', () => {
  test('an object that contains itself is refused, naming both places (Writer.write and the constructors)', () => {
    const cluster: Record<string, unknown> = { name: 'c' };
    cluster.dataCenter = { clusters: [cluster] };
    expectSdkError(() => Writer.write({ cluster }, { type: 'vm' }), /^vm\.cluster\.dataCenter\.clusters\[0\] is vm\.cluster, which contains it/);
    expectSdkError(() => new types.Vm({ cluster } as never), /^vm\.cluster\.dataCenter\.clusters\[0\] is vm\.cluster, which contains it/);
    const self: Record<string, unknown> = { name: 'x' };
    self.originalTemplate = { vm: self };
    expectSdkError(() => Writer.write(self, { type: 'vm' }), /vm\.originalTemplate\.vm is vm, which contains it/);
    expectSdkError(() => new types.Vm(self as never), /vm\.originalTemplate\.vm is vm, which contains it/);
    // One object in two places that do not contain each other is fine.
    const shared = { name: 'c' };
    const back = Reader.read(Writer.write({ cluster: shared, originalTemplate: { cluster: shared } }, { type: 'vm' })) as types.Vm;
    expect([back.cluster!.name, back.originalTemplate!.cluster!.name]).toEqual(['c', 'c']);
    const made = new types.Vm({ cluster: shared, originalTemplate: { cluster: shared } });
    expect([made.cluster!.name, made.originalTemplate!.cluster!.name]).toEqual(['c', 'c']);
    // And the writer is usable after a refusal.
    expect(Writer.write({ name: 'ok' }, { type: 'vm' })).toBe('<vm><name>ok</name></vm>');
  });

  test('nesting deeper than maxDepth (default 64, the reader\'s) is refused, naming the member', () => {
    let v: Record<string, unknown> = { name: 'leaf' };
    for (let i = 0; i < 40; i++) v = { originalTemplate: { vm: v } };
    expectSdkError(() => Writer.write(v, { type: 'vm' }), /^vm(\.originalTemplate\.vm)+.* is nested deeper than 64 levels \(maxDepth\)/);
    const xml = Writer.write(v, { type: 'vm', maxDepth: 100 });
    expectXmlError(() => Reader.read(xml), /nested deeper than 64/);
    expect(Reader.read(xml, { maxDepth: 100 })).toBeInstanceOf(types.Vm);
    expectSdkError(() => Writer.write({ cluster: { name: 'x' } }, { type: 'vm', maxDepth: 2 }), /vm\.cluster\.name is nested deeper than 2 levels/);
    expectSdkError(() => Writer.write({ nics: [{ name: 'x' }] }, { type: 'vm', maxDepth: 1 }), /^vm\.nics is nested deeper than 1 levels/);
    expect(Writer.write({ cluster: { id: 'x' } }, { type: 'vm', maxDepth: 2 })).toBe('<vm><cluster id="x"/></vm>');
    expectSdkError(() => Writer.write({}, { type: 'vm', maxDepth: 0 }), /maxDepth must be a positive integer/);
    // The constructors refuse what no document can hold, before the stack overflows.
    for (let i = 0; i < 1000; i++) v = { originalTemplate: { vm: v } };
    expectSdkError(() => new types.Vm(v), /^vm\.originalTemplate\.vm\.originalTemplate.*\.\.\. is nested deeper than 256 objects$/);
    expectSdkError(() => Writer.write(v, { type: 'vm' }), /is nested deeper than 64 levels/);
  });

  test('a surrogate pair split between two values is refused, naming the element of each half', () => {
    // Values one after the other on the wire: <description> comes before <name> (sorted by name, as the Python SDK writes them).
    expectXmlError(() => Writer.write({ description: 'a\uD83D', name: '\uDE00b' }, { type: 'vm' }), /invalid XML character U\+D83D in the value of <description>/);
    expectXmlError(() => Writer.write({ description: 'a', name: '\uDE00b' }, { type: 'vm' }), /invalid XML character U\+DE00 in the value of <name>/);
    expectXmlError(() => Writer.writeBuffer({ id: '\uD83D', name: '\uDE00' }, { type: 'vm' }), /U\+D83D in the value of <vm>/);
    // Whole pairs are fine, also at the edges of values.
    expect(Reader.read(Writer.write({ name: '😀', description: '😀' }, { type: 'vm' }))).toEqual(new types.Vm({ name: '😀', description: '😀' }));
  });

  test('enum values: the writer takes what the reader gives back, nothing else', () => {
    for (const v of ['up', 'teleporting', '', 'x'.repeat(4096), 'é'.repeat(2048), 'in side']) {
      const xml = Writer.write({ status: v }, { type: 'vm' });
      expect([v.length, (Reader.read(xml) as types.Vm).status]).toEqual([v.length, v]);
    }
    for (const v of [' up', 'up ', '\tup', 'up\n', 'x'.repeat(4097), 'é'.repeat(2049)]) {
      expectSdkError(() => Writer.write({ status: v }, { type: 'vm' }), /vm\.status must be an enum value (without leading or trailing whitespace|of at most 4096 bytes)/);
    }
  });
});
