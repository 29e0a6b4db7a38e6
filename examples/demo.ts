/**
 * `npm run demo`: the inventory of inventory.ts, against the engine
 * simulator of `ovirt-engine-sdk/testing` seeded with 2 data centers,
 * 4 clusters, 20 hosts and 2,000 VMs with their disks and NICs; or, when
 * OVIRT_URL is set (with OVIRT_USERNAME, OVIRT_PASSWORD, OVIRT_CA_FILE),
 * against that engine, and no simulator is started.
 *
 * The report goes to stdout, progress to stderr. DEMO_VMS=n makes the
 * simulated inventory n VMs instead of 2,000.
 */
import { Connection } from 'ovirt-engine-sdk';
import { EngineSimulator, type SeedOptions, type SimulatorConnectionOptions, type SimulatorStats } from 'ovirt-engine-sdk/testing';
import { connect, count, engineConfigured } from './common';
import { collectInventory, formatReport, type Inventory, progressTo } from './inventory';
import { startSimulatorThread, threadAvailable } from './simulator-thread';

/** The simulated engine of the demo. */
export const DEMO_SEED: SeedOptions = { dataCenters: 2, clusters: 4, hosts: 20, vms: 2000, disksPerVm: 2, nicsPerVm: 1 };

type Output = NodeJS.WritableStream & { isTTY?: boolean };

export interface DemoOptions {
  /** The simulated inventory (default DEMO_SEED); not used with OVIRT_URL. */
  seed?: SeedOptions;
  /** Where the report goes (default stdout). */
  out?: Output;
  /** Where progress goes (default stderr). */
  err?: Output;
  /**
   * Run the simulator in a worker thread, on a CPU of its own like a real
   * engine (default: when running compiled, as `npm run demo` does), or in
   * this thread.
   */
  thread?: boolean;
}

/** A started simulator, wherever it runs. */
interface Simulated {
  url: string;
  seeded: Readonly<Record<string, number>>;
  connectionOptions(): SimulatorConnectionOptions;
  stop(): Promise<SimulatorStats>;
}

async function startSimulated(seed: SeedOptions, thread: boolean): Promise<Simulated> {
  if (thread) return startSimulatorThread({ seed });
  const engine = await EngineSimulator.start({ seed });
  return {
    url: engine.url,
    seeded: engine.seeded,
    connectionOptions: () => engine.connectionOptions(),
    async stop() {
      const stats = engine.stats;
      await engine.stop();
      return stats;
    },
  };
}

/** Runs the demo; resolves to the inventory it printed. */
export async function demo(options: DemoOptions = {}): Promise<Inventory> {
  const out = options.out ?? process.stdout;
  const err = options.err ?? process.stderr;
  let engine: Simulated | undefined;
  let connection: Connection;
  if (engineConfigured()) {
    connection = connect();
    err.write(`demo: inventory of the engine at ${connection.url}\n`);
  } else {
    const seed = options.seed ?? DEMO_SEED;
    const thread = options.thread ?? threadAvailable();
    const started = performance.now();
    engine = await startSimulated(seed, thread);
    const s = engine.seeded;
    err.write(
      `demo: started the engine simulator (ovirt-engine-sdk/testing)${thread ? ' in a worker thread' : ''} at ${engine.url} ` +
        `in ${Math.round(performance.now() - started)} ms: ${s.dataCenters} data centers, ${s.clusters} clusters, ${s.hosts} hosts, ` +
        `${s.storageDomains} storage domains, ${count(s.vms ?? 0)} VMs, ${count(s.disks ?? 0)} disks\n` +
        'demo: set OVIRT_URL, OVIRT_USERNAME, OVIRT_PASSWORD and OVIRT_CA_FILE to run it against a real engine instead\n',
    );
    connection = new Connection(engine.connectionOptions());
  }
  try {
    const inventory = await collectInventory(connection, { onProgress: progressTo(err) });
    out.write(`${formatReport(inventory)}\n`);
    return inventory;
  } finally {
    await connection.close();
    if (engine !== undefined) {
      const stats = await engine.stop();
      err.write(`demo: the simulator served ${stats.apiRequests} API requests and ${stats.ssoRequests} SSO requests (${(stats.bytesSent / 1e6).toFixed(1)} MB)\n`);
    }
  }
}

/** DEMO_VMS=n shrinks (or grows) the simulated inventory. */
export function seedFromEnvironment(): SeedOptions {
  const vms = process.env.DEMO_VMS;
  if (vms === undefined || vms === '') return DEMO_SEED;
  const n = Number(vms);
  if (!Number.isInteger(n) || n < 0) throw new Error(`DEMO_VMS must be a whole number, got '${vms}'`);
  return { ...DEMO_SEED, vms: n };
}

if (require.main === module) {
  demo({ seed: seedFromEnvironment() }).catch((error: unknown) => {
    console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
