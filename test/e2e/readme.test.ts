/**
 * End to end: the usage the Python SDK's README teaches, walked with this
 * SDK against the engine simulator. Connect; locate services (which sends
 * nothing); get (a missing id fails at get, not at the locator); list with
 * search and max; add, then poll until the VM is down; update only what
 * changed; remove keeping the disks; actions with parameters and with a
 * result; follow links; close, which revokes the token.
 *
 * What the simulator received is read from its request records and its
 * state; request bodies from the connection's debug log (the bytes it put
 * on the wire), since the simulator does not record bodies.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AuthError, Connection, Error as OvirtError, NotFoundError, types } from '../../lib';
import { DEFAULT_DELAYS, EngineSimulator, type RequestRecord, type SimulatorDelays } from '../../lib/testing';

/** Every transition at once, except VM creation, so that polling is needed. */
const DELAYS: SimulatorDelays = { ...(Object.fromEntries(Object.keys(DEFAULT_DELAYS).map((k) => [k, 0])) as unknown as SimulatorDelays), vmCreate: 80 };

let engine: EngineSimulator;
let dir: string;
let caFile: string;
const requests: RequestRecord[] = [];
const debug: string[] = [];
let connection: Connection;

beforeAll(async () => {
  engine = await EngineSimulator.start({
    seed: { random: 11, dataCenters: 1, clusters: 2, hosts: 4, vms: 60, disksPerVm: 2, nicsPerVm: 2 },
    delays: DELAYS,
    // Time passes only when a test says so (engine.advance), never by waiting.
    clock: 'manual',
  });
  engine.on('request', (r: RequestRecord) => requests.push(r));
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ovirt-e2e-'));
  caFile = path.join(dir, 'ca.pem');
  fs.writeFileSync(caFile, engine.ca);
});

afterAll(async () => {
  if (connection !== undefined && !connection.closed) await connection.close();
  await engine.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const apiRequests = (): RequestRecord[] => requests.filter((r) => r.kind === 'api');
/** The body of the last request logged with this method, from the debug log. */
function lastBody(method: string): string {
  const starts = debug.map((line, i) => [line, i] as const).filter(([line]) => new RegExp(`^#\\d+ > ${method} `).test(line));
  if (starts.length === 0) throw new Error(`no ${method} in the debug log`);
  const [first, at] = starts[starts.length - 1];
  const id = /^#(\d+)/.exec(first)![1];
  const lines = debug.slice(at).filter((line) => line.startsWith(`#${id} > `)).map((line) => line.slice(`#${id} > `.length));
  return lines.slice(lines.indexOf('') + 1).join('\n');
}

test('connect: creating the connection sends nothing; the first call logs in with the CA file', async () => {
  connection = new Connection({
    url: engine.url,
    username: engine.username,
    password: engine.password,
    caFile,
    debug: true,
    log: { debug: (message: string) => debug.push(message) },
  });
  expect(engine.stats.requests).toBe(0);
  expect(await connection.test()).toBe(true);
  expect(requests.map((r) => [r.kind, r.method, r.url])).toEqual([
    ['sso', 'POST', '/ovirt-engine/sso/oauth/token'],
    ['api', 'GET', '/ovirt-engine/api'],
  ]);
  expect(engine.activeTokens).toBe(1);
});

test('locate services without sending anything', async () => {
  const before = engine.stats.requests;
  const system = connection.systemService();
  const vmsService = system.vmsService();
  const vmService = vmsService.vmService('00000000-0000-4000-8000-0000000000aa');
  const deep = vmService.diskAttachmentsService().attachmentService('x');
  const byPath = connection.service('vms/123/nics');
  expect(vmService.path).toBe('vms/00000000-0000-4000-8000-0000000000aa');
  expect(deep.path).toBe('vms/00000000-0000-4000-8000-0000000000aa/diskattachments/x');
  expect(byPath.path).toBe('vms/123/nics');
  system.hostsService().hostService('h').nicsService();
  system.dataCentersService().dataCenterService('d').storageDomainsService();
  expect(engine.stats.requests).toBe(before);
});

test('get: the API root, an object by id, and a missing id fails with NotFoundError at get, not at the locator', async () => {
  const api = await connection.systemService().get();
  expect(api).toBeInstanceOf(types.Api);
  expect(api.productInfo?.name).toBe('oVirt Engine');
  expect(api.summary?.vms?.total).toBe(60);

  const [first] = await connection.systemService().vmsService().list({ max: 1 });
  const vm = await connection.systemService().vmsService().vmService(first.id!).get();
  expect(vm).toBeInstanceOf(types.Vm);
  expect(vm.id).toBe(first.id);
  expect(vm.name).toBe(first.name);

  const before = apiRequests().length;
  const missing = connection.systemService().vmsService().vmService('00000000-0000-4000-8000-000000000000'); // no error here
  expect(apiRequests().length).toBe(before);
  const error = await missing.get().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(NotFoundError);
  expect(error).toBeInstanceOf(OvirtError);
  expect((error as NotFoundError).code).toBe(404);
  expect((error as NotFoundError).fault?.detail).toContain('00000000-0000-4000-8000-000000000000');
  expect(apiRequests().length).toBe(before + 1);
  expect(apiRequests()[before]).toMatchObject({ method: 'GET', status: 404 });
});

test('list with search and max, case-insensitive unless asked', async () => {
  const vmsService = connection.systemService().vmsService();
  const all = engine.objects('vms') as types.Vm[];
  const webUp = all.filter((v) => v.name!.startsWith('web-') && v.status === 'up');
  expect(webUp.length).toBeGreaterThan(2);

  const found = await vmsService.list({ search: 'name=web* and status=up' });
  expect(found.map((v) => v.name).sort()).toEqual(webUp.map((v) => v.name).sort());
  const two = await vmsService.list({ search: 'name=web* and status=up', max: 2 });
  expect(two).toHaveLength(2);
  expect(apiRequests().at(-1)!.url).toBe(`/ovirt-engine/api/vms?search=${encodeURIComponent('name=web* and status=up')}&max=2`);

  expect(await vmsService.list({ search: 'name=WEB* and status=up', caseSensitive: false })).toHaveLength(webUp.length);
  expect(await vmsService.list({ search: 'name=WEB* and status=up', caseSensitive: true })).toHaveLength(0);

  const streamed: string[] = [];
  for await (const vm of vmsService.listStream({ search: 'name=web* and status=up' })) streamed.push(vm.name!);
  expect(streamed.sort()).toEqual(webUp.map((v) => v.name).sort());
});

test('add a VM, then poll until it is down', async () => {
  const vmsService = connection.systemService().vmsService();
  const cluster = (engine.objects('clusters') as types.Cluster[])[0];
  const vm = await vmsService.add(new types.Vm({ name: 'myvm', cluster: { name: cluster.name }, template: { name: 'rhel9-base' } }));
  expect(vm).toBeInstanceOf(types.Vm);
  expect(vm.status).toBe(types.VmStatus.IMAGE_LOCKED);
  expect(lastBody('POST')).toBe(`<vm><name>myvm</name><cluster><name>${cluster.name}</name></cluster><template><name>rhel9-base</name></template></vm>`);

  const vmService = vmsService.vmService(vm.id!);
  // The poll of the README: the VM stays locked until its disks are made (80 ms of engine time).
  let current = await vmService.get();
  const seen: string[] = [];
  for (let step = 0; current.status !== types.VmStatus.DOWN; step++) {
    seen.push(current.status!);
    expect(step).toBeLessThan(10);
    engine.advance(20);
    current = await vmService.get();
  }
  expect(seen).toEqual(['image_locked', 'image_locked', 'image_locked', 'image_locked']);
  expect(current.cluster?.id).toBe(cluster.id);
  const disks = await connection.followLink(current.diskAttachments!);
  expect(disks).toHaveLength(1); // the template's disk, copied
});

test('update sends only the changed attribute', async () => {
  const [vm] = await connection.systemService().vmsService().list({ search: 'name=myvm' });
  const before = engine.object(`vms/${vm.id}`) as types.Vm;
  const vmService = connection.systemService().vmsService().vmService(vm.id!);

  const updated = await vmService.update({ description: 'changed by the e2e test' });
  expect(updated.description).toBe('changed by the e2e test');
  expect(apiRequests().at(-1)).toMatchObject({ method: 'PUT', url: `/ovirt-engine/api/vms/${vm.id}`, status: 200 });
  expect(lastBody('PUT')).toBe('<vm><description>changed by the e2e test</description></vm>');

  // In the simulator's state, nothing else moved.
  const after = engine.object(`vms/${vm.id}`) as types.Vm;
  expect({ ...after, description: undefined }).toEqual({ ...before, description: undefined });

  // The same with a typed object: members left undefined are not sent.
  await vmService.update(new types.Vm({ memory: 6 * 2 ** 30 }));
  expect(lastBody('PUT')).toBe(`<vm><memory>${6 * 2 ** 30}</memory></vm>`);
  expect((engine.object(`vms/${vm.id}`) as types.Vm).memory).toBe(6 * 2 ** 30);
  expect((engine.object(`vms/${vm.id}`) as types.Vm).description).toBe('changed by the e2e test');
});

test('remove with detachOnly keeps the disks; without it they go too', async () => {
  const vmsService = connection.systemService().vmsService();
  const down = (await vmsService.list({ search: 'status=down sortby name asc', follow: 'disk_attachments' })).filter((v) => v.name !== 'myvm');
  const [keep, drop] = down;
  const diskIds = (vm: types.Vm): string[] => (vm.diskAttachments ?? []).map((a) => a.disk!.id!);
  expect(diskIds(keep)).toHaveLength(2);
  expect(diskIds(drop)).toHaveLength(2);

  await vmsService.vmService(keep.id!).remove({ detachOnly: true });
  expect(apiRequests().at(-1)).toMatchObject({ method: 'DELETE', url: `/ovirt-engine/api/vms/${keep.id}?detach_only=true` });
  await expect(vmsService.vmService(keep.id!).get()).rejects.toBeInstanceOf(NotFoundError);
  for (const id of diskIds(keep)) expect(await connection.systemService().disksService().diskService(id).get()).toMatchObject({ id });

  await vmsService.vmService(drop.id!).remove();
  for (const id of diskIds(drop)) await expect(connection.systemService().disksService().diskService(id).get()).rejects.toBeInstanceOf(NotFoundError);
});

test('actions with parameters', async () => {
  const [vm] = await connection.systemService().vmsService().list({ search: 'name=myvm' });
  const vmService = connection.systemService().vmsService().vmService(vm.id!);

  await vmService.start({ pause: true, useCloudInit: true });
  expect(apiRequests().at(-1)).toMatchObject({ method: 'POST', url: `/ovirt-engine/api/vms/${vm.id}/start`, status: 200 });
  expect(lastBody('POST')).toBe('<action><pause>true</pause><use_cloud_init>true</use_cloud_init></action>');
  expect((await vmService.get()).status).toBe(types.VmStatus.PAUSED);

  await vmService.stop({ reason: 'e2e' });
  expect(lastBody('POST')).toBe('<action><reason>e2e</reason></action>');
  expect((await vmService.get()).status).toBe(types.VmStatus.DOWN);

  // A refused action is an error with the engine's reason.
  const error = await vmService.stop().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(OvirtError);
  expect((error as OvirtError).code).toBe(409);
  expect((error as OvirtError).message).toContain('VM is not running');
});

test('actions with a return value: ticket', async () => {
  const [vm] = await connection.systemService().vmsService().list({ search: 'status=up', max: 1 });
  const vmService = connection.systemService().vmsService().vmService(vm.id!);
  const given = await vmService.ticket({ ticket: { value: 'secret-ticket', expiry: 120 } });
  expect(given).toBeInstanceOf(types.Ticket);
  expect(given).toMatchObject({ value: 'secret-ticket', expiry: 120 });
  const made = await vmService.ticket();
  expect(typeof made.value).toBe('string');
  expect(made.value!.length).toBeGreaterThan(0);
});

test('actions with a return value: isAttached() is a boolean', async () => {
  const domains = await connection.systemService().storageDomainsService().list();
  const attached = domains.find((d) => (d.dataCenters?.length ?? 0) > 0);
  expect(attached).toBeDefined();
  const service = connection.systemService().storageDomainsService().storageDomainService(attached!.id!);
  // The engine asks which host to look from (host.id or host.name).
  const [host] = await connection.systemService().hostsService().list({ max: 1 });
  await expect(service.isAttached({ host: { name: host.name } })).resolves.toBe(true);
  await expect(service.isAttached()).rejects.toThrow(/Action \[host.id\|name\] required for isAttached/);
});

test('follow links: followLink() is one GET each; follow inlines them in the same request', async () => {
  const vmsService = connection.systemService().vmsService();
  const [vm] = await vmsService.list({ search: 'status=up sortby name asc', max: 1 });
  expect(vm.cluster?.name).toBeUndefined(); // a link: id and href only
  expect(vm.nics).toHaveLength(0);
  expect(vm.nics?.href).toBe(`/ovirt-engine/api/vms/${vm.id}/nics`);

  const before = apiRequests().length;
  const cluster = await connection.followLink(vm.cluster!);
  expect(cluster).toBeInstanceOf(types.Cluster);
  expect(cluster.name).toBeDefined();
  const nics = await connection.followLink(vm.nics!);
  expect(nics).toHaveLength(2);
  expect(nics[0]).toBeInstanceOf(types.Nic);
  const host = await connection.followLink(vm.host!);
  expect(host.status).toBe(types.HostStatus.UP);
  expect(apiRequests().length).toBe(before + 3);
  expect(apiRequests().slice(before).map((r) => r.url)).toEqual([vm.cluster!.href, vm.nics!.href, vm.host!.href]);

  const [followed] = await vmsService.list({ search: `name=${vm.name}`, follow: 'cluster,nics,disk_attachments.disk' });
  expect(apiRequests().length).toBe(before + 4);
  expect(followed.cluster?.name).toBe(cluster.name);
  expect(followed.nics?.map((n) => n.id)).toEqual(nics.map((n) => n.id));
  expect(followed.diskAttachments).toHaveLength(2);
  expect(followed.diskAttachments![0].disk?.provisionedSize).toBeGreaterThan(0);
});

test('close revokes the token: it no longer works, and the connection refuses calls', async () => {
  const token = await connection.authenticate();
  expect(engine.activeTokens).toBe(1);
  await connection.close();
  expect(connection.closed).toBe(true);
  expect(requests.at(-1)).toMatchObject({ kind: 'sso', method: 'POST', url: '/ovirt-engine/services/sso-logout', status: 200 });
  expect(engine.activeTokens).toBe(0);
  expect(debug.join('\n')).not.toContain(token);
  expect(debug.join('\n')).not.toContain(engine.password);

  await expect(connection.systemService().get()).rejects.toThrow(/closed/);

  // The revoked token, given to a new connection that cannot log in again, is refused.
  const withToken = new Connection({ url: engine.url, token, caFile });
  try {
    const error = await withToken.systemService().get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).code).toBe(401);
  } finally {
    await withToken.close();
  }
});
