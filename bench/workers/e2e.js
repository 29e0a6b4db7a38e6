// @ts-check
'use strict';
/**
 * End to end: list all VMs from the local server, in its own process (wall
 * time from sending the request to having the parsed list, and peak RSS).
 * Options: { subject, url, ca, warmup, runs }; subjects:
 *   sdk    connection.systemService().vmsService().list()
 *   fxp    undici.request, body.text(), fast-xml-parser XMLParser (ignoreAttributes: false)
 *   txml   undici.request, body.text(), txml.parse
 *   raw    undici.request, the body's bytes into one Buffer, no parsing
 *          ("raw transfer time", for the HTTP-overhead target)
 * The connection (pool) is kept across runs, as in a script making many calls.
 */
const { measure, worker } = require('../common');
const { dispatcher, get, bytes, sdkConnection, probe, closeQuietly } = require('./client');

worker(async (opts) => {
  const listUrl = `${opts.url}/vms`;
  /** @type {() => Promise<any>} */
  let fn;
  /** @type {(r: any) => number} */
  let count = (r) => r.length;
  let connection;
  if (opts.subject === 'sdk') {
    const c = sdkConnection(opts);
    connection = c.connection;
    const vms = c.connection.systemService().vmsService();
    fn = () => vms.list();
    await probe(() => c.connection.systemService().vmsService().vmService(opts.vmId).get());
  } else {
    const d = dispatcher(opts);
    if (opts.subject === 'raw') {
      fn = async () => bytes(await get(listUrl, d));
    } else if (opts.subject === 'fxp') {
      const { XMLParser } = require('fast-xml-parser');
      const parser = new XMLParser({ ignoreAttributes: false });
      fn = async () => parser.parse(await (await get(listUrl, d)).text());
      count = (r) => {
        const vm = r.vms && r.vms.vm;
        return Array.isArray(vm) ? vm.length : -1;
      };
    } else if (opts.subject === 'txml') {
      const txml = require('txml');
      fn = async () => txml.parse(await (await get(listUrl, d)).text());
      count = (r) => {
        const root = r.find((/** @type {any} */ n) => typeof n === 'object' && n.tagName === 'vms');
        return root ? root.children.filter((/** @type {any} */ c) => typeof c === 'object').length : -1;
      };
    } else {
      throw new Error(`unknown subject ${opts.subject}`);
    }
    // open the connection outside the measurement, as the SDK's probe does
    await (await get(`${opts.url}/vms/${opts.vmId}`, d)).dump();
  }
  try {
    return await measure(opts, fn, count);
  } finally {
    await closeQuietly(connection);
  }
});
