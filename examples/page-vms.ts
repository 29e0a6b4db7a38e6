/**
 * Page through the VMs: `page N` in the search and `max` as the page
 * size, until a page comes back short. (To read everything at once with
 * the memory of one VM, use listStream(), as inventory.ts does.)
 *
 *   node dist/examples/page-vms.js [page size, default 20]
 */
import { type Connection } from 'ovirt-engine-sdk';
import { run } from './common';

export async function main(connection: Connection, [size = '20']: string[] = []): Promise<void> {
  const pageSize = Number(size);
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`The page size must be a whole number, got '${size}'`);
  const vmsService = connection.systemService().vmsService();

  let total = 0;
  for (let page = 1; ; page++) {
    // Paging needs a stable order: sort by name.
    const vms = await vmsService.list({ search: `sortby name asc page ${page}`, max: pageSize });
    if (vms.length > 0) console.log(`page ${page}: ${vms[0].name} .. ${vms[vms.length - 1].name} (${vms.length})`);
    total += vms.length;
    if (vms.length < pageSize) break;
  }
  console.log(`${total} VMs in pages of ${pageSize}`);
}

run(module, main);
