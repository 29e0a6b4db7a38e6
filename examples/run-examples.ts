/**
 * Runs the examples against the engine simulator of `ovirt-engine-sdk/testing`:
 *
 *   npm run examples                          every example in turn, against one simulator
 *                                             (always: never against a real engine)
 *   npm run examples -- <example> [args...]   one example, against a simulator of its own,
 *                                             or against the engine OVIRT_URL names
 *
 * (`node dist/examples/<example>.js` does the same as the second.)
 * The simulator is seeded with a small inventory (EXAMPLES_SEED); an
 * example given no arguments gets some that name things in it: a cluster,
 * a storage domain, a host, a VM in the state the example needs. Run in
 * turn, the examples follow one VM, `myvm`, through its life: created,
 * started, resized, stopped, snapshotted, given a disk and a NIC, tagged,
 * removed.
 *
 * The simulator is reached exactly as a real engine is: the examples'
 * environment variables are set for it (OVIRT_URL, OVIRT_USERNAME,
 * OVIRT_PASSWORD, and OVIRT_CA_FILE naming a file holding its CA).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type Connection, types } from 'ovirt-engine-sdk';
import { EngineSimulator, type EngineSimulatorOptions, type SeedOptions } from 'ovirt-engine-sdk/testing';
import { connect, engineConfigured, ENVIRONMENT, type Main, withConnection } from './common';
import * as addDataCenterAndCluster from './add-datacenter-and-cluster';
import * as addDisk from './add-disk';
import * as addNic from './add-nic';
import * as addVmFromScratch from './add-vm-from-scratch';
import * as addVmFromTemplate from './add-vm-from-template';
import * as connectionWithCaFile from './connection-with-ca-file';
import * as hostMaintenance from './host-maintenance';
import * as inventory from './inventory';
import * as listEvents from './list-events';
import * as listHosts from './list-hosts';
import * as listStorageDomains from './list-storage-domains';
import * as listVmDisks from './list-vm-disks';
import * as listVms from './list-vms';
import * as pageVms from './page-vms';
import * as removeVmKeepDisks from './remove-vm-keep-disks';
import * as searchVms from './search-vms';
import * as startVm from './start-vm';
import * as stopVm from './stop-vm';
import * as tagVm from './tag-vm';
import * as takeAndRestoreSnapshot from './take-and-restore-snapshot';
import * as updateVmMemory from './update-vm-memory';

/** The simulated inventory the examples run against. */
export const EXAMPLES_SEED: SeedOptions = { dataCenters: 1, clusters: 2, hosts: 4, vms: 40, disksPerVm: 1, nicsPerVm: 1 };

/** The VM the examples follow through its life when run in turn. */
export const STORY_VM = 'myvm';

/** A simulator started for the examples, with the environment pointing at it. */
export interface Simulation {
  engine: EngineSimulator;
  /** A connection made from the environment, as the examples make theirs. */
  connection: Connection;
  /** Names already handed to an example (so that two examples don't get the same seeded VM). */
  used: Set<string>;
  /** Stops everything and puts the environment back. */
  close(): Promise<void>;
}

export interface Example {
  /** The file name, without extension. */
  name: string;
  /** What it shows, in one line. */
  title: string;
  main: Main;
  /** Arguments that name things in the simulated inventory (none: the example's defaults). */
  args?: (sim: Simulation) => Promise<string[]>;
}

/** A cluster that has hosts up (the first by name). */
async function cluster(sim: Simulation): Promise<string> {
  const system = sim.connection.systemService();
  const [clusters, hosts] = await Promise.all([system.clustersService().list(), system.hostsService().list({ search: 'status=up' })]);
  const withHosts = clusters.filter((c) => hosts.some((h) => h.cluster?.id === c.id));
  const chosen = withHosts.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''))[0];
  if (chosen === undefined) throw new Error('The simulator has no cluster with a host up');
  return chosen.name!;
}

/**
 * A VM for an example: the story VM when it exists (and is in `status`,
 * if given), else a seeded VM in that status that no other example got.
 */
async function vm(sim: Simulation, status?: string): Promise<string> {
  const vmsService = sim.connection.systemService().vmsService();
  const [story] = await vmsService.list({ search: `name=${STORY_VM}` });
  if (story !== undefined && (status === undefined || story.status === status)) return STORY_VM;
  const candidates = await vmsService.list({ search: `${status === undefined ? '' : `status=${status} `}sortby name asc` });
  const chosen = candidates.find((v) => v.name !== undefined && v.name !== STORY_VM && !sim.used.has(v.name));
  if (chosen === undefined) throw new Error(`The simulator has no VM left in status ${status ?? 'any'}`);
  sim.used.add(chosen.name!);
  return chosen.name!;
}

/** A data storage domain of the story cluster's data center. */
async function storageDomain(sim: Simulation): Promise<string> {
  const system = sim.connection.systemService();
  const [chosen] = await system.clustersService().list({ search: `name=${await cluster(sim)}` });
  const attached = await system.dataCentersService().dataCenterService(chosen.dataCenter!.id!).storageDomainsService().list();
  const data = attached.find((sd) => sd.type === types.StorageDomainType.DATA && sd.status === types.StorageDomainStatus.ACTIVE);
  if (data === undefined) throw new Error('The simulator has no active data domain');
  return data.name!;
}

/** A host that can go into maintenance: up, and its VMs can move to another host up in its cluster. */
async function host(sim: Simulation): Promise<string> {
  const hosts = await sim.connection.systemService().hostsService().list({ search: 'status=up sortby name desc' });
  const upIn = (clusterId?: string): number => hosts.filter((h) => h.cluster?.id === clusterId).length;
  const chosen = hosts.find((h) => upIn(h.cluster?.id) >= 2) ?? hosts[0];
  if (chosen === undefined) throw new Error('The simulator has no host up');
  return chosen.name!;
}

/** Every example, in the order `npm run examples` runs them. */
export const EXAMPLES: readonly Example[] = [
  { name: 'connection-with-ca-file', title: 'Connect with the engine\'s CA certificate and print what it is', main: connectionWithCaFile.main },
  { name: 'list-vms', title: 'List the VMs with status, memory and CPUs', main: listVms.main },
  { name: 'search-vms', title: 'Find VMs with a search (`name=web* and status=up`)', main: searchVms.main },
  { name: 'page-vms', title: 'Page through the VMs (`sortby name asc page N`, `max`)', main: pageVms.main, args: async () => ['15'] },
  { name: 'list-hosts', title: 'List the hosts with status, cluster, cores and memory', main: listHosts.main },
  { name: 'list-storage-domains', title: 'List the storage domains with their free space, fullest first', main: listStorageDomains.main },
  { name: 'add-datacenter-and-cluster', title: 'Add a data center and a cluster in it', main: addDataCenterAndCluster.main },
  {
    name: 'add-vm-from-template',
    title: 'Add a VM from a template and wait until it is created',
    main: addVmFromTemplate.main,
    args: async (sim) => [STORY_VM, await cluster(sim), 'rhel9-base'],
  },
  {
    name: 'add-vm-from-scratch',
    title: 'Add a VM from scratch with its memory, CPUs and OS',
    main: addVmFromScratch.main,
    args: async (sim) => ['myvm-scratch', await cluster(sim), '4'],
  },
  { name: 'start-vm', title: 'Start a VM and wait until it is up', main: startVm.main, args: async (sim) => [await vm(sim, 'down')] },
  {
    name: 'update-vm-memory',
    title: 'Change the memory of a running VM for its next run',
    main: updateVmMemory.main,
    args: async (sim) => [await vm(sim, 'up'), '8'],
  },
  { name: 'stop-vm', title: 'Stop a VM and wait until it is down', main: stopVm.main, args: async (sim) => [await vm(sim, 'up')] },
  {
    name: 'take-and-restore-snapshot',
    title: 'Take a snapshot of a VM and restore the VM to it',
    main: takeAndRestoreSnapshot.main,
    args: async (sim) => [await vm(sim, 'down'), 'before the upgrade'],
  },
  {
    name: 'add-disk',
    title: 'Add a disk on a storage domain and attach it to a VM',
    main: addDisk.main,
    args: async (sim) => [await vm(sim), await storageDomain(sim), '10'],
  },
  { name: 'list-vm-disks', title: 'List a VM\'s disks by following links', main: listVmDisks.main, args: async (sim) => [await vm(sim)] },
  { name: 'add-nic', title: 'Add a NIC to a VM on a network\'s vNIC profile', main: addNic.main, args: async (sim) => [await vm(sim), 'nic9', 'ovirtmgmt'] },
  { name: 'tag-vm', title: 'Tag a VM (and make the tag if needed)', main: tagVm.main, args: async (sim) => [await vm(sim), 'mytag'] },
  {
    name: 'remove-vm-keep-disks',
    title: 'Remove a VM but keep its disks (`detachOnly`)',
    main: removeVmKeepDisks.main,
    args: async (sim) => [await vm(sim, 'down')],
  },
  {
    name: 'host-maintenance',
    title: 'Put a host into maintenance (its VMs move away), then activate it',
    main: hostMaintenance.main,
    args: async (sim) => [await host(sim), '--activate'],
  },
  { name: 'list-events', title: 'List the events after an id, oldest first (listStream)', main: listEvents.main },
  {
    name: 'inventory',
    title: 'An asynchronous inventory: concurrent pages, follow, listStream (what `npm run demo` runs)',
    main: inventory.main,
    args: async () => ['20'],
  },
];

/**
 * Starts a simulator seeded with EXAMPLES_SEED (unless `options` say
 * otherwise), writes its CA to a file, and points the examples'
 * environment at it (OVIRT_POLL_MS too, unless set, to poll quickly).
 */
export async function startSimulation(options: EngineSimulatorOptions = {}): Promise<Simulation> {
  const engine = await EngineSimulator.start({ seed: EXAMPLES_SEED, delays: 200, ...options });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ovirt-examples-'));
  const caFile = path.join(dir, 'ca.pem');
  fs.writeFileSync(caFile, engine.ca);
  const saved = Object.fromEntries([...ENVIRONMENT, 'OVIRT_POLL_MS'].map((k) => [k, process.env[k]]));
  Object.assign(process.env, { OVIRT_URL: engine.url, OVIRT_USERNAME: engine.username, OVIRT_PASSWORD: engine.password, OVIRT_CA_FILE: caFile });
  process.env.OVIRT_POLL_MS ??= '50';
  const connection = connect();
  return {
    engine,
    connection,
    used: new Set(),
    async close() {
      try {
        await connection.close();
        await engine.stop();
      } finally {
        for (const [k, v] of Object.entries(saved)) {
          if (v === undefined) delete process.env[k];
          else process.env[k] = v;
        }
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** Runs one example against a simulation, with `args` or the ones it gets there; resolves to the arguments used. */
export async function runExample(sim: Simulation, example: Example, args?: string[]): Promise<string[]> {
  const used = args !== undefined && args.length > 0 ? args : ((await example.args?.(sim)) ?? []);
  await example.main(sim.connection, used);
  return used;
}

function find(name: string): Example {
  const example = EXAMPLES.find((e) => e.name === name || `${e.name}.js` === name || `${e.name}.ts` === name);
  if (example === undefined) throw new Error(`There is no example '${name}'; there are: ${EXAMPLES.map((e) => e.name).join(', ')}`);
  return example;
}

const quote = (args: string[]): string => args.map((a) => (/^[\w.@:/=-]+$/.test(a) ? a : `'${a}'`)).join(' ');

/** One example against a simulator of its own (`options` for the simulator). */
export async function runOnSimulator(name: string, args: string[] = [], options: EngineSimulatorOptions = {}): Promise<void> {
  const example = find(name);
  const sim = await startSimulation(options);
  try {
    const used = example.args !== undefined && args.length === 0 ? await example.args(sim) : args;
    process.stderr.write(`${quote([example.name, ...used])}: OVIRT_URL is not set, so against the engine simulator at ${sim.engine.url}\n`);
    await example.main(sim.connection, used);
  } finally {
    await sim.close();
  }
}

/** What a caller of {@link runAll} can do around each example (the tests check each one's effect). */
export interface RunHooks {
  /** Called after the example's header line is printed, before it runs. */
  beforeEach?(example: Example): void;
  /** Called when the example has run, before its result line is printed. */
  afterEach?(sim: Simulation, example: Example, args: string[]): void;
}

/** Every example in turn against one simulator (`options` for the simulator); resolves to the number that failed. */
export async function runAll(options: EngineSimulatorOptions = {}, hooks: RunHooks = {}): Promise<number> {
  const sim = await startSimulation(options);
  let failed = 0;
  try {
    console.log(`The engine simulator at ${sim.engine.url}: ${Object.entries(sim.engine.seeded).map(([k, v]) => `${v} ${k}`).join(', ')}`);
    for (const example of EXAMPLES) {
      const args = (await example.args?.(sim)) ?? [];
      console.log(`\n== ${quote([example.name, ...args])}  (${example.title})`);
      hooks.beforeEach?.(example);
      const started = performance.now();
      try {
        await example.main(sim.connection, args);
        hooks.afterEach?.(sim, example, args);
        console.log(`-- ${example.name}: ok in ${Math.round(performance.now() - started)} ms`);
      } catch (error) {
        failed++;
        console.log(`-- ${example.name}: FAILED: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    console.log(`\n${EXAMPLES.length - failed} of ${EXAMPLES.length} examples ran; ${sim.engine.stats.apiRequests} API requests`);
  } finally {
    await sim.close();
  }
  return failed;
}

/** One example against the engine the environment names (its own defaults when no arguments are given). */
export async function runOnEngine(name: string, args: string[] = []): Promise<void> {
  const example = find(name);
  await withConnection((connection) => example.main(connection, args));
}

if (require.main === module) {
  const [name, ...args] = process.argv.slice(2);
  const work =
    name === undefined
      ? runAll().then((failed) => (failed > 0 ? 1 : 0))
      : (engineConfigured() ? runOnEngine(name, args) : runOnSimulator(name, args)).then(() => 0);
  work.then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
