/**
 * Take a snapshot of a VM, then restore the VM to it. A restore needs the
 * VM down, so a running VM is stopped first.
 *
 *   node dist/examples/take-and-restore-snapshot.js [vm=myvm] [description='before the upgrade']
 */
import { type Connection, types } from 'ovirt-engine-sdk';
import { run, waitFor } from './common';

export async function main(connection: Connection, [vmName = 'myvm', description = 'before the upgrade']: string[] = []): Promise<void> {
  const vmsService = connection.systemService().vmsService();
  const [vm] = await vmsService.list({ search: `name=${vmName}` });
  if (vm === undefined) throw new Error(`There is no VM named ${vmName}`);
  const vmService = vmsService.vmService(vm.id!);
  const snapshotsService = vmService.snapshotsService();

  const snapshot = await snapshotsService.add({ description, persistMemorystate: false });
  const snapshotService = snapshotsService.snapshotService(snapshot.id!);
  await waitFor('the snapshot', () => snapshotService.get(), (s) => s.snapshotStatus === types.SnapshotStatus.OK);
  console.log(`Took snapshot '${description}' (${snapshot.id}) of VM ${vmName}`);

  const snapshots = await snapshotsService.list();
  console.log(`VM ${vmName} has ${snapshots.length} snapshots: ${snapshots.map((s) => `'${s.description}'`).join(', ')}`);

  // ... the upgrade went wrong: back to the snapshot.
  if (vm.status !== types.VmStatus.DOWN) {
    await vmService.stop();
    await waitFor(`VM ${vmName} to stop`, () => vmService.get(), (v) => v.status === types.VmStatus.DOWN);
    console.log(`Stopped VM ${vmName}`);
  }
  await snapshotService.restore();
  // The VM is image_locked while its disks are reverted, then down.
  await waitFor(`VM ${vmName} to be restored`, () => vmService.get(), (v) => v.status === types.VmStatus.DOWN);
  console.log(`Restored VM ${vmName} to snapshot '${description}'`);
}

run(module, main);
