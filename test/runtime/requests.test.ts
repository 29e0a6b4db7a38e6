/**
 * The HTTP exchange of service methods: headers, query rendering, request
 * bodies, success codes, empty bodies, actions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Error as OvirtError, types } from '../../lib';
import { sendText, sendXml } from '../support/engine';
import { rejection, useEngine } from '../support/fixture';

const f = useEngine();
const VERSION = (JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string }).version;
const VM = '<vm href="/ovirt-engine/api/vms/123" id="123"><name>myvm</name></vm>';

/** How many times a header name (any case) was sent. */
function count(raw: string[], name: string): number {
  let n = 0;
  for (let i = 0; i < raw.length; i += 2) if (raw[i].toLowerCase() === name.toLowerCase()) n++;
  return n;
}

describe('headers', () => {
  test('every API request carries Version, Accept, Authorization and User-Agent; Content-Type only with a body', async () => {
    f.engine.route('GET', 'vms/123', (_req, res) => sendXml(res, 200, VM));
    f.engine.route('PUT', 'vms/123', (_req, res) => sendXml(res, 200, VM));
    f.engine.route('DELETE', 'vms/123', (_req, res) => sendText(res, 200, 'application/xml', ''));
    const vm = f.connect().systemService().vmsService().vmService('123');
    await vm.get();
    await vm.update({ name: 'myvm' });
    await vm.remove();
    const [get, put, del] = f.engine.apiRequests;
    for (const request of [get, put, del]) {
      expect(request.headers.version).toBe('4');
      expect(request.headers.accept).toBe('application/xml');
      expect(request.headers.authorization).toMatch(/^Bearer tok-\d+-/);
      expect(request.headers['user-agent']).toBe(`ovirt-engine-sdk-js/${VERSION}`);
    }
    expect(get.headers['content-type']).toBeUndefined();
    expect(del.headers['content-type']).toBeUndefined();
    expect(put.headers['content-type']).toBe('application/xml');
  });

  test('connection headers go with every API request (not SSO); a per-call header of the same name wins', async () => {
    f.engine.route('GET', 'vms/123', (_req, res) => sendXml(res, 200, VM));
    const connection = f.connect({ headers: { 'X-Team': 'storage', 'X-Correlation': 'job-1', 'User-Agent': 'my-app/2.0' } });
    const vm = connection.systemService().vmsService().vmService('123');
    await vm.get();
    await vm.get({ headers: { 'x-team': 'network', Filter: 'true' } });
    const [first, second] = f.engine.apiRequests;
    expect(first.headers['x-team']).toBe('storage');
    expect(first.headers['x-correlation']).toBe('job-1');
    expect(first.headers['user-agent']).toBe('my-app/2.0');
    expect(second.headers['x-team']).toBe('network');
    expect(count(second.rawHeaders, 'x-team')).toBe(1);
    expect(second.headers['x-correlation']).toBe('job-1');
    expect(second.headers.filter).toBe('true');
    expect(f.engine.ssoRequests[0].headers['x-team']).toBeUndefined();
  });

  test('a bad per-call header rejects before anything is sent', async () => {
    const vms = f.connect().systemService().vmsService();
    for (const [headers, message] of [
      [{ 'X-Name': 'Zoë' }, /can't be encoded using ASCII/],
      [{ Authorization: 'Basic eA==' }, /'Authorization' cannot be set/],
      [{ 'X-Split': 'a\nb' }, /contains characters/],
    ] as const) {
      const error = await rejection(vms.list({ headers: headers as Record<string, string> }));
      expect(error).toBeInstanceOf(OvirtError);
      expect(error.message).toMatch(message);
    }
    expect(f.engine.requests).toHaveLength(0);
  });
});

describe('paths', () => {
  test('an id goes as its own path segment, whatever its characters: encoded, never normalized', async () => {
    const vms = f.connect().systemService().vmsService();
    for (const [id, segment] of [
      ['a b/c?d#e', 'a%20b%2Fc%3Fd%23e'],
      ['v.1', 'v.1'],
      ["it's(1)*", "it's(1)*"],
      ['..', '%2E%2E'],
      ['.', '%2E'],
      ['é', '%C3%A9'],
    ]) {
      f.engine.route('GET', `vms/${segment}`, (_req, res) => sendXml(res, 200, VM));
      await vms.vmService(id).get();
      expect(f.engine.apiRequests.at(-1)!.url).toBe(`/ovirt-engine/api/vms/${segment}`);
    }
  });
});

describe('query parameters', () => {
  test('method parameters are rendered and encoded: strings, numbers, booleans', async () => {
    f.engine.route('GET', 'vms', (_req, res) => sendXml(res, 200, '<vms/>'));
    const list = await f.connect().systemService().vmsService().list({ search: 'name=my vm* and status=up', max: 10, caseSensitive: false, allContent: true });
    expect(list).toEqual([]);
    const [request] = f.engine.apiRequests;
    expect(request.url).toBe('/ovirt-engine/api/vms?search=name%3Dmy%20vm*%20and%20status%3Dup&max=10&case_sensitive=false&all_content=true');
    // Engines before 4.1 read all_content from a header.
    expect(request.headers['all-content']).toBe('true');
  });

  test('undefined parameters are not sent; enum values go as their wire text', async () => {
    f.engine.route('POST', 'vms', (_req, res) => sendXml(res, 201, VM));
    await f.connect().systemService().vmsService().add({ name: 'myvm' }, { clone: true, autoPinningPolicy: types.AutoPinningPolicy.ADJUST });
    expect(f.engine.apiRequests[0].url).toBe('/ovirt-engine/api/vms?clone=true&auto_pinning_policy=adjust');
  });

  test('extra query values: Date as ISO 8601, bigint, decimals without exponent; the caller wins on a shared name', async () => {
    f.engine.route('GET', 'vms', (_req, res) => sendXml(res, 200, '<vms/>'));
    await f.connect().systemService().vmsService().list({
      max: 5,
      query: { max: 7, from: new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6)), big: 2n ** 64n, ratio: 0.25, tiny: 1e-7, huge: 1e21, neg: -3, skipped: undefined, 'odd name': 'a&b=c' },
    });
    const query = f.engine.apiRequests[0].query;
    expect(Object.fromEntries(query)).toEqual({
      max: '7',
      from: '2024-01-02T03:04:05.006Z',
      big: '18446744073709551616',
      ratio: '0.25',
      tiny: '0.0000001',
      huge: '1000000000000000000000',
      neg: '-3',
      'odd name': 'a&b=c',
    });
    expect(f.engine.apiRequests[0].url).toContain('odd%20name=a%26b%3Dc');
  });

  test('values that have no wire form reject', async () => {
    const vms = f.connect().systemService().vmsService();
    for (const [value, message] of [
      [Number.NaN, /'bad' must be a finite number/],
      [Number.POSITIVE_INFINITY, /'bad' must be a finite number/],
      [new Date('nope'), /'bad' is an invalid Date/],
      [{ a: 1 }, /'bad' must be a string, number, boolean, bigint or Date, got object/],
    ] as const) {
      const error = await rejection(vms.list({ query: { bad: value as unknown as string } }));
      expect(error).toBeInstanceOf(OvirtError);
      expect(error.message).toMatch(message);
    }
  });
});

describe('bodies and status codes', () => {
  test('add writes the object as XML and reads the 201 reply into its type', async () => {
    f.engine.route('POST', 'vms', (req, res) => sendXml(res, 201, req.body.toString().replace('<vm>', '<vm href="/ovirt-engine/api/vms/9" id="9">')));
    const vm = await f.connect().systemService().vmsService().add({ name: 'myvm', cluster: { name: 'Default' }, memory: 2 ** 31 });
    expect(vm).toBeInstanceOf(types.Vm);
    expect(vm.id).toBe('9');
    expect(vm.cluster?.name).toBe('Default');
    expect(f.engine.apiRequests[0].body.toString()).toBe('<vm><memory>2147483648</memory><name>myvm</name><cluster><name>Default</name></cluster></vm>');
  });

  test.each([200, 201, 202])('add accepts %i', async (status) => {
    f.engine.route('POST', 'vms', (_req, res) => sendXml(res, status, VM));
    await expect(f.connect().systemService().vmsService().add({ name: 'myvm' })).resolves.toBeInstanceOf(types.Vm);
  });

  test.each([
    ['GET 201', 'GET', 201],
    ['GET 204', 'GET', 204],
    ['PUT 201', 'PUT', 201],
    ['PUT 202', 'PUT', 202],
    ['DELETE 202', 'DELETE', 202],
  ])('%s is not a success', async (_what, method, status) => {
    f.engine.route(method, 'vms/123', (_req, res) => sendXml(res, status, status === 204 ? '' : VM));
    const vm = f.connect().systemService().vmsService().vmService('123');
    const call = method === 'GET' ? vm.get() : method === 'PUT' ? vm.update({ name: 'x' }) : vm.remove();
    const error = await rejection(call);
    expect(error).toBeInstanceOf(OvirtError);
    expect((error as OvirtError).code).toBe(status);
    expect(error.message).toContain(`HTTP response code is ${status}.`);
  });

  test.each([200, 204])('remove accepts %i and an empty body', async (status) => {
    f.engine.route('DELETE', 'vms/123', (_req, res) => {
      res.writeHead(status);
      res.end();
    });
    await expect(f.connect().systemService().vmsService().vmService('123').remove({ force: true, async: false })).resolves.toBeUndefined();
    expect(f.engine.apiRequests[0].url).toBe('/ovirt-engine/api/vms/123?async=false&force=true');
  });

  test('remove with action-placed parameters sends an <action> body', async () => {
    f.engine.route('DELETE', 'clusters/c1/glustervolumes/v1/glusterbricks', (_req, res) => sendText(res, 200, 'application/xml', ''));
    const bricks = f.connect().systemService().clustersService().clusterService('c1').glusterVolumesService().volumeService('v1').glusterBricksService();
    await bricks.remove({ bricks: [{ id: 'b1' }], replicaCount: 2 });
    const [request] = f.engine.apiRequests;
    expect(request.url).toBe('/ovirt-engine/api/clusters/c1/glustervolumes/v1/glusterbricks?replica_count=2');
    expect(request.body.toString()).toBe('<action><bricks><brick id="b1"/></bricks></action>');
    expect(request.headers['content-type']).toBe('application/xml');
  });

  test('an empty 200 body reads as undefined; whitespace too', async () => {
    f.engine.route('GET', 'vms/123', (_req, res) => sendText(res, 200, 'application/xml', ' \n'));
    await expect(f.connect().systemService().vmsService().vmService('123').get()).resolves.toBeUndefined();
  });

  test('a non-XML success body is an error with the status, and a hint when the path is unusual', async () => {
    f.engine.route('GET', 'vms/123', (_req, res) => sendText(res, 200, 'text/html', '<html><body><h1>Welcome to the portal</h1></body></html>'));
    const error = await rejection(f.connect().systemService().vmsService().vmService('123').get());
    expect(error).toBeInstanceOf(OvirtError);
    expect((error as OvirtError).code).toBe(200);
    expect(error.message).toBe(
      `HTTP response code is 200. HTTP response message is "OK". The response content type 'text/html' isn't XML; the body starts with "Welcome to the portal".`,
    );
    f.engine.routeRaw('GET', '/ovirt-engine/vms/123', (_req, res) => sendText(res, 200, 'text/html', '<html>portal</html>'));
    const token = f.engine.issueToken();
    const wrongPath = await rejection(
      f.connect({ url: `${f.engine.origin}/ovirt-engine`, token, username: undefined, password: undefined }).systemService().vmsService().vmService('123').get(),
    );
    expect(wrongPath.message).toContain("Is the path '/ovirt-engine' of the 'url' option correct? The typical one is '/ovirt-engine/api'");
  });
});

describe('actions', () => {
  test('an action POSTs an <action> and resolves to undefined', async () => {
    f.engine.route('POST', 'vms/123/start', (_req, res) => sendXml(res, 200, '<action><status>complete</status></action>'));
    await expect(f.connect().systemService().vmsService().vmService('123').start({ async: false, useCloudInit: true })).resolves.toBeUndefined();
    const [request] = f.engine.apiRequests;
    expect(request.method).toBe('POST');
    expect(request.headers['content-type']).toBe('application/xml');
    expect(request.body.toString()).toBe('<action><async>false</async><use_cloud_init>true</use_cloud_init></action>');
  });

  test('an action with an out parameter resolves to that member of the reply', async () => {
    f.engine.route('POST', 'hosts/h1/fence', (_req, res) =>
      sendXml(res, 202, '<action><status>complete</status><power_management><status>on</status></power_management></action>'),
    );
    const pm = await f.connect().systemService().hostsService().hostService('h1').fence({ fenceType: 'status' });
    expect(pm).toBeInstanceOf(types.PowerManagement);
    expect(pm.status).toBe('on');
  });
});
