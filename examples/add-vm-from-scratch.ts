/**
 * Create a VM from scratch (from the Blank template) with the hardware
 * given here: memory, CPU topology, operating system, boot order.
 *
 *   node dist/examples/add-vm-from-scratch.js [name=myvm-scratch] [cluster=Default] [memory GiB=4]
 */
import { type Connection, types } from 'ovirt-engine-sdk';
import { GiB, gib, run, waitFor } from './common';

export async function main(connection: Connection, [name = 'myvm-scratch', cluster = 'Default', memoryGiB = '4']: string[] = []): Promise<void> {
  const memory = Number(memoryGiB) * GiB;
  const vmsService = connection.systemService().vmsService();

  // Sizes are numbers of bytes (exact up to 2^53); enums are their wire strings.
  const vm = await vmsService.addFromScratch(
    new types.Vm({
      name,
      cluster: { name: cluster },
      template: { name: 'Blank' },
      type: types.VmType.SERVER,
      memory,
      memoryPolicy: { guaranteed: memory / 2, max: memory * 4 },
      cpu: { topology: { sockets: 1, cores: 2, threads: 1 } },
      os: { type: 'rhel_9x64', boot: { devices: [types.BootDevice.HD, types.BootDevice.NETWORK] } },
      highAvailability: { enabled: true, priority: 50 },
    }),
  );
  console.log(`Added VM ${vm.name} (${vm.id}): ${gib(vm.memory)}, ${vm.cpu?.topology?.cores} cores, ${vm.os?.type}`);

  const vmService = vmsService.vmService(vm.id!);
  const created = await waitFor(`VM ${name} to be created`, () => vmService.get(), (v) => v.status === types.VmStatus.DOWN);
  console.log(`VM ${created.name} is ${created.status}`);
}

run(module, main);
