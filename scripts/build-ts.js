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
/** The folders whose one-per-file JavaScript the bundles replace (scripts/bundle-generated.js). */
const BUNDLED = ['types', 'services'];

/** Moves every file under `from` to the same place under `to`. */
function moveFiles(from, to) {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      fs.mkdirSync(target, { recursive: true });
      moveFiles(source, target);
    } else {
      fs.renameSync(source, target);
    }
  }
}

fs.mkdirSync(dist, { recursive: true });
const staging = fs.mkdtempSync(path.join(dist, '.build-'));
try {
  const node = (args) => execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  node([require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', staging]);
  node([path.join(__dirname, 'bundle-generated.js'), staging]);
  moveFiles(staging, dist);
  // One-per-file JavaScript left in dist/ by a build from before the bundles.
  for (const name of BUNDLED) {
    const folder = path.join(dist, 'lib', name);
    for (const file of fs.readdirSync(folder)) {
      if (file.endsWith('.js') && file !== 'index.js') fs.rmSync(path.join(folder, file), { force: true });
    }
  }
} catch (error) {
  process.exitCode = 1;
  if (!(error && error.status !== undefined)) process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
} finally {
  fs.rmSync(staging, { recursive: true, force: true });
}
