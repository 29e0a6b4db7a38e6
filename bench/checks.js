// @ts-check
'use strict';
/**
 * The cost of the parameter checks of the generated service methods
 * (lib/service.ts `checkParameters`, issue 12: under 1 µs for a typical
 * call), on their own and as part of a whole method call that sends nothing
 * (a stand-in connection answers at once). Needs dist/ (`npm run build:ts`).
 *
 *   node bench/checks.js [--calls N]      (default 1,000,000 calls per case)
 *
 * Prints ns per call: the median of 7 rounds of N calls, after a warm-up.
 * The time of a whole call includes settling its promises.
 */
const path = require('node:path');

const dist = path.resolve(__dirname, '..', 'dist', 'lib');
const { types } = require(dist);
const { checkParameters, methodParameters } = require(path.join(dist, 'service'));
const { VmService, VmsService } = require(path.join(dist, 'services'));

const arg = process.argv.indexOf('--calls');
const calls = arg > 0 ? Number(process.argv[arg + 1]) : 1e6;

// The same parameters as the generated methods have (lib/services/vm-service.ts, vms-service.ts).
const START = methodParameters('VmService.start', {
  authorizedKey: types.AuthorizedKey,
  pause: 'boolean',
  vm: types.Vm,
  useCloudInit: 'boolean',
  useSysprep: 'boolean',
  useIgnition: 'boolean',
  useInitialization: 'boolean',
  async: 'boolean',
  filter: 'boolean',
  volatile: 'boolean',
  attachWgt: 'boolean',
});
const LIST = methodParameters('VmsService.list', {
  allContent: 'boolean',
  caseSensitive: 'boolean',
  filter: 'boolean',
  follow: 'string',
  max: 'integer',
  search: 'string',
  ovfAsOva: 'boolean',
});
const ADD = methodParameters('VmsService.add', { autoPinningPolicy: 'enum', clone: 'boolean', clonePermissions: 'boolean', filter: 'boolean', seal: 'boolean' }, [
  'vm',
  types.Vm,
]);

const resolved = Promise.resolve(undefined);
/** A connection that sends nothing: every exchange resolves at once. */
const connection = /** @type {any} */ ({ _exchange: () => resolved });
const vm = new VmService(connection, 'vms/123');
const vms = new VmsService(connection, 'vms');
const body = { name: 'web-1', cluster: { name: 'Default' }, template: { name: 'Blank' } };

/** @type {[string, () => unknown][]} */
const cases = [
  ['check: start({ async, useCloudInit, vm })', () => checkParameters(START, { async: false, useCloudInit: true, vm: { name: 'x' } })],
  ["check: list({ search, max })", () => checkParameters(LIST, { search: 'name=web*', max: 10 })],
  ['check: add(vm, { clone })', () => checkParameters(ADD, { clone: true }, body)],
  ['check: list() (no options)', () => checkParameters(LIST, {})],
  ['whole call: vmService(id).start({ async, useCloudInit, vm })', () => vm.start({ async: false, useCloudInit: true, vm: { name: 'x' } })],
  ['whole call: vmsService().list({ search, max })', () => vms.list({ search: 'name=web*', max: 10 })],
  ["whole call: locator vmsService().vmService('123')", () => vms.vmService('123')],
];

/** ns per call over `calls` calls; every 1,000 calls the promises made so far settle (a whole call's work includes them). */
async function round(fn) {
  let sink;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) {
    sink = fn();
    if (i % 1000 === 999) await sink;
  }
  await sink;
  return Number(process.hrtime.bigint() - t0) / calls;
}

(async () => {
  for (const [name, fn] of cases) {
    await round(fn); // warm-up
    const ns = [];
    for (let r = 0; r < 7; r++) ns.push(await round(fn));
    ns.sort((a, b) => a - b);
    console.log(`${name.padEnd(62)} ${ns[3].toFixed(0).padStart(6)} ns/call (min ${ns[0].toFixed(0)})`);
  }
})();
