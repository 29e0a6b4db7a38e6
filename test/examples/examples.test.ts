/**
 * `npm run examples` in-process: every example in examples/ runs once,
 * against one engine simulator, in the runner's order (so that `myvm` goes
 * through its life), each with the arguments the runner gives it. After
 * each, the simulator's state is checked for what the example says it did.
 *
 * The examples import 'ovirt-engine-sdk' as users do; here that name is
 * mapped to lib/ itself, so the tests run the sources, not dist/.
 */
jest.mock('ovirt-engine-sdk', () => jest.requireActual('../../lib'));
jest.mock('ovirt-engine-sdk/testing', () => jest.requireActual('../../lib/testing'));

import * as fs from 'node:fs';
import * as path from 'node:path';
import { types } from '../../lib';
import { EXAMPLES, runAll, runExample, runOnSimulator, type Simulation, startSimulation, STORY_VM } from '../../examples/run-examples';

const GiB = 2 ** 30;
const EXAMPLES_DIR = path.resolve(__dirname, '..', '..', 'examples');
/** Files of examples/ that are not examples. */
const NOT_EXAMPLES = new Set(['common', 'demo', 'run-examples', 'simulator-thread']);

/** The simulation the examples are running against (the runner's). */
let sim: Simulation;
let savedPoll: string | undefined;

/** Output written with console.log and to stderr while capturing, kept whole. */
const captured = { out: [] as string[], err: [] as string[] };

/** Runs `work` with console.log and stderr captured into {@link captured}. */
async function capture<T>(work: () => Promise<T>): Promise<{ value: T; out: string; err: string }> {
  const out = captured.out.length;
  const err = captured.err.length;
  const log = jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void captured.out.push(args.map(String).join(' ')));
  const write = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => (captured.err.push(String(chunk)), true));
  try {
    const value = await work();
    return { value, out: captured.out.slice(out).join('\n'), err: captured.err.slice(err).join('') };
  } finally {
    log.mockRestore();
    write.mockRestore();
  }
}

/** What each example did (or the check that failed), and the runner's whole output. */
const results = new Map<string, { error?: unknown }>();
let summary: { failed: number; out: string };

beforeAll(async () => {
  savedPoll = process.env.OVIRT_POLL_MS;
  process.env.OVIRT_POLL_MS = '2';
  let mark = { out: 0, err: 0 };
  const { value: failed, out } = await capture(() =>
    runAll(
      { delays: 5 },
      {
        beforeEach: () => (mark = { out: captured.out.length, err: captured.err.length }),
        afterEach: (simulation, example, args) => {
          sim = simulation;
          const run = { args, out: captured.out.slice(mark.out).join('\n'), err: captured.err.slice(mark.err).join('') };
          try {
            CHECKS[example.name](run);
            results.set(example.name, {});
          } catch (error) {
            results.set(example.name, { error });
          }
        },
      },
    ),
  );
  summary = { failed, out };
});

afterAll(() => {
  if (savedPoll === undefined) delete process.env.OVIRT_POLL_MS;
  else process.env.OVIRT_POLL_MS = savedPoll;
});

const vms = (): types.Vm[] => sim.engine.objects('vms') as types.Vm[];
const vmNamed = (name: string): types.Vm | undefined => vms().find((v) => v.name === name);
const storyVm = (): types.Vm => {
  const vm = vmNamed(STORY_VM);
  if (vm === undefined) throw new Error(`${STORY_VM} is not there`);
  return vm;
};
const children = <T>(vm: types.Vm, collection: string): T[] => sim.engine.objects(`vms/${vm.id}/${collection}`) as T[];
/** The first column of the rows of a table printed by an example (header and last line dropped). */
const firstColumn = (out: string): string[] =>
  out
    .split('\n')
    .slice(1, -1)
    .map((line) => line.split(/\s+/)[0]);

interface Run {
  args: string[];
  out: string;
  err: string;
}

/** What each example must have done, checked against the simulator. */
const CHECKS: Record<string, (run: Run) => void> = {
  'connection-with-ca-file': ({ out }) => {
    expect(out).toMatch(/^Connected to oVirt Engine \S+ at https:\/\/127\.0\.0\.1:\d+\/ovirt-engine\/api$/m);
    expect(out).toContain('as admin@internal');
    expect(out).toMatch(/VMs: 40 \(\d+ running\), hosts: 4 \(4 up\)/);
  },
  'list-vms': ({ out }) => {
    expect(out.split('\n').at(-1)).toBe('40 VMs');
    expect(firstColumn(out).sort()).toEqual(vms().map((v) => v.name).sort());
  },
  'search-vms': ({ out }) => {
    const expected = vms().filter((v) => v.name!.startsWith('web-') && v.status === 'up');
    expect(expected.length).toBeGreaterThan(0);
    expect(firstColumn(out).sort()).toEqual(expected.map((v) => v.name).sort());
    expect(out).toContain(`${expected.length} VMs match 'name=web* and status=up'`);
  },
  'page-vms': ({ args, out }) => {
    expect(args).toEqual(['15']);
    const names = vms().map((v) => v.name!).sort();
    expect(out).toContain(`page 1: ${names[0]} .. ${names[14]} (15)`);
    expect(out).toContain(`page 3: ${names[30]} .. ${names[39]} (10)`);
    expect(out).not.toContain('page 4');
    expect(out).toContain('40 VMs in pages of 15');
  },
  'list-hosts': ({ out }) => {
    const hosts = sim.engine.objects('hosts') as types.Host[];
    expect(firstColumn(out).sort()).toEqual(hosts.map((h) => h.name).sort());
    expect(out).toContain('4 hosts: 4 up');
  },
  'list-storage-domains': ({ out }) => {
    const domains = sim.engine.objects('storagedomains') as types.StorageDomain[];
    expect(firstColumn(out).sort()).toEqual(domains.map((d) => d.name).sort());
    expect(out).toContain(`${domains.length} storage domains`);
  },
  'add-datacenter-and-cluster': () => {
    const dc = (sim.engine.objects('datacenters') as types.DataCenter[]).find((d) => d.name === 'mydc');
    expect(dc).toBeDefined();
    const cluster = (sim.engine.objects('clusters') as types.Cluster[]).find((c) => c.name === 'mycluster');
    expect(cluster?.dataCenter?.id).toBe(dc!.id);
    expect(cluster?.cpu?.type).toBe('Intel Cascadelake Server Family');
  },
  'add-vm-from-template': ({ args }) => {
    const vm = storyVm();
    const template = (sim.engine.objects('templates') as types.Template[]).find((t) => t.name === 'rhel9-base')!;
    const cluster = (sim.engine.objects('clusters') as types.Cluster[]).find((c) => c.name === args[1])!;
    expect(vm.status).toBe('down');
    expect(vm.template?.id).toBe(template.id);
    expect(vm.cluster?.id).toBe(cluster.id);
    expect(children(vm, 'diskattachments')).toHaveLength(1);
  },
  'add-vm-from-scratch': () => {
    const vm = vmNamed('myvm-scratch')!;
    expect(vm).toMatchObject({ status: 'down', memory: 4 * GiB, type: 'server' });
    expect(vm.cpu?.topology).toMatchObject({ sockets: 1, cores: 2, threads: 1 });
    expect(vm.os?.type).toBe('rhel_9x64');
    expect(vm.os?.boot?.devices).toEqual(['hd', 'network']);
    expect(vm.highAvailability).toMatchObject({ enabled: true, priority: 50 });
    expect(vm.template?.id).toBe('00000000-0000-0000-0000-000000000000');
  },
  'start-vm': ({ args, out }) => {
    expect(args).toEqual([STORY_VM]);
    expect(storyVm().status).toBe('up');
    expect(out).toContain(`VM ${STORY_VM} is up on host ${storyVm().host!.id}`);
  },
  'update-vm-memory': ({ out }) => {
    const vm = storyVm();
    expect(vm.memory).toBe(4 * GiB); // unchanged while it runs
    expect(vm.nextRunConfigurationExists).toBe(true);
    expect(out).toContain(`VM ${STORY_VM} (up): memory 4.0 GiB now, 8.0 GiB from the next run`);
  },
  'stop-vm': () => {
    const vm = storyVm();
    expect(vm.status).toBe('down');
    expect(vm.memory).toBe(8 * GiB); // the next-run configuration, applied at the stop
    expect(vm.memoryPolicy?.max).toBeGreaterThanOrEqual(8 * GiB);
  },
  'take-and-restore-snapshot': () => {
    const snapshots = children<types.Snapshot>(storyVm(), 'snapshots');
    expect(snapshots.map((s) => s.description).sort()).toEqual(['Active VM', 'before the upgrade']);
    expect(snapshots.every((s) => s.snapshotStatus === 'ok')).toBe(true);
    expect(storyVm().status).toBe('down');
  },
  'add-disk': ({ args }) => {
    const disk = (sim.engine.objects('disks') as types.Disk[]).find((d) => d.name === `${STORY_VM}_data`)!;
    const domain = (sim.engine.objects('storagedomains') as types.StorageDomain[]).find((d) => d.name === args[1])!;
    expect(disk).toMatchObject({ status: 'ok', provisionedSize: 10 * GiB, format: 'cow', sparse: true });
    expect(disk.storageDomains?.map((d) => d.id)).toEqual([domain.id]);
    const attachment = children<types.DiskAttachment>(storyVm(), 'diskattachments').find((a) => a.disk?.id === disk.id);
    expect(attachment).toMatchObject({ interface: 'virtio_scsi', bootable: false, active: true });
  },
  'list-vm-disks': ({ out }) => {
    expect(firstColumn(out).sort()).toEqual([`${STORY_VM}_Disk1`, `${STORY_VM}_data`]);
    expect(out).toContain(`VM ${STORY_VM} has 2 disks`);
  },
  'add-nic': ({ out }) => {
    const nic = children<types.Nic>(storyVm(), 'nics').find((n) => n.name === 'nic9')!;
    expect(nic.interface).toBe('virtio');
    const profile = (sim.engine.objects('vnicprofiles') as types.VnicProfile[]).find((p) => p.id === nic.vnicProfile?.id);
    expect(profile?.name).toBe('ovirtmgmt');
    expect(out).toContain(`MAC ${nic.mac!.address}`);
  },
  'tag-vm': () => {
    const tag = (sim.engine.objects('tags') as types.Tag[]).find((t) => t.name === 'mytag');
    expect(tag).toBeDefined();
    expect(children<types.Tag>(storyVm(), 'tags').map((t) => t.name)).toEqual(['mytag']);
  },
  'remove-vm-keep-disks': ({ out }) => {
    expect(vmNamed(STORY_VM)).toBeUndefined();
    const disks = (sim.engine.objects('disks') as types.Disk[]).filter((d) => d.name!.startsWith(`${STORY_VM}_`));
    expect(disks.map((d) => d.name).sort()).toEqual([`${STORY_VM}_Disk1`, `${STORY_VM}_data`]);
    expect(out).toContain('GET of the VM: 404, not found');
  },
  'host-maintenance': ({ args }) => {
    const host = (sim.engine.objects('hosts') as types.Host[]).find((h) => h.name === args[0])!;
    expect(host.status).toBe('up');
    const events = (sim.engine.objects('events') as types.Event[]).map((e) => e.description);
    expect(events).toContain(`Host ${args[0]} was switched to Maintenance Mode.`);
    expect(events).toContain(`Status of host ${args[0]} was set to Up.`);
  },
  'list-events': ({ out }) => {
    const lines = out.split('\n');
    expect(lines).toHaveLength(11);
    expect(lines.at(-1)).toBe(`10 events after ${sim.engine.lastEventId - 10}; next time: list-events ${sim.engine.lastEventId}`);
    const events = lines.slice(0, -1).map((line) => line.split(/\s+/));
    expect(events.every(([id]) => Number(id) > sim.engine.lastEventId - 10)).toBe(true);
    const times = events.map(([, time]) => time);
    expect(times).toEqual([...times].sort()); // oldest first
  },
  inventory: ({ out, err }) => {
    for (const section of ['VMs by status per cluster', 'Top 10 memory consumers', 'Hosts', 'Storage domains']) expect(out).toContain(`\n${section}`);
    const total = vms().length;
    expect(out).toMatch(new RegExp(`^all clusters\\s+${total}\\s`, 'm'));
    expect(out).toMatch(new RegExp(`^Inventory: ${total} VMs with \\d+ disks and \\d+ NICs, 4 hosts, read in [\\d.]+ s with \\d+ requests`, 'm'));
    expect(err).toMatch(new RegExp(`inventory: ${total}/${total} VMs \\(100%\\), \\d+ requests, done`));
  },
};

test('every example in examples/ is run here, with a usage line', () => {
  const files = fs
    .readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3))
    .filter((f) => !NOT_EXAMPLES.has(f));
  expect(EXAMPLES.map((e) => e.name).sort()).toEqual(files.sort());
  expect(Object.keys(CHECKS).sort()).toEqual(files.sort());
  for (const name of files) {
    const source = fs.readFileSync(path.join(EXAMPLES_DIR, `${name}.ts`), 'utf8');
    expect(source).toContain(`node dist/examples/${name}.js`);
    expect(source).toContain("from 'ovirt-engine-sdk'");
    expect(source).toMatch(/\nrun\(module, main\);\n$/);
  }
});

test.each(EXAMPLES.map((e) => e.name))('%s runs against the simulator and does what it says', (name) => {
  const result = results.get(name);
  expect(result).toBeDefined(); // it ran, and did not fail
  if (result!.error !== undefined) throw result!.error;
});

test('npm run examples reports every example', () => {
  expect(summary.out).toContain(`${EXAMPLES.length} of ${EXAMPLES.length} examples ran`);
  expect(summary.failed).toBe(0);
  for (const example of EXAMPLES) expect(summary.out).toMatch(new RegExp(`^-- ${example.name}: ok in \\d+ ms$`, 'm'));
});

test('an example that cannot do its job says why', async () => {
  const own = await startSimulation({ delays: 0 });
  try {
    const start = EXAMPLES.find((e) => e.name === 'start-vm')!;
    await expect(capture(() => runExample(own, start, ['no-such-vm']))).rejects.toThrow('There is no VM named no-such-vm');
    const running = (await own.connection.systemService().vmsService().list({ search: 'status=up', max: 1 }))[0];
    await expect(capture(() => runExample(own, start, [running.name!]))).rejects.toThrow(/Cannot run VM\. VM is running/);
  } finally {
    await own.close();
  }
});

test('one example against a simulator of its own (as `node dist/examples/stop-vm.js` without OVIRT_URL)', async () => {
  const url = process.env.OVIRT_URL;
  const { out, err } = await capture(() => runOnSimulator('stop-vm', [], { delays: 5 }));
  expect(err).toMatch(/^stop-vm \S+: OVIRT_URL is not set, so against the engine simulator at https:\/\/127\.0\.0\.1:\d+\/ovirt-engine\/api\n$/);
  expect(out).toMatch(/^VM \S+ is down since /m);
  expect(process.env.OVIRT_URL).toBe(url); // the environment is put back
});
