/**
 * The SDK's Connection and services against the simulator, as user code
 * does it: connect with `engine.connectionOptions()`, list, search, get,
 * add, update, actions, follow links, faults as typed errors, close.
 */
import { AuthError, Connection, Error as OvirtError, NotFoundError, types } from '../../lib';
import { EngineSimulator } from '../../lib/testing';

let engine: EngineSimulator;
let connection: Connection;

beforeAll(async () => {
  engine = await EngineSimulator.start({ seed: { random: 3, dataCenters: 1, clusters: 2, hosts: 4, vms: 200, disksPerVm: 2, nicsPerVm: 1 }, delays: 0 });
  connection = new Connection(engine.connectionOptions());
});
afterAll(async () => {
  await connection.close();
  await engine.stop();
});

const vmsService = () => connection.systemService().vmsService();

test('connects with the CA of the simulator and reads the root', async () => {
  const api = await connection.systemService().get();
  expect(api.productInfo?.name).toBe('oVirt Engine');
  expect(api.summary?.vms?.total).toBe(200);
  expect(await connection.test()).toBe(true);
});

test('list with search and max', async () => {
  const up = await vmsService().list({ search: 'status=up and name=web*', max: 5 });
  expect(up.length).toBeGreaterThan(0);
  expect(up.length).toBeLessThanOrEqual(5);
  for (const vm of up) {
    expect(vm).toBeInstanceOf(types.Vm);
    expect(vm.status).toBe('up');
    expect(vm.name).toMatch(/^web-/);
  }
  const page = await vmsService().list({ search: 'sortby name desc page 2', max: 10 });
  const all = (await vmsService().list()).map((v) => v.name!).sort().reverse();
  expect(page.map((v) => v.name)).toEqual(all.slice(10, 20));
});

test('listStream yields every VM', async () => {
  let n = 0;
  for await (const vm of vmsService().listStream({ search: 'name=*' })) {
    expect(vm).toBeInstanceOf(types.Vm);
    n++;
  }
  expect(n).toBe(200);
});

test('get; a missing id fails with NotFoundError at get, not at the locator', async () => {
  const [first] = await vmsService().list({ max: 1 });
  const vm = await vmsService().vmService(first.id!).get();
  expect(vm.name).toBe(first.name);
  const missing = vmsService().vmService('00000000-0000-4000-8000-000000000000');
  await expect(missing.get()).rejects.toBeInstanceOf(NotFoundError);
  await expect(missing.get()).rejects.toMatchObject({ code: 404 });
});

test('add from a template, poll until down, start until up, update for next run, stop, remove keeping the disks', async () => {
  const cluster = (await connection.systemService().clustersService().list())[0];
  const added = await vmsService().add(new types.Vm({ name: 'sdk-vm', cluster: { name: cluster.name }, template: { name: 'rhel9-base' } }));
  expect(added.status).toBe('image_locked');
  const service = vmsService().vmService(added.id!);
  let vm = await service.get();
  expect(vm.status).toBe('down');

  await service.start();
  vm = await service.get();
  expect(vm.status).toBe('up');

  const updated = await service.update({ memory: 8 * 2 ** 30 }, { nextRun: true });
  expect(updated.nextRunConfigurationExists).toBe(true);
  expect((await service.get({ nextRun: true })).memory).toBe(8 * 2 ** 30);

  await service.stop();
  vm = await service.get();
  expect(vm.status).toBe('down');
  expect(vm.memory).toBe(8 * 2 ** 30);

  const attachments = await service.diskAttachmentsService().list();
  expect(attachments).toHaveLength(1);
  await service.remove({ detachOnly: true });
  await expect(service.get()).rejects.toBeInstanceOf(NotFoundError);
  const disk = await connection.systemService().disksService().diskService(attachments[0].id!).get();
  expect(disk.name).toBe('sdk-vm_Disk1');
});

test('faults become typed errors with the engine\'s detail', async () => {
  const cluster = (await connection.systemService().clustersService().list())[0];
  await expect(vmsService().add({ name: 'x', template: { name: 'Blank' } })).rejects.toMatchObject({ code: 400, message: expect.stringContaining('Vm [cluster.id|name] required for add') });
  const [existing] = await vmsService().list({ max: 1 });
  const dup = vmsService().add({ name: existing.name, cluster: { id: cluster.id }, template: { name: 'Blank' } });
  await expect(dup).rejects.toBeInstanceOf(OvirtError);
  await expect(vmsService().add({ name: existing.name, cluster: { id: cluster.id }, template: { name: 'Blank' } })).rejects.toMatchObject({
    code: 409,
    fault: expect.objectContaining({ detail: '[Cannot add VM. The given name is already in use.]' }),
  });
});

test('actions with parameters and a return value', async () => {
  const [up] = await vmsService().list({ search: 'status=up', max: 1 });
  const ticket = await vmsService().vmService(up.id!).ticket({ ticket: { expiry: 120 } });
  expect(ticket).toBeInstanceOf(types.Ticket);
  expect(ticket.expiry).toBe(120);
  expect(ticket.value).toMatch(/^\w{12}$/);
  await vmsService().vmService(up.id!).shutdown({ reason: 'test' });
  expect((await vmsService().vmService(up.id!).get()).stopReason).toBe('test');
});

test('follow links: with the follow parameter, and with followLink', async () => {
  const [vm] = await vmsService().list({ max: 1, follow: 'disk_attachments.disk,nics' });
  expect(vm.diskAttachments).toHaveLength(2);
  expect(vm.diskAttachments![0].disk?.name).toBe(`${vm.name}_Disk1`);
  expect(vm.nics).toHaveLength(1);
  const plain = await vmsService().vmService(vm.id!).get();
  expect(connection.isLink(plain.cluster)).toBe(true);
  const cluster = await connection.followLink(plain.cluster!);
  expect(cluster.name).toMatch(/-cl0\d$/);
  const nics = await connection.followLink(plain.nics!);
  expect(nics.map((n) => n.name)).toEqual(['nic1']);
});

test('an expired token is renewed transparently; a 503 is an error', async () => {
  engine.inject({ expireTokens: true });
  expect((await connection.systemService().get()).productInfo?.name).toBe('oVirt Engine');
  engine.inject({ status5xx: 1 });
  await expect(connection.systemService().get()).rejects.toMatchObject({ code: 503 });
  engine.clearFaults();
});

test('wrong credentials fail with AuthError', async () => {
  const bad = new Connection({ ...engine.connectionOptions(), password: 'wrong' });
  try {
    await expect(bad.systemService().get()).rejects.toBeInstanceOf(AuthError);
  } finally {
    await bad.close();
  }
});

test('close revokes the token', async () => {
  const other = new Connection(engine.connectionOptions());
  await other.systemService().get();
  const before = engine.activeTokens;
  await other.close();
  expect(engine.activeTokens).toBe(before - 1);
});

test('10,000 VMs listed through the SDK', async () => {
  const big = await EngineSimulator.start({ seed: { dataCenters: 2, clusters: 4, hosts: 20, vms: 10_000, disksPerVm: 2, nicsPerVm: 2 }, delays: 0 });
  const c = new Connection(big.connectionOptions());
  try {
    await c.systemService().get();
    const lines: string[] = [];
    for (let i = 0; i < 2; i++) {
      const t0 = Date.now();
      const vms = await c.systemService().vmsService().list();
      lines.push(`#${i + 1}: list() of ${vms.length} VMs end to end ${Date.now() - t0} ms`);
      expect(vms).toHaveLength(10_000);
    }
    let t0 = Date.now();
    let n = 0;
    for await (const vm of c.systemService().vmsService().listStream()) if (vm.name !== undefined) n++;
    lines.push(`listStream() of ${n} VMs end to end ${Date.now() - t0} ms`);
    // eslint-disable-next-line no-console
    console.log(lines.join('\n'));
  } finally {
    await c.close();
    await big.stop();
  }
});
