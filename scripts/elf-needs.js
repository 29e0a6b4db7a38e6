#!/usr/bin/env node
// What a Linux shared object needs from the system it is loaded on, read from
// its ELF headers in plain JavaScript (no binutils): the libraries it names
// (DT_NEEDED), the symbol versions it requires from each (.gnu.version_r, as
// `objdump -p` lists under "Version References"), and its dynamic symbols,
// imported (undefined) and exported, each with the version it is bound to.
//
//   node scripts/elf-needs.js FILE...             prints that, per file
//   node scripts/elf-needs.js --check FILE...     checks each file against the
//       rules for a prebuilt addon (checkPrebuilt below); exits 1 on a breach
//   --max-glibc X.Y   the newest glibc symbol version allowed (default 2.28)
//
// scripts/prebuild.sh runs --check on what it builds, prebuild-manifest.js
// records the glibc each binary needs, and test/package/prebuilt-elf.test.ts
// checks the committed binaries, so a binary that needs more than the
// oldest systems the SDK supports never goes unnoticed.
'use strict';
const fs = require('node:fs');

const SHT_DYNAMIC = 6;
const SHT_DYNSYM = 11;
const SHT_GNU_VERNEED = 0x6ffffffe;
const SHT_GNU_VERSYM = 0x6fffffff;
const DT_NULL = 0;
const DT_NEEDED = 1;
const SHN_UNDEF = 0;
const STB_WEAK = 2;
const MACHINES = { 3: 'x86', 40: 'arm', 62: 'x86_64', 183: 'aarch64', 243: 'riscv' };

/** The newest glibc symbol version that a prebuilt addon may require. */
const DEFAULT_MAX_GLIBC = '2.28';

/**
 * Reads the dynamic-linking needs of a 64-bit ELF file.
 * @param {string} file
 * @returns {{
 *   machine: string,
 *   needed: string[],
 *   versionNeeds: Record<string, string[]>,
 *   imports: { name: string, version: string | null, library: string | null, weak: boolean }[],
 *   exports: string[],
 * }}
 */
function readElfNeeds(file) {
  const buf = fs.readFileSync(file);
  if (buf.length < 64 || buf.readUInt32BE(0) !== 0x7f454c46) throw new Error(`${file}: not an ELF file`);
  if (buf[4] !== 2) throw new Error(`${file}: not a 64-bit ELF file (class ${buf[4]})`);
  const le = buf[5] === 1;
  const u16 = (o) => (le ? buf.readUInt16LE(o) : buf.readUInt16BE(o));
  const u32 = (o) => (le ? buf.readUInt32LE(o) : buf.readUInt32BE(o));
  const u64 = (o) => Number(le ? buf.readBigUInt64LE(o) : buf.readBigUInt64BE(o));
  const cstr = (o) => {
    const end = buf.indexOf(0, o);
    if (end < 0) throw new Error(`${file}: unterminated string at ${o}`);
    return buf.toString('latin1', o, end);
  };

  const machineId = u16(18);
  const shoff = u64(40);
  const shentsize = u16(58);
  const shnum = u16(60);
  if (shoff === 0 || shnum === 0) throw new Error(`${file}: no section headers`);
  const sections = [];
  for (let i = 0; i < shnum; i++) {
    const o = shoff + i * shentsize;
    sections.push({ type: u32(o + 4), offset: u64(o + 24), size: u64(o + 32), link: u32(o + 40), info: u32(o + 44), entsize: u64(o + 56) });
  }
  const find = (type) => sections.find((s) => s.type === type);
  const strAt = (section, off) => cstr(sections[section.link].offset + off);

  const needed = [];
  const dynamic = find(SHT_DYNAMIC);
  if (dynamic) {
    for (let o = dynamic.offset; o + 16 <= dynamic.offset + dynamic.size; o += 16) {
      const tag = u64(o);
      if (tag === DT_NULL) break;
      if (tag === DT_NEEDED) needed.push(strAt(dynamic, u64(o + 8)));
    }
  }

  // .gnu.version_r: for each library, the versions required of it; each
  // version has an index that .gnu.version gives per dynamic symbol.
  const versionNeeds = {};
  /** @type {Map<number, { version: string, library: string }>} */
  const byIndex = new Map();
  const verneed = find(SHT_GNU_VERNEED);
  if (verneed) {
    let o = verneed.offset;
    for (let i = 0; i < verneed.info; i++) {
      const cnt = u16(o + 2);
      const library = strAt(verneed, u32(o + 4));
      versionNeeds[library] = versionNeeds[library] || [];
      let a = o + u32(o + 8);
      for (let j = 0; j < cnt; j++) {
        const version = strAt(verneed, u32(a + 8));
        versionNeeds[library].push(version);
        byIndex.set(u16(a + 6) & 0x7fff, { version, library });
        a += u32(a + 12);
      }
      const next = u32(o + 12);
      if (next === 0) break;
      o += next;
    }
  }

  const imports = [];
  const exports = [];
  const dynsym = find(SHT_DYNSYM);
  const versym = find(SHT_GNU_VERSYM);
  if (dynsym) {
    const count = dynsym.size / dynsym.entsize;
    for (let i = 1; i < count; i++) {
      const o = dynsym.offset + i * dynsym.entsize;
      const name = strAt(dynsym, u32(o));
      const bind = buf[o + 4] >> 4;
      const shndx = u16(o + 6);
      if (shndx === SHN_UNDEF) {
        const v = versym ? byIndex.get(u16(versym.offset + i * 2) & 0x7fff) : undefined;
        imports.push({ name, version: v ? v.version : null, library: v ? v.library : null, weak: bind === STB_WEAK });
      } else if (bind !== 0) {
        exports.push(name);
      }
    }
  }
  return { machine: MACHINES[machineId] || `machine ${machineId}`, needed, versionNeeds, imports, exports };
}

/** Compares dotted versions numerically ("2.9" < "2.28"). */
function compareVersions(a, b) {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if ((x[i] || 0) !== (y[i] || 0)) return (x[i] || 0) - (y[i] || 0);
  }
  return 0;
}

/**
 * The newest version with this prefix among all the version needs ("GLIBC"
 * gives "2.28" for GLIBC_2.28; GLIBC_PRIVATE is not a version), or null.
 * @param {{ versionNeeds: Record<string, string[]> }} needs
 */
function newestVersion(needs, prefix = 'GLIBC') {
  const re = new RegExp(`^${prefix}_(\\d+(?:\\.\\d+)*)$`);
  const versions = Object.values(needs.versionNeeds)
    .flat()
    .map((v) => re.exec(v))
    .filter((m) => m !== null)
    .map((m) => m[1]);
  versions.sort(compareVersions);
  return versions.length ? versions[versions.length - 1] : null;
}

/** Libraries a prebuilt addon may name: glibc's own and libgcc_s (the unwinder, on every glibc system). */
const ALLOWED_LIBRARIES = /^(libc\.so\.6|libm\.so\.6|libpthread\.so\.0|libdl\.so\.2|librt\.so\.1|ld-linux[-\w.]*\.so\.\d|libgcc_s\.so\.1)$/;
/** Symbols a prebuilt addon may import without a version: Node.js's N-API, which the process provides. */
const NODE_API_SYMBOL = /^(napi_|node_api_)/;
/** What a prebuilt addon exports: the N-API entry points, nothing of libxml2 or libstdc++. */
const MODULE_ENTRY_POINTS = ['napi_register_module_v1', 'node_api_module_get_api_version_v1'];

/**
 * The rules for a prebuilt addon (see docs/install.md): it loads on every
 * glibc system from maxGlibc on, whatever its libstdc++ and libxml2.
 * - no glibc symbol version newer than maxGlibc;
 * - no libstdc++ (GLIBCXX_/CXXABI_ versions, libstdc++.so.6) nor libxml2 among
 *   its needs: both are linked in;
 * - only glibc's libraries and libgcc_s.so.1 in DT_NEEDED;
 * - every import either carries a version (so the dynamic linker checks it at
 *   load time) or is an N-API function; an unversioned glibc import would be
 *   one the old glibc lacks, found missing only when first called;
 * - it exports only the N-API entry points.
 * @returns {string[]} the breaches, empty when the file complies
 */
function checkPrebuilt(file, { maxGlibc = DEFAULT_MAX_GLIBC } = {}) {
  const n = readElfNeeds(file);
  const problems = [];
  const glibc = newestVersion(n, 'GLIBC');
  if (glibc && compareVersions(glibc, maxGlibc) > 0) {
    const newer = n.imports.filter((s) => s.version && /^GLIBC_\d/.test(s.version) && compareVersions(s.version.slice(6), maxGlibc) > 0);
    problems.push(`needs glibc ${glibc}, newer than ${maxGlibc}: ${newer.map((s) => `${s.name}@${s.version}`).join(', ')}`);
  }
  for (const prefix of ['GLIBCXX', 'CXXABI']) {
    const v = newestVersion(n, prefix);
    if (v) problems.push(`needs libstdc++ (${prefix}_${v}): libstdc++ must be linked in`);
  }
  const libraries = n.needed.filter((l) => !ALLOWED_LIBRARIES.test(l));
  if (libraries.length) problems.push(`needs libraries beyond glibc and libgcc_s: ${libraries.join(', ')}`);
  const unversioned = n.imports.filter((s) => !s.version && !s.weak && !NODE_API_SYMBOL.test(s.name));
  if (unversioned.length) {
    problems.push(`imports symbols with no version (not in glibc ${maxGlibc}?): ${unversioned.map((s) => s.name).join(', ')}`);
  }
  const extra = n.exports.filter((s) => !MODULE_ENTRY_POINTS.includes(s));
  if (extra.length) problems.push(`exports more than the N-API entry points: ${extra.slice(0, 10).join(', ')}${extra.length > 10 ? ` and ${extra.length - 10} more` : ''}`);
  return problems;
}

module.exports = { readElfNeeds, newestVersion, compareVersions, checkPrebuilt, DEFAULT_MAX_GLIBC };

if (require.main === module) {
  const usage = () => {
    process.stderr.write('usage: elf-needs.js [--check] [--max-glibc X.Y] FILE...\n');
    process.exit(2);
  };
  const args = process.argv.slice(2);
  let check = false;
  let maxGlibc = DEFAULT_MAX_GLIBC;
  const files = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--check') check = true;
    else if (args[i] === '--max-glibc') maxGlibc = args[++i];
    else if (args[i].startsWith('-')) usage();
    else files.push(args[i]);
  }
  if (files.length === 0 || !/^\d+(\.\d+)+$/.test(maxGlibc || '')) usage();
  let failed = false;
  for (const file of files) {
    const n = readElfNeeds(file);
    const glibc = newestVersion(n, 'GLIBC');
    process.stdout.write(`${file}: ${n.machine}, needs ${n.needed.join(' ')}; newest glibc symbol version ${glibc ? `GLIBC_${glibc}` : 'none'}\n`);
    for (const [library, versions] of Object.entries(n.versionNeeds)) process.stdout.write(`  ${library}: ${versions.join(' ')}\n`);
    if (check) {
      const problems = checkPrebuilt(file, { maxGlibc });
      for (const p of problems) process.stderr.write(`${file}: ${p}\n`);
      if (problems.length) failed = true;
      else process.stdout.write(`  ok: loads on glibc ${maxGlibc} and newer, no libstdc++ or libxml2 needed, exports only the N-API entry points\n`);
    }
  }
  process.exit(failed ? 1 : 0);
}
