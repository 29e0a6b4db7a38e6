// @ts-check
'use strict';
/**
 * Concurrency: N small GETs in flight at once over a pool of C connections,
 * in its own process. Options: { subject, doc: 'event' | 'vm', url, ca, id,
 * n, connections, warmup, runs }. The document is one event (~0.8 KB, the
 * "small GET" of the target) or one VM (~12 KB, for information: there the
 * SDK's parse of each body weighs more than the HTTP exchange). Subjects:
 *   sdk    connection.systemService().eventsService().eventService(id).get()
 *          (or vmsService().vmService(id).get()), a typed object each
 *   raw    undici.Agent({ connections }) + undici.request, body bytes only
 *   txml   the same raw requests, each body parsed by txml (for reference)
 * All N calls are started together and awaited with Promise.all, as a script
 * fanning out over its inventory would; the pool queues what exceeds C.
 */
const { measure, worker } = require('../common');
const { dispatcher, get, bytes, sdkConnection, probe, closeQuietly } = require('./client');

worker(async (opts) => {
  const n = opts.n;
  /** @type {() => Promise<any>} */
  let one;
  let connection;
  if (opts.subject === 'sdk') {
    const c = sdkConnection(opts);
    connection = c.connection;
    const system = c.connection.systemService();
    one = opts.doc === 'vm' ? () => system.vmsService().vmService(opts.id).get() : () => system.eventsService().eventService(opts.id).get();
    await probe(one);
  } else {
    const d = dispatcher(opts);
    const url = `${opts.url}/${opts.doc === 'vm' ? 'vms' : 'events'}/${opts.id}`;
    if (opts.subject === 'raw') {
      one = async () => bytes(await get(url, d));
    } else if (opts.subject === 'txml') {
      const txml = require('txml');
      one = async () => txml.parse(await (await get(url, d)).text());
    } else {
      throw new Error(`unknown subject ${opts.subject}`);
    }
    await one();
  }
  const fn = () => Promise.all(Array.from({ length: n }, one));
  try {
    return await measure(opts, fn, (r) => r.filter((/** @type {unknown} */ x) => x !== undefined && x !== null).length);
  } finally {
    await closeQuietly(connection);
  }
});
