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
      // The Python SDK's order: XML attributes, then the attributes of the model sorted by name, then its links sorted.
      '<vm id="123"><creation_time>2020-01-02T03:04:05.678Z</creation_time><memory>1073741824</memory><name>myvm</name>' +
        '<stateless>false</stateless><status>up</status><cluster id="c1"><name>Default</name></cluster>' +
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

  test('wrong member types are the SDK error naming the path', () => {
    expect(() => Writer.write({ memory: '1G' }, { type: 'vm' })).toThrow(new OvirtError('vm.memory must be an integer, got the string "1G"'));
    expect(() => Writer.write({ stateless: 'yes' }, { type: 'vm' })).toThrow('vm.stateless must be a boolean, got the string "yes"');
    expect(() => Writer.write({ cluster: 'Default' }, { type: 'vm' })).toThrow('vm.cluster must be a Cluster or a plain object, got the string "Default"');
    expect(() => Writer.write({ nics: { name: 'x' } }, { type: 'vm' })).toThrow('vm.nics must be an array, got an object');
    expect(() => Writer.write({ creationTime: 'not a date' }, { type: 'vm' })).toThrow('vm.creationTime must be a valid Date or xs:dateTime string (such as 2024-02-29T13:45:00Z), got the string "not a date"');
    expect(() => Writer.write({ cpu: { topology: { cores: '2' } } }, { type: 'vm' })).toThrow('vm.cpu.topology.cores must be an integer, got the string "2"');
    expect(() => Writer.write({ nics: [{ name: 'a' }, { name: 5 }] }, { type: 'vm' })).toThrow('vm.nics[1].name must be a string, got number 5');
    expect(() => Writer.write({ customProperties: [{ name: 'a' }, null] }, { type: 'vm' })).toThrow('vm.customProperties[1] must be a CustomProperty or a plain object, got null');
    expect(() => Writer.write({ name: 'x' })).toThrow(/cannot tell the type/);
    expect(() => Writer.write({}, { type: 'nonsense' })).toThrow(/unknown type 'nonsense'/);
    expect(() => Writer.write(42 as unknown as object)).toThrow(OvirtError);
  });
});

describe('Writer.write refuses what the type does not have, and writes nothing', () => {
  test('a member name the type does not have, at any depth, in plain objects and instances alike', () => {
    // The misspelled members would otherwise be dropped and <vm><name>y</name><cluster/></vm> sent.
    expect(() => Writer.write({ nmae: 'x', name: 'y', cluster: { nam: 'Default' } }, { type: 'vm' })).toThrow(new OvirtError("vm.cluster.nam: Cluster has no member 'nam'"));
    expect(() => Writer.write({ nmae: 'x', name: 'y' }, { type: 'vm' })).toThrow("vm.nmae: Vm has no member 'nmae'");
    const vm = new types.Vm({ name: 'y', nics: [{ name: 'a' }, { name: 'b' }] });
    (vm.nics![1] as unknown as Record<string, unknown>).mac_address = '00:1a:4a:16:01:51';
    expect(() => Writer.write(vm)).toThrow("vm.nics[1].mac_address: Nic has no member 'mac_address'");
    // A null unknown member is refused too: only undefined means "not there".
    expect(() => Writer.write(Object.assign(new types.Vm({ name: 'y' }), { foo: null }))).toThrow("vm.foo: Vm has no member 'foo'");
  });

  test('keys whose value is undefined are not members to write (known or not); null known members are left out', () => {
    expect(Writer.write({ name: 'x', description: undefined, comment: null, nmae: undefined }, { type: 'vm' })).toBe('<vm><name>x</name></vm>');
    const vm = new types.Vm({ name: 'x' });
    vm.description = undefined;
    vm.cluster = undefined;
    expect(Writer.write(vm)).toBe('<vm><name>x</name></vm>');
    // Objects without a prototype are plain objects too.
    expect(Writer.write(Object.assign(Object.create(null) as object, { name: 'x' }), { type: 'vm' })).toBe('<vm><name>x</name></vm>');
  });

  test('an instance of another class is refused naming both types, at the root, in members and in lists', () => {
    expect(() => Writer.write(new types.Disk({ name: 'd', provisionedSize: 1 }), { type: 'vm' })).toThrow(new OvirtError('vm must be a Vm or a plain object, got a Disk'));
    expect(() => Writer.write(new types.Disk({ name: 'd' }), { type: types.Vm })).toThrow('vm must be a Vm or a plain object, got a Disk');
    expect(() => Writer.write([new types.Vm({ name: 'a' }), new types.Disk({ name: 'd' })])).toThrow(new OvirtError('vms[1] must be a Vm or a plain object, got a Disk'));
    expect(() => Writer.write({ cluster: new types.Disk() }, { type: 'vm' })).toThrow('vm.cluster must be a Cluster or a plain object, got a Disk');
    expect(() => Writer.write({ nics: [{ name: 'a' }, { name: 'b' }, new types.Disk()] }, { type: 'vm' })).toThrow('vm.nics[2] must be a Nic or a plain object, got a Disk');
    expect(() => Writer.write({ cluster: new Date() }, { type: 'vm' })).toThrow('vm.cluster must be a Cluster or a plain object, got a Date');
    expect(() => Writer.write({ cluster: [] }, { type: 'vm' })).toThrow('vm.cluster must be a Cluster or a plain object, got an array');
    // A subclass is another class: its extra state would not be written.
    class MyVm extends types.Vm {}
    expect(() => Writer.write(new MyVm({ name: 'x' }), { type: 'vm' })).toThrow('vm must be a Vm or a plain object, got a MyVm');
    // An action's members are named on their own: they are the parameters of the method that sends it.
    expect(() => Writer.write({ vm: { cluster: { nam: 'x' } } }, { type: 'action' })).toThrow(new OvirtError("vm.cluster.nam: Cluster has no member 'nam'"));
    expect(() => Writer.write(new types.Disk(), { type: 'action' })).toThrow('action must be an Action or a plain object, got a Disk');
  });

  test('a cycle is refused naming the member that leads back, for instances and plain objects', () => {
    const cluster = new types.Cluster({ name: 'c', dataCenter: { name: 'dc' } });
    cluster.dataCenter!.clusters = [cluster];
    expect(() => Writer.write(new types.Vm({ name: 'x', cluster }))).toThrow(
      new OvirtError('vm.cluster.dataCenter.clusters[0] is vm.cluster, which contains it: an object that contains itself cannot be written'),
    );
    const dataCenter = { name: 'dc', clusters: [{ name: 'other' }] as object[] };
    const plain = { name: 'c', dataCenter };
    dataCenter.clusters.push(plain);
    expect(() => Writer.write(plain, { type: 'cluster' })).toThrow('cluster.dataCenter.clusters[1] is cluster, which contains it');
    // With a maxDepth too large to stop it, a cycle overflows the stack; it is named all the same.
    expect(() => Writer.write(plain, { type: 'cluster', maxDepth: 1e9 })).toThrow('cluster.dataCenter.clusters[1] is cluster, which contains it');
    // In a list document, from the list.
    expect(() => Writer.write([{ name: 'a' }, plain], { type: 'cluster' })).toThrow('clusters[1].dataCenter.clusters[1] is clusters[1], which contains it');
    // The same object twice side by side is no cycle.
    const os = { type: 'rhel_9x64' };
    expect(Writer.write({ os, vm: { os } }, { type: 'template' })).toBe('<template><os><type>rhel_9x64</type></os><vm><os><type>rhel_9x64</type></os></vm></template>');
  });

  test('the writer stays usable after a refusal', () => {
    expect(() => Writer.write({ cluster: { nam: 'x' } }, { type: 'vm' })).toThrow(OvirtError);
    expect(Writer.write({ name: 'fine', cluster: { name: 'c' } }, { type: 'vm' })).toBe('<vm><name>fine</name><cluster><name>c</name></cluster></vm>');
  });
});

describe("request bodies in the Python SDK's order, byte for byte", () => {
  // href, then the XML attributes (id), then the type's attributes sorted by model name, then its links sorted.
  test('vm', () => {
    const vm = new types.Vm({
      href: '/ovirt-engine/api/vms/123',
      id: '123',
      name: 'web-1',
      template: { name: 'Blank' },
      cluster: { name: 'Default' },
      type: types.VmType.SERVER,
      os: { type: 'rhel_9x64' },
      memory: 2147483648,
      nics: [{ name: 'nic1', interface: types.NicInterface.VIRTIO }],
      highAvailability: { priority: 50, enabled: true },
      description: 'web',
      cpu: { topology: { sockets: 1, cores: 2 } },
      deleteProtected: false,
    });
    expect(Writer.write(vm)).toBe(
      '<vm href="/ovirt-engine/api/vms/123" id="123">' +
        '<cpu><topology><cores>2</cores><sockets>1</sockets></topology></cpu>' +
        '<delete_protected>false</delete_protected>' +
        '<description>web</description>' +
        '<high_availability><enabled>true</enabled><priority>50</priority></high_availability>' +
        '<memory>2147483648</memory>' +
        '<name>web-1</name>' +
        '<os><type>rhel_9x64</type></os>' +
        '<type>server</type>' +
        '<cluster><name>Default</name></cluster>' +
        '<nics><nic><interface>virtio</interface><name>nic1</name></nic></nics>' +
        '<template><name>Blank</name></template>' +
        '</vm>',
    );
  });

  test('host', () => {
    const host = new types.Host({
      name: 'host1',
      cluster: { id: 'c1' },
      ssh: { port: 22, authenticationMethod: types.SshAuthenticationMethod.PASSWORD },
      rootPassword: 'secret',
      port: 54321,
      address: 'host1.example.com',
      id: 'h1',
      spm: { priority: 5 },
    });
    expect(Writer.write(host)).toBe(
      '<host id="h1"><address>host1.example.com</address><name>host1</name><port>54321</port><root_password>secret</root_password>' +
        '<spm><priority>5</priority></spm><ssh><authentication_method>password</authentication_method><port>22</port></ssh>' +
        '<cluster id="c1"/></host>',
    );
  });

  test('disk', () => {
    const disk = new types.Disk({
      storageDomains: [{ name: 'data' }],
      sparse: true,
      provisionedSize: 10737418240,
      name: 'disk1',
      format: types.DiskFormat.COW,
      description: 'd',
      bootable: false,
      wipeAfterDelete: true,
    });
    expect(Writer.write(disk)).toBe(
      '<disk><bootable>false</bootable><description>d</description><format>cow</format><name>disk1</name>' +
        '<provisioned_size>10737418240</provisioned_size><sparse>true</sparse><wipe_after_delete>true</wipe_after_delete>' +
        '<storage_domains><storage_domain><name>data</name></storage_domain></storage_domains></disk>',
    );
  });

  test('iscsi_details', () => {
    const iscsi = new types.IscsiDetails({ username: 'u', target: 'iqn.2024-01.com.example:t', port: 3260, password: 'p', address: 'iscsi.example.com' });
    expect(Writer.write(iscsi)).toBe(
      '<iscsi_details><address>iscsi.example.com</address><password>p</password><port>3260</port>' +
        '<target>iqn.2024-01.com.example:t</target><username>u</username></iscsi_details>',
    );
  });

  test('action: its members sorted by name, words compared one by one (clone before clone_permissions)', () => {
    const action = new types.Action({
      vm: { name: 'v' },
      useCloudInit: true,
      pause: false,
      host: { name: 'h' },
      force: true,
      clonePermissions: true,
      clone: false,
      async: true,
    });
    expect(Writer.write(action)).toBe(
      '<action><async>true</async><clone>false</clone><clone_permissions>true</clone_permissions><force>true</force>' +
        '<host><name>h</name></host><pause>false</pause><use_cloud_init>true</use_cloud_init><vm><name>v</name></vm></action>',
    );
    expect(Writer.write({ iscsi: { port: 3260, address: 'iscsi.example.com' } }, { type: 'action' })).toBe(
      '<action><iscsi><address>iscsi.example.com</address><port>3260</port></iscsi></action>',
    );
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

  test('unknown members and wrong shapes are errors, named by path as the writer names them', () => {
    expect(() => new types.Vm({ nmae: 'x' } as never)).toThrow(new OvirtError("vm.nmae: Vm has no member 'nmae'"));
    expect(() => new types.Vm({ cluster: 'x' } as never)).toThrow('vm.cluster must be a Cluster or a plain object, got the string "x"');
    expect(() => new types.Vm({ nics: {} } as never)).toThrow('vm.nics must be an array, got an object');
    expect(() => new types.Vm({ creationTime: 'garbage' })).toThrow(/^vm.creationTime must be a Date or an ISO 8601 \(xs:dateTime\) string/);
    expect(() => new types.Vm({ creationTime: 5 } as never)).toThrow('vm.creationTime must be a Date or an ISO 8601 (xs:dateTime) string, got number 5');
    // Nested: the whole path; an instance of another type is not taken for this one.
    expect(() => new types.Vm({ cluster: { nam: 'Default' } } as never)).toThrow("vm.cluster.nam: Cluster has no member 'nam'");
    expect(() => new types.Vm({ nics: [{ name: 'a' }, { nmae: 'b' }] } as never)).toThrow("vm.nics[1].nmae: Nic has no member 'nmae'");
    expect(() => new types.Vm({ cluster: new types.Disk({ name: 'd' }) } as never)).toThrow('vm.cluster must be a Cluster or a plain object, got a Disk');
    expect(() => new types.Vm({ cluster: new Date() } as never)).toThrow('vm.cluster must be a Cluster or a plain object, got a Date');
    expect(() => new types.HostNic({ nmae: 'x' } as never)).toThrow("hostNic.nmae: HostNic has no member 'nmae'");
  });

  test('a cyclic init object is refused naming the path, not a stack overflow', () => {
    const cluster: Record<string, unknown> = { name: 'c' };
    const dataCenter: Record<string, unknown> = { name: 'dc', clusters: [cluster] };
    cluster.dataCenter = dataCenter;
    expect(() => new types.Cluster(cluster)).toThrow('cluster.dataCenter.clusters[0] is cluster, which contains it: an object that contains itself cannot be converted');
    // The same object twice side by side is no cycle.
    const os = { type: 'rhel_9x64' };
    expect(new types.Template({ os, vm: { os } }).vm!.os!.type).toBe('rhel_9x64');
  });
});
