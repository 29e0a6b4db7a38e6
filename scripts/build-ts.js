#!/usr/bin/env node
/**
 * npm run build:ts: compiles lib/ into dist/lib/ with tsc, then bundles the
 * generated types and services (scripts/bundle-generated.js).
 *
 * Both steps work in a folder of their own (dist/.build-XXXXXX), and only
 * then is each file moved into dist/ with a rename, which replaces a file
 * whole. So two builds at once in one checkout (two `npm test` runs, whose
 * package tests pack the package, whose `prepare` builds) never see each
 * other's half-done output: the bundling step deletes the one-per-file
 * JavaScript that tsc emits, and reads what tsc emitted, which a build in
 * place would race on. What dist/lib/ holds is at all times the complete
 * output of some build.
 *
 * Plain JavaScript: it runs before anything is compiled.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');

/** Moves every file under `from` to the same place under `to`; returns their paths relative to `to`. */
function moveFiles(from, to, moved = [], rel = '') {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const name = path.join(rel, entry.name);
    if (entry.isDirectory()) {
      fs.mkdirSync(path.join(to, name), { recursive: true });
      moveFiles(path.join(from, entry.name), to, moved, name);
    } else {
      fs.renameSync(path.join(from, entry.name), path.join(to, name));
      moved.push(name);
    }
  }
  return moved;
}

/** Removes the files under `folder` that are not in `keep` (paths relative to `base`). */
function removeOthers(base, folder, keep) {
  for (const entry of fs.readdirSync(path.join(base, folder), { withFileTypes: true })) {
    const name = path.join(folder, entry.name);
    if (entry.isDirectory()) removeOthers(base, name, keep);
    else if (!keep.has(name)) fs.rmSync(path.join(base, name), { force: true });
  }
}

fs.mkdirSync(dist, { recursive: true });
const staging = fs.mkdtempSync(path.join(dist, '.build-'));
try {
  const node = (args) => execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  node([require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', staging]);
  node([path.join(__dirname, 'bundle-generated.js'), staging]);
  // dist/lib/ then holds this build's output and nothing else: no file of a
  // source since removed, nor the one-per-file JavaScript of the generated
  // folders from before they were bundled. (A build running beside this one
  // makes the same files, so neither removes the other's.)
  const moved = new Set(moveFiles(staging, dist));
  removeOthers(dist, 'lib', moved);
} catch (error) {
  process.exitCode = 1;
  if (!(error && error.status !== undefined)) process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
} finally {
  fs.rmSync(staging, { recursive: true, force: true });
}
