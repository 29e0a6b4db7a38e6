#!/usr/bin/env node
// Provenance and freshness of the committed prebuilt binaries.
//
//   node scripts/prebuild-manifest.js write DIR LIBXML2_PREFIX
//       writes DIR/manifest.json (DIR = prebuilds/<platform>-<arch>) for the
//       one .node file in DIR: its sha256 and size, the glibc it needs, the
//       libxml2 inside it, the toolchain, and the hash of the build inputs.
//   node scripts/prebuild-manifest.js check [ROOT]
//       checks every prebuilds/*/manifest.json: the .node file is the one
//       described, and the build inputs (binding.gyp, native/, the prebuild
//       scripts) hash to what they were when it was built. Exits 1 with the
//       fix ("npm run prebuildify") when a prebuilt binary is stale.
//
// CI verifies the committed binaries with `check` (through the package tests)
// rather than rebuilding them: see docs/install.md.
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { readElfNeeds, newestVersion } = require('./elf-needs');

/** The files whose content decides what the prebuilt binary is. */
function inputFiles(root) {
  const native = fs.readdirSync(path.join(root, 'native'))
    .filter((f) => /\.(cc|h|js)$/.test(f))
    .map((f) => `native/${f}`);
  const toolchain = fs.readdirSync(path.join(root, 'scripts', 'toolchain'))
    .filter((f) => fs.statSync(path.join(root, 'scripts', 'toolchain', f)).isFile())
    .map((f) => `scripts/toolchain/${f}`);
  return ['binding.gyp', ...native, 'scripts/build-libxml2.sh', 'scripts/prebuild.sh', ...toolchain].sort();
}

function inputsHash(root) {
  const h = crypto.createHash('sha256');
  for (const f of inputFiles(root)) {
    // Line endings do not change the build; normalise them so a checkout
    // with CRLF does not look stale.
    const text = fs.readFileSync(path.join(root, f), 'utf8').replace(/\r\n/g, '\n');
    h.update(`${f}\0${text}\0`);
  }
  return h.digest('hex');
}

function sha256(file) {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function osRelease() {
  try {
    const text = fs.readFileSync('/etc/os-release', 'utf8');
    const m = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(text);
    return m ? m[1] : null;
  } catch {
    return null;
  }
}

function nodeFile(dir) {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.node'));
  if (files.length !== 1) throw new Error(`${dir}: expected one .node file, found ${files.length}`);
  return files[0];
}

function write(dir, libxml2Prefix) {
  const root = path.resolve(__dirname, '..');
  const file = nodeFile(dir);
  const full = path.join(dir, file);
  let libxml2 = null;
  try {
    libxml2 = fs.readFileSync(path.join(libxml2Prefix, 'source.txt'), 'utf8').trim().split('\n');
  } catch {
    // built from a prefix without provenance
  }
  const manifest = {
    file,
    size: fs.statSync(full).size,
    sha256: sha256(full),
    napi: 8,
    // the newest glibc symbol version it needs: it loads on that glibc and newer
    glibc: newestVersion(readElfNeeds(full), 'GLIBC'),
    libxml2,
    builtOn: osRelease(),
    // the compiler and linker, as scripts/prebuild.sh names them
    compiler: process.env.PREBUILD_TOOLCHAIN_DESC || null,
    node: process.versions.node,
    inputs: { sha256: inputsHash(root), files: inputFiles(root) },
  };
  fs.writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function check(root) {
  const dir = path.join(root, 'prebuilds');
  const problems = [];
  const ok = [];
  const current = inputsHash(root);
  const platforms = fs.existsSync(dir) ? fs.readdirSync(dir).filter((d) => fs.statSync(path.join(dir, d)).isDirectory()) : [];
  for (const p of platforms) {
    const manifestFile = path.join(dir, p, 'manifest.json');
    if (!fs.existsSync(manifestFile)) {
      problems.push(`prebuilds/${p}: no manifest.json`);
      continue;
    }
    const m = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    const full = path.join(dir, p, m.file);
    if (!fs.existsSync(full)) {
      problems.push(`prebuilds/${p}/${m.file}: missing`);
      continue;
    }
    if (sha256(full) !== m.sha256) problems.push(`prebuilds/${p}/${m.file}: not the file its manifest.json describes`);
    if (m.inputs.sha256 !== current) {
      problems.push(`prebuilds/${p}/${m.file}: built from other sources than these (binding.gyp, native/, scripts/prebuild.sh, scripts/build-libxml2.sh or scripts/toolchain/ changed since)`);
    }
    ok.push(`prebuilds/${p}/${m.file} (${m.size} bytes, glibc >= ${m.glibc}, ${(m.libxml2 || ['libxml2 ?'])[0]})`);
  }
  if (platforms.length === 0) problems.push('no prebuilds/<platform>-<arch>/ folders');
  return { ok, problems };
}

if (require.main === module) {
  const [cmd, a, b] = process.argv.slice(2);
  if (cmd === 'write' && a && b) {
    const m = write(path.resolve(a), path.resolve(b));
    process.stdout.write(`${path.join(a, 'manifest.json')}: ${m.file}, ${m.size} bytes, glibc >= ${m.glibc}\n`);
  } else if (cmd === 'check') {
    const { ok, problems } = check(path.resolve(a || path.join(__dirname, '..')));
    for (const line of ok) process.stdout.write(`prebuilt: ${line}\n`);
    if (problems.length) {
      process.stderr.write(`${problems.map((p) => `stale prebuilt: ${p}`).join('\n')}\nRebuild with "npm run prebuildify" (Linux x64; see docs/install.md for arm64) and commit prebuilds/.\n`);
      process.exit(1);
    }
  } else {
    process.stderr.write('usage: prebuild-manifest.js write DIR LIBXML2_PREFIX | check [ROOT]\n');
    process.exit(2);
  }
}

module.exports = { inputFiles, inputsHash, check, write };
