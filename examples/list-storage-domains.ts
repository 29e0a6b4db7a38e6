/**
 * List the storage domains with their free space, fullest first, and warn
 * about the ones below their low-space threshold.
 *
 *   node dist/examples/list-storage-domains.js
 */
import { type Connection } from 'ovirt-engine-sdk';
import { gib, run, table } from './common';

export async function main(connection: Connection): Promise<void> {
  const domains = await connection.systemService().storageDomainsService().list();

  const withSpace = domains.map((sd) => {
    const total = (sd.available ?? 0) + (sd.used ?? 0);
    return { sd, total, freePercent: total > 0 ? (100 * (sd.available ?? 0)) / total : undefined };
  });
  withSpace.sort((a, b) => (a.freePercent ?? 101) - (b.freePercent ?? 101));

  const rows = withSpace.map(({ sd, total, freePercent }) => [
    sd.name,
    sd.type,
    sd.storage?.type,
    gib(total || undefined),
    gib(sd.available),
    freePercent === undefined ? undefined : `${freePercent.toFixed(0)}%`,
    gib(sd.committed),
  ]);
  console.log(table(['storage domain', 'type', 'storage', ' size', ' free', ' free %', ' committed'], rows));
  for (const { sd, freePercent } of withSpace) {
    if (freePercent !== undefined && sd.warningLowSpaceIndicator !== undefined && freePercent < sd.warningLowSpaceIndicator) {
      console.log(`warning: ${sd.name} has ${freePercent.toFixed(1)}% free, below its ${sd.warningLowSpaceIndicator}% threshold`);
    }
  }
  console.log(`${domains.length} storage domains`);
}

run(module, main);
