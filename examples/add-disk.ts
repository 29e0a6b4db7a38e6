/**
 * Add a disk on a storage domain, wait until it is ready, and attach it
 * to a VM.
 *
 *   node dist/examples/add-disk.js [vm=myvm] [storage domain=mydata] [size GiB=10]
 */
import { type Connection, types } from 'ovirt-engine-sdk';
import { GiB, gib, run, waitFor } from './common';

export async function main(connection: Connection, [vmName = 'myvm', storageDomain = 'mydata', sizeGiB = '10']: string[] = []): Promise<void> {
  const system = connection.systemService();
  const [vm] = await system.vmsService().list({ search: `name=${vmName}` });
  if (vm === undefined) throw new Error(`There is no VM named ${vmName}`);

  // A thin-provisioned (qcow2, sparse) disk. It is `locked` while the
  // engine creates it.
  const disksService = system.disksService();
  const disk = await disksService.add({
    name: `${vmName}_data`,
    description: 'Added by the add-disk example',
    format: types.DiskFormat.COW,
    sparse: true,
    provisionedSize: Number(sizeGiB) * GiB,
    storageDomains: [{ name: storageDomain }],
  });
  console.log(`Added disk ${disk.name} (${disk.id}), ${gib(disk.provisionedSize)}, ${disk.status}`);

  const diskService = disksService.diskService(disk.id!);
  await waitFor(`disk ${disk.name} to be created`, () => diskService.get(), (d) => d.status === types.DiskStatus.OK);

  // Attach it by id. (A new disk can also be created and attached in one
  // step by giving the whole disk to diskAttachmentsService().add().)
  const attachmentsService = system.vmsService().vmService(vm.id!).diskAttachmentsService();
  const attachment = await attachmentsService.add({
    disk: { id: disk.id },
    interface: types.DiskInterface.VIRTIO_SCSI,
    bootable: false,
    active: true,
  });
  console.log(`Attached disk ${disk.name} to VM ${vmName} (${attachment.interface}, active: ${attachment.active})`);
}

run(module, main);
