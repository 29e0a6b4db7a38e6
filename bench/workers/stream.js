// @ts-check
'use strict';
/**
 * Streaming: the event list (events-100000.xml, 80 MB) from the local
 * server through the SDK's Connection, read as it arrives versus buffered,
 * in its own process; the point is the peak RSS. Options: { subject, url,
 * ca, warmup, runs }; subjects:
 *   stream     eventsService().listStream(): the body is parsed while it
 *              downloads; each event is counted and dropped, as a script
 *              filtering or exporting events would
 *   buffered   eventsService().list(): the whole body, then the array of
 *              all events
 */
const { measure, worker } = require('../common');
const { sdkConnection, probe, closeQuietly } = require('./client');

worker(async (opts) => {
  const { connection } = sdkConnection(opts);
  const events = connection.systemService().eventsService();
  await probe(() => connection.test(true)); // open the connection
  /** @type {() => Promise<any>} */
  let fn;
  /** @type {(r: any) => number} */
  let count;
  if (opts.subject === 'stream') {
    fn = async () => {
      let n = 0;
      for await (const ev of events.listStream()) if (ev !== undefined) n++;
      return n;
    };
    count = (n) => n;
  } else if (opts.subject === 'buffered') {
    fn = () => events.list();
    count = (r) => (Array.isArray(r) ? r.length : -1);
  } else {
    throw new Error(`unknown subject ${opts.subject}`);
  }
  try {
    return await measure(opts, fn, count);
  } finally {
    await closeQuietly(connection);
  }
});
