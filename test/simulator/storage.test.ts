/**
 * Disks and what storage domains hold: floating image disks, direct LUN
 * disks, snapshot disks and disk snapshots, VMs cloned from snapshots, OVA
 * imports, export domains (export, import) and the unregistered VMs of an
 * imported domain (register).
 */
import { Reader, types } from '../../lib';
import { fault, useSimulator, xml } from './helpers';

const f = useSimulator({
  seed: { random: 5, dataCenters: 1, clusters: 1, hosts: 2, storageDomains: 2, vms: 12, disksPerVm: 2, exportDomain: { vms: 2 }, importedDomain: { vms: 3 } },
  clock: 'manual',
  delays: 100,
});

const status = async (path: string): Promise<string | undefined> => (await f.client.read<{ status?: string }>(path)).status;
const downVm = async (): Promise<types.Vm> => (await f.client.read<types.Vm[]>(`vms?search=${encodeURIComponent('status=down')}`)).find((v) => v.name!.match(/^[a-z0-9]+-\d+$/))!;
const storageDomain = async (name: string): Promise<types.StorageDomain> => (await f.client.read<types.StorageDomain[]>(`storagedomains?search=${encodeURIComponent(`name=${name}`)}`))[0];

describe('disks', () => {
  test('a floating image disk needs only provisioned_size and format, and goes to an active data domain', async () => {
    const reply = await f.client.post('disks', xml('disk', '<provisioned_size>1073741824</provisioned_size><format>raw</format>'));
    expect(reply.status).toBe(201);
    const disk = Reader.read(reply.body) as types.Disk;
    expect(disk.status).toBe('locked');
    const sd = await f.client.read<types.StorageDomain>(`storagedomains/${disk.storageDomains![0].id}`);
    expect(sd.type).toBe('data');
    f.engine.advance(100);
    expect(await status(`disks/${disk.id}`)).toBe('ok');
  });

  test('a direct LUN disk: usable at once, no storage domain, attachable to a VM', async () => {
    const reply = await f.client.post(
      'disks',
      xml('disk', '<alias>db-lun</alias><lun_storage><type>iscsi</type><logical_units><logical_unit id="36001405a1b2c3d4"><address>10.0.0.5</address><port>3260</port><target>iqn.2025-01.com.example:storage</target><size>107374182400</size></logical_unit></logical_units></lun_storage>'),
    );
    expect(reply.status).toBe(201);
    const disk = Reader.read(reply.body) as types.Disk;
    expect(disk.storageType).toBe('lun');
    expect(disk.status).toBe('ok');
    expect(disk.storageDomains).toBeUndefined();
    expect(disk.lunStorage?.logicalUnits?.[0].id).toBe('36001405a1b2c3d4');
    expect(disk.provisionedSize).toBe(107374182400);
    const vm = await downVm();
    expect((await f.client.post(`vms/${vm.id}/diskattachments`, xml('disk_attachment', `<interface>virtio_scsi</interface><disk id="${disk.id}"/>`))).status).toBe(201);
    expect(fault(await f.client.post('disks', xml('disk', '<lun_storage><type>iscsi</type><logical_units><logical_unit id="x"/></logical_units></lun_storage>'))).detail).toBe(
      'Disk [lun_storage.logical_units.address, lun_storage.logical_units.target, lun_storage.logical_units.port] required for add',
    );
  });
});

describe('snapshots', () => {
  test('a snapshot\'s disks are the VM\'s, with the snapshot\'s volumes; the storage domain lists them as disk snapshots', async () => {
    const vm = await downVm();
    // Direct LUN disks are not in snapshots (the first test attached one to this VM).
    const atts = (await f.client.read<types.DiskAttachment[]>(`vms/${vm.id}/diskattachments?follow=disk`)).filter((a) => a.disk!.storageType === 'image');
    const reply = await f.client.post(`vms/${vm.id}/snapshots`, xml('snapshot', '<description>before patching</description>'));
    const snap = Reader.read(reply.body) as types.Snapshot;
    f.engine.advance(100);
    const disks = await f.client.read<types.Disk[]>(`vms/${vm.id}/snapshots/${snap.id}/disks`);
    expect(disks.map((d) => d.id)).toEqual(atts.map((a) => a.disk!.id));
    expect(disks[0].snapshot?.id).toBe(snap.id);
    expect(disks[0].imageId).not.toBe(atts[0].disk!.imageId);
    // The Active VM snapshot's disks are the current volumes.
    const active = (await f.client.read<types.Snapshot[]>(`vms/${vm.id}/snapshots`)).find((s) => s.snapshotType === 'active')!;
    expect((await f.client.read<types.Disk[]>(`vms/${vm.id}/snapshots/${active.id}/disks`)).map((d) => d.imageId)).toEqual(atts.map((a) => a.disk!.imageId));

    const sdId = atts[0].disk!.storageDomains![0].id!;
    const volumes = await f.client.read<types.DiskSnapshot[]>(`storagedomains/${sdId}/disksnapshots`);
    const mine = volumes.filter((v) => v.snapshot?.id === snap.id);
    expect(mine.map((v) => v.disk?.id)).toContain(atts[0].disk!.id);
    expect(mine.find((v) => v.disk?.id === atts[0].disk!.id)?.imageId).toBe(disks[0].imageId);
    expect(volumes.some((v) => v.imageId === atts[0].disk!.imageId)).toBe(false);
    const withActive = await f.client.read<types.DiskSnapshot[]>(`storagedomains/${sdId}/disksnapshots?include_active=true`);
    expect(withActive.length).toBeGreaterThan(volumes.length);
    expect(withActive.find((v) => v.imageId === atts[0].disk!.imageId)?.disk?.id).toBe(atts[0].disk!.id);
    const ofDisk = await f.client.read<types.DiskSnapshot[]>(`disks/${atts[0].disk!.id}/disksnapshots`);
    expect(ofDisk.map((v) => v.imageId)).toEqual([disks[0].imageId]);

    // A snapshot of some disks only; removing it removes its volumes.
    const one = Reader.read(
      (await f.client.post(`vms/${vm.id}/snapshots`, xml('snapshot', `<description>one disk</description><disk_attachments><disk_attachment id="${atts[1].disk!.id}"/></disk_attachments>`))).body,
    ) as types.Snapshot;
    f.engine.advance(100);
    expect((await f.client.read<types.Disk[]>(`vms/${vm.id}/snapshots/${one.id}/disks`)).map((d) => d.id)).toEqual([atts[1].disk!.id]);
    // A disk the VM does not have, or its direct LUN, is refused, and no snapshot is made.
    const count = (await f.client.read<types.Snapshot[]>(`vms/${vm.id}/snapshots`)).length;
    const missing = await f.client.post(`vms/${vm.id}/snapshots`, xml('snapshot', `<description>bad</description><disk_attachments><disk_attachment id="${atts[0].disk!.id}"/><disk_attachment><disk id="00000000-0000-0000-0000-00000000dead"/></disk_attachment></disk_attachments>`));
    expect(missing.status).toBe(404);
    expect(fault(missing).detail).toBe(`Entity not found: Disk 00000000-0000-0000-0000-00000000dead of VM ${vm.name}`);
    const lun = (await f.client.read<types.DiskAttachment[]>(`vms/${vm.id}/diskattachments?follow=disk`)).find((a) => a.disk!.storageType === 'lun')!;
    const onLun = await f.client.post(`vms/${vm.id}/snapshots`, xml('snapshot', `<description>bad</description><disk_attachments><disk_attachment id="${lun.disk!.id}"/></disk_attachments>`));
    expect(onLun.status).toBe(409);
    expect(fault(onLun).detail).toMatch(/is a direct LUN disk, which has no snapshots/);
    expect(fault(await f.client.post(`vms/${vm.id}/snapshots`, xml('snapshot', '<description>bad</description><disk_attachments><disk_attachment/></disk_attachments>'))).detail).toBe('Snapshot [diskAttachments.id|disk.id] required for add');
    expect((await f.client.read<types.Snapshot[]>(`vms/${vm.id}/snapshots`)).length).toBe(count);
    expect((await f.client.delete(`vms/${vm.id}/snapshots/${snap.id}`)).status).toBe(200);
    expect((await f.client.read<types.DiskSnapshot[]>(`storagedomains/${sdId}/disksnapshots`)).some((v) => v.snapshot?.id === snap.id)).toBe(false);
  });

  test('a VM cloned from a snapshot takes no template: the snapshot\'s VM\'s configuration and disks', async () => {
    const vm = await downVm();
    const snap = Reader.read((await f.client.post(`vms/${vm.id}/snapshots`, xml('snapshot', '<description>for cloning</description>'))).body) as types.Snapshot;
    f.engine.advance(100);
    const reply = await f.client.post('vms', xml('vm', `<name>${vm.name}-clone</name><cluster id="${vm.cluster!.id}"/><snapshots><snapshot id="${snap.id}"/></snapshots>`));
    expect(reply.status).toBe(201);
    const clone = Reader.read(reply.body) as types.Vm;
    expect(clone.status).toBe('image_locked');
    expect(clone.memory).toBe(vm.memory);
    expect(clone.os?.type).toBe(vm.os?.type);
    expect(clone.template?.id).toBe(vm.template?.id);
    f.engine.advance(100);
    expect(await status(`vms/${clone.id}`)).toBe('down');
    const disks = await f.client.read<types.DiskAttachment[]>(`vms/${clone.id}/diskattachments?follow=disk`);
    expect(disks.map((a) => a.disk!.name)).toEqual([`${vm.name}-clone_Disk1`, `${vm.name}-clone_Disk2`]);
    expect((await f.client.post('vms', xml('vm', `<name>nope</name><cluster id="${vm.cluster!.id}"/><snapshots><snapshot id="00000000-0000-0000-0000-00000000dead"/></snapshots>`))).status).toBe(404);
  });
});

describe('export domains', () => {
  test('an export domain lists its VMs; a down VM is exported to it, once unless exclusive', async () => {
    const sd = await storageDomain('export');
    expect(sd.type).toBe('export');
    expect((await f.client.read<types.Vm[]>(`storagedomains/${sd.id}/vms`)).map((v) => v.name)).toEqual(['exported-01', 'exported-02']);
    const vm = await downVm();
    const reply = await f.client.post(`vms/${vm.id}/export`, xml('action', `<storage_domain id="${sd.id}"/>`));
    expect(reply.status).toBe(200);
    expect((Reader.read(reply.body) as types.Action).job?.id).toBeDefined();
    expect(await status(`vms/${vm.id}`)).toBe('image_locked');
    f.engine.advance(100);
    expect(await status(`vms/${vm.id}`)).toBe('down');
    const exported = await f.client.read<types.Vm>(`storagedomains/${sd.id}/vms/${vm.id}`);
    expect(exported.name).toBe(vm.name);
    const again = await f.client.post(`vms/${vm.id}/export`, xml('action', `<storage_domain id="${sd.id}"/>`));
    expect(again.status).toBe(409);
    expect(fault(again).detail).toMatch(/already exists on the export domain/);
    expect((await f.client.post(`vms/${vm.id}/export`, xml('action', `<storage_domain id="${sd.id}"/><exclusive>true</exclusive>`))).status).toBe(200);
    f.engine.advance(100);
    const events = await f.client.read<types.Event[]>(`events?search=${encodeURIComponent(`vm.name=${vm.name}`)}`);
    expect(events.map((e) => e.code)).toEqual(expect.arrayContaining([1162, 1150]));
    // Not to a data domain, not a running VM, not without a domain.
    const data = await storageDomain('*-data01');
    expect((await f.client.post(`vms/${vm.id}/export`, xml('action', `<storage_domain id="${data.id}"/>`))).status).toBe(409);
    const up = (await f.client.read<types.Vm[]>(`vms?search=${encodeURIComponent('status=up')}`))[0];
    expect((await f.client.post(`vms/${up.id}/export`, xml('action', `<storage_domain id="${sd.id}"/>`))).status).toBe(409);
    expect(fault(await f.client.post(`vms/${vm.id}/export`, xml('action', '<storage_domain/>'))).detail).toBe('Action [storage_domain.id|name] required for export');
  });

  test('a VM of the export domain is imported into a cluster, as a clone with another name', async () => {
    const sd = await storageDomain('export');
    const [cluster] = await f.client.read<types.Cluster[]>('clusters');
    const [first] = await f.client.read<types.Vm[]>(`storagedomains/${sd.id}/vms`);
    const reply = await f.client.post(`storagedomains/${sd.id}/vms/${first.id}/import`, xml('action', `<cluster id="${cluster.id}"/><storage_domain><name>${cluster.name!.split('-')[0]}-data01</name></storage_domain><clone>true</clone><vm><name>restored</name></vm>`));
    expect(reply.status).toBe(200);
    f.engine.advance(100);
    const [restored] = await f.client.read<types.Vm[]>(`vms?search=${encodeURIComponent('name=restored')}`);
    expect(restored.status).toBe('down');
    expect(restored.cluster?.id).toBe(cluster.id);
    expect(restored.id).not.toBe(first.id);
  });
});

describe('an imported data domain', () => {
  test('its VMs are unregistered until registered into a cluster', async () => {
    const sd = await storageDomain('imported-data');
    expect(await f.client.read<types.Vm[]>(`storagedomains/${sd.id}/vms`)).toEqual([]);
    const unregistered = await f.client.read<types.Vm[]>(`storagedomains/${sd.id}/vms?unregistered=true`);
    expect(unregistered.map((v) => v.name)).toEqual(['unregistered-01', 'unregistered-02', 'unregistered-03']);
    const [cluster] = await f.client.read<types.Cluster[]>('clusters');
    expect(fault(await f.client.post(`storagedomains/${sd.id}/vms/${unregistered[0].id}/register`, '<action/>')).detail).toMatch(/cluster/);
    expect((await f.client.post(`storagedomains/${sd.id}/vms/${unregistered[0].id}/register`, xml('action', `<cluster id="${cluster.id}"/>`))).status).toBe(200);
    f.engine.advance(100);
    const registered = await f.client.read<types.Vm>(`vms/${unregistered[0].id}`);
    expect(registered.name).toBe('unregistered-01');
    expect(registered.status).toBe('down');
    expect((await f.client.read<types.Vm[]>(`storagedomains/${sd.id}/vms?unregistered=true`)).map((v) => v.name)).toEqual(['unregistered-02', 'unregistered-03']);
  });
});

describe('OVA imports', () => {
  test('a template imported from an OVA gets the name the request gives it', async () => {
    const [cluster] = await f.client.read<types.Cluster[]>('clusters');
    const [host] = await f.client.read<types.Host[]>('hosts');
    const reply = await f.client.post(
      'externaltemplateimports',
      xml('external_template_import', `<template><name>from-ova</name></template><url>/var/tmp/appliance.ova</url><host id="${host.id}"/><cluster id="${cluster.id}"/><storage_domain><name>${cluster.name!.split('-')[0]}-data01</name></storage_domain>`),
    );
    expect(reply.status).toBe(201);
    const [template] = await f.client.read<types.Template[]>(`templates?search=${encodeURIComponent('name=from-ova')}`);
    expect(template.status).toBe('locked');
    f.engine.advance(100);
    expect(await status(`templates/${template.id}`)).toBe('ok');
    expect((await f.client.post('externaltemplateimports', xml('external_template_import', `<template><name>from-ova</name></template><url>/var/tmp/appliance.ova</url><host id="${host.id}"/><cluster id="${cluster.id}"/>`))).status).toBe(409);
  });
});
