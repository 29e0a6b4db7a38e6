/**
 * Start a VM and wait until it is up.
 *
 *   node dist/examples/start-vm.js [name=myvm]
 */
import { type Connection, types } from 'ovirt-engine-sdk';
import { pollInterval, run, sleep } from './common';

export async function main(connection: Connection, [name = 'myvm']: string[] = []): Promise<void> {
  const vmsService = connection.systemService().vmsService();
  const [vm] = await vmsService.list({ search: `name=${name}` });
  if (vm === undefined) throw new Error(`There is no VM named ${name}`);
  const vmService = vmsService.vmService(vm.id!);

  // An action: a POST of <action> to .../start. It returns when the engine
  // has accepted it; the VM goes through wait_for_launch and powering_up.
  await vmService.start();
  console.log(`Starting VM ${name}`);

  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    const current = await vmService.get();
    if (current.status === types.VmStatus.UP) {
      console.log(`VM ${name} is up on host ${current.host?.id} since ${current.startTime?.toISOString()}`);
      return;
    }
    if (current.status === types.VmStatus.DOWN) throw new Error(`VM ${name} went down while starting`);
    if (Date.now() > deadline) throw new Error(`VM ${name} is still ${current.status} after 10 minutes`);
    await sleep(pollInterval());
  }
}

run(module, main);
