#!/usr/bin/env node
// Parse speed of two or more builds of the addon, side by side: the SDK's
// Reader.read over the benchmark corpus (bench/workers/parse.js, the "SDK
// Reader.read (typed)" row of `npm run bench`), each build loaded through
// OVIRT_SDK_NATIVE in its own child process, the builds taking turns round
// after round so that other load on the machine falls on all of them alike.
//
//   node scripts/compare-addons.js [--rounds N] [--runs N] [--files vms-1000,vms-10000] \
//     NAME=path/to/a.node NAME=path/to/b.node ...
//
// With no NAME=path arguments it compares a source build (build/Release,
// `npm run build:native`) with this machine's prebuilt binary
// (prebuilds/<platform>-<arch>/). Prints, per file and build, the median
// over all rounds of the per-run wall and CPU times and the fastest run's
// CPU time (the least disturbed by other load), and each build's ratio to
// the first one. Needs dist/ (npm run build:ts); makes the corpus files
// it lacks (bench/corpus.js).
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const { FILES, ensureCorpus, corpusFile } = require('../bench/corpus');
const { median } = require('../bench/common');

function parseArgs(argv) {
  const o = { rounds: 5, runs: 5, files: ['vms-1000', 'vms-10000'], builds: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--rounds') o.rounds = Number(argv[++i]);
    else if (a === '--runs') o.runs = Number(argv[++i]);
    else if (a === '--files') o.files = argv[++i].split(',');
    else if (/^[^=]+=/.test(a)) {
      const [name, file] = [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)];
      o.builds.push({ name, file: path.resolve(file) });
    } else {
      process.stderr.write(`${fs.readFileSync(__filename, 'utf8').split('\n').slice(1, 17).join('\n')}\n`);
      process.exit(2);
    }
  }
  if (o.builds.length === 0) {
    const dir = path.join(root, 'prebuilds', `${process.platform}-${process.arch}`);
    const prebuilt = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => f.endsWith('.node')) : undefined;
    o.builds.push({ name: 'source build', file: path.join(root, 'build', 'Release', 'ovirt_xml.node') });
    if (prebuilt) o.builds.push({ name: 'prebuilt', file: path.join(dir, prebuilt) });
  }
  for (const b of o.builds) {
    if (!fs.existsSync(b.file)) throw new Error(`${b.name}: ${b.file} does not exist`);
  }
  const unknown = o.files.filter((f) => !(f in FILES));
  if (unknown.length) throw new Error(`--files: unknown ${unknown.join(', ')}; known: ${Object.keys(FILES).join(', ')}`);
  if (!(o.rounds >= 1 && o.runs >= 1)) throw new Error('--rounds and --runs take a number of at least 1');
  return o;
}

function runOnce(build, file, runs) {
  const opts = { subject: 'sdk', file: corpusFile(file), warmup: 1, runs };
  const r = spawnSync(process.execPath, ['--expose-gc', path.join(root, 'bench', 'workers', 'parse.js'), JSON.stringify(opts)], {
    env: { ...process.env, OVIRT_SDK_NATIVE: build.file },
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const last = (r.stdout || '').trim().split('\n').pop();
  if (r.status !== 0 || !last) throw new Error(`${build.name} on ${file} failed:\n${r.stderr}`);
  const res = JSON.parse(last);
  if (res.skipped) throw new Error(`${build.name} on ${file}: ${res.skipped}`);
  return res;
}

function main() {
  const o = parseArgs(process.argv.slice(2));
  ensureCorpus(o.files);
  for (const file of o.files) {
    const times = o.builds.map(() => ({ wall: [], cpu: [] }));
    for (let round = 0; round < o.rounds; round++) {
      // alternate the order too, so neither build always runs right after the other
      const order = o.builds.map((_, i) => i);
      if (round % 2) order.reverse();
      for (const i of order) {
        const r = runOnce(o.builds[i], file, o.runs);
        times[i].wall.push(...r.times);
        times[i].cpu.push(...r.cpuMs);
      }
    }
    const base = { wall: median(times[0].wall), cpu: median(times[0].cpu), fastest: Math.min(...times[0].cpu) };
    process.stdout.write(`${file} (${o.rounds} rounds x ${o.runs} runs each, medians)\n`);
    o.builds.forEach((b, i) => {
      const wall = median(times[i].wall);
      const cpu = median(times[i].cpu);
      const fastest = Math.min(...times[i].cpu);
      process.stdout.write(
        `  ${b.name.padEnd(16)} wall ${wall.toFixed(1).padStart(8)} ms (${(wall / base.wall).toFixed(3)}x)` +
          `  cpu ${cpu.toFixed(1).padStart(8)} ms (${(cpu / base.cpu).toFixed(3)}x)` +
          `  fastest cpu ${fastest.toFixed(1).padStart(8)} ms (${(fastest / base.fastest).toFixed(3)}x)  ${b.file}\n`,
      );
    });
  }
}

try {
  main();
} catch (e) {
  process.stderr.write(`compare-addons: ${e.message}\n`);
  process.exit(1);
}
