/**
 * Nothing the user didn't write goes to the engine: the service methods
 * check their parameters, and the writer every member of a body, before
 * anything is sent; request bodies come out in the Python SDK's order.
 */
import { Error as OvirtError, types } from '../../lib';
import { checkParameters, methodParameters } from '../../lib/service';
import { sendXml } from '../support/engine';
import { rejection, useEngine } from '../support/fixture';

const f = useEngine();

/** The SDK's error a call rejects with, after checking that nothing (not even SSO) reached the engine. */
async function refused(call: () => Promise<unknown>): Promise<string> {
  const error = await rejection(call());
  expect(error).toBeInstanceOf(OvirtError);
  expect(f.engine.requests).toHaveLength(0);
  return error.message;
}

describe('what the issue found, refused before anything is sent', () => {
  test('misspelled members of an object literal body, at any depth', async () => {
    const vms = f.connect().systemService().vmsService();
    expect(await refused(() => vms.add({ nmae: 'x', name: 'y', cluster: { nam: 'Default' } } as never))).toBe("vm.cluster.nam: Cluster has no member 'nam'");
    expect(await refused(() => vms.add({ nmae: 'x', name: 'y' } as never))).toBe("vm.nmae: Vm has no member 'nmae'");
  });

  test('an instance of another type as a body or as an action parameter', async () => {
    const system = f.connect().systemService();
    expect(await refused(() => system.vmsService().add(new types.Disk({ name: 'd' }) as never))).toBe(
      'Wrong parameter for VmsService.add(): vm must be a Vm or a plain object, got a Disk',
    );
    expect(await refused(() => system.vmsService().vmService('123').start({ vm: new types.Disk() as never }))).toBe(
      'Wrong parameter for VmService.start(): vm must be a Vm or a plain object, got a Disk',
    );
    // Deeper down, the writer names the path from the parameter.
    expect(await refused(() => system.vmsService().vmService('123').start({ vm: { cluster: new types.Disk() } as never }))).toBe(
      'vm.cluster must be a Cluster or a plain object, got a Disk',
    );
    expect(await refused(() => system.vmsService().vmService('123').start({ vm: { initialization: { nmae: 'x' } } as never }))).toBe(
      "vm.initialization.nmae: Initialization has no member 'nmae'",
    );
  });

  test('one error names every wrong parameter, with what it should be and what it is (as the Python SDK does)', async () => {
    const vm = f.connect().systemService().vmsService().vmService('123');
    const message = await refused(() => vm.start({ useCloudInit: 'true' as never, vm: new types.Disk() as never, asynch: true } as never));
    expect(message).toBe(
      'Wrong parameters for VmService.start(): useCloudInit must be a boolean, got the string "true"; ' +
        'vm must be a Vm or a plain object, got a Disk; asynch: no such parameter',
    );
  });

  test('a locator takes a non-empty string or an integer as id, nothing else', () => {
    const vms = f.connect().systemService().vmsService();
    expect(() => vms.vmService(new types.Vm() as never)).toThrow(
      new OvirtError('Wrong parameter for VmsService.vmService(): id must be a non-empty string or an integer, got a Vm'),
    );
    expect(() => vms.vmService('')).toThrow('id must be a non-empty string or an integer, got the string ""');
    expect(() => vms.vmService(1.5)).toThrow('got number 1.5');
    expect(() => vms.vmService(undefined as never)).toThrow('got undefined');
    expect(vms.vmService(123).path).toBe('vms/123');
    expect(vms.vmService('a/b c').path).toBe('vms/a%2Fb%20c');
    // The root's locators too.
    expect(() => f.connect().systemService().vmsService().vmService({} as never)).toThrow(OvirtError);
    expect(f.engine.requests).toHaveLength(0);
  });
});

describe('parameter checks', () => {
  test('each kind the model uses: booleans, integers (numbers or bigints), strings, enums, structs, lists', async () => {
    const system = f.connect().systemService();
    const vms = system.vmsService();
    expect(await refused(() => vms.list({ max: '10' as never }))).toBe(
      'Wrong parameter for VmsService.list(): max must be an integer (a number, or a bigint beyond 2^53 - 1), got the string "10"',
    );
    expect(await refused(() => vms.list({ max: 2.5 }))).toContain('max must be an integer');
    expect(await refused(() => vms.list({ search: 5 as never, caseSensitive: 'no' as never }))).toBe(
      'Wrong parameters for VmsService.list(): search must be a string, got number 5; caseSensitive must be a boolean, got the string "no"',
    );
    expect(await refused(() => vms.add({ name: 'x' }, { autoPinningPolicy: 1 as never }))).toContain('autoPinningPolicy must be an enum value (string), got number 1');
    const events = system.eventsService();
    expect(await refused(() => events.list({ from: 'x' as never }))).toContain('from must be an integer');
    const host = system.hostsService().hostService('h1');
    expect(await refused(() => host.iscsiDiscover({ iscsi: 'iscsi.example.com' as never }))).toContain(
      'iscsi must be an IscsiDetails or a plain object, got the string "iscsi.example.com"',
    );
    const snapshot = system.vmsService().vmService('123');
    expect(await refused(() => snapshot.previewSnapshot({ disks: { id: 'd1' } as never }))).toContain('disks must be an array, got an object');
    // A list's items are checked when the body is written, naming the index.
    expect(await refused(() => snapshot.previewSnapshot({ disks: [{ id: 'd1' }, new types.Vm()] as never }))).toBe(
      'disks[1] must be a Disk or a plain object, got a Vm',
    );
  });

  test('decimals and dates (kinds no method of this model has)', () => {
    const params = methodParameters('TestService.method', { ratio: 'decimal', since: 'date', tags: ['string'] });
    expect(checkParameters(params, { ratio: 0.5, since: new Date(0), tags: [] })).toBeUndefined();
    expect(checkParameters(params, { since: '2024-01-01T00:00:00Z' })).toBeUndefined();
    expect(checkParameters(params, { ratio: '0.5', since: new Date('nope'), tags: 'a' })?.message).toBe(
      'Wrong parameters for TestService.method(): ratio must be a number, got the string "0.5"; ' +
        'since must be a Date (or an ISO 8601 string), got an invalid Date; tags must be an array, got the string "a"',
    );
  });

  test('the options must be an object; undefined and null options are not given; request options are always accepted', async () => {
    f.engine.route('GET', 'vms', (_req, res) => sendXml(res, 200, '<vms/>'));
    const vms = f.connect().systemService().vmsService();
    expect(await refused(() => vms.list(null as never))).toBe('Wrong parameter for VmsService.list(): the options must be an object, got null');
    expect(await refused(() => vms.list('max=1' as never))).toContain('the options must be an object, got the string "max=1"');
    await expect(vms.list({ max: undefined, search: null as never, query: { x: 'y' }, headers: { 'X-A': 'b' }, signal: undefined })).resolves.toEqual([]);
    await expect(vms.list({ max: 9007199254740993n as never })).resolves.toEqual([]);
    expect(f.engine.apiRequests.map((r) => r.url)).toEqual(['/ovirt-engine/api/vms?x=y', '/ovirt-engine/api/vms?max=9007199254740993']);
  });

  test('listStream checks like list: the stream throws when read, and nothing is sent', async () => {
    const vms = f.connect().systemService().vmsService();
    const stream = vms.listStream({ max: 'all' as never });
    const error = await rejection(stream.next());
    expect(error).toBeInstanceOf(OvirtError);
    expect(error.message).toMatch(/^Wrong parameter for VmsService.listStream\(\): max must be an integer/);
    expect(f.engine.requests).toHaveLength(0);
  });

  test('an add or update needs its body', async () => {
    const vms = f.connect().systemService().vmsService();
    expect(await refused(() => vms.add(undefined as never))).toBe('Wrong parameter for VmsService.add(): vm must be a Vm or a plain object, got undefined');
    expect(await refused(() => vms.vmService('1').update([] as never))).toContain('vm must be a Vm or a plain object, got an array');
  });
});

describe("bodies in the Python SDK's order", () => {
  test('iscsiDiscover sends <address> before <port>', async () => {
    f.engine.route('POST', 'hosts/h1/iscsidiscover', (_req, res) =>
      sendXml(res, 200, '<action><iscsi_targets><iscsi_target>iqn.2024-01.com.example:t</iscsi_target></iscsi_targets></action>'),
    );
    const host = f.connect().systemService().hostsService().hostService('h1');
    const targets = await host.iscsiDiscover({ iscsi: { address: 'iscsi.example.com', port: 3260 } });
    expect(targets).toEqual(['iqn.2024-01.com.example:t']);
    expect(f.engine.apiRequests[0].body.toString()).toBe('<action><iscsi><address>iscsi.example.com</address><port>3260</port></iscsi></action>');
  });

  test('a VM read from the engine and written back (update(get())) comes out in the documented order', async () => {
    // The engine's own order, with links and actions the SDK does not send back.
    const fromEngine =
      '<vm href="/ovirt-engine/api/vms/123" id="123">' +
      '<actions><link href="/ovirt-engine/api/vms/123/start" rel="start"/></actions>' +
      '<name>web-1</name><description>web</description><comment></comment>' +
      '<link href="/ovirt-engine/api/vms/123/nics" rel="nics"/>' +
      '<bios><boot_menu><enabled>false</enabled></boot_menu><type>q35_ovmf</type></bios>' +
      '<cpu><architecture>x86_64</architecture><topology><cores>2</cores><sockets>1</sockets><threads>1</threads></topology></cpu>' +
      '<memory>2147483648</memory><stateless>false</stateless><status>up</status><type>server</type>' +
      '<cluster href="/ovirt-engine/api/clusters/c1" id="c1"/><template href="/ovirt-engine/api/templates/t0" id="t0"/>' +
      '</vm>';
    f.engine.route('GET', 'vms/123', (_req, res) => sendXml(res, 200, fromEngine));
    f.engine.route('PUT', 'vms/123', (_req, res) => sendXml(res, 200, fromEngine));
    const service = f.connect().systemService().vmsService().vmService('123');
    await service.update(await service.get());
    expect(f.engine.apiRequests[1].body.toString()).toBe(
      '<vm href="/ovirt-engine/api/vms/123" id="123">' +
        '<bios><boot_menu><enabled>false</enabled></boot_menu><type>q35_ovmf</type></bios>' +
        '<comment></comment>' +
        '<cpu><architecture>x86_64</architecture><topology><cores>2</cores><sockets>1</sockets><threads>1</threads></topology></cpu>' +
        '<description>web</description><memory>2147483648</memory><name>web-1</name><stateless>false</stateless><status>up</status><type>server</type>' +
        '<cluster href="/ovirt-engine/api/clusters/c1" id="c1"/><template href="/ovirt-engine/api/templates/t0" id="t0"/>' +
        '</vm>',
    );
  });
});
