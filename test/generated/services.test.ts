/**
 * The generated services against a recording stand-in for the connection's
 * one seam (`_exchange`): locators send nothing, and each method hands over
 * the wire details the model gives. The HTTP side is tested in test/runtime.
 */
import { Connection, Exchange, services, types } from '../../lib';

class Recorder {
  readonly calls: Exchange[] = [];
  reply: unknown = undefined;
  async _exchange(exchange: Exchange): Promise<unknown> {
    this.calls.push(exchange);
    return this.reply;
  }
}

function setup(): { rec: Recorder; system: services.SystemService } {
  const rec = new Recorder();
  return { rec, system: new services.SystemService(rec as unknown as Connection, '') };
}

test('locators build paths and send nothing', () => {
  const { rec, system } = setup();
  const disks = system.vmsService().vmService('123').diskAttachmentsService();
  expect(disks).toBeInstanceOf(services.DiskAttachmentsService);
  expect(disks.path).toBe('vms/123/diskattachments');
  expect(system.vmsService().vmService('a b/c').path).toBe('vms/a%20b%2Fc');
  expect(system.hostsService().hostService('h').nicsService().nicService('n').path).toBe('hosts/h/nics/n');
  expect(rec.calls).toEqual([]);
});

test('service(path) walks the locators; an unknown segment is the SDK error', () => {
  const { rec, system } = setup();
  const s = system.service('vms/123/diskattachments/456');
  expect(s).toBeInstanceOf(services.DiskAttachmentService);
  expect(s.path).toBe('vms/123/diskattachments/456');
  expect(system.service('')).toBe(system);
  expect(system.service('datacenters/1/clusters')).toBeInstanceOf(services.ClustersService);
  expect(() => system.service('nonsense')).toThrow(/does not correspond to any service/);
  expect(() => system.service('vms/1/nonsense/2')).toThrow(/does not correspond to any service/);
  expect(rec.calls).toEqual([]);
});

test('list sends its options under their wire names', async () => {
  const { rec, system } = setup();
  rec.reply = [];
  await system.vmsService().list({ search: 'name=a*', max: 10, caseSensitive: false, allContent: true, follow: 'nics', query: { extra: 'x' }, headers: { 'X-A': 'b' } });
  expect(rec.calls).toHaveLength(1);
  const c = rec.calls[0];
  expect(c.method).toBe('GET');
  expect(c.path).toBe('vms');
  expect(c.query).toEqual({ search: 'name=a*', max: 10, case_sensitive: false, filter: undefined, all_content: true, ovf_as_ova: undefined, follow: 'nics' });
  expect(c.options.query).toEqual({ extra: 'x' });
  expect(c.options.headers).toEqual({ 'X-A': 'b' });
  expect(c.body).toBeUndefined();
});

test('get, update and remove', async () => {
  const { rec, system } = setup();
  const vm = system.vmsService().vmService('1');
  await vm.get({ allContent: true });
  await vm.update({ memory: 2 ** 31 }, { nextRun: true });
  await system.vmsService().vmService('1').diskAttachmentsService().attachmentService('2').remove({ detachOnly: true });
  expect(rec.calls.map((c) => [c.method, c.path])).toEqual([
    ['GET', 'vms/1'],
    ['PUT', 'vms/1'],
    ['DELETE', 'vms/1/diskattachments/2'],
  ]);
  expect(rec.calls[0].query.all_content).toBe(true);
  expect(rec.calls[1].body).toEqual({ value: { memory: 2 ** 31 }, type: 'vm' });
  expect(rec.calls[1].query.next_run).toBe(true);
  expect(rec.calls[2].query).toEqual({ detach_only: true });
});

test('add and its signature methods go over the wire the same way', async () => {
  const { rec, system } = setup();
  const vms = system.vmsService();
  const vm = new types.Vm({ name: 'a', cluster: { name: 'c' }, template: { name: 'Blank' } });
  await vms.add(vm, { clone: true });
  await vms.addFromScratch(vm, { clone: true });
  expect(rec.calls[0]).toEqual(rec.calls[1]);
  expect(rec.calls[0]).toMatchObject({ method: 'POST', path: 'vms', body: { value: vm, type: 'vm' } });
  expect(rec.calls[0].query.clone).toBe(true);
  await system.hostsService().hostService('h').installUsingSsh({ ssh: { user: { userName: 'root' } } });
  expect(rec.calls[2]).toMatchObject({ method: 'POST', path: 'hosts/h/install', action: true });
});

test('actions post an <action> with their parameters and resolve to their out parameter', async () => {
  const { rec, system } = setup();
  rec.reply = new types.Action({ status: 'complete' });
  await expect(system.vmsService().vmService('1').start({ useCloudInit: true, vm: { initialization: { hostName: 'h' } } })).resolves.toBeUndefined();
  const start = rec.calls[0];
  expect(start).toMatchObject({ method: 'POST', path: 'vms/1/start', action: true });
  expect(start.body?.type).toBe('action');
  expect(start.body?.value).toMatchObject({ useCloudInit: true, vm: { initialization: { hostName: 'h' } } });
  rec.reply = new types.Action({ isAttached: true });
  await expect(system.storageDomainsService().storageDomainService('sd').isAttached({ host: { id: 'h' } })).resolves.toBe(true);
  expect(rec.calls[1].path).toBe('storagedomains/sd/isattached');
});

test('gluster bricks remove carries its bricks in an <action> body', async () => {
  const { rec, system } = setup();
  await system.clustersService().clusterService('c').glusterVolumesService().volumeService('v').glusterBricksService().remove({ bricks: [{ id: 'b' }] });
  expect(rec.calls[0]).toMatchObject({ method: 'DELETE', path: 'clusters/c/glustervolumes/v/glusterbricks', body: { type: 'action', value: { bricks: [{ id: 'b' }] } } });
});

test('the package root exports the namespaces and the error classes', async () => {
  const sdk = await import('../../lib');
  expect(sdk.OvirtError).toBe(sdk.Error);
  expect(new sdk.NotFoundError('x')).toBeInstanceOf(sdk.Error);
  expect(new sdk.Error('x')).toBeInstanceOf(globalThis.Error);
  expect(typeof sdk.types.Vm).toBe('function');
  expect(typeof sdk.services.VmsService).toBe('function');
});
