/**
 * Links and helpers: systemService(), service(path), followLink(), isLink(), test().
 */
import { Error as OvirtError, NotFoundError, services, types } from '../../lib';
import { sendText, sendXml } from '../support/engine';
import { rejection, useEngine } from '../support/fixture';

const f = useEngine();

const VM = `<vm href="/ovirt-engine/api/vms/123" id="123"><name>myvm</name>
  <cluster href="/ovirt-engine/api/clusters/c1" id="c1"/>
  <link rel="nics" href="/ovirt-engine/api/vms/123/nics"/>
  <link rel="diskattachments" href="/ovirt-engine/api/vms/123/diskattachments"/>
</vm>`;

describe('services', () => {
  test('systemService() is the generated root service, made once, sending nothing', () => {
    const connection = f.connect();
    const system = connection.systemService();
    expect(system).toBeInstanceOf(services.SystemService);
    expect(connection.systemService()).toBe(system);
    expect(system.path).toBe('');
    expect(system.connection).toBe(connection);
    expect(f.engine.requests).toHaveLength(0);
  });

  test('service(path) walks the locators', () => {
    const connection = f.connect();
    const attachments = connection.service('vms/123/diskattachments');
    expect(attachments).toBeInstanceOf(services.DiskAttachmentsService);
    expect(attachments.path).toBe('vms/123/diskattachments');
    expect(connection.service('vms/123')).toBeInstanceOf(services.VmService);
    expect(connection.service('')).toBe(connection.systemService());
    expect(connection.service('/vms/123/').path).toBe('vms/123');
  });

  test('an unknown segment throws the SDK Error', () => {
    const connection = f.connect();
    expect(() => connection.service('vms/123/bogus')).toThrow(OvirtError);
    expect(() => connection.service('nothing')).toThrow(OvirtError);
  });
});

describe('followLink', () => {
  test('follows an object link to the typed object', async () => {
    f.engine.route('GET', 'vms', (_req, res) => sendXml(res, 200, `<vms>${VM}</vms>`));
    f.engine.route('GET', 'clusters/c1', (_req, res) => sendXml(res, 200, '<cluster href="/ovirt-engine/api/clusters/c1" id="c1"><name>Default</name></cluster>'));
    const connection = f.connect();
    const [vm] = await connection.systemService().vmsService().list();
    expect(connection.isLink(vm.cluster)).toBe(true);
    const cluster = await connection.followLink(vm.cluster!);
    expect(cluster).toBeInstanceOf(types.Cluster);
    expect(cluster.name).toBe('Default');
    expect(f.engine.apiRequests[1].url).toBe('/ovirt-engine/api/clusters/c1');
  });

  test('follows a list link to the typed list', async () => {
    f.engine.route('GET', 'vms/123', (_req, res) => sendXml(res, 200, VM));
    f.engine.route('GET', 'vms/123/nics', (_req, res) =>
      sendXml(res, 200, '<nics><nic href="/ovirt-engine/api/vms/123/nics/n1" id="n1"><name>nic1</name></nic><nic id="n2"><name>nic2</name></nic></nics>'),
    );
    const connection = f.connect();
    const vm = await connection.systemService().vmsService().vmService('123').get();
    expect(connection.isLink(vm.nics)).toBe(true);
    const nics = await connection.followLink(vm.nics!);
    expect(nics.map((n) => n.name)).toEqual(['nic1', 'nic2']);
    expect(nics[0]).toBeInstanceOf(types.Nic);
  });

  test('keeps the query of the href, and accepts an absolute URL of the same API', async () => {
    f.engine.route('GET', 'vms', (_req, res) => sendXml(res, 200, '<vms/>'));
    const connection = f.connect();
    await connection.followLink({ href: '/ovirt-engine/api/vms?search=name%3Dx&max=1' });
    await connection.followLink({ href: `${f.engine.url}/vms` });
    expect(f.engine.apiRequests.map((r) => r.url)).toEqual(['/ovirt-engine/api/vms?search=name%3Dx&max=1', '/ovirt-engine/api/vms']);
  });

  test.each([
    ['outside the API', '/ovirt-engine/sso/oauth/token'],
    ['a sibling prefix', '/ovirt-engine/apiX/vms'],
    ['climbing out', '/ovirt-engine/api/../services/sso-logout'],
    ['climbing out, encoded', '/ovirt-engine/api/%2e%2e/services/sso-logout'],
    ['another host', 'https://evil.example.com/ovirt-engine/api/vms'],
    ['another port', 'https://127.0.0.1:1/ovirt-engine/api/vms'],
  ])('rejects an href %s', async (_what, href) => {
    const error = await rejection(f.connect().followLink({ href }));
    expect(error).toBeInstanceOf(OvirtError);
    expect(error.message).toContain(`The URL '${href}' isn't compatible with the base URL of the connection`);
    expect(f.engine.requests).toHaveLength(0);
  });

  test('rejects an object without href', async () => {
    const connection = f.connect();
    for (const obj of [{}, { href: '' }, new types.Vm({ name: 'x' }), null]) {
      const error = await rejection(connection.followLink(obj));
      expect(error.message).toBe("Can't follow the link because the 'href' attribute doesn't have a value");
    }
  });

  test('a link to something gone is a NotFoundError', async () => {
    const error = await rejection(f.connect().followLink({ href: '/ovirt-engine/api/vms/gone' }));
    expect(error).toBeInstanceOf(NotFoundError);
  });
});

test('isLink is true for objects and lists with an href', () => {
  const connection = f.connect();
  const list = Object.assign([], { href: '/ovirt-engine/api/vms' });
  expect(connection.isLink(list)).toBe(true);
  expect(connection.isLink(new types.Vm({ href: '/ovirt-engine/api/vms/1' }))).toBe(true);
  expect(connection.isLink(new types.Vm({ name: 'x' }))).toBe(false);
  expect(connection.isLink([])).toBe(false);
  expect(connection.isLink(undefined)).toBe(false);
  expect(connection.isLink('href')).toBe(false);
});

describe('test()', () => {
  test('true when the API root answers', async () => {
    f.engine.route('GET', '', (_req, res) => sendXml(res, 200, '<api><product_info><name>oVirt Engine</name></product_info></api>'));
    expect(await f.connect().test()).toBe(true);
    expect(f.engine.apiRequests[0].url).toBe('/ovirt-engine/api');
  });

  test('false on failure, or the typed error with raiseException', async () => {
    f.engine.route('GET', '', (_req, res) => sendText(res, 503, 'text/html', '<html>down for maintenance</html>'));
    const connection = f.connect();
    expect(await connection.test()).toBe(false);
    const error = (await rejection(connection.test(true))) as OvirtError;
    expect(error.code).toBe(503);
    expect(error.message).toContain('down for maintenance');
    expect(await f.connect({ password: 'wrong' }).test()).toBe(false);
  });
});
