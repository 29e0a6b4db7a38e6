// @ts-check
'use strict';
/**
 * Streaming: the event list (events-100000.xml, 80 MB) from the local
 * server, read as it arrives versus buffered, in its own process; the point
 * is the peak RSS. Options: { subject, url, ca, warmup, runs }; subjects:
 *   stream     undici.request, the body (an async iterable of Buffers) given to
 *              Reader.stream(); each event is counted and dropped, as a
 *              script filtering or exporting events would
 *   buffered   undici.request, the body into one Buffer, Reader.read() into
 *              an array of all events
 * (When the Connection grows a streaming list call, measure it here too.)
 */
const { measure, worker, requireSdk } = require('../common');
const { dispatcher, get, bytes } = require('./client');

worker(async (opts) => {
  const { Reader } = requireSdk(opts.subject === 'stream' ? 'stream' : 'read');
  const d = dispatcher(opts);
  const url = `${opts.url}/events`;
  await (await get(`${opts.url}`, d)).dump(); // open the connection
  /** @type {() => Promise<any>} */
  let fn;
  /** @type {(r: any) => number} */
  let count;
  if (opts.subject === 'stream') {
    fn = async () => {
      let n = 0;
      for await (const ev of Reader.stream(await get(url, d))) if (ev !== undefined) n++;
      return n;
    };
    count = (n) => n;
  } else if (opts.subject === 'buffered') {
    fn = async () => Reader.read(await bytes(await get(url, d)));
    count = (r) => (Array.isArray(r) ? r.length : -1);
  } else {
    throw new Error(`unknown subject ${opts.subject}`);
  }
  return measure(opts, fn, count);
});
