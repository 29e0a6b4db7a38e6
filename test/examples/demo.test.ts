/**
 * The demo's code path (examples/demo.ts and the inventory of
 * examples/inventory.ts), in-process with a smaller inventory: against a
 * simulator it starts itself, and against "a real engine" (a simulator
 * this test starts, reached through OVIRT_URL and the other variables, so
 * that its state can be compared with the report).
 */
jest.mock('ovirt-engine-sdk', () => jest.requireActual('../../lib'));
jest.mock('ovirt-engine-sdk/testing', () => jest.requireActual('../../lib/testing'));

import { Writable } from 'node:stream';
import { Connection, types } from '../../lib';
import { EngineSimulator } from '../../lib/testing';
import { DEMO_SEED, demo, seedFromEnvironment } from '../../examples/demo';
import { collectInventory, formatReport } from '../../examples/inventory';
import { startSimulation } from '../../examples/run-examples';

/** A stream that keeps what is written to it. */
function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(String(chunk));
      callback();
    },
  });
  return Object.assign(stream, { text: () => chunks.join('') });
}

const ENV = ['OVIRT_URL', 'OVIRT_USERNAME', 'OVIRT_PASSWORD', 'OVIRT_CA_FILE', 'DEMO_VMS'] as const;
let saved: Record<string, string | undefined>;
beforeEach(() => {
  saved = Object.fromEntries(ENV.map((k) => [k, process.env[k]]));
  for (const k of ENV) delete process.env[k];
});
afterEach(() => {
  for (const k of ENV) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

test('the demo starts a simulator, prints every section of the report, and progress on stderr', async () => {
  const out = sink();
  const err = sink();
  const inventory = await demo({ seed: { ...DEMO_SEED, vms: 300 }, out, err, thread: false });
  const report = out.text();
  const lines = report.split('\n');

  expect(lines[0]).toMatch(/^oVirt Engine \S+ at https:\/\/127\.0\.0\.1:\d+\/ovirt-engine\/api$/);
  expect(lines[1]).toBe('2 data centers, 4 clusters, 20 hosts, 4 storage domains, 300 VMs');

  // VM counts by status per cluster: one row per cluster, and the total.
  const byStatus = lines.indexOf('VMs by status per cluster');
  expect(lines[byStatus + 1].split(/\s{2,}/)).toEqual(['cluster', 'data center', 'VMs', 'up', 'down', 'suspended', 'paused', 'migrating', 'other']);
  const clusterRows = lines.slice(byStatus + 2, byStatus + 6);
  expect(clusterRows.map((r) => r.split(/\s+/)[0])).toEqual(inventory.clusters.map((c) => c.name).sort());
  const sum = clusterRows.reduce((s, r) => s + Number(r.split(/\s+/)[2]), 0);
  expect(sum).toBe(300);
  expect(lines[byStatus + 6]).toMatch(/^all clusters\s+300\s/);

  // Top memory consumers: 10 rows, biggest first.
  const top = lines.findIndex((l) => l.startsWith('Top 10 memory consumers'));
  expect(top).toBeGreaterThan(byStatus);
  const memories = lines.slice(top + 2, top + 12).map((r) => Number(/\s([\d,.]+) GiB\s/.exec(r)![1].replace(/,/g, '')));
  expect(memories).toHaveLength(10);
  expect(memories).toEqual([...memories].sort((a, b) => b - a));
  expect(Math.max(...inventory.vms.map((v) => v.memory)) / 2 ** 30).toBe(memories[0]);

  // Hosts with their VM counts: 20 rows that add up to the VMs placed on hosts.
  const hosts = lines.indexOf('Hosts');
  const hostRows = lines.slice(hosts + 2, hosts + 22);
  expect(hostRows).toHaveLength(20);
  const placed = hostRows.reduce((s, r) => s + Number(r.split(/\s+/)[3]), 0);
  expect(placed).toBe(inventory.vms.filter((v) => v.hostId !== undefined).length);
  expect(placed).toBeGreaterThan(100);

  expect(lines).toContain('Storage domains');
  expect(report).toMatch(/^Inventory: 300 VMs with 600 disks and 300 NICs, 20 hosts, read in [\d.]+ s with \d+ requests \(\d+ at once\): [\d,]+ objects, [\d,]+ objects\/s$/m);

  const progress = err.text();
  expect(progress).toMatch(/^demo: started the engine simulator \(ovirt-engine-sdk\/testing\) at https:\/\/127\.0\.0\.1:\d+\/ovirt-engine\/api in \d+ ms: 2 data centers, 4 clusters, 20 hosts, 4 storage domains, 300 VMs, 600 disks$/m);
  expect(progress).toContain('inventory: 0/300 VMs (0%), 1 request\n');
  expect(progress).toMatch(/inventory: 300\/300 VMs \(100%\), \d+ requests, done\n/);
  expect(progress).toMatch(/demo: the simulator served \d+ API requests and 2 SSO requests/);
});

test('with OVIRT_URL set, no simulator is started: the report is of that engine, and matches it', async () => {
  const sim = await startSimulation({ seed: { random: 5, dataCenters: 1, clusters: 3, hosts: 6, vms: 250, disksPerVm: 1, nicsPerVm: 2 }, delays: 0 });
  try {
    const before = sim.engine.stats.apiRequests;
    const out = sink();
    const err = sink();
    const inventory = await demo({ out, err });
    expect(err.text()).toContain(`demo: inventory of the engine at ${sim.engine.url}\n`);
    expect(err.text()).not.toContain('started the engine simulator');
    expect(sim.engine.stats.apiRequests - before).toBe(inventory.requests);

    // The counts by status per cluster are the engine's.
    const vms = sim.engine.objects('vms') as types.Vm[];
    const clusters = sim.engine.objects('clusters') as types.Cluster[];
    const report = out.text();
    for (const cluster of clusters) {
      const mine = vms.filter((v) => v.cluster?.id === cluster.id);
      const count = (status: string): number => mine.filter((v) => v.status === status).length;
      const row = report.split('\n').find((l) => l.startsWith(`${cluster.name} `))!;
      expect(row.split(/\s+/).slice(2, 7).map(Number)).toEqual([mine.length, count('up'), count('down'), count('suspended'), count('paused')]);
    }
    expect(report).toContain('Inventory: 250 VMs with 250 disks and 500 NICs, 6 hosts');
  } finally {
    await sim.close();
  }
});

test('the inventory reads the VMs in concurrent pages with follow, and misses none', async () => {
  const engine = await EngineSimulator.start({ seed: { random: 9, vms: 230, disksPerVm: 2, nicsPerVm: 1 }, delays: 0 });
  const urls: string[] = [];
  engine.on('request', (r: { url: string; kind: string }) => r.kind === 'api' && urls.push(r.url));
  const connection = new Connection(engine.connectionOptions());
  try {
    const progress: number[] = [];
    const inventory = await collectInventory(connection, { pageSize: 50, onProgress: (p) => progress.push(p.vms) });
    expect(inventory.vms).toHaveLength(230);
    expect(new Set(inventory.vms.map((v) => v.id)).size).toBe(230);
    expect(inventory.vms.every((v) => v.disks === 2 && v.nics === 1 && v.diskBytes > 0)).toBe(true);
    // The root, four lists, and five pages of 50 (the last one short: no more pages).
    expect(inventory.requests).toBe(10);
    expect(urls).toHaveLength(10);
    const pages = urls.filter((u) => u.startsWith('/ovirt-engine/api/vms?'));
    expect(pages.sort()).toEqual(
      [1, 2, 3, 4, 5].map((p) => `/ovirt-engine/api/vms?search=${encodeURIComponent(`sortby name asc page ${p}`)}&max=50&follow=${encodeURIComponent('disk_attachments.disk,nics')}`),
    );
    expect(inventory.concurrency).toBeGreaterThan(5); // the lists and pages were in flight together
    expect(progress.at(-1)).toBe(230);
    // 230 VMs with 2 attachments, 2 disks and a NIC each, the hosts with their statistics, and the rest.
    expect(inventory.objects).toBeGreaterThan(230 * 6);
    expect(formatReport(inventory)).toContain('230 VMs');
  } finally {
    await connection.close();
    await engine.stop();
  }
});

test('DEMO_VMS sets the size of the simulated inventory', () => {
  expect(seedFromEnvironment()).toEqual(DEMO_SEED);
  process.env.DEMO_VMS = '120';
  expect(seedFromEnvironment()).toEqual({ ...DEMO_SEED, vms: 120 });
  process.env.DEMO_VMS = 'many';
  expect(() => seedFromEnvironment()).toThrow("DEMO_VMS must be a whole number, got 'many'");
});
