// @ts-check
'use strict';
/**
 * Builds the C libxml2 reader loop (bench/c/reader_loop.c), "the limit",
 * into bench/out/reader_loop with
 *   cc -O2 bench/c/reader_loop.c -o bench/out/reader_loop $(pkg-config --cflags --libs libxml-2.0)
 * (falling back to xml2-config when pkg-config does not know libxml-2.0).
 * Rebuilt when the source is newer than the binary.
 */
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { BENCH_DIR, OUT_DIR } = require('./common');

const SRC = path.join(BENCH_DIR, 'c', 'reader_loop.c');
const BIN = path.join(OUT_DIR, 'reader_loop');

/** @returns {string[]} compiler and linker flags for libxml2 */
function libxmlFlags() {
  for (const [cmd, args] of /** @type {[string, string[]][]} */ ([
    ['pkg-config', ['--cflags', '--libs', 'libxml-2.0']],
    ['xml2-config', ['--cflags', '--libs']],
  ])) {
    try {
      return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split(/\s+/).filter(Boolean);
    } catch {
      // try the next one
    }
  }
  throw new Error('neither `pkg-config libxml-2.0` nor `xml2-config` works: install libxml2-dev (Debian/Ubuntu) or libxml2-devel (Fedora) and pkg-config');
}

/**
 * @returns {string} the binary's path
 */
function buildCLoop() {
  if (fs.existsSync(BIN) && fs.statSync(BIN).mtimeMs >= fs.statSync(SRC).mtimeMs) return BIN;
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const cc = process.env.CC || 'cc';
  const args = ['-O2', SRC, '-o', BIN, ...libxmlFlags()];
  process.stderr.write(`building the C reader loop: ${cc} ${args.join(' ')}\n`);
  execFileSync(cc, args, { stdio: 'inherit' });
  return BIN;
}

module.exports = { buildCLoop, BIN };

if (require.main === module) console.log(buildCLoop());
