/**
 * Remove a VM but keep its disks: `detachOnly` detaches them instead of
 * deleting them, so they can be attached to another VM. The VM must be down.
 *
 *   node dist/examples/remove-vm-keep-disks.js [name=myvm]
 */
import { type Connection, NotFoundError } from 'ovirt-engine-sdk';
import { gib, run } from './common';

export async function main(connection: Connection, [name = 'myvm']: string[] = []): Promise<void> {
  const system = connection.systemService();
  const vmsService = system.vmsService();
  // follow inlines the disk attachments and their disks: one request.
  const [vm] = await vmsService.list({ search: `name=${name}`, follow: 'disk_attachments.disk' });
  if (vm === undefined) throw new Error(`There is no VM named ${name}`);

  await vmsService.vmService(vm.id!).remove({ detachOnly: true });
  console.log(`Removed VM ${name}`);

  const disksService = system.disksService();
  for (const attachment of vm.diskAttachments ?? []) {
    const disk = await disksService.diskService(attachment.disk!.id!).get();
    console.log(`  kept disk ${disk.name} (${disk.id}), ${gib(disk.provisionedSize)}, ${disk.status}`);
  }

  // The VM is gone: its service now answers 404.
  try {
    await vmsService.vmService(vm.id!).get();
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    console.log(`GET of the VM: ${error.code}, not found`);
  }
}

run(module, main);
