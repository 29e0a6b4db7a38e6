/**
 * List every VM with its status, memory and CPUs.
 *
 *   node dist/examples/list-vms.js
 */
import { type Connection } from 'ovirt-engine-sdk';
import { gib, run, table } from './common';

export async function main(connection: Connection): Promise<void> {
  // Locating a service sends nothing; list() is one GET.
  const vmsService = connection.systemService().vmsService();
  const vms = await vmsService.list();

  const rows = vms.map((vm) => {
    const topology = vm.cpu?.topology;
    const cpus = topology === undefined ? undefined : (topology.sockets ?? 1) * (topology.cores ?? 1) * (topology.threads ?? 1);
    return [vm.name, vm.status, gib(vm.memory), cpus, vm.os?.type];
  });
  console.log(table(['name', 'status', ' memory', ' vCPUs', 'os'], rows));
  console.log(`${vms.length} VMs`);
}

run(module, main);
