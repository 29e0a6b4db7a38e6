/**
 * Add a network interface to a VM, connected to a network through its
 * vNIC profile (the profile named after the network, in the VM's data center).
 *
 *   node dist/examples/add-nic.js [vm=myvm] [nic name=nic2] [network=ovirtmgmt]
 */
import { type Connection, types } from 'ovirt-engine-sdk';
import { run } from './common';

export async function main(connection: Connection, [vmName = 'myvm', nicName = 'nic2', network = 'ovirtmgmt']: string[] = []): Promise<void> {
  const system = connection.systemService();
  // follow: the VM's cluster inline, for its data center.
  const [vm] = await system.vmsService().list({ search: `name=${vmName}`, follow: 'cluster' });
  if (vm === undefined) throw new Error(`There is no VM named ${vmName}`);
  const dataCenterId = vm.cluster?.dataCenter?.id;

  // Profiles of the same name exist in every data center: pick the one
  // whose network is in the VM's data center.
  const profiles = await system.vnicProfilesService().list({ follow: 'network' });
  const profile = profiles.find((p) => p.name === network && (dataCenterId === undefined || p.network?.dataCenter?.id === dataCenterId));
  if (profile === undefined) throw new Error(`There is no vNIC profile ${network} in the data center of VM ${vmName}`);

  const nic = await system.vmsService().vmService(vm.id!).nicsService().add({
    name: nicName,
    interface: types.NicInterface.VIRTIO,
    vnicProfile: { id: profile.id },
  });
  console.log(`Added NIC ${nic.name} to VM ${vmName}: MAC ${nic.mac?.address}, profile ${profile.name}, ${nic.interface}`);
}

run(module, main);
