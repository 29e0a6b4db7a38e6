/**
 * Behaviour: the states VMs, disks, hosts, snapshots and storage domains
 * go through (with delays of 0 and small ones), the checks before an
 * operation, and the jobs and events recorded.
 */
import { Reader, types } from '../../lib';
import { EngineSimulator } from '../../lib/testing';
import { Client, fault, xml } from './helpers';

const SEED = { dataCenters: 1, clusters: 1, hosts: 2, storageDomains: 1, vms: 0 };

async function withEngine(options: Parameters<typeof EngineSimulator.start>[0], run: (c: Client, e: EngineSimulator) => Promise<void>): Promise<void> {
  const engine = await EngineSimulator.start(options);
  const client = new Client(engine);
  try {
    await client.login();
    await run(client, engine);
  } finally {
    client.close();
    await engine.stop();
  }
}

async function addVm(c: Client, name: string, template = 'Blank'): Promise<types.Vm> {
  const cluster = (await c.read<types.Cluster[]>('clusters'))[0];
  const reply = await c.post('vms', xml('vm', `<name>${name}</name><cluster id="${cluster.id}"/><template><name>${template}</name></template>`));
  if (reply.status !== 201) throw new Error(reply.text);
  return Reader.read(reply.body) as types.Vm;
}

const status = async (c: Client, path: string): Promise<string | undefined> => (await c.read<{ status?: string }>(path)).status;

describe('with delays of 0', () => {
  let engine: EngineSimulator;
  let c: Client;
  beforeAll(async () => {
    engine = await EngineSimulator.start({ delays: 0, seed: SEED });
    c = new Client(engine);
    await c.login();
  });
  afterAll(async () => {
    c.close();
    await engine.stop();
  });

  test('VM add: image_locked in the reply, down at the next request; the template\'s disks are copied', async () => {
    const vm = await addVm(c, 'vm1', 'rhel9-base');
    expect(vm.status).toBe('image_locked');
    expect(vm.memory).toBe(4 * 2 ** 30); // from the template
    expect(vm.os?.type).toBe('rhel_9x64');
    expect(await status(c, `vms/${vm.id}`)).toBe('down');
    const attachments = await c.read<types.DiskAttachment[]>(`vms/${vm.id}/diskattachments?follow=disk`);
    expect(attachments).toHaveLength(1);
    expect(attachments[0].disk?.name).toBe('vm1_Disk1');
    expect(attachments[0].disk?.status).toBe('ok');
  });

  test('start: wait_for_launch, then powering_up and up on a host; stop: powering_down, then down', async () => {
    const vm = await addVm(c, 'vm2');
    const start = await c.post(`vms/${vm.id}/start`, '<action/>');
    expect(start.status).toBe(200);
    const action = Reader.read(start.body) as types.Action;
    expect(action.status).toBe('complete');
    expect(action.job?.href).toMatch(/^\/ovirt-engine\/api\/jobs\//);
    const up = await c.read<types.Vm>(`vms/${vm.id}`);
    expect(up.status).toBe('up');
    expect(up.host?.id).toBeDefined();
    expect(up.startTime).toBeInstanceOf(Date);
    const job = await c.read<types.Job>(action.job!.href!.replace('/ovirt-engine/api/', ''));
    expect(job.description).toBe('Launching VM vm2');
    expect(job.status).toBe('finished');

    const again = await c.post(`vms/${vm.id}/start`, '<action/>');
    expect(again.status).toBe(409);
    expect(fault(again).detail).toBe('[Cannot run VM. VM is running.]');

    const stop = await c.post(`vms/${vm.id}/stop`, '<action/>');
    expect(stop.status).toBe(200);
    const down = await c.read<types.Vm>(`vms/${vm.id}`);
    expect(down.status).toBe('down');
    expect(down.host).toBeUndefined();
    expect(fault(await c.post(`vms/${vm.id}/stop`, '<action/>')).detail).toBe('[Cannot stop VM. VM is not running.]');
    expect((await c.post(`vms/${vm.id}/shutdown`, '<action/>')).status).toBe(409);
  });

  test('shutdown and suspend; a suspended VM starts again by restoring its state', async () => {
    const vm = await addVm(c, 'vm3');
    await c.post(`vms/${vm.id}/start`, '<action/>');
    expect(await status(c, `vms/${vm.id}`)).toBe('up');
    expect((await c.post(`vms/${vm.id}/suspend`, '<action/>')).status).toBe(200);
    expect(await status(c, `vms/${vm.id}`)).toBe('suspended');
    expect((await c.post(`vms/${vm.id}/suspend`, '<action/>')).status).toBe(409);
    await c.post(`vms/${vm.id}/start`, '<action/>');
    expect(await status(c, `vms/${vm.id}`)).toBe('up');
    expect((await c.post(`vms/${vm.id}/shutdown`, xml('action', '<reason>maintenance window</reason>'))).status).toBe(200);
    const down = await c.read<types.Vm>(`vms/${vm.id}`);
    expect(down.status).toBe('down');
    expect(down.stopReason).toBe('maintenance window');
  });

  test('a running VM cannot be removed; remove with detach_only keeps the disks', async () => {
    const vm = await addVm(c, 'vm4', 'rhel9-base');
    const disks = await c.read<types.DiskAttachment[]>(`vms/${vm.id}/diskattachments`);
    await c.post(`vms/${vm.id}/start`, '<action/>');
    const busy = await c.delete(`vms/${vm.id}`);
    expect(busy.status).toBe(409);
    expect(fault(busy).detail).toBe('[Cannot remove VM. VM is running.]');
    await c.post(`vms/${vm.id}/stop`, '<action/>');
    expect((await c.delete(`vms/${vm.id}?detach_only=true`)).status).toBe(200);
    expect((await c.get(`vms/${vm.id}`)).status).toBe(404);
    expect((await c.get(`disks/${disks[0].id}`)).status).toBe(200);

    const other = await addVm(c, 'vm5', 'rhel9-base');
    const otherDisks = await c.read<types.DiskAttachment[]>(`vms/${other.id}/diskattachments`);
    expect((await c.delete(`vms/${other.id}`)).status).toBe(200);
    expect((await c.get(`disks/${otherDisks[0].id}`)).status).toBe(404);
  });

  test('disks: add (locked, then ok), mandatory members, attach to a VM, detach', async () => {
    const sd = (await c.read<types.StorageDomain[]>('storagedomains'))[0];
    const reply = await c.post('disks', xml('disk', `<name>data1</name><format>cow</format><provisioned_size>10737418240</provisioned_size><storage_domains><storage_domain id="${sd.id}"/></storage_domains>`));
    expect(reply.status).toBe(201);
    const disk = Reader.read(reply.body) as types.Disk;
    expect(disk.status).toBe('locked');
    expect(await status(c, `disks/${disk.id}`)).toBe('ok');
    const missing = await c.post('disks', xml('disk', '<name>x</name>'));
    expect(missing.status).toBe(400);
    expect(fault(missing).detail).toBe('Disk [provisioned_size, format] required for add');

    const vm = await addVm(c, 'vm6');
    const attach = await c.post(`vms/${vm.id}/diskattachments`, xml('disk_attachment', `<bootable>false</bootable><interface>virtio_scsi</interface><active>true</active><disk id="${disk.id}"/>`));
    expect(attach.status).toBe(201);
    const att = Reader.read(attach.body) as types.DiskAttachment;
    expect(att.id).toBe(disk.id);
    expect(att.href).toBe(`/ovirt-engine/api/vms/${vm.id}/diskattachments/${disk.id}`);
    expect((await c.post(`vms/${vm.id}/diskattachments`, xml('disk_attachment', `<interface>virtio</interface><disk id="${disk.id}"/>`))).status).toBe(409);
    const noInterface = await c.post(`vms/${vm.id}/diskattachments`, xml('disk_attachment', `<disk id="${disk.id}"/>`));
    expect(noInterface.status).toBe(409);
    expect(fault(noInterface).detail).toBe('[Cannot attach Virtual Disk. The disk interface is not specified.]');

    // A new disk through the attachment.
    const created = await c.post(
      `vms/${vm.id}/diskattachments`,
      xml('disk_attachment', `<interface>virtio_scsi</interface><disk><name>scratch</name><format>raw</format><provisioned_size>1073741824</provisioned_size><storage_domains><storage_domain><name>${sd.name}</name></storage_domain></storage_domains></disk>`),
    );
    expect(created.status).toBe(201);
    expect((await c.read<types.DiskAttachment[]>(`vms/${vm.id}/diskattachments`)).length).toBe(2);

    expect((await c.delete(`vms/${vm.id}/diskattachments/${disk.id}`)).status).toBe(200);
    expect((await c.get(`disks/${disk.id}`)).status).toBe(200); // detached, not removed
    expect((await c.read<types.DiskAttachment[]>(`vms/${vm.id}/diskattachments`)).length).toBe(1);
  });

  test('snapshots: the Active VM one, add (locked, then ok), restore only when down', async () => {
    const vm = await addVm(c, 'vm7');
    const initial = await c.read<types.Snapshot[]>(`vms/${vm.id}/snapshots`);
    expect(initial.map((s) => [s.description, s.snapshotType])).toEqual([['Active VM', 'active']]);
    const reply = await c.post(`vms/${vm.id}/snapshots`, xml('snapshot', '<description>before upgrade</description><persist_memorystate>false</persist_memorystate>'));
    expect(reply.status).toBe(201);
    const snap = Reader.read(reply.body) as types.Snapshot;
    expect(snap.snapshotStatus).toBe('locked');
    expect((await c.read<types.Snapshot>(`vms/${vm.id}/snapshots/${snap.id}`)).snapshotStatus).toBe('ok');
    expect(fault(await c.post(`vms/${vm.id}/snapshots`, '<snapshot/>')).detail).toBe('Snapshot [description] required for add');

    await c.post(`vms/${vm.id}/start`, '<action/>');
    expect((await c.post(`vms/${vm.id}/snapshots/${snap.id}/restore`, '<action/>')).status).toBe(409);
    await c.post(`vms/${vm.id}/stop`, '<action/>');
    expect((await c.post(`vms/${vm.id}/snapshots/${snap.id}/restore`, '<action/>')).status).toBe(200);
    expect(await status(c, `vms/${vm.id}`)).toBe('down');
    expect((await c.delete(`vms/${vm.id}/snapshots/${initial[0].id}`)).status).toBe(409);
    expect((await c.delete(`vms/${vm.id}/snapshots/${snap.id}`)).status).toBe(200);
  });

  test('update for next run: applied when the VM goes down', async () => {
    const vm = await addVm(c, 'vm8');
    await c.post(`vms/${vm.id}/start`, '<action/>');
    const reply = await c.put(`vms/${vm.id}?next_run=true`, xml('vm', '<memory>4294967296</memory>'));
    expect(reply.status).toBe(200);
    const now = await c.read<types.Vm>(`vms/${vm.id}`);
    expect(now.memory).toBe(2 ** 30);
    expect(now.nextRunConfigurationExists).toBe(true);
    expect((await c.read<types.Vm>(`vms/${vm.id}?next_run=true`)).memory).toBe(4 * 2 ** 30);
    await c.post(`vms/${vm.id}/stop`, '<action/>');
    const after = await c.read<types.Vm>(`vms/${vm.id}`);
    expect(after.memory).toBe(4 * 2 ** 30);
    expect(after.nextRunConfigurationExists).toBe(false);
  });

  test('hosts: deactivate (VMs move away) to maintenance, activate back to up', async () => {
    const hosts = await c.read<types.Host[]>('hosts');
    const vm = await addVm(c, 'vm9');
    await c.post(`vms/${vm.id}/start`, '<action/>');
    const on = (await c.read<types.Vm>(`vms/${vm.id}`)).host!.id!;
    const other = hosts.find((h) => h.id !== on)!;
    expect((await c.post(`hosts/${on}/deactivate`, '<action/>')).status).toBe(200);
    expect(await status(c, `hosts/${on}`)).toBe('maintenance');
    expect((await c.read<types.Vm>(`vms/${vm.id}`)).host?.id).toBe(other.id);
    expect((await c.post(`hosts/${on}/deactivate`, '<action/>')).status).toBe(409);
    // The last host up cannot go: its VM has nowhere to go.
    const stuck = await c.post(`hosts/${other.id}/deactivate`, '<action/>');
    expect(stuck.status).toBe(409);
    expect(fault(stuck).detail).toMatch(/vm9/);
    expect((await c.post(`hosts/${on}/activate`, '<action/>')).status).toBe(200);
    expect(await status(c, `hosts/${on}`)).toBe('up');
    expect((await c.post(`hosts/${on}/activate`, '<action/>')).status).toBe(409);
    await c.post(`vms/${vm.id}/stop`, '<action/>');
    // No host up in the cluster: a VM cannot start.
    await c.post(`hosts/${on}/deactivate`, '<action/>');
    await c.post(`hosts/${other.id}/deactivate`, '<action/>');
    const noHost = await c.post(`vms/${vm.id}/start`, '<action/>');
    expect(noHost.status).toBe(409);
    expect(fault(noHost).detail).toMatch(/^\[Cannot run VM. There is no host that satisfies current scheduling constraints/);
    await c.post(`hosts/${on}/activate`, '<action/>');
    await c.post(`hosts/${other.id}/activate`, '<action/>');
  });

  test('storage domains: add, attach to a data center (locked, then active), deactivate, detach', async () => {
    const host = (await c.read<types.Host[]>('hosts'))[0];
    const dc = Reader.read((await c.post('datacenters', xml('data_center', '<name>dc-new</name><local>false</local>'))).body) as types.DataCenter;
    const missing = await c.post('storagedomains', xml('storage_domain', '<name>sd-new</name>'));
    expect(fault(missing).detail).toBe('StorageDomain [host.id|name, type, storage, storage.type] required for add');
    const added = await c.post(
      'storagedomains',
      xml('storage_domain', `<name>sd-new</name><type>data</type><storage><type>nfs</type><address>nfs.example.com</address><path>/exports/new</path></storage><host><name>${host.name}</name></host>`),
    );
    expect(added.status).toBe(201);
    const sd = Reader.read(added.body) as types.StorageDomain;
    expect(sd.status).toBe('unattached');

    const attach = await c.post(`datacenters/${dc.id}/storagedomains`, `<storage_domain id="${sd.id}"/>`);
    expect(attach.status).toBe(201);
    const attached = Reader.read(attach.body) as types.StorageDomain;
    expect(attached.status).toBe('locked');
    expect(attached.href).toBe(`/ovirt-engine/api/datacenters/${dc.id}/storagedomains/${sd.id}`);
    expect(attach.text).toContain(`/datacenters/${dc.id}/storagedomains/${sd.id}/deactivate`);
    expect(await status(c, `datacenters/${dc.id}/storagedomains/${sd.id}`)).toBe('active');
    expect(await status(c, `datacenters/${dc.id}`)).toBe('up');
    expect((await c.read<types.StorageDomain>(`storagedomains/${sd.id}`)).dataCenters?.[0].id).toBe(dc.id);
    expect((await c.post(`datacenters/${dc.id}/storagedomains`, `<storage_domain id="${sd.id}"/>`)).status).toBe(409);
    expect((await c.delete(`storagedomains/${sd.id}`)).status).toBe(409);

    expect((await c.delete(`datacenters/${dc.id}/storagedomains/${sd.id}`)).status).toBe(409); // active
    expect((await c.post(`datacenters/${dc.id}/storagedomains/${sd.id}/deactivate`, '<action/>')).status).toBe(200);
    expect(await status(c, `datacenters/${dc.id}/storagedomains/${sd.id}`)).toBe('maintenance');
    expect((await c.delete(`datacenters/${dc.id}/storagedomains/${sd.id}`)).status).toBe(200);
    expect(await status(c, `storagedomains/${sd.id}`)).toBe('unattached');
    expect((await c.delete(`storagedomains/${sd.id}`)).status).toBe(200);
  });

  test('events: increasing ids, newest first, from=, search, max', async () => {
    const before = engine.lastEventId;
    const vm = await addVm(c, 'vm10');
    await c.post(`vms/${vm.id}/start`, '<action/>');
    await c.get('');
    const events = await c.read<types.Event[]>(`events?from=${before}`);
    const ids = events.map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(Math.min(...ids)).toBe(before + 1);
    expect(events.map((e) => e.index)).toEqual(ids);
    const descriptions = events.map((e) => e.description);
    expect(descriptions).toContain('VM vm10 was created by admin@internal-authz.');
    expect(descriptions).toContain('VM vm10 creation has been completed.');
    expect(descriptions).toContain(`VM vm10 started on Host ${(await c.read<types.Vm>(`vms/${vm.id}?follow=host`)).host!.name}`);
    const started = events.find((e) => e.code === 32)!;
    expect(started.vm?.id).toBe(vm.id);
    expect(started.severity).toBe('normal');
    expect(started.time).toBeInstanceOf(Date);
    expect((await c.read<types.Event[]>('events?max=1'))[0].id).toBe(String(engine.lastEventId));
    const byCode = await c.read<types.Event[]>(`events?search=${encodeURIComponent('code=53')}`);
    expect(byCode.length).toBeGreaterThan(0);
    expect((await c.get('events?from=abc')).status).toBe(400);
  });

  test('jobs are listed with their status', async () => {
    const jobs = await c.read<types.Job[]>('jobs');
    expect(jobs.length).toBeGreaterThan(5);
    expect(jobs.every((j) => j.status === 'finished' || j.status === 'failed')).toBe(true);
    expect(jobs.map((j) => j.description)).toContain('Launching VM vm2');
    expect(jobs[0].owner?.href).toMatch(/^\/ovirt-engine\/api\/users\//);
  });
});

describe('with a manual clock', () => {
  test('a VM goes through image_locked, down, wait_for_launch, powering_up, up, powering_down, down as the clock advances', async () => {
    await withEngine({ seed: SEED, clock: 'manual', delays: { vmCreate: 60, vmLaunch: 60, vmBoot: 60, vmStop: 60 } }, async (c, engine) => {
      const vm = await addVm(c, 'slow');
      expect(await status(c, `vms/${vm.id}`)).toBe('image_locked');
      const locked = await c.post(`vms/${vm.id}/start`, '<action/>');
      expect(locked.status).toBe(409);
      expect(fault(locked).detail).toBe('[Cannot run VM: VM is locked. Please try again in a few minutes.]');
      engine.advance(59);
      expect(await status(c, `vms/${vm.id}`)).toBe('image_locked');
      engine.advance(1);
      expect(await status(c, `vms/${vm.id}`)).toBe('down');
      await c.post(`vms/${vm.id}/start`, '<action/>');
      const seen = [await status(c, `vms/${vm.id}`)];
      engine.advance(60);
      seen.push(await status(c, `vms/${vm.id}`));
      engine.advance(60);
      seen.push(await status(c, `vms/${vm.id}`));
      expect(seen).toEqual(['wait_for_launch', 'powering_up', 'up']);
      await c.post(`vms/${vm.id}/stop`, '<action/>');
      expect(await status(c, `vms/${vm.id}`)).toBe('powering_down');
      engine.advance(60);
      expect(await status(c, `vms/${vm.id}`)).toBe('down');
    });
  });

  test('the times the engine writes are the clock\'s: events, jobs, start time', async () => {
    const startTime = new Date('2030-01-02T03:04:05Z');
    await withEngine({ seed: SEED, clock: 'manual', startTime, delays: { vmCreate: 1000, vmLaunch: 0, vmBoot: 2000 } }, async (c, engine) => {
      expect(engine.clock).toBe('manual');
      expect(engine.now.getTime()).toBe(startTime.getTime());
      const before = engine.lastEventId;
      const vm = await addVm(c, 'timed');
      engine.advance(1000);
      await c.post(`vms/${vm.id}/start`, '<action/>');
      engine.advance(5000);
      const up = await c.read<types.Vm>(`vms/${vm.id}`);
      expect(up.status).toBe('up');
      // Transitions happen at their own time, not at the time of the advance that reached them.
      expect(up.startTime?.getTime()).toBe(startTime.getTime() + 3000);
      const events = await c.read<types.Event[]>(`events?from=${before}`);
      const at = (code: number): number | undefined => events.find((e) => e.code === code)?.time?.getTime();
      expect(at(34)).toBe(startTime.getTime()); // created
      expect(at(53)).toBe(startTime.getTime() + 1000); // creation completed
      expect(at(32)).toBe(startTime.getTime() + 3000); // started on a host
      expect(engine.now.getTime()).toBe(startTime.getTime() + 6000);
    });
  });

  test('a stop while powering up cancels the rest of the start', async () => {
    await withEngine({ seed: SEED, clock: 'manual', delays: { vmCreate: 0, vmLaunch: 40, vmBoot: 40, vmStop: 40 } }, async (c, engine) => {
      const vm = await addVm(c, 'cancel');
      await c.post(`vms/${vm.id}/start`, '<action/>');
      expect(await status(c, `vms/${vm.id}`)).toBe('wait_for_launch');
      await c.post(`vms/${vm.id}/stop`, '<action/>');
      engine.advance(150);
      expect(await status(c, `vms/${vm.id}`)).toBe('down');
      expect(engine.pendingTransitions).toBe(0);
    });
  });

  test('settle() completes every pending transition at once', async () => {
    await withEngine({ seed: SEED, delays: 60_000 }, async (c, engine) => {
      const vm = await addVm(c, 'settled');
      expect(engine.pendingTransitions).toBe(1);
      engine.settle();
      expect(engine.pendingTransitions).toBe(0);
      expect(await status(c, `vms/${vm.id}`)).toBe('down');
      await c.post(`vms/${vm.id}/start`, '<action/>');
      engine.settle();
      expect(await status(c, `vms/${vm.id}`)).toBe('up');
    });
  });

  test('host maintenance takes the hostMaintenance delay', async () => {
    await withEngine({ seed: SEED, clock: 'manual', delays: { hostMaintenance: 80 } }, async (c, engine) => {
      const host = (await c.read<types.Host[]>('hosts'))[0];
      await c.post(`hosts/${host.id}/deactivate`, '<action/>');
      expect(await status(c, `hosts/${host.id}`)).toBe('preparing_for_maintenance');
      engine.advance(79);
      expect(await status(c, `hosts/${host.id}`)).toBe('preparing_for_maintenance');
      engine.advance(1);
      expect(await status(c, `hosts/${host.id}`)).toBe('maintenance');
    });
  });

  test('advance() needs a manual clock; bad clock options are refused', async () => {
    await withEngine({ delays: 0 }, async (_c, engine) => {
      expect(engine.clock).toBe('real');
      expect(() => engine.advance(10)).toThrow(/manual clock/);
    });
    await expect(EngineSimulator.start({ clock: 'sundial' as 'manual' })).rejects.toThrow(/clock must be/);
    await expect(EngineSimulator.start({ startTime: 0 })).rejects.toThrow(/startTime needs/);
    await expect(EngineSimulator.start({ clock: 'manual', startTime: 'not a date' })).rejects.toThrow(/not a valid date/);
  });
});
