import { Error as OvirtError, Reader, types, Writer, XmlError } from '../../lib';

describe('Writer.write', () => {
  test('attributes, elements, nested structs, lists, enums, booleans, dates', () => {
    const vm = new types.Vm({
      id: '123',
      name: 'myvm',
      memory: 1073741824,
      stateless: false,
      status: types.VmStatus.UP,
      creationTime: new Date('2020-01-02T03:04:05.678Z'),
      cluster: { id: 'c1', name: 'Default' },
      nics: [{ name: 'eth0' }, { name: 'eth1' }],
    });
    expect(Writer.write(vm)).toBe(
      // Members in model order: the vm's own, then what it inherits; attributes first.
      '<vm id="123"><status>up</status><memory>1073741824</memory><creation_time>2020-01-02T03:04:05.678Z</creation_time>' +
        '<stateless>false</stateless><name>myvm</name><cluster id="c1"><name>Default</name></cluster>' +
        '<nics><nic><name>eth0</name></nic><nic><name>eth1</name></nic></nics></vm>',
    );
  });

  test('undefined and null members are omitted; an empty list is an empty element', () => {
    expect(Writer.write(new types.Vm({ name: undefined, tags: [] }))).toBe('<vm><tags/></vm>');
    expect(Writer.write({ name: null, description: 'd' }, { type: 'vm' })).toBe('<vm><description>d</description></vm>');
  });

  test('an unfetched link list (read from <link rel>) is not written; a fetched or user-made one is', () => {
    const vm = Reader.read('<vm id="1"><name>a</name><link rel="nics" href="/ovirt-engine/api/vms/1/nics"/></vm>') as types.Vm;
    expect(vm.nics).toHaveLength(0);
    expect(Writer.write(vm)).toBe('<vm id="1"><name>a</name></vm>');
    vm.nics!.push(new types.Nic({ name: 'eth0' }));
    expect(Writer.write(vm)).toBe('<vm id="1"><name>a</name><nics><nic><name>eth0</name></nic></nics></vm>');
    expect(Writer.write(new types.Vm({ nics: [] }))).toBe('<vm><nics/></vm>');
  });

  test('wire-name exceptions: <os>, <host_numa_nodes>, <bricks><brick>', () => {
    expect(Writer.write(new types.Vm({ os: { type: 'rhel_9x64' } }))).toBe('<vm><os><type>rhel_9x64</type></os></vm>');
    expect(Writer.write(new types.Host({ numaNodes: [{ index: 0 }] }))).toBe('<host><host_numa_nodes><host_numa_node><index>0</index></host_numa_node></host_numa_nodes></host>');
    expect(Writer.write(new types.GlusterVolume({ bricks: [{ brickDir: '/b' }] }))).toBe('<gluster_volume><bricks><brick><brick_dir>/b</brick_dir></brick></bricks></gluster_volume>');
    expect(Writer.write([new types.GlusterBrick({ brickDir: '/b' })])).toBe('<bricks><brick><brick_dir>/b</brick_dir></brick></bricks>');
  });

  test('every special character is escaped, and the text reads back unchanged', () => {
    const name = `a&b<c>d"e'f\tg\nh\ri ]]> é😀`;
    const xml = Writer.write(new types.Vm({ id: `x"&<>\t\n\r`, name }));
    expect(xml).toBe('<vm id="x&quot;&amp;&lt;&gt;&#9;&#10;&#13;"><name>a&amp;b&lt;c&gt;d"e\'f\tg\nh&#13;i ]]&gt; é😀</name></vm>');
    const back = Reader.read(xml) as types.Vm;
    expect(back.name).toBe(name);
    expect(back.id).toBe(`x"&<>\t\n\r`);
  });

  test.each([
    ['\u0000', 'U+0000'],
    ['\u0001', 'U+0001'],
    ['\u001f', 'U+001F'],
    ['\ud800', 'U+D800'],
    ['x\udc00', 'U+DC00'],
    ['\ufffe', 'U+FFFE'],
    ['\uffff', 'U+FFFF'],
  ])('the invalid XML character %j is rejected with a clear error', (bad, code) => {
    expect(() => Writer.write(new types.Vm({ name: `ok${bad}` }))).toThrow(XmlError);
    expect(() => Writer.write(new types.Vm({ name: `ok${bad}` }))).toThrow(new RegExp(`invalid XML character ${code.replace('+', '\\+')} in the value of <name>`));
  });

  test('the writer stays usable after an error', () => {
    expect(() => Writer.write(new types.Vm({ name: '\u0001' }))).toThrow(XmlError);
    expect(Writer.write(new types.Vm({ name: 'fine' }))).toBe('<vm><name>fine</name></vm>');
  });

  test('indentation', () => {
    const vm = new types.Vm({ name: 'x', cpu: { topology: { cores: 2 } }, tags: [] });
    expect(Writer.write(vm, { indent: true })).toBe(
      ['<vm>', '  <cpu>', '    <topology>', '      <cores>2</cores>', '    </topology>', '  </cpu>', '  <name>x</name>', '  <tags/>', '</vm>'].join('\n'),
    );
    expect(Writer.write(vm, { indent: 4 }).split('\n')[1]).toBe('    <cpu>');
  });

  test('Buffer output is the same UTF-8 document', () => {
    const vm = new types.Vm({ name: 'Grüße 😀' });
    const buf = Writer.writeBuffer(vm);
    expect(Buffer.isBuffer(buf)).toBe(true);
    expect(buf.toString('utf8')).toBe(Writer.write(vm));
  });

  test('root option, known and dynamic element names', () => {
    expect(Writer.write(new types.Vm({ name: 'x' }), { root: 'template' })).toBe('<template><name>x</name></template>');
    expect(Writer.write(new types.Vm({ name: 'x' }), { root: 'my_root' })).toBe('<my_root><name>x</name></my_root>');
    expect(() => Writer.write(new types.Vm({}), { root: 'bad name' })).toThrow(XmlError);
    expect(Writer.write([], { type: 'vm' })).toBe('<vms/>');
  });

  test('64-bit integers: safe numbers and bigints are exact; unsafe numbers are refused', () => {
    expect(Writer.write({ provisionedSize: 9007199254740991 }, { type: 'disk' })).toBe('<disk><provisioned_size>9007199254740991</provisioned_size></disk>');
    expect(Writer.write({ provisionedSize: 9007199254740993n }, { type: 'disk' })).toBe('<disk><provisioned_size>9007199254740993</provisioned_size></disk>');
    expect(() => Writer.write({ provisionedSize: 2 ** 53 + 2 }, { type: 'disk' })).toThrow(/provisionedSize must be an integer/);
    expect(() => Writer.write({ provisionedSize: 1.5 }, { type: 'disk' })).toThrow(OvirtError);
  });

  test('wrong member types are the SDK error naming the member', () => {
    expect(() => Writer.write({ memory: '1G' }, { type: 'vm' })).toThrow(/Vm.memory must be an integer, got the string "1G"/);
    expect(() => Writer.write({ stateless: 'yes' }, { type: 'vm' })).toThrow(/Vm.stateless must be a boolean/);
    expect(() => Writer.write({ cluster: 'Default' }, { type: 'vm' })).toThrow(/Vm.cluster must be an object/);
    expect(() => Writer.write({ nics: { name: 'x' } }, { type: 'vm' })).toThrow(/Vm.nics must be an array/);
    expect(() => Writer.write({ creationTime: 'not a date' }, { type: 'vm' })).toThrow(/Vm.creationTime must be a valid Date/);
    expect(() => Writer.write({ name: 'x' })).toThrow(/cannot tell the type/);
    expect(() => Writer.write({}, { type: 'nonsense' })).toThrow(/unknown type 'nonsense'/);
    expect(() => Writer.write(42 as unknown as object)).toThrow(OvirtError);
  });
});

describe('types: constructors', () => {
  test('plain objects become instances at any depth; dates from ISO strings', () => {
    const vm = new types.Vm({ name: 'a', cluster: { name: 'c', dataCenter: { name: 'dc' } }, nics: [{ name: 'n' }], creationTime: '2020-01-01T00:00:00Z' });
    expect(vm.cluster).toBeInstanceOf(types.Cluster);
    expect(vm.cluster!.dataCenter).toBeInstanceOf(types.DataCenter);
    expect(vm.nics![0]).toBeInstanceOf(types.Nic);
    expect(vm.creationTime).toEqual(new Date('2020-01-01T00:00:00Z'));
    const c = new types.Cluster({ name: 'keep' });
    expect(new types.Vm({ cluster: c }).cluster).toBe(c);
  });

  test('enums have UPPER_CASE keys and wire values', () => {
    expect(types.VmStatus.IMAGE_LOCKED).toBe('image_locked');
    expect(types.DiskFormat.COW).toBe('cow');
    expect(Object.values(types.VmStatus)).toContain('powering_up');
  });

  test('unknown members and wrong shapes are errors', () => {
    expect(() => new types.Vm({ nmae: 'x' } as never)).toThrow(/Vm has no member 'nmae'/);
    expect(() => new types.Vm({ cluster: 'x' } as never)).toThrow(/Vm.cluster must be a Cluster or a plain object, got the string "x"/);
    expect(() => new types.Vm({ nics: {} } as never)).toThrow(/Vm.nics must be an array/);
    expect(() => new types.Vm({ creationTime: 'garbage' })).toThrow(/Vm.creationTime/);
    // Nested: the whole path; an instance of another type is not taken for this one.
    expect(() => new types.Vm({ cluster: { nam: 'Default' } } as never)).toThrow("Vm.cluster.nam: Cluster has no member 'nam'");
    expect(() => new types.Vm({ nics: [{ name: 'a' }, { nmae: 'b' }] } as never)).toThrow("Vm.nics[1].nmae: Nic has no member 'nmae'");
    expect(() => new types.Vm({ cluster: new types.Disk({ name: 'd' }) } as never)).toThrow('Vm.cluster must be a Cluster or a plain object, got a Disk');
    expect(() => new types.Vm({ cluster: new Date() } as never)).toThrow(/Vm.cluster must be a Cluster or a plain object, got an object \(Date\)/);
  });

  test('a cyclic init object is refused naming the path, not a stack overflow', () => {
    const cluster: Record<string, unknown> = { name: 'c' };
    const dataCenter: Record<string, unknown> = { name: 'dc', clusters: [cluster] };
    cluster.dataCenter = dataCenter;
    expect(() => new types.Cluster(cluster)).toThrow('Cluster.dataCenter.clusters[0] is Cluster, which contains it: an object that contains itself cannot be converted');
    // The same object twice side by side is no cycle.
    const os = { type: 'rhel_9x64' };
    expect(new types.Template({ os, vm: { os } }).vm!.os!.type).toBe('rhel_9x64');
  });
});
