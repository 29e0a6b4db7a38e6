// @ts-check
'use strict';
/**
 * Helpers shared by the harness (bench/run.js) and its workers.
 *
 * Memory method (every Node worker uses it; the C loop does the same in C):
 *   1. load the parser (and the SDK), read the input (the file; nothing for
 *      the HTTP workers), run a full GC (workers run with --expose-gc);
 *   2. baseline = the current resident set (VmRSS);
 *   3. reset the kernel's resident-set high-water mark to the current value
 *      (write "5" to /proc/self/clear_refs, Linux >= 4.0), so what loading
 *      and preparing the input cost cannot count;
 *   4. run the subject once, cold, as a script's single call would (this run
 *      is also the first warm-up);
 *   5. peak = the high-water mark (VmHWM in /proc/self/status, the same value
 *      as process.resourceUsage().maxRSS); it is exact, unlike sampling
 *      process.memoryUsage.rss(), which cannot run while a synchronous parse
 *      holds the thread;
 *   6. report peak - baseline: what one parse (or request) needed on top of
 *      the process and the bytes it was handed, its result included (the
 *      result is still referenced when the mark is read).
 * Every later run repeats 1-5 outside the timed region (GC, reset), so each
 * timed run starts from the same heap; those peaks are in results.json as
 * `runPeaksKb`, the table shows the cold one. Where clear_refs cannot be
 * written (not Linux), the mark cannot be reset and `peakResettable` is false:
 * then the peak may include anything that happened before step 4.
 */
const path = require('node:path');
const fs = require('node:fs');
const { spawn } = require('node:child_process');

const BENCH_DIR = __dirname;
const ROOT = path.resolve(BENCH_DIR, '..');
const CORPUS_DIR = path.join(BENCH_DIR, 'corpus');
const OUT_DIR = path.join(BENCH_DIR, 'out');
const DIST_LIB = path.join(ROOT, 'dist', 'lib');

/** @param {number[]} xs */
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** @param {number[]} xs */
function summarize(xs) {
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs };
}

function gc() {
  const g = /** @type {any} */ (globalThis).gc;
  if (typeof g === 'function') {
    g();
    g();
  }
}

/** Resident set now, in KiB. */
function rssKb() {
  return Math.round(process.memoryUsage.rss() / 1024);
}

/** Resident set high-water mark of this process, in KiB. */
function maxRssKb() {
  try {
    const m = /VmHWM:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}

/**
 * Resets the high-water mark to the current resident set; false when the
 * system does not allow it.
 */
function resetPeak() {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/**
 * Steps 1-3 of the method above: GC, baseline, reset of the mark.
 * @returns {{ baselineKb: number, peakResettable: boolean }}
 */
function baseline() {
  gc();
  const baselineKb = rssKb();
  return { baselineKb, peakResettable: resetPeak() };
}

const now = () => Number(process.hrtime.bigint()) / 1e6;

/**
 * Runs `fn` once cold (measuring its memory), then `warmup` more times, then
 * `runs` measured times, each after a GC and a reset of the peak mark.
 * @template T
 * @param {{ warmup: number, runs: number }} opts
 * @param {() => T | Promise<T>} fn
 * @param {(result: T) => number} count items in a result, checked by the harness
 */
async function measure(opts, fn, count) {
  const times = [];
  const cpuMs = [];
  const runPeaksKb = [];
  let cold = { ms: 0, peakKb: 0, baselineKb: 0, peakResettable: false, items: 0 };
  for (let i = 0; i < 1 + opts.warmup + opts.runs; i++) {
    const base = baseline();
    const c0 = process.cpuUsage();
    const t0 = now();
    let result = await fn();
    const t = now() - t0;
    const c = process.cpuUsage(c0);
    const peakKb = maxRssKb() - base.baselineKb;
    runPeaksKb.push(peakKb);
    if (i === 0) cold = { ms: t, peakKb, baselineKb: base.baselineKb, peakResettable: base.peakResettable, items: count(result) };
    else if (i > opts.warmup) {
      times.push(t);
      cpuMs.push((c.user + c.system) / 1000);
    }
    result = /** @type {any} */ (undefined);
  }
  return {
    times,
    // user + system CPU of the whole process (GC and I/O threads included)
    // during each measured run: less sensitive than wall time to other
    // load on a shared machine, for reading results.json
    cpuMs,
    coldMs: cold.ms,
    items: cold.items,
    peakAboveBaselineKb: cold.peakKb,
    baselineKb: cold.baselineKb,
    peakResettable: cold.peakResettable,
    runPeaksKb,
  };
}

/**
 * Worker side: parse argv[2] as JSON options, run `main`, print its result
 * as one JSON line. A thrown SkipError prints { skipped } instead.
 * @param {(opts: any) => Promise<object> | object} main
 */
function worker(main) {
  const opts = JSON.parse(process.argv[2] || '{}');
  Promise.resolve()
    .then(() => main(opts))
    .then(
      (r) => {
        process.stdout.write(`${JSON.stringify(r)}\n`);
        process.exit(0);
      },
      (e) => {
        if (e instanceof SkipError) {
          process.stdout.write(`${JSON.stringify({ skipped: e.message })}\n`);
          process.exit(0);
        }
        process.stderr.write(`${e && e.stack ? e.stack : e}\n`);
        process.exit(1);
      },
    );
}

class SkipError extends Error {}

/**
 * Harness side: runs a command, returns the JSON of its last stdout line.
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ timeoutMs?: number }} [o]
 * @returns {Promise<any>}
 */
function runChild(cmd, args, o = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = o.timeoutMs
      ? setTimeout(() => {
          err += `\n(timed out after ${o.timeoutMs} ms)`;
          if (child.pid !== undefined) child.kill('SIGKILL');
        }, o.timeoutMs)
      : undefined;
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      const last = out.trim().split('\n').pop() || '';
      if (code === 0) {
        try {
          resolve(JSON.parse(last));
          return;
        } catch {
          // fall through
        }
      }
      const why = (err.trim().split('\n').slice(-6).join(' | ') || last || '').slice(0, 600);
      resolve({ error: `exit ${code ?? signal}: ${why}` });
    });
  });
}

/**
 * Harness side: runs a Node worker from bench/workers/.
 * @param {string} name
 * @param {object} opts
 * @param {{ timeoutMs?: number, nodeArgs?: string[] }} [o]
 */
function runWorker(name, opts, o = {}) {
  const file = path.join(BENCH_DIR, 'workers', `${name}.js`);
  return runChild(process.execPath, ['--expose-gc', ...(o.nodeArgs || []), file, JSON.stringify(opts)], o);
}

/**
 * Loads the built SDK (dist/lib) and says what of it is usable. Never throws.
 * @returns {{ sdk: any, error?: string }}
 */
function loadSdk() {
  try {
    if (!fs.existsSync(path.join(DIST_LIB, 'index.js'))) {
      return { sdk: undefined, error: 'dist/lib/index.js does not exist (lib/index.ts not written yet, or npm run build:ts not run)' };
    }
    return { sdk: require(DIST_LIB) };
  } catch (e) {
    return { sdk: undefined, error: `require('dist/lib') failed: ${/** @type {Error} */ (e).message}` };
  }
}

/**
 * Throws SkipError unless the SDK offers `what`.
 * @param {'read' | 'write' | 'stream' | 'connection'} what
 */
function requireSdk(what) {
  const { sdk, error } = loadSdk();
  if (!sdk) throw new SkipError(`SDK not available: ${error}`);
  const R = sdk.Reader;
  const W = sdk.Writer;
  const tiny = '<vms><vm id="1"><name>a</name></vm></vms>';
  if (what === 'read' || what === 'write' || what === 'stream') {
    if (!R || typeof R.read !== 'function') throw new SkipError('SDK not available: dist/lib exports no Reader.read');
    try {
      const r = R.read(Buffer.from(tiny));
      if (!Array.isArray(r) || r.length !== 1) throw new Error(`reading <vms> gave ${typeof r}`);
    } catch (e) {
      throw new SkipError(`SDK reader not usable yet: ${/** @type {Error} */ (e).message}`);
    }
  }
  if (what === 'write') {
    if (!W || typeof W.write !== 'function') throw new SkipError('SDK not available: dist/lib exports no Writer.write');
    try {
      W.write(R.read(Buffer.from(tiny)));
    } catch (e) {
      throw new SkipError(`SDK writer not usable yet: ${/** @type {Error} */ (e).message}`);
    }
  }
  if (what === 'stream' && typeof R.stream !== 'function') throw new SkipError('SDK not available: dist/lib exports no Reader.stream');
  if (what === 'connection') {
    const C = sdk.Connection;
    if (typeof C !== 'function') throw new SkipError('SDK not available: dist/lib exports no Connection');
    if (typeof C.prototype.systemService !== 'function') throw new SkipError('SDK Connection has no systemService() yet (lib/connection.ts not landed)');
  }
  return sdk;
}

/**
 * Turns a failure of the first SDK call into a skip when it is the
 * placeholder runtime ("not implemented yet"), so unfinished pieces do not
 * fail the run.
 * @param {unknown} e
 * @returns {never}
 */
function skipIfUnfinished(e) {
  const msg = e instanceof Error ? e.message : String(e);
  if (/not implemented|not loaded|is not a function|is not a constructor/i.test(msg)) {
    throw new SkipError(`SDK connection not usable yet: ${msg}`);
  }
  throw e;
}

module.exports = {
  BENCH_DIR,
  ROOT,
  CORPUS_DIR,
  OUT_DIR,
  DIST_LIB,
  median,
  summarize,
  gc,
  rssKb,
  maxRssKb,
  resetPeak,
  baseline,
  now,
  measure,
  worker,
  SkipError,
  runChild,
  runWorker,
  loadSdk,
  requireSdk,
  skipIfUnfinished,
};
