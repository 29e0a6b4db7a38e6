/**
 * List a VM's disks by following links: the VM carries links to its disk
 * attachments, each attachment a link to its disk. connection.followLink()
 * fetches what a link points to.
 *
 * Fewer requests: `get({ follow: 'disk_attachments.disk' })` returns the
 * VM with all of it inline, in one request (see inventory.ts).
 *
 *   node dist/examples/list-vm-disks.js [name=myvm]
 */
import { type Connection } from 'ovirt-engine-sdk';
import { gib, run, table } from './common';

export async function main(connection: Connection, [name = 'myvm']: string[] = []): Promise<void> {
  const [vm] = await connection.systemService().vmsService().list({ search: `name=${name}` });
  if (vm === undefined) throw new Error(`There is no VM named ${name}`);

  // vm.diskAttachments is an empty list that carries the link (href).
  const attachments = await connection.followLink(vm.diskAttachments!);
  // The disks, concurrently: the connection's pool carries the requests in parallel.
  const disks = await Promise.all(attachments.map((attachment) => connection.followLink(attachment.disk!)));

  const rows = attachments.map((attachment, i) => {
    const disk = disks[i];
    return [disk.name, attachment.interface, attachment.bootable ? 'yes' : 'no', gib(disk.provisionedSize), gib(disk.actualSize), disk.format, disk.status];
  });
  console.log(table(['disk', 'interface', 'bootable', ' provisioned', ' actual', 'format', 'status'], rows));
  console.log(`VM ${name} has ${disks.length} disk${disks.length === 1 ? '' : 's'}`);
}

run(module, main);
