/**
 * The commands as a user types them, in child processes: `npm run demo`
 * (which builds what it needs: dist/lib when lib/ is newer, and the
 * examples), and compiled examples run with `node dist/examples/<name>.js`,
 * against an engine named by the environment (a simulator this test
 * starts) or, without OVIRT_URL, against a simulator of their own.
 *
 * These run the built package (dist/), resolved through its own name, as
 * users' scripts do.
 */
import { execFile, type ExecFileException } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { types } from '../../lib';
import { EngineSimulator } from '../../lib/testing';

const ROOT = path.resolve(__dirname, '..', '..');
const SLOW = 120_000;

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment without any OVIRT_ or DEMO_ variable, plus `extra`. */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(OVIRT_|DEMO_)/.test(k)) out[k] = v;
  return { ...out, ...extra };
}

/** Runs a command without blocking this process (a simulator in it may have to answer). */
function run(file: string, args: string[], extra: Record<string, string> = {}): Promise<Result> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd: ROOT, env: env(extra), maxBuffer: 64 * 1024 * 1024 }, (error: ExecFileException | null, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : 1, stdout, stderr });
    });
  });
}

const example = (name: string, args: string[] = [], extra: Record<string, string> = {}): Promise<Result> =>
  run(process.execPath, [path.join(ROOT, 'dist', 'examples', `${name}.js`), ...args], extra);

let demoRun: Result;

beforeAll(async () => {
  // `npm run demo` exactly, with a smaller inventory; it also builds dist/examples for the other tests.
  demoRun = await run('npm', ['run', '--silent', 'demo'], { DEMO_VMS: '300' });
}, SLOW);

test('npm run demo: the report on stdout, progress on stderr, exit code 0', () => {
  if (demoRun.code !== 0) throw new Error(`npm run demo failed (${demoRun.code}):\n${demoRun.stderr}\n${demoRun.stdout}`);
  const out = demoRun.stdout;
  expect(out).toMatch(/^oVirt Engine \S+ at https:\/\/127\.0\.0\.1:\d+\/ovirt-engine\/api\n2 data centers, 4 clusters, 20 hosts, 4 storage domains, 300 VMs\n/);
  for (const section of ['VMs by status per cluster', 'Top 10 memory consumers', 'Hosts', 'Storage domains']) expect(out).toContain(`\n${section}`);
  expect(out).toMatch(/^all clusters\s+300\s/m);
  expect(out).toMatch(/^Inventory: 300 VMs with 600 disks and 300 NICs, 20 hosts, read in [\d.]+ s with \d+ requests \(\d+ at once\): [\d,]+ objects, [\d,]+ objects\/s\n$/m);
  expect(demoRun.stderr).toMatch(/demo: started the engine simulator \(ovirt-engine-sdk\/testing\) in a worker thread at https:\/\/127\.0\.0\.1:\d+/);
  expect(demoRun.stderr).toMatch(/inventory: 300\/300 VMs \(100%\), \d+ requests, done/);
  expect(demoRun.stderr).toMatch(/demo: the simulator served \d+ API requests/);
});

describe('compiled examples against an engine named by the environment', () => {
  let engine: EngineSimulator;
  let dir: string;
  let connection: Record<string, string>;

  beforeAll(async () => {
    engine = await EngineSimulator.start({ seed: { random: 4, clusters: 2, hosts: 4, vms: 30 }, delays: 10 });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ovirt-scripts-'));
    fs.writeFileSync(path.join(dir, 'ca.pem'), engine.ca);
    connection = { OVIRT_URL: engine.url, OVIRT_USERNAME: engine.username, OVIRT_PASSWORD: engine.password, OVIRT_CA_FILE: path.join(dir, 'ca.pem'), OVIRT_POLL_MS: '5' };
  });
  afterAll(async () => {
    await engine.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('list-vms lists that engine\'s VMs', async () => {
    const before = engine.stats;
    const result = await example('list-vms', [], connection);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/\n30 VMs\n$/);
    for (const vm of engine.objects('vms') as types.Vm[]) expect(result.stdout).toContain(`${vm.name} `);
    expect(engine.stats.ssoRequests - before.ssoRequests).toBe(2); // login, and logout at the end
    expect(engine.activeTokens).toBe(0);
  });

  test('start-vm starts a VM there and waits until it is up', async () => {
    const down = (engine.objects('vms') as types.Vm[]).find((v) => v.status === 'down')!;
    const result = await example('start-vm', [down.name!], connection);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`VM ${down.name} is up on host`);
    expect((engine.object(`vms/${down.id}`) as types.Vm).status).toBe('up');
  });

  test('a failure is a message on stderr and exit code 1', async () => {
    const result = await example('start-vm', ['no-such-vm'], connection);
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: 'start-vm: There is no VM named no-such-vm\n' });
  });

  test('the demo with OVIRT_URL starts no simulator and reports that engine', async () => {
    const result = await example('demo', [], connection);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`demo: inventory of the engine at ${engine.url}\n`);
    expect(result.stderr).not.toContain('started the engine simulator');
    expect(result.stdout).toMatch(/^Inventory: 30 VMs with 30 disks and 30 NICs, 4 hosts, read in/m);
  });
});

test('without OVIRT_URL a compiled example runs against a simulator of its own', async () => {
  const result = await example('list-hosts', [], { OVIRT_POLL_MS: '5' });
  expect(result.code).toBe(0);
  expect(result.stderr).toMatch(/^list-hosts: OVIRT_URL is not set, so against the engine simulator at https:\/\/127\.0\.0\.1:\d+\/ovirt-engine\/api\n$/);
  expect(result.stdout).toMatch(/\n4 hosts: \d+ up/);
});
