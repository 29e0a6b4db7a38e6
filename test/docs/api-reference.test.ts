/**
 * `npm run docs`: the HTML API reference, built by TypeDoc from the package's
 * two entry points (typedoc.json). The build treats every warning as an
 * error (an unresolved {@link}, a public type that is not exported, a
 * relative link of the README that points nowhere), so a clean exit is a
 * build without warnings. It is built here into a temporary folder, not into
 * the git-ignored docs/api/ that `npm run docs` writes.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const repo = path.resolve(__dirname, '..', '..');

let out: string;
let result: ReturnType<typeof spawnSync>;

beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'ovirt-sdk-api-docs-'));
  const typedoc = path.join(repo, 'node_modules', 'typedoc', 'bin', 'typedoc');
  result = spawnSync(process.execPath, [typedoc, '--out', out], { cwd: repo, encoding: 'utf8' });
}, 600_000);

afterAll(() => {
  fs.rmSync(out, { recursive: true, force: true });
});

test('typedoc.json is what npm run docs builds: both entry points, warnings as errors, into the git-ignored docs/api', () => {
  const config = JSON.parse(fs.readFileSync(path.join(repo, 'typedoc.json'), 'utf8')) as Record<string, unknown>;
  expect(config.entryPoints).toEqual(['lib/index.ts', 'lib/testing/index.ts']);
  expect(config.treatWarningsAsErrors).toBe(true);
  expect(config.out).toBe('docs/api');
  expect(fs.readFileSync(path.join(repo, '.gitignore'), 'utf8').split('\n')).toContain('docs/api/');
  const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  expect(pkg.scripts.docs).toBe('typedoc');
});

test('the reference builds without a warning', () => {
  const log = `${result.stdout}${result.stderr}`;
  expect(log).not.toMatch(/\[warning\]|\[error\]/);
  expect(result.status).toBe(0);
  expect(fs.existsSync(path.join(out, 'index.html'))).toBe(true);
});

test('it documents the generated services with their facts, the simulator, and the guides the README links', () => {
  const vms = fs.readFileSync(path.join(out, 'classes', 'index.services.VmsService.html'), 'utf8');
  expect(vms).toContain('https://ovirt.github.io/ovirt-engine-api-model/4.6/#services/vms/methods/add');
  expect(vms).toContain('vm.template.id</code> or <code>vm.template.name');
  expect(fs.existsSync(path.join(out, 'interfaces', 'index.services.VmsServiceListOptions.html'))).toBe(true);
  expect(fs.existsSync(path.join(out, 'classes', 'testing.EngineSimulator.html'))).toBe(true);
  expect(fs.existsSync(path.join(out, 'media', 'connection.md'))).toBe(true);
});
