/**
 * Stop a VM (power it off) and wait until it is down. `shutdown()` asks
 * the guest to shut down cleanly instead; both take a `reason`.
 *
 *   node dist/examples/stop-vm.js [name=myvm]
 */
import { type Connection, types } from 'ovirt-engine-sdk';
import { run, waitFor } from './common';

export async function main(connection: Connection, [name = 'myvm']: string[] = []): Promise<void> {
  const vmsService = connection.systemService().vmsService();
  const [vm] = await vmsService.list({ search: `name=${name}` });
  if (vm === undefined) throw new Error(`There is no VM named ${name}`);
  const vmService = vmsService.vmService(vm.id!);

  await vmService.stop({ reason: 'Stopped by the stop-vm example' });
  console.log(`Stopping VM ${name} (it was ${vm.status})`);

  const stopped = await waitFor(`VM ${name} to stop`, () => vmService.get(), (v) => v.status === types.VmStatus.DOWN);
  console.log(`VM ${name} is ${stopped.status} since ${stopped.stopTime?.toISOString()}`);
}

run(module, main);
