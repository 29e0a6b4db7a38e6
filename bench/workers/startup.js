// @ts-check
'use strict';
/**
 * Startup: the cost of `require('ovirt-engine-sdk')` in a fresh process, as
 * a cron script pays it on every run. Options: { warmup, runs }. Each run
 * starts two Node.js processes one after the other, in the package's own
 * directory (so the name resolves to dist/lib through the package's
 * "exports", as in a user's project):
 *   bare   node -e '<report>'
 *   sdk    node -e 'require("ovirt-engine-sdk"); <report>'
 * and times each from spawn to exit (wall). <report> prints the process's
 * CPU time (user + system, since it started), its peak RSS, and the modules
 * it loaded: the files in require.cache and Node's built-in modules. Bare
 * and SDK alternate, so a change of load on the machine hits both alike.
 * Prints { bare: {...}, sdk: {...} }, each shaped like measure()'s result.
 */
const { spawnSync } = require('node:child_process');
const { ROOT, worker, median } = require('../common');

const REPORT =
  'const u = process.cpuUsage();' +
  'const builtins = process.moduleLoadList.filter((m) => m.startsWith("NativeModule ")).length;' +
  'process.stdout.write(JSON.stringify({ cpuMs: (u.user + u.system) / 1000, maxRssKb: process.resourceUsage().maxRSS, files: Object.keys(require.cache).length, builtins }));';

/** @param {string} code */
function once(code) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-e', code], { cwd: ROOT, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`node -e failed (${r.status}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return { ms, ...JSON.parse(r.stdout) };
}

worker((opts) => {
  const subjects = { bare: REPORT, sdk: `require('ovirt-engine-sdk');${REPORT}` };
  /** @type {Record<string, any[]>} */
  const runs = { bare: [], sdk: [] };
  for (let i = 0; i < opts.warmup + opts.runs; i++) {
    for (const [name, code] of Object.entries(subjects)) {
      const r = once(code);
      if (i >= opts.warmup) runs[name].push(r);
    }
  }
  const bareRss = median(runs.bare.map((r) => r.maxRssKb));
  /** @param {any[]} rs */
  const result = (rs) => ({
    times: rs.map((r) => r.ms),
    cpuMs: rs.map((r) => r.cpuMs),
    coldMs: rs[0].ms,
    items: rs[0].files,
    // what the SDK's process holds at its peak above a bare one's (medians)
    peakAboveBaselineKb: median(rs.map((r) => r.maxRssKb)) - bareRss,
    files: rs[0].files,
    builtins: rs[0].builtins,
  });
  return { bare: result(runs.bare), sdk: result(runs.sdk) };
});
