/**
 * Give a VM more (or less) memory from its next start: the change is kept
 * as the "next run" configuration while the VM runs, and applied when it
 * is next started. update() sends only the members given.
 *
 *   node dist/examples/update-vm-memory.js [name=myvm] [memory GiB=8]
 */
import { type Connection } from 'ovirt-engine-sdk';
import { GiB, gib, run } from './common';

export async function main(connection: Connection, [name = 'myvm', memoryGiB = '8']: string[] = []): Promise<void> {
  const memory = Number(memoryGiB) * GiB;
  if (!Number.isSafeInteger(memory) || memory <= 0) throw new Error(`Not a memory size: '${memoryGiB}' GiB`);
  const vmsService = connection.systemService().vmsService();
  const [vm] = await vmsService.list({ search: `name=${name}` });
  if (vm === undefined) throw new Error(`There is no VM named ${name}`);
  const vmService = vmsService.vmService(vm.id!);

  // The maximum (for memory hot plug) may not be below the memory, nor the
  // guaranteed memory above it. Everything else stays as it is: the PUT
  // carries only <memory> and <memory_policy>.
  const policy = vm.memoryPolicy;
  await vmService.update(
    {
      memory,
      memoryPolicy: { max: Math.max(memory, policy?.max ?? 0), guaranteed: Math.min(memory, policy?.guaranteed ?? memory) },
    },
    { nextRun: true },
  );

  const [now, next] = await Promise.all([vmService.get(), vmService.get({ nextRun: true })]);
  console.log(`VM ${name} (${now.status}): memory ${gib(now.memory)} now, ${gib(next.memory)} from the next run`);
  if (now.nextRunConfigurationExists) console.log('The change is applied when the VM is next started (after a stop, not a reboot)');
}

run(module, main);
