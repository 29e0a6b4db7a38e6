/**
 * Put a host into maintenance: the engine migrates its VMs to other hosts
 * of the cluster, then the host is `maintenance`. `activate()` brings it
 * back; pass `--activate` to do that at the end.
 *
 *   node dist/examples/host-maintenance.js [host=myhost] [--activate]
 */
import { type Connection, types } from 'ovirt-engine-sdk';
import { run, waitFor } from './common';

export async function main(connection: Connection, [name = 'myhost', then]: string[] = []): Promise<void> {
  const hostsService = connection.systemService().hostsService();
  const [host] = await hostsService.list({ search: `name=${name}` });
  if (host === undefined) throw new Error(`There is no host named ${name}`);
  const hostService = hostsService.hostService(host.id!);

  await hostService.deactivate({ reason: 'Maintenance by the host-maintenance example' });
  console.log(`Moving host ${name} to maintenance (it was ${host.status})`);
  await waitFor(`host ${name} to be in maintenance`, () => hostService.get(), (h) => h.status === types.HostStatus.MAINTENANCE);
  console.log(`Host ${name} is in maintenance`);

  if (then === '--activate') {
    await hostService.activate();
    await waitFor(`host ${name} to be up`, () => hostService.get(), (h) => h.status === types.HostStatus.UP);
    console.log(`Host ${name} is up again`);
  }
}

run(module, main);
