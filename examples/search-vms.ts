/**
 * Find VMs with the engine's search language, as in the search bar of the
 * administration portal: `name=web* and status=up`, `cluster=prod`,
 * `memory > 8192` (MB), `sortby name desc`, ...
 *
 *   node dist/examples/search-vms.js ['name=web* and status=up']
 */
import { type Connection } from 'ovirt-engine-sdk';
import { gib, run, table } from './common';

export async function main(connection: Connection, [query = 'name=web* and status=up']: string[] = []): Promise<void> {
  const vmsService = connection.systemService().vmsService();

  // The engine does the search; max bounds the answer. Searches are
  // case-insensitive unless caseSensitive is true.
  const vms = await vmsService.list({ search: query, caseSensitive: false, max: 50 });

  console.log(table(['name', 'status', ' memory', 'fqdn'], vms.map((vm) => [vm.name, vm.status, gib(vm.memory), vm.fqdn])));
  console.log(`${vms.length} VMs match '${query}'${vms.length === 50 ? ' (showing the first 50)' : ''}`);
}

run(module, main);
