// @ts-check
'use strict';
/**
 * Per-call cost: N GETs of one small document, in its own process. Options:
 * { subject, doc: 'vm' | 'host' | 'event', url, ca, id, n, connections,
 * sequential, warmup, runs }. The document is one VM (~12 KB), one host
 * (~9 KB) or one event (~1 KB), the first of its list file. Subjects:
 *   sdk    connection.systemService().vmsService().vmService(id).get()
 *          (hostsService().hostService(id), eventsService().eventService(id)),
 *          a typed object each
 *   raw    undici.Agent({ connections }) + undici.request, the body's bytes
 *          in one Buffer (the transfer alone, no parsing)
 *   read   raw, then the SDK's Reader.read of the bytes: the SDK's parse
 *          where it runs in a call (between transfers, caches shared with
 *          them), without the SDK's request path
 * With `sequential`, each call is awaited before the next starts (a script
 * walking its inventory one object at a time); otherwise all N are started
 * together and awaited with Promise.all (a script fanning out), the pool of
 * `connections` queueing what exceeds it.
 */
const { measure, requireSdk, worker } = require('../common');
const { dispatcher, get, bytes, sdkConnection, probe, closeQuietly } = require('./client');

const COLLECTION = { vm: 'vms', host: 'hosts', event: 'events' };

worker(async (opts) => {
  const n = opts.n;
  const doc = /** @type {'vm' | 'host' | 'event'} */ (opts.doc);
  /** @type {() => Promise<any>} */
  let one;
  let connection;
  if (opts.subject === 'sdk') {
    const c = sdkConnection(opts);
    connection = c.connection;
    const system = c.connection.systemService();
    one =
      doc === 'vm'
        ? () => system.vmsService().vmService(opts.id).get()
        : doc === 'host'
          ? () => system.hostsService().hostService(opts.id).get()
          : () => system.eventsService().eventService(opts.id).get();
    await probe(one);
  } else if (opts.subject === 'raw' || opts.subject === 'read') {
    const d = dispatcher(opts);
    const url = `${opts.url}/${COLLECTION[doc]}/${opts.id}`;
    if (opts.subject === 'raw') {
      one = async () => bytes(await get(url, d));
    } else {
      const { Reader } = requireSdk('read');
      one = async () => Reader.read(await bytes(await get(url, d)));
    }
    await one();
  } else {
    throw new Error(`unknown subject ${opts.subject}`);
  }
  const fn = opts.sequential
    ? async () => {
        const out = [];
        for (let i = 0; i < n; i++) out.push(await one());
        return out;
      }
    : () => Promise.all(Array.from({ length: n }, one));
  try {
    return await measure(opts, fn, (r) => r.filter((/** @type {unknown} */ x) => x !== undefined && x !== null).length);
  } finally {
    await closeQuietly(connection);
  }
});
