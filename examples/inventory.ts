/**
 * An asynchronous inventory: what an administrator wants to know about an
 * engine's VMs and hosts, read the way a high-throughput script should.
 *
 * - One connection, shared by every call: its pool (10 connections by
 *   default) carries the requests in parallel; calls beyond that wait in
 *   its queue, without blocking anything.
 * - Everything that does not depend on something else is asked at once
 *   (Promise.all), and the VMs are read in pages, all pages in flight
 *   together.
 * - `follow` inlines what would otherwise be one more request per VM:
 *   `follow: 'disk_attachments.disk,nics'` brings each VM's disks and NICs
 *   in the same response.
 * - listStream() parses each page while it downloads and yields one VM at a
 *   time; only the few numbers the report needs are kept.
 *
 * It prints VM counts by status per cluster, the top memory consumers, the
 * hosts with their VM counts, the storage domains, and what the inventory
 * cost (requests, objects/s). Progress goes to stderr.
 *
 *   node dist/examples/inventory.js [page size=500]
 *
 * `npm run demo` runs it against the engine simulator (see demo.ts).
 */
import { type Connection, types } from 'ovirt-engine-sdk';
import { count, gib, run, table } from './common';

/** What the report keeps of a VM. */
export interface VmRecord {
  id: string;
  name: string;
  status: string;
  memory: number;
  cpus: number;
  clusterId?: string;
  hostId?: string;
  disks: number;
  diskBytes: number;
  nics: number;
}

export interface Inventory {
  url: string;
  product: string;
  dataCenters: types.DataCenter[];
  clusters: types.Cluster[];
  hosts: types.Host[];
  storageDomains: types.StorageDomain[];
  vms: VmRecord[];
  /** HTTP requests made (the SSO login not counted). */
  requests: number;
  /** Most requests in flight at once. */
  concurrency: number;
  /** Objects read: entities and the ones inlined by follow (disks, NICs, statistics). */
  objects: number;
  elapsedMs: number;
}

export interface InventoryProgress {
  vms: number;
  /** The number of VMs the engine's summary announced, when it has one. */
  expected?: number;
  requests: number;
  done: boolean;
}

export interface InventoryOptions {
  /** VMs per request (default 500). */
  pageSize?: number;
  onProgress?: (progress: InventoryProgress) => void;
}

/** Reads the inventory. */
export async function collectInventory(connection: Connection, options: InventoryOptions = {}): Promise<Inventory> {
  const pageSize = options.pageSize ?? 500;
  const started = performance.now();
  let requests = 0;
  let inFlight = 0;
  let concurrency = 0;
  let objects = 0;
  const vms = new Map<string, VmRecord>();

  /** Counts a request while it is in flight. */
  const counted = async <T>(call: () => Promise<T>): Promise<T> => {
    requests++;
    concurrency = Math.max(concurrency, ++inFlight);
    try {
      return await call();
    } finally {
      inFlight--;
    }
  };

  const system = connection.systemService();
  // The API root: product, and the summary's VM count to plan the pages.
  // (The first call also logs in.)
  const api = await counted(() => system.get());
  const expected = api.summary?.vms?.total;
  const progress = (done = false): void => options.onProgress?.({ vms: vms.size, expected, requests, done });
  progress();

  const vmsService = system.vmsService();
  /** Reads one page of VMs as it downloads; resolves to the number read. */
  const readPage = (page: number): Promise<number> =>
    counted(async () => {
      let n = 0;
      const stream = vmsService.listStream({ search: `sortby name asc page ${page}`, max: pageSize, follow: 'disk_attachments.disk,nics' });
      for await (const vm of stream) {
        n++;
        const attachments = vm.diskAttachments ?? [];
        const nics = vm.nics ?? [];
        objects += 1 + 2 * attachments.length + nics.length;
        const t = vm.cpu?.topology;
        vms.set(vm.id!, {
          id: vm.id!,
          name: vm.name ?? vm.id!,
          status: vm.status ?? 'unknown',
          memory: vm.memory ?? 0,
          cpus: t === undefined ? 0 : (t.sockets ?? 1) * (t.cores ?? 1) * (t.threads ?? 1),
          clusterId: vm.cluster?.id,
          hostId: vm.host?.id,
          disks: attachments.length,
          diskBytes: attachments.reduce((sum, a) => sum + (a.disk?.provisionedSize ?? 0), 0),
          nics: nics.length,
        });
        if (n % 50 === 0) progress();
      }
      progress();
      return n;
    });

  const pages = Math.max(1, Math.ceil((expected ?? 0) / pageSize));
  const [dataCenters, clusters, hosts, storageDomains, counts] = await Promise.all([
    counted(() => system.dataCentersService().list()),
    counted(() => system.clustersService().list()),
    counted(() => system.hostsService().list({ follow: 'statistics' })),
    counted(() => system.storageDomainsService().list()),
    Promise.all(Array.from({ length: pages }, (_, i) => readPage(i + 1))),
  ]);
  // VMs added since the summary was made: read on while the pages are full.
  let last = counts[counts.length - 1];
  for (let page = pages + 1; last === pageSize; page++) last = await readPage(page);

  objects += dataCenters.length + clusters.length + storageDomains.length + 1;
  for (const host of hosts) objects += 1 + (host.statistics?.length ?? 0);
  progress(true);
  return {
    url: connection.url,
    product: `${api.productInfo?.name ?? 'oVirt Engine'} ${api.productInfo?.version?.fullVersion ?? ''}`.trim(),
    dataCenters,
    clusters,
    hosts,
    storageDomains,
    vms: [...vms.values()],
    requests,
    concurrency,
    objects,
    elapsedMs: performance.now() - started,
  };
}

const STATUS_COLUMNS = ['up', 'down', 'suspended', 'paused', 'migrating'];

/** The report, as text. */
export function formatReport(inventory: Inventory, top = 10): string {
  const { clusters, hosts, vms } = inventory;
  const clusterName = new Map(clusters.map((c) => [c.id, c.name ?? c.id!]));
  const dcName = new Map(inventory.dataCenters.map((d) => [d.id, d.name ?? d.id!]));
  const hostName = new Map(hosts.map((h) => [h.id, h.name ?? h.id!]));
  const out: string[] = [];

  out.push(`${inventory.product} at ${inventory.url}`);
  out.push(
    `${inventory.dataCenters.length} data centers, ${clusters.length} clusters, ${hosts.length} hosts, ` +
      `${inventory.storageDomains.length} storage domains, ${count(vms.length)} VMs`,
  );

  // VM counts by status, per cluster.
  const byCluster = new Map<string | undefined, Map<string, number>>();
  for (const vm of vms) {
    const key = vm.clusterId;
    const counts = byCluster.get(key) ?? new Map<string, number>();
    const status = STATUS_COLUMNS.includes(vm.status) ? vm.status : 'other';
    counts.set(status, (counts.get(status) ?? 0) + 1);
    counts.set('total', (counts.get('total') ?? 0) + 1);
    byCluster.set(key, counts);
  }
  const statusRow = (label: string, dc: string | undefined, counts: Map<string, number> | undefined): (string | number)[] => [
    label,
    dc ?? '',
    counts?.get('total') ?? 0,
    ...[...STATUS_COLUMNS, 'other'].map((s) => counts?.get(s) ?? 0),
  ];
  const all = new Map<string, number>();
  for (const counts of byCluster.values()) for (const [k, v] of counts) all.set(k, (all.get(k) ?? 0) + v);
  const clusterRows = [...clusters]
    .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''))
    .map((c) => statusRow(c.name ?? c.id!, dcName.get(c.dataCenter?.id), byCluster.get(c.id)));
  if (byCluster.has(undefined)) clusterRows.push(statusRow('(no cluster)', undefined, byCluster.get(undefined)));
  clusterRows.push(statusRow('all clusters', '', all));
  out.push('', 'VMs by status per cluster', table(['cluster', 'data center', ' VMs', ...STATUS_COLUMNS.map((s) => ` ${s}`), ' other'], clusterRows));

  // Top memory consumers.
  const biggest = [...vms].sort((a, b) => b.memory - a.memory || a.name.localeCompare(b.name)).slice(0, top);
  const topRows = biggest.map((vm) => [
    vm.name,
    clusterName.get(vm.clusterId),
    vm.hostId === undefined ? '' : hostName.get(vm.hostId),
    vm.status,
    gib(vm.memory),
    vm.cpus,
    `${vm.disks} (${gib(vm.diskBytes)})`,
    vm.nics,
  ]);
  const memoryOf = (status?: string): number => vms.filter((v) => status === undefined || v.status === status).reduce((s, v) => s + v.memory, 0);
  out.push(
    '',
    `Top ${biggest.length} memory consumers (of ${gib(memoryOf())} configured, ${gib(memoryOf('up'))} in VMs that are up)`,
    table(['vm', 'cluster', 'host', 'status', ' memory', ' vCPUs', ' disks', ' NICs'], topRows),
  );

  // Hosts with their VM counts, and their memory use from the statistics.
  const running = new Map<string, { n: number; memory: number }>();
  for (const vm of vms) {
    if (vm.hostId === undefined) continue;
    const r = running.get(vm.hostId) ?? { n: 0, memory: 0 };
    r.n++;
    r.memory += vm.memory;
    running.set(vm.hostId, r);
  }
  const statistic = (host: types.Host, name: string): number | undefined => host.statistics?.find((s) => s.name === name)?.values?.[0]?.datum;
  const hostRows = [...hosts]
    .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''))
    .map((h) => {
      const used = statistic(h, 'memory.used');
      return [
        h.name,
        clusterName.get(h.cluster?.id),
        h.status,
        running.get(h.id!)?.n ?? 0,
        gib(running.get(h.id!)?.memory ?? 0),
        gib(h.memory),
        used === undefined || !h.memory ? undefined : `${((100 * used) / h.memory).toFixed(0)}%`,
      ];
    });
  out.push('', 'Hosts', table(['host', 'cluster', 'status', ' VMs', ' VM memory', ' memory', ' used'], hostRows));

  // Storage domains, fullest first.
  const sdRows = inventory.storageDomains
    .map((sd) => ({ sd, size: (sd.available ?? 0) + (sd.used ?? 0) }))
    .sort((a, b) => (a.sd.available ?? 0) / (a.size || 1) - (b.sd.available ?? 0) / (b.size || 1))
    .map(({ sd, size }) => [sd.name, sd.type, sd.storage?.type, gib(size || undefined), gib(sd.available), size ? `${((100 * (sd.available ?? 0)) / size).toFixed(0)}%` : undefined]);
  out.push('', 'Storage domains', table(['storage domain', 'type', 'storage', ' size', ' free', ' free %'], sdRows));

  const seconds = inventory.elapsedMs / 1000;
  const disks = vms.reduce((s, v) => s + v.disks, 0);
  const nics = vms.reduce((s, v) => s + v.nics, 0);
  out.push(
    '',
    `Inventory: ${count(vms.length)} VMs with ${count(disks)} disks and ${count(nics)} NICs, ${hosts.length} hosts, read in ${seconds.toFixed(2)} s ` +
      `with ${inventory.requests} requests (${inventory.concurrency} at once): ${count(inventory.objects)} objects, ` +
      `${count(Math.round(inventory.objects / Math.max(seconds, 0.001)))} objects/s`,
  );
  return out.join('\n');
}

/**
 * Progress on a stream (stderr): a line that rewrites itself on a
 * terminal; elsewhere a line per quarter.
 */
export function progressTo(stream: NodeJS.WritableStream & { isTTY?: boolean } = process.stderr): (p: InventoryProgress) => void {
  let shown = -1;
  let lastWrite = 0;
  return (p) => {
    const of = p.expected === undefined ? '' : `/${count(p.expected)}`;
    const percent = p.expected ? Math.min(100, Math.floor((100 * p.vms) / p.expected)) : undefined;
    const requests = `${p.requests} request${p.requests === 1 ? '' : 's'}`;
    const text = `inventory: ${count(p.vms)}${of} VMs${percent === undefined ? '' : ` (${percent}%)`}, ${requests}`;
    if (stream.isTTY) {
      const now = Date.now();
      if (!p.done && now - lastWrite < 100) return;
      lastWrite = now;
      stream.write(`\r${text}\x1b[K${p.done ? '\n' : ''}`);
      return;
    }
    const quarter = p.done ? 4 : percent === undefined ? 0 : Math.min(3, Math.floor(percent / 25));
    if (quarter > shown) {
      shown = quarter;
      stream.write(`${text}${p.done ? ', done' : ''}\n`);
    }
  };
}

export async function main(connection: Connection, [pageSize = '500']: string[] = []): Promise<void> {
  const inventory = await collectInventory(connection, { pageSize: Number(pageSize), onProgress: progressTo(process.stderr) });
  console.log(formatReport(inventory));
}

run(module, main);
