#!/usr/bin/env node
/**
 * The second step of `npm run build:ts` (scripts/build-ts.js), after tsc:
 *   node scripts/bundle-generated.js OUT
 * where OUT is the folder tsc emitted into (it holds OUT/lib/). The generated
 * types and services, one source file per type and per service (lib/types/,
 * lib/services/), are shipped as one JavaScript module per folder:
 * OUT/lib/types/index.js and OUT/lib/services/index.js, each bundled by
 * esbuild from the folder's TypeScript sources, replacing the one-per-file
 * JavaScript tsc emitted there. The .d.ts files tsc wrote stay one per
 * source file, so an editor's go-to-definition still lands on the readable
 * declaration of `Vm` or `VmService`.
 *
 * Why: requiring the package loaded some 630 generated modules, one file
 * each to resolve, read and compile; two modules load in a fraction of that
 * time (docs/architecture.md, "Generated code in dist/"; scripts/build-ts.js runs
 * both steps in a staging folder).
 *
 * Anything outside the bundled folder (`../struct`, `../service`, and for
 * the services `../types`) stays a require() of the module tsc emitted, so
 * every class exists once: the services' `t.Vm` is the class of the types'
 * bundle, which the readers and the package root load too. The per-file
 * JavaScript is deleted, so nothing can load a second copy of a class.
 *
 * Plain JavaScript, as it runs right after tsc.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');
if (process.argv.length !== 3) {
  process.stderr.write('usage: bundle-generated.js OUT (the folder tsc emitted lib/ into)\n');
  process.exit(2);
}
const outRoot = path.resolve(process.argv[2]);
const FOLDERS = ['types', 'services'];
const SHARED = 'outside-module';

/** Keeps every import that leaves `folder` a require() of the module tsc emitted for it. */
function externalOutside(folder) {
  return {
    name: 'external-outside-folder',
    setup(build) {
      build.onResolve({ filter: /^\./ }, (args) => {
        if (args.namespace === SHARED) return { path: args.path, external: true };
        const target = path.resolve(args.resolveDir, args.path);
        if (target === folder || target.startsWith(folder + path.sep)) return undefined;
        // One module of the bundle stands for each outside module, so that
        // its exports are required (and, for a namespace import, copied)
        // once, not once per source file that imports it.
        return { path: path.relative(folder, target), namespace: SHARED, pluginData: { resolveDir: folder } };
      });
      build.onLoad({ filter: /.*/, namespace: SHARED }, (args) => {
        // Named re-exports (not `export *`): the bundle then reads each name
        // straight off the one require()d module, a plain data property,
        // rather than through a getter per access (a reader makes dozens of
        // objects per VM, each constructor reading SIZE_HINT).
        const specifier = args.path.startsWith('.') ? args.path : `./${args.path}`;
        const emitted = require(path.join(outRoot, 'lib', path.relative(path.join(root, 'lib'), path.resolve(args.pluginData.resolveDir, specifier))));
        const names = Object.keys(emitted).filter((name) => name !== '__esModule' && name !== 'default');
        return { contents: `export { ${names.join(', ')} } from ${JSON.stringify(specifier)};`, resolveDir: args.pluginData.resolveDir, loader: 'js' };
      });
    },
  };
}

async function bundle(name) {
  const folder = path.join(root, 'lib', name);
  const out = path.join(outRoot, 'lib', name);
  await esbuild.build({
    entryPoints: [path.join(folder, 'index.ts')],
    outfile: path.join(out, 'index.js'),
    tsconfig: path.join(root, 'tsconfig.build.json'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [externalOutside(folder)],
  });
  for (const file of fs.readdirSync(out)) {
    if (file.endsWith('.js') && file !== 'index.js') fs.rmSync(path.join(out, file));
  }
}

/**
 * Class names are part of the API (messages name them, `Vm.name` is 'Vm').
 * esbuild renames a top-level name only when two files of a bundle declare
 * the same one; its keepNames option would undo that at a cost on every
 * load, so instead the build fails if it ever happens.
 */
function checkNames(name) {
  const exports = require(path.join(outRoot, 'lib', name, 'index.js'));
  const renamed = Object.entries(exports).filter(([key, value]) => typeof value === 'function' && value.name !== key);
  if (renamed.length > 0) {
    throw new Error(`the ${name} bundle renamed ${renamed.map(([key, value]) => `${key} to ${value.name}`).join(', ')}: give the clashing declarations different names`);
  }
}

Promise.all(FOLDERS.map(bundle)).then(() => FOLDERS.forEach(checkNames)).catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
