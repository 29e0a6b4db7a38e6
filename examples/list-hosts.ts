/**
 * List the hosts with their status, cluster, CPU and memory.
 *
 *   node dist/examples/list-hosts.js
 */
import { type Connection } from 'ovirt-engine-sdk';
import { gib, run, table } from './common';

export async function main(connection: Connection): Promise<void> {
  // follow: each host's cluster inline, so its name needs no other request.
  const hosts = await connection.systemService().hostsService().list({ follow: 'cluster' });

  const rows = hosts.map((host) => {
    const t = host.cpu?.topology;
    const cores = t === undefined ? undefined : (t.sockets ?? 1) * (t.cores ?? 1);
    return [host.name, host.status, host.cluster?.name, host.address, cores, gib(host.memory)];
  });
  console.log(table(['host', 'status', 'cluster', 'address', ' cores', ' memory'], rows));
  const byStatus = new Map<string, number>();
  for (const host of hosts) byStatus.set(host.status ?? '?', (byStatus.get(host.status ?? '?') ?? 0) + 1);
  console.log(`${hosts.length} hosts: ${[...byStatus].map(([status, n]) => `${n} ${status}`).join(', ')}`);
}

run(module, main);
