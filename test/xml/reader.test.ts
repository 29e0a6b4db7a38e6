import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Reader, types, XmlError, Error as OvirtError } from '../../lib';

function read(xml: string | Buffer, options = {}): any {
  return Reader.read(xml, options);
}

function expectXmlError(fn: () => unknown, pattern: RegExp): XmlError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(XmlError);
  expect(caught).toBeInstanceOf(OvirtError);
  expect((caught as Error).message).toMatch(pattern);
  return caught as XmlError;
}

describe('Reader.read: documents into typed objects', () => {
  test('an object document gives an instance of its type', () => {
    const vm = read('<vm href="/ovirt-engine/api/vms/123" id="123"><name>myvm</name><memory>2147483648</memory></vm>');
    expect(vm).toBeInstanceOf(types.Vm);
    expect(vm.id).toBe('123');
    expect(vm.href).toBe('/ovirt-engine/api/vms/123');
    expect(vm.name).toBe('myvm');
    expect(vm.memory).toBe(2147483648);
  });

  test('a list document gives an array of instances; an empty list gives []', () => {
    const vms = read('<vms><vm id="1"><name>a</name></vm><vm id="2"><name>b</name></vm></vms>');
    expect(Array.isArray(vms)).toBe(true);
    expect(vms.map((v: types.Vm) => v.name)).toEqual(['a', 'b']);
    expect(vms[1]).toBeInstanceOf(types.Vm);
    expect(read('<vms/>')).toEqual([]);
    expect(read('<vms>\n  </vms>')).toEqual([]);
  });

  test('primitives: booleans, integers, decimals, dates, enums', () => {
    const vm = read(`<vm>
      <delete_protected>true</delete_protected><stateless> false </stateless>
      <cpu_shares>-12</cpu_shares>
      <creation_time>2016-10-21T11:45:57.532+02:00</creation_time>
      <start_time>2020-01-02T03:04:05Z</start_time>
      <stop_time>2020-01-02T03:04:05</stop_time>
      <status>image_locked</status>
      <statistics><statistic><values><value><datum>3.25</datum></value></values></statistic></statistics>
    </vm>`);
    expect(vm.deleteProtected).toBe(true);
    expect(vm.stateless).toBe(false);
    expect(vm.cpuShares).toBe(-12);
    expect(vm.creationTime).toEqual(new Date('2016-10-21T09:45:57.532Z'));
    expect(vm.startTime).toEqual(new Date('2020-01-02T03:04:05Z'));
    expect(vm.stopTime).toEqual(new Date('2020-01-02T03:04:05Z'));
    expect(vm.status).toBe(types.VmStatus.IMAGE_LOCKED);
    expect(vm.statistics[0].values[0].datum).toBe(3.25);
  });

  test('booleans in any letter case, and 1/0, as the Python SDK reads them', () => {
    const vm = read(`<vm>
      <delete_protected>TRUE</delete_protected><stateless>False</stateless>
      <start_paused>1</start_paused><run_once>0</run_once>
      <soundcard_enabled> tRuE </soundcard_enabled>
    </vm>`);
    expect(vm.deleteProtected).toBe(true);
    expect(vm.stateless).toBe(false);
    expect(vm.startPaused).toBe(true);
    expect(vm.runOnce).toBe(false);
    expect(vm.soundcardEnabled).toBe(true);
    const action = read('<action><succeeded>FALSE</succeeded></action>');
    expect(action.succeeded).toBe(false);
    for (const bad of ['yes', 'T', 'truee', 'tru', '10', 'TRUE1']) {
      expectXmlError(() => read(`<vm><stateless>${bad}</stateless></vm>`), /invalid boolean value/);
    }
  });

  test('nested structs and lists, with wire-name exceptions', () => {
    const host = read(`<host id="h1">
      <cpu><topology><cores>4</cores><sockets>2</sockets></topology></cpu>
      <host_numa_nodes><host_numa_node id="n0"><index>0</index></host_numa_node></host_numa_nodes>
      <os><type>rhel</type></os>
      <transparent_hugepages><enabled>true</enabled></transparent_hugepages>
    </host>`);
    expect(host.cpu).toBeInstanceOf(types.Cpu);
    expect(host.cpu.topology.cores).toBe(4);
    expect(host.numaNodes).toHaveLength(1);
    expect(host.numaNodes[0]).toBeInstanceOf(types.NumaNode);
    expect(host.numaNodes[0].index).toBe(0);
    expect(host.os).toBeInstanceOf(types.OperatingSystem);
    expect(host.transparentHugePages.enabled).toBe(true);
    const cluster = read('<gluster_volume><bricks><brick id="b1"><brick_dir>/x</brick_dir></brick></bricks></gluster_volume>');
    expect(cluster.bricks[0]).toBeInstanceOf(types.GlusterBrick);
    expect(cluster.bricks[0].brickDir).toBe('/x');
  });

  test('primitive and enum lists', () => {
    const net = read('<network><usages><usage>vm</usage><usage>display</usage></usages></network>');
    expect(net.usages).toEqual(['vm', 'display']);
  });

  test('<link rel> fills the list link href and merges with an inline list in either order', () => {
    const a = read(`<vm id="1"><link href="/ovirt-engine/api/vms/1/nics" rel="nics"/>
      <nics><nic id="n1"><name>eth0</name></nic></nics></vm>`);
    expect(a.nics.href).toBe('/ovirt-engine/api/vms/1/nics');
    expect(a.nics.map((n: types.Nic) => n.name)).toEqual(['eth0']);
    const b = read(`<vm id="1"><nics><nic id="n1"><name>eth0</name></nic></nics>
      <link href="/ovirt-engine/api/vms/1/nics" rel="nics"/></vm>`);
    expect(b.nics.href).toBe('/ovirt-engine/api/vms/1/nics');
    expect(b.nics).toHaveLength(1);
    const c = read('<host id="1"><link href="/h/1/numanodes" rel="numanodes"/></host>');
    expect(c.numaNodes).toHaveLength(0);
    expect(c.numaNodes.href).toBe('/h/1/numanodes');
  });

  test('unknown elements, links and actions are skipped; unknown enum values stay strings', () => {
    const vm = read(`<vm id="1"><future_member><deep><x>1</x></deep></future_member>
      <actions><link href="/x/start" rel="start"/></actions>
      <link href="/x/other" rel="not_a_model_link"/>
      <status>teleporting</status><name>ok</name></vm>`);
    expect(vm.name).toBe('ok');
    expect(vm.status).toBe('teleporting');
    expect(Object.keys(vm).sort()).toEqual(['id', 'name', 'status']);
  });

  test('text: entities, character references, CDATA, non-ASCII and astral characters', () => {
    const vm = read('<vm><name>a&amp;b&lt;c&gt;&quot;&apos;&#233;&#x1F600;</name><description><![CDATA[<raw> & ]]>tail</description><comment>Grüße 😀 日本</comment></vm>');
    expect(vm.name).toBe('a&b<c>"\'é😀');
    expect(vm.description).toBe('<raw> & tail');
    expect(vm.comment).toBe('Grüße 😀 日本');
  });

  test('strings keep their whitespace; empty elements are empty strings', () => {
    const vm = read('<vm><name>  spaced  </name><description/></vm>');
    expect(vm.name).toBe('  spaced  ');
    expect(vm.description).toBe('');
  });

  test('a Buffer in ISO-8859-1 with its declaration is decoded by libxml2', () => {
    const head = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><vm><name>', 'latin1');
    const body = Buffer.from([0x47, 0x72, 0xfc, 0xdf, 0x65]);
    const tail = Buffer.from('</name></vm>', 'latin1');
    expect(read(Buffer.concat([head, body, tail])).name).toBe('Grüße');
  });

  test('documents in different encodings, one after the other, each decode right (the parser context is reused)', () => {
    const latin1 = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><vm><name>', 'latin1'), Buffer.from([0xe9]), Buffer.from('</name></vm>')]);
    const utf8 = Buffer.from('<vm><name>é😀</name></vm>', 'utf8');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<vm><name>ü</name></vm>', 'utf16le')]);
    for (let i = 0; i < 3; i++) {
      expect(read(latin1).name).toBe('é');
      expect(read(utf8).name).toBe('é😀');
      expect(read('<?xml version="1.0" encoding="ISO-8859-1"?><vm><name>ß</name></vm>').name).toBe('ß');
      expect(read(utf16).name).toBe('ü');
    }
  });

  test('a string input is read as UTF-8 whatever its declaration says', () => {
    expect(read('<?xml version="1.0" encoding="ISO-8859-1"?><vm><name>Grüße</name></vm>').name).toBe('Grüße');
  });

  test('64-bit integers: exact up to 2^53 - 1, an error beyond (never a silent rounding)', () => {
    expect(read('<disk><provisioned_size>9007199254740991</provisioned_size></disk>').provisionedSize).toBe(Number.MAX_SAFE_INTEGER);
    expect(read('<disk><provisioned_size>-9007199254740991</provisioned_size></disk>').provisionedSize).toBe(-Number.MAX_SAFE_INTEGER);
    expectXmlError(() => read('<disk><provisioned_size>9007199254740993</provisioned_size></disk>'), /9007199254740993.*<provisioned_size>.*exactly/);
  });

  test('a fault document reads as types.Fault', () => {
    const f = read('<fault><reason>Operation Failed</reason><detail>[Cannot run VM]</detail></fault>');
    expect(f).toBeInstanceOf(types.Fault);
    expect(f.reason).toBe('Operation Failed');
    expect(f.detail).toBe('[Cannot run VM]');
  });
});

describe('Reader.read: bad input gets a typed error with its position', () => {
  test('invalid primitive text names the element', () => {
    const e = expectXmlError(() => read('<vm>\n<memory>abc</memory></vm>'), /invalid integer value 'abc' in <memory>/);
    expect(e.line).toBe(2);
    expectXmlError(() => read('<vm><stateless>yes</stateless></vm>'), /invalid boolean value 'yes' in <stateless>/);
    expectXmlError(() => read('<vm><creation_time>yesterday</creation_time></vm>'), /invalid date value 'yesterday' in <creation_time>/);
    expectXmlError(() => read('<vm><memory></memory></vm>'), /invalid integer value '' in <memory>/);
  });

  test('malformed XML gives line and column', () => {
    const e = expectXmlError(() => read('<vm>\n  <name>x</nam>\n</vm>'), /line 2/);
    expect(e.line).toBe(2);
    expect(e.column).toBeGreaterThan(0);
    expect(e.xmlCode).toBeGreaterThan(0);
    expectXmlError(() => read('<vm><name>x</name>'), /./);
    expectXmlError(() => read(''), /./);
    expectXmlError(() => read('not xml at all'), /./);
    expectXmlError(() => read('<vm><name>x</name></vm><vm/>'), /./);
    expectXmlError(() => read(Buffer.from([0x3c, 0x76, 0x6d, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x76, 0x6d, 0x3e])), /./);
  });

  test('an unknown root element is an error', () => {
    expectXmlError(() => read('<nonsense/>'), /unknown root element <nonsense>/);
  });

  test('billion laughs: rejected before any expansion', () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('')}]><vm><name>&lol9;</name></vm>`;
    const before = process.memoryUsage().rss;
    expectXmlError(() => read(lol), /DTD/);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  test('XXE: an external entity neither expands nor reads the file', () => {
    const secret = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xxe-')), 'secret.txt');
    fs.writeFileSync(secret, 'TOP-SECRET');
    const xxe = `<?xml version="1.0"?><!DOCTYPE vm [<!ENTITY x SYSTEM "file://${secret}">]><vm><name>&x;</name></vm>`;
    const e = expectXmlError(() => read(xxe), /DTD/);
    expect(e.message).not.toContain('TOP-SECRET');
    expectXmlError(() => read(`<!DOCTYPE vm SYSTEM "file://${secret}"><vm/>`), /DTD/);
    expectXmlError(() => read('<vm><name>&undeclared;</name></vm>'), /undeclared|not defined/i);
  });

  test('nesting deeper than maxDepth is an error', () => {
    const deep = '<vm>' + '<x>'.repeat(100) + '</x>'.repeat(100) + '</vm>';
    expectXmlError(() => read(deep), /nested deeper than 64/);
    expect(read(deep, { maxDepth: 200 })).toBeInstanceOf(types.Vm);
    expectXmlError(() => read('<vm><cpu><topology><cores>1</cores></topology></cpu></vm>', { maxDepth: 3 }), /nested deeper than 3/);
  });

  test('documents over maxBytes are refused', () => {
    expectXmlError(() => read('<vm><name>x</name></vm>', { maxBytes: 10 }), /larger than the 10 bytes/);
  });

  test('wrong argument types are the SDK error', () => {
    expect(() => Reader.read(42 as unknown as string)).toThrow(OvirtError);
    expect(() => Reader.read('<vm/>', { maxDepth: -1 })).toThrow(/maxDepth/);
  });

  test('the reader stays usable after every kind of error', () => {
    const bad = ['<vm><memory>x</memory></vm>', '<vm>', '<!DOCTYPE a []><vm/>', '<bogus/>', '<vm><name>&x;</name></vm>'];
    for (const b of bad) {
      expect(() => read(b)).toThrow(XmlError);
      expect(read('<vm id="ok"/>').id).toBe('ok');
    }
  });
});

describe('Reader.stream: chunked input, objects handed out as they complete', () => {
  async function* chunks(text: string, size: number): AsyncGenerator<Buffer> {
    const buf = Buffer.from(text);
    for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
  }

  const doc = `<?xml version="1.0"?><vms>${Array.from({ length: 50 }, (_, i) => `<vm id="${i}"><name>vm-${i}-é</name><memory>${i * 1024}</memory><nics><nic><name>n${i}</name></nic></nics></vm>`).join('\n')}</vms>`;

  test.each([1, 7, 4096])('chunks of %i bytes give the same objects as a whole read', async (size) => {
    const out: types.Vm[] = [];
    for await (const vm of Reader.stream(chunks(doc, size))) out.push(vm as types.Vm);
    expect(out).toStrictEqual(read(doc));
  });

  test('items arrive before the document ends', async () => {
    let sent = 0;
    async function* slow(): AsyncGenerator<string> {
      yield '<vms><vm id="a"/>';
      sent = 1;
      yield '<vm id="b"/>';
      sent = 2;
      yield '</vms>';
      sent = 3;
    }
    const seen: [string, number][] = [];
    for await (const vm of Reader.stream(slow())) seen.push([(vm as types.Vm).id!, sent]);
    expect(seen).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
  });

  test('an object document yields its one object', async () => {
    const out = [];
    for await (const x of Reader.stream(chunks('<vm id="1"><name>x</name></vm>', 3))) out.push(x);
    expect(out).toHaveLength(1);
    expect(out[0]).toBeInstanceOf(types.Vm);
  });

  test('a truncated or malformed stream rejects with XmlError after the good items', async () => {
    const got: unknown[] = [];
    await expect(
      (async () => {
        for await (const x of Reader.stream(chunks('<vms><vm id="1"/><vm id="2"><name>', 5))) got.push(x);
      })(),
    ).rejects.toBeInstanceOf(XmlError);
    expect(got).toHaveLength(1);
  });
});
