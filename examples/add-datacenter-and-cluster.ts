/**
 * Add a data center and a cluster in it.
 *
 *   node dist/examples/add-datacenter-and-cluster.js [data center=mydc] [cluster=mycluster]
 */
import { type Connection } from 'ovirt-engine-sdk';
import { run } from './common';

export async function main(connection: Connection, [dcName = 'mydc', clusterName = 'mycluster']: string[] = []): Promise<void> {
  const system = connection.systemService();

  // Shared storage (local: false); the data center is `uninitialized`
  // until a storage domain is attached to it.
  const dc = await system.dataCentersService().add({ name: dcName, description: 'Added by an example', local: false });
  console.log(`Added data center ${dc.name} (${dc.id}), status ${dc.status}`);

  const cluster = await system.clustersService().add({
    name: clusterName,
    description: 'Added by an example',
    dataCenter: { id: dc.id },
    cpu: { architecture: 'x86_64', type: 'Intel Cascadelake Server Family' },
  });
  console.log(`Added cluster ${cluster.name} (${cluster.id}) to ${dc.name}, CPU type ${cluster.cpu?.type}`);

  // The data center's clusters, through its own sub-collection.
  const clusters = await system.dataCentersService().dataCenterService(dc.id!).clustersService().list();
  console.log(`Data center ${dc.name} has clusters: ${clusters.map((c) => c.name).join(', ')}`);
}

run(module, main);
