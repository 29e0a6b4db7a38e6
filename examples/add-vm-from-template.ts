/**
 * Create a VM from a template, and wait until the engine has copied the
 * template's disks (the VM goes from `image_locked` to `down`).
 *
 *   node dist/examples/add-vm-from-template.js [name=myvm] [cluster=Default] [template=Blank]
 */
import { type Connection, types } from 'ovirt-engine-sdk';
import { gib, run, waitFor } from './common';

export async function main(connection: Connection, [name = 'myvm', cluster = 'Default', template = 'Blank']: string[] = []): Promise<void> {
  const vmsService = connection.systemService().vmsService();

  // Links to other objects can be given by name or by id. A plain object
  // literal does as well as `new types.Vm({...})`.
  const vm = await vmsService.add({
    name,
    description: `Made from ${template} by the add-vm-from-template example`,
    cluster: { name: cluster },
    template: { name: template },
  });
  console.log(`Added VM ${vm.name} (${vm.id}), status ${vm.status}, memory ${gib(vm.memory)}`);

  // The reply comes at once; the disks are copied in the background.
  const vmService = vmsService.vmService(vm.id!);
  const created = await waitFor(
    `VM ${name} to be created`,
    () => vmService.get(),
    (v) => v.status === types.VmStatus.DOWN,
  );
  console.log(`VM ${created.name} is ${created.status}`);
}

run(module, main);
