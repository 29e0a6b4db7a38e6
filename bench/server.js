// @ts-check
'use strict';
/**
 * A raw node:http(s) server on 127.0.0.1 replaying corpus bytes as an engine
 * would send them, for the end-to-end, concurrency and streaming benchmarks.
 * It runs in its own process (started and stopped by bench/run.js), so its
 * memory and CPU are not the client's; each file is read into memory once and
 * every response is that same Buffer.
 *
 *   GET  /ovirt-engine/api                 a small <api> document
 *   GET  /ovirt-engine/api/vms             the VM list file (vms-10000.xml)
 *   GET  /ovirt-engine/api/vms/{id}        one VM (the first of the VM file), ~12 KB
 *   GET  /ovirt-engine/api/events          the event list file (events-100000.xml)
 *   GET  /ovirt-engine/api/events/{id}     one event (the first of the event file), ~1 KB
 *   GET  /ovirt-engine/api/hosts           the host list file (hosts-1000.xml)
 *   GET  /ovirt-engine/api/hosts/{id}      one host (the first of the host file), ~9 KB
 *   POST /ovirt-engine/sso/oauth/token     an SSO token (JSON), for clients that log in
 *   GET|POST /ovirt-engine/services/sso-logout   200, empty
 *
 * Options (JSON in argv[2]): { vms, hosts, events, https }. With https, a
 * self-signed certificate for 127.0.0.1 is made once with openssl in
 * bench/out/tls/ (cert.pem is the CA to trust). Prints
 * {"port": N, "url": "...", "ca": "path or null", "vmId": "...", "hostId": "...", "eventId": "..."}
 * once listening.
 *
 * Run alone: node bench/server.js '{"vms":"bench/corpus/vms-1000.xml"}'
 */
const fs = require('node:fs');
const path = require('node:path');
const http = require('node:http');
const https = require('node:https');
const { execFileSync } = require('node:child_process');
const { OUT_DIR } = require('./common');
const { oneObject } = require('./corpus');

const opts = JSON.parse(process.argv[2] || '{}');
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** @type {Map<string, Buffer>} */
const routes = new Map();
/** @type {Record<string, string>} */
const ids = {};
// Each list file, and its first object as a document of its own (the GET of
// one VM ~12 KB, one host ~9 KB, one event ~1 KB).
for (const [option, collection, tag] of [
  ['vms', 'vms', 'vm'],
  ['hosts', 'hosts', 'host'],
  ['events', 'events', 'event'],
]) {
  if (!opts[option]) continue;
  routes.set(`/ovirt-engine/api/${collection}`, fs.readFileSync(opts[option]));
  const one = oneObject(opts[option], tag);
  ids[tag] = one.id;
  routes.set(`/ovirt-engine/api/${collection}/${one.id}`, one.bytes);
}
routes.set(
  '/ovirt-engine/api',
  Buffer.from(
    `${DECL}<api>\n    <link href="/ovirt-engine/api/vms" rel="vms"/>\n    <link href="/ovirt-engine/api/events" rel="events"/>\n` +
      '    <product_info><name>oVirt Engine</name><vendor>ovirt.org</vendor>' +
      '<version><build>0</build><full_version>4.6.0-bench</full_version><major>4</major><minor>6</minor><revision>0</revision></version></product_info>\n</api>\n',
  ),
);
const TOKEN = JSON.stringify({ access_token: 'bench-token', scope: 'ovirt-app-api', exp: String(Date.now() + 3600e3), token_type: 'bearer' });

/** @type {http.RequestListener} */
function handle(req, res) {
  const url = (req.url || '/').split('?')[0].replace(/\/+$/, '');
  if (url === '/ovirt-engine/sso/oauth/token' || url === '/ovirt-engine/services/sso-logout') {
    req.resume();
    req.on('end', () => {
      const body = url.endsWith('token') ? TOKEN : '';
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
      res.end(body);
    });
    return;
  }
  const body = req.method === 'GET' ? routes.get(url) : undefined;
  req.resume();
  if (body === undefined) {
    const fault = `${DECL}<fault><reason>Not Found</reason><detail>${req.method} ${url}</detail></fault>\n`;
    res.writeHead(404, { 'Content-Type': 'application/xml', 'Content-Length': Buffer.byteLength(fault) });
    res.end(fault);
    return;
  }
  res.writeHead(200, { 'Content-Type': 'application/xml;charset=UTF-8', 'Content-Length': body.length });
  res.end(body);
}

function tlsFiles() {
  const dir = path.join(OUT_DIR, 'tls');
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  if (!fs.existsSync(key) || !fs.existsSync(cert)) {
    fs.mkdirSync(dir, { recursive: true });
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '3650', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
      { stdio: ['ignore', 'ignore', 'pipe'] }, // its progress dots only on failure (in the thrown error)
    );
  }
  return { key, cert };
}

let ca = null;
/** @type {http.Server} */
let server;
if (opts.https) {
  const f = tlsFiles();
  ca = f.cert;
  server = https.createServer({ key: fs.readFileSync(f.key), cert: fs.readFileSync(f.cert) }, handle);
} else {
  server = http.createServer(handle);
}
server.keepAliveTimeout = 60e3;
server.headersTimeout = 65e3;
server.listen(0, '127.0.0.1', () => {
  const addr = /** @type {import('node:net').AddressInfo} */ (server.address());
  const scheme = opts.https ? 'https' : 'http';
  process.stdout.write(`${JSON.stringify({ port: addr.port, url: `${scheme}://127.0.0.1:${addr.port}/ovirt-engine/api`, ca, vmId: ids.vm ?? '', hostId: ids.host ?? '', eventId: ids.event ?? '' })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
// Started by bench/run.js with a stdin pipe: when the harness goes away,
// however it ends, the pipe closes and the server goes too.
if (opts.exitWithStdin) {
  process.stdin.on('end', () => process.exit(0));
  process.stdin.on('error', () => process.exit(0));
  process.stdin.resume();
}
