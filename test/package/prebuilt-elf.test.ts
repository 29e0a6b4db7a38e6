/**
 * What the committed prebuilt addons need of the user's system, read from
 * their ELF headers by scripts/elf-needs.js (the JavaScript reader that
 * scripts/prebuild.sh and prebuild-manifest.js use too):
 *
 * - the newest glibc symbol version each one needs is 2.28 or older, so they
 *   load on RHEL/Alma/Rocky 8, Debian 10, Ubuntu 20.04 and everything newer
 *   (docs/install.md has the table), and their manifest.json says which;
 * - they need no libstdc++ (no GLIBCXX_ or CXXABI_ version) and no libxml2:
 *   both are linked in;
 * - every import carries a version or is an N-API function, and they export
 *   only the N-API entry points.
 *
 * The reader itself is checked against binutils' objdump, on the committed
 * binaries and on small shared objects compiled here with this machine's
 * glibc (2.36 on Debian 12), whose needs it must report and refuse.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

interface Import {
  name: string;
  version: string | null;
  library: string | null;
  weak: boolean;
}
interface Needs {
  machine: string;
  needed: string[];
  versionNeeds: Record<string, string[]>;
  imports: Import[];
  exports: string[];
}

const ROOT = path.resolve(__dirname, '..', '..');
const ELF_NEEDS = path.join(ROOT, 'scripts', 'elf-needs.js');
const elf = require(ELF_NEEDS) as {
  readElfNeeds(file: string): Needs;
  newestVersion(needs: Needs, prefix?: string): string | null;
  compareVersions(a: string, b: string): number;
  checkPrebuilt(file: string, o?: { maxGlibc?: string }): string[];
};

const GLIBC_FLOOR = '2.28';
const PREBUILT: [string, string][] = [
  ['linux-x64', 'x86_64'],
  ['linux-arm64', 'aarch64'],
];

function prebuiltFile(dir: string): string {
  const d = path.join(ROOT, 'prebuilds', dir);
  const files = fs.readdirSync(d).filter((f) => f.endsWith('.node'));
  expect(files).toHaveLength(1);
  return path.join(d, files[0]);
}

function run(cmd: string, args: string[], cwd = ROOT): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** NEEDED libraries, version references and imported symbols as binutils' objdump lists them. */
function objdumpNeeds(file: string): { needed: string[]; versionNeeds: Record<string, string[]>; imports: string[] } {
  const p = run('objdump', ['-p', file]);
  expect(p.status).toBe(0);
  const needed = [...p.stdout.matchAll(/^\s+NEEDED\s+(\S+)$/gm)].map((m) => m[1]);
  const versionNeeds: Record<string, string[]> = {};
  const refs = p.stdout.split('Version References:')[1] ?? '';
  let library = '';
  for (const line of refs.split('\n')) {
    const from = /^\s+required from (\S+):$/.exec(line);
    const version = /^\s+0x[0-9a-f]+ 0x[0-9a-f]+ \d+ (\S+)$/.exec(line);
    if (from) versionNeeds[(library = from[1])] = [];
    else if (version && library) versionNeeds[library].push(version[1]);
  }
  const t = run('objdump', ['-T', file]);
  expect(t.status).toBe(0);
  // "0000000000000000      DF *UND*  0000000000000000 (GLIBC_2.2.5) free", "... Base        napi_throw",
  // and no version column at all in a file without symbol versions
  const imports = [...t.stdout.matchAll(/\*UND\*\s+[0-9a-f]+\s+(?:(?:\((\S+)\)|Base)\s+)?(\S+)$/gm)].map((m) => `${m[2]}@${m[1] ?? ''}`);
  return { needed, versionNeeds, imports };
}

function sameAsObjdump(file: string): void {
  const ours = elf.readElfNeeds(file);
  const theirs = objdumpNeeds(file);
  expect(ours.needed).toEqual(theirs.needed);
  const sorted = (o: Record<string, string[]>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, [...v].sort()]));
  expect(sorted(ours.versionNeeds)).toEqual(sorted(theirs.versionNeeds));
  expect(ours.imports.map((s) => `${s.name}@${s.version ?? ''}`).sort()).toEqual([...theirs.imports].sort());
}

describe('the committed prebuilt addons', () => {
  test.each(PREBUILT)(`prebuilds/%s needs glibc ${GLIBC_FLOOR} or older, and its manifest.json says which`, (dir, machine) => {
    const file = prebuiltFile(dir);
    const needs = elf.readElfNeeds(file);
    expect(needs.machine).toBe(machine);
    const glibc = elf.newestVersion(needs, 'GLIBC');
    expect(glibc).toMatch(/^2\.\d+/);
    expect(elf.compareVersions(glibc as string, GLIBC_FLOOR)).toBeLessThanOrEqual(0);
    // every glibc version it names, not only the newest
    for (const v of Object.values(needs.versionNeeds).flat().filter((x) => x.startsWith('GLIBC_2'))) {
      expect(elf.compareVersions(v.slice('GLIBC_'.length), GLIBC_FLOOR)).toBeLessThanOrEqual(0);
    }
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'prebuilds', dir, 'manifest.json'), 'utf8')) as { glibc: string };
    expect(manifest.glibc).toBe(glibc);
  });

  test.each(PREBUILT)('prebuilds/%s needs no libstdc++ and no libxml2: both are linked in', (dir) => {
    const needs = elf.readElfNeeds(prebuiltFile(dir));
    expect(elf.newestVersion(needs, 'GLIBCXX')).toBeNull();
    expect(elf.newestVersion(needs, 'CXXABI')).toBeNull();
    expect(needs.needed.filter((l) => /libstdc\+\+|libc\+\+|libxml2/.test(l))).toEqual([]);
    // nothing of libxml2's (xml*) or libstdc++'s (std::, the C++ runtime) comes from outside;
    // __cxa_atexit and __cxa_finalize are glibc's
    expect(needs.imports.filter((s) => /^(xml|_ZN?K?St|__gxx_personality|__cxa_(?!atexit$|finalize$))/.test(s.name))).toEqual([]);
  });

  test.each(PREBUILT)('prebuilds/%s passes every rule of scripts/elf-needs.js --check (versioned imports, only the N-API entry points exported)', (dir) => {
    const file = prebuiltFile(dir);
    expect(elf.checkPrebuilt(file, { maxGlibc: GLIBC_FLOOR })).toEqual([]);
    expect(elf.readElfNeeds(file).exports.sort()).toEqual(['napi_register_module_v1', 'node_api_module_get_api_version_v1']);
    const r = run(process.execPath, [ELF_NEEDS, '--check', '--max-glibc', GLIBC_FLOOR, file]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  test.each(PREBUILT)('prebuilds/%s: scripts/elf-needs.js reads what objdump reads', (dir) => {
    sameAsObjdump(prebuiltFile(dir));
  });
});

describe('scripts/elf-needs.js on shared objects built here, against this machine glibc', () => {
  let work: string;

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'ovirt-sdk-elf-'));
  });

  afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  function build(name: string, compiler: string, source: string, args: string[] = []): string {
    const src = path.join(work, `${name}.${compiler === 'c++' ? 'cc' : 'c'}`);
    fs.writeFileSync(src, source);
    const out = path.join(work, `${name}.so`);
    const r = run(compiler, ['-shared', '-fPIC', '-O2', '-o', out, src, ...args], work);
    if (r.status !== 0) throw new Error(`${compiler} ${name}: ${r.stderr}`);
    return out;
  }

  test('a C object calling glibc: the same needs as objdump; refused when it needs a newer glibc than allowed, or exports more', () => {
    const file = build(
      'glibc-user',
      'cc',
      `#include <pthread.h>
#include <sys/stat.h>
static pthread_key_t key;
int extra_export(const char *p) { struct stat st; pthread_key_create(&key, 0); return stat(p, &st); }
`,
    );
    sameAsObjdump(file);
    const needs = elf.readElfNeeds(file);
    expect(needs.exports).toContain('extra_export');
    const glibc = elf.newestVersion(needs, 'GLIBC') as string;
    expect(glibc).toMatch(/^2\.\d+/);
    // allowed up to exactly what it needs: only the export is refused
    const problems = elf.checkPrebuilt(file, { maxGlibc: glibc });
    expect(problems).toEqual([expect.stringMatching(/exports more than the N-API entry points: extra_export/)]);
    // one step older than what it needs: refused, naming the symbol
    const older = `2.${Number(glibc.split('.')[1]) - 1}`;
    expect(elf.checkPrebuilt(file, { maxGlibc: older })[0]).toMatch(new RegExp(`needs glibc ${glibc.replace(/\./g, '\\.')}, newer than ${older.replace(/\./g, '\\.')}: \\S+@GLIBC_${glibc.replace(/\./g, '\\.')}`));
    const r = run(process.execPath, [ELF_NEEDS, '--check', '--max-glibc', older, file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/newer than/);
  });

  test('a C++ object linked against the shared libstdc++: refused for needing it', () => {
    const file = build('cxx-user', 'c++', `#include <string>\nstd::string make(const char *p) { return std::string(p) + "x"; }\n`);
    sameAsObjdump(file);
    const needs = elf.readElfNeeds(file);
    expect(needs.needed).toContain('libstdc++.so.6');
    expect(elf.newestVersion(needs, 'GLIBCXX')).toMatch(/^3\.4/);
    const problems = elf.checkPrebuilt(file, { maxGlibc: '99.0' });
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/needs libstdc\+\+ \(GLIBCXX_3\.4/), expect.stringMatching(/libstdc\+\+\.so\.6/)]));
  });

  test('an import no library versions (what linking against an older glibc leaves for a function it lacks): refused; N-API imports and weak ones pass', () => {
    const file = build(
      'unversioned',
      'cc',
      `extern int function_from_nowhere(void);
extern int napi_some_call(void);
extern int maybe_there(void) __attribute__((weak));
int napi_register_module_v1(void) { return function_from_nowhere() + napi_some_call() + (maybe_there ? maybe_there() : 0); }
`,
    );
    sameAsObjdump(file);
    const imports = elf.readElfNeeds(file).imports;
    expect(imports).toEqual(expect.arrayContaining([{ name: 'function_from_nowhere', version: null, library: null, weak: false }, expect.objectContaining({ name: 'maybe_there', weak: true })]));
    expect(elf.checkPrebuilt(file, { maxGlibc: '99.0' })).toEqual(['imports symbols with no version (not in glibc 99.0?): function_from_nowhere']);
  });

  test('not an ELF file: a clear error', () => {
    expect(() => elf.readElfNeeds(path.join(ROOT, 'package.json'))).toThrow(/not an ELF file/);
  });
});
