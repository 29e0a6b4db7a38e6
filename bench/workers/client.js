// @ts-check
'use strict';
/**
 * What the HTTP workers share: the raw undici client set up the way a user
 * would for this server (keep-alive pool, the engine's headers, the
 * benchmark CA when the server speaks TLS), and the SDK connection.
 */
const fs = require('node:fs');
const undici = require('undici');
const { requireSdk, skipIfUnfinished } = require('../common');

/** Headers the SDK sends on every API request; raw clients send the same. */
const HEADERS = {
  accept: 'application/xml',
  version: '4',
  authorization: 'Bearer bench-token',
  'user-agent': 'ovirt-bench/raw-undici',
};

/**
 * @param {{ ca?: string | null, connections?: number }} o
 */
function dispatcher(o) {
  const connect = o.ca ? { ca: fs.readFileSync(o.ca) } : undefined;
  return new undici.Agent({ connections: o.connections ?? null, connect, keepAliveTimeout: 60e3 });
}

/**
 * GET of `url` with undici.request; resolves to the response body stream.
 * @param {string} url
 * @param {undici.Dispatcher} d
 */
async function get(url, d) {
  const res = await undici.request(url, { method: 'GET', headers: HEADERS, dispatcher: d });
  if (res.statusCode !== 200) {
    await res.body.dump();
    throw new Error(`GET ${url}: HTTP ${res.statusCode}`);
  }
  return res.body;
}

/**
 * The whole body as one Buffer, as a buffered reader needs it: undici's own
 * collector (`body.arrayBuffer()`), the cheapest way it offers (an async
 * iterator over the chunks costs more per response).
 * @param {import('undici').Dispatcher.ResponseData['body']} body
 */
async function bytes(body) {
  return Buffer.from(await body.arrayBuffer());
}

/**
 * An SDK Connection to the benchmark server, or a SkipError when the SDK
 * does not have one yet. Uses the token option, so no SSO round trip.
 * @param {{ url: string, ca?: string | null, connections?: number }} o
 */
function sdkConnection(o) {
  const sdk = requireSdk('connection');
  /** @type {Record<string, unknown>} */
  const options = { url: o.url, username: 'admin@internal', password: 'bench', token: 'bench-token' };
  if (o.ca) options.ca = fs.readFileSync(o.ca, 'utf8');
  if (o.connections) options.connections = o.connections;
  try {
    return { sdk, connection: new sdk.Connection(options) };
  } catch (e) {
    return skipIfUnfinished(e);
  }
}

/**
 * Runs the SDK's first call; turns a "not implemented" placeholder into a skip.
 * @template T
 * @param {() => Promise<T>} call
 */
async function probe(call) {
  try {
    return await call();
  } catch (e) {
    return skipIfUnfinished(e);
  }
}

/** @param {any} connection */
async function closeQuietly(connection) {
  try {
    if (connection && typeof connection.close === 'function') await connection.close({ logout: false });
  } catch {
    // the benchmark is over
  }
}

module.exports = { HEADERS, dispatcher, get, bytes, sdkConnection, probe, closeQuietly };
