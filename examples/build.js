#!/usr/bin/env node
/**
 * Builds what `npm run demo` and `npm run examples` need, and only that:
 * dist/lib (`npm run build:ts`) when a file of lib/ is newer than the
 * build (so after `npm install`, which builds it, nothing is done), then
 * the examples into dist/examples (`tsc -p examples`, incremental).
 * Plain JavaScript, as it runs before anything is compiled.
 */
'use strict';
const { execFileSync, execSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

function newest(dir) {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(file));
    else if (entry.name.endsWith('.ts')) latest = Math.max(latest, fs.statSync(file).mtimeMs);
  }
  return latest;
}

function mtime(file) {
  try {
    return fs.statSync(path.join(root, file)).mtimeMs;
  } catch {
    return 0;
  }
}

const built = Math.min(mtime('dist/lib/index.js'), mtime('dist/lib/testing/index.js'));
const sources = Math.max(newest(path.join(root, 'lib')), mtime('tsconfig.json'), mtime('tsconfig.build.json'));
if (built < sources) {
  process.stderr.write('Building dist/lib (npm run build:ts) ...\n');
  execSync('npm run --silent build:ts', { cwd: root, stdio: 'inherit' });
}
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'examples')], { cwd: root, stdio: 'inherit' });
