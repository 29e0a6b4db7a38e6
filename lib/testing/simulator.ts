/**
 * EngineSimulator: a stateful oVirt engine on a loopback HTTPS port, for
 * tests, examples, demos and benchmarks. See lib/testing/README.md.
 */
import { randomBytes } from 'node:crypto';
import { EventEmitter, once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import { createTlsMaterial } from './certificates';
import { BEHAVIOUR } from './behaviour';
import { type Clock, ManualClock, RealClock } from './clock';
import { type ApiReply, DEFAULT_DELAYS, type DirectoryOptions, Engine, type SimulatorDelays } from './engine';
import { SimulatorFault } from './faults';
import { installEngine } from './install';
import { API_PREFIX, deepCopy, type Obj } from './model';
import { stableId } from './random';
import { registerSeedPopulators, type SeedOptions, seedInventory } from './seed';

const gzipAsync = promisify(gzip);

export const SSO_TOKEN_PATH = '/ovirt-engine/sso/oauth/token';
export const SSO_REVOKE_PATH = '/ovirt-engine/services/sso-logout';
/** Where the engine's SSO issues tokens to HTTP Negotiate (Kerberos) logins. */
export const SSO_HTTP_AUTH_PATH = '/ovirt-engine/sso/oauth/token-http-auth';
const HTTP_GRANT = 'urn:ovirt:params:oauth:grant-type:http';

/** Whom a Negotiate token authenticates, and the server's reply token (mutual authentication), if any. */
export interface NegotiateResult {
  user: string;
  reply?: string;
}

/**
 * Checks the token of an `Authorization: Negotiate <token>` login (base64, as
 * sent): resolves to whom it authenticates, or to undefined (or rejects) to
 * refuse it.
 */
export type NegotiateVerifier = (token: string) => Promise<NegotiateResult | undefined> | NegotiateResult | undefined;

export interface EngineSimulatorOptions {
  /** Address to listen on (default `127.0.0.1`). */
  host?: string;
  /** Port (default 0: any free port). */
  port?: number;
  /** The user name SSO accepts (default `admin@internal`). */
  username?: string;
  /** The password SSO accepts (default: a random one, see `engine.password`). */
  password?: string;
  /** Lifetime of SSO tokens in ms (default one hour; `Infinity` for never). */
  tokenLifetimeMs?: number;
  /**
   * Verifies Kerberos logins at token-http-auth (with a GSSAPI acceptor and
   * the service keytab, say). Default: any well-formed GSSAPI token logs in
   * as `username`.
   */
  negotiate?: NegotiateVerifier;
  /** Durations of the simulated transitions in ms: one number for all, or some of them (defaults: DEFAULT_DELAYS). */
  delays?: number | Partial<SimulatorDelays>;
  /** A seeded inventory; without it the engine starts as a fresh installation (Default data center and cluster). */
  seed?: SeedOptions;
  /** The TLS key and certificate chain to serve, and the CA to hand out (default: made at start). */
  tls?: { key: string | Buffer; cert: string | Buffer; ca: string };
  /** More names for the generated server certificate (it always has localhost, 127.0.0.1 and ::1). */
  certificateNames?: readonly string[];
  /** Compress responses with gzip when the client asks (default false: the body is sent as is). */
  compression?: boolean;
  /** Largest request body accepted (default 64 MiB). */
  maxBodyBytes?: number;
  /** Most events kept (default 100 000). */
  maxEvents?: number;
  /** Render the seeded entities in the background after start, so the first lists come from the cache (default true). */
  warmCache?: boolean;
  /**
   * `'real'` (default): the wall clock. `'manual'`: time stands still until
   * `advance(ms)`; transitions, token expiry, injected latency and slow
   * bodies all wait for it, and the times the engine writes are its time.
   */
  clock?: 'real' | 'manual';
  /** Where a manual clock starts (default: the wall clock's time at start). */
  startTime?: Date | string | number;
  /**
   * Users and groups of the `internal-authz` directory besides `admin`
   * (names without the domain), as `ovirt-aaa-jdbc-tool` would add them:
   * `POST /users` finds them there.
   */
  directory?: DirectoryOptions;
}

/**
 * Faults to inject into API requests (not SSO), for tests and benchmarks.
 * `latencyMs` and `slowBodyBytesPerSec` stay until changed (0 turns them
 * off); `status5xx` and `dropConnections` count down with the requests
 * they hit; `expireTokens` happens at once.
 */
export interface FaultInjection {
  /** Extra time before every API request is handled, in ms. */
  latencyMs?: number;
  /** Send response bodies at this many bytes per second (0: at full speed). */
  slowBodyBytesPerSec?: number;
  /** Answer the next n API requests with a 5xx status (see `status5xxCode`) and an HTML body, as a proxy would. */
  status5xx?: number;
  /** The status of those replies (default 503). */
  status5xxCode?: number;
  /** Close the connection of the next n API requests without answering. */
  dropConnections?: number;
  /** Expire every SSO token issued so far: the next API request with one gets 401. */
  expireTokens?: boolean;
}

/** The options to give `new Connection(...)` to reach the simulator. */
export interface SimulatorConnectionOptions {
  url: string;
  username: string;
  password: string;
  ca: string;
}

/** One handled request, as the `request` event reports it. */
const EMPTY_BODY: Buffer = Buffer.alloc(0);

export interface RequestRecord {
  method: string;
  /** Path and query, as requested. */
  url: string;
  status: number;
  /** Response body size in bytes (as sent, after compression). */
  bytes: number;
  /** From the request's arrival until the last byte was handed to the socket. */
  durationMs: number;
  /** Time the engine took to make the response (routing, state, XML), without sending it. */
  handleMs: number;
  /** `api`, `sso` or `other`. */
  kind: 'api' | 'sso' | 'other';
  /**
   * The request body as received (empty when it had none). For SSO requests
   * it is left empty: it holds the password.
   */
  body: Buffer;
}

export interface SimulatorStats {
  requests: number;
  apiRequests: number;
  ssoRequests: number;
  bytesSent: number;
  connections: number;
}

interface TokenInfo {
  user: string;
  expires: number;
}

function resolveDelays(delays: EngineSimulatorOptions['delays']): SimulatorDelays {
  if (delays === undefined) return { ...DEFAULT_DELAYS };
  if (typeof delays === 'number') {
    if (!(delays >= 0)) throw new TypeError(`delays must be 0 or more, got ${delays}`);
    const all = { ...DEFAULT_DELAYS };
    for (const k of Object.keys(all) as (keyof SimulatorDelays)[]) all[k] = delays;
    return all;
  }
  const out = { ...DEFAULT_DELAYS };
  for (const [k, v] of Object.entries(delays)) {
    if (!(k in out)) throw new TypeError(`Unknown delay '${k}'; known: ${Object.keys(out).join(', ')}`);
    if (typeof v !== 'number' || !(v >= 0)) throw new TypeError(`delays.${k} must be 0 or more, got ${String(v)}`);
    out[k as keyof SimulatorDelays] = v;
  }
  return out;
}

function makeClock(options: EngineSimulatorOptions): Clock {
  const kind = options.clock ?? 'real';
  if (kind === 'real') {
    if (options.startTime !== undefined) throw new TypeError('startTime needs clock: \'manual\'');
    return new RealClock();
  }
  if (kind !== 'manual') throw new TypeError(`clock must be 'real' or 'manual', got ${String(kind)}`);
  const start = options.startTime === undefined ? Date.now() : new Date(options.startTime).getTime();
  if (Number.isNaN(start)) throw new TypeError(`startTime is not a valid date: ${String(options.startTime)}`);
  return new ManualClock(start);
}

function json(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): number {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': body.length, 'Cache-Control': 'no-store', ...headers });
  res.end(body);
  return body.length;
}

/**
 * The default Negotiate check: the token is base64 of a GSSAPI initial
 * context token (RFC 2743 3.1: tag 0x60, a DER length that spans the rest,
 * then the mechanism's OID), as SPNEGO and Kerberos send.
 */
function wellFormedGssToken(token: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(token) || token.length % 4 !== 0) return false;
  const der = Buffer.from(token, 'base64');
  if (der.length < 4 || der[0] !== 0x60) return false;
  let length = der[1];
  let at = 2;
  if (length & 0x80) {
    const bytes = length & 0x7f;
    if (bytes === 0 || bytes > 4 || der.length < 2 + bytes) return false;
    length = 0;
    for (let i = 0; i < bytes; i++) length = length * 256 + der[at++];
  }
  return at + length === der.length && der[at] === 0x06;
}

/** The 401 of an SSO that wants HTTP Negotiate, as the web server in front of the engine's SSO sends it. */
function negotiateChallenge(res: ServerResponse): number {
  const html = Buffer.from(
    '<!DOCTYPE html><html><head><title>401 Unauthorized</title></head><body><h1>Unauthorized</h1>' +
      '<p>Log in with Kerberos (HTTP Negotiate) to get a token here.</p></body></html>',
    'utf8',
  );
  res.writeHead(401, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': html.length, 'WWW-Authenticate': 'Negotiate' });
  res.end(html);
  return html.length;
}

function invalidScope(res: ServerResponse, scope: string): number {
  return json(res, 400, { error: 'invalid_scope', error_description: `The scope '${scope}' does not include 'ovirt-app-api'` });
}

/**
 * A simulated oVirt engine over HTTPS on a loopback port.
 *
 *   const engine = await EngineSimulator.start({ seed: { vms: 100 }, delays: 0 });
 *   const connection = new Connection(engine.connectionOptions());
 *   ...
 *   await engine.stop();
 */
export class EngineSimulator extends EventEmitter {
  /** The API URL: `https://127.0.0.1:<port>/ovirt-engine/api`. */
  readonly url: string;
  /** PEM of the CA that signed the server certificate. */
  readonly ca: string;
  readonly username: string;
  readonly password: string;
  readonly host: string;
  readonly port: number;
  /** What the seed made (empty when not seeded). */
  readonly seeded: Readonly<Record<string, number>>;

  readonly #engine: Engine;
  readonly #server: https.Server;
  readonly #tokens = new Map<string, TokenInfo>();
  readonly #options: EngineSimulatorOptions;
  readonly #tokenLifetime: number;
  readonly #maxBody: number;
  readonly #sockets = new Set<Socket>();
  #faults: Required<Omit<FaultInjection, 'expireTokens'>> = {
    latencyMs: 0,
    slowBodyBytesPerSec: 0,
    status5xx: 0,
    status5xxCode: 503,
    dropConnections: 0,
  };
  #stats: SimulatorStats = { requests: 0, apiRequests: 0, ssoRequests: 0, bytesSent: 0, connections: 0 };
  #stopped: Promise<void> | undefined;

  private constructor(options: EngineSimulatorOptions, engine: Engine, server: https.Server, ca: string, seeded: Record<string, number>) {
    super();
    this.#options = options;
    this.#engine = engine;
    this.#server = server;
    this.ca = ca;
    this.seeded = seeded;
    this.username = engine.config.username;
    this.password = options.password ?? randomBytes(12).toString('base64url');
    this.#tokenLifetime = options.tokenLifetimeMs ?? 3600_000;
    this.#maxBody = options.maxBodyBytes ?? 64 * 2 ** 20;
    const address = server.address() as AddressInfo;
    this.host = address.address;
    this.port = address.port;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    this.url = `https://${host}:${address.port}${API_PREFIX}`;
  }

  /** Starts a simulator: makes its CA and certificate, seeds the inventory, listens. */
  static async start(options: EngineSimulatorOptions = {}): Promise<EngineSimulator> {
    if (options.negotiate !== undefined && typeof options.negotiate !== 'function') {
      throw new TypeError(`negotiate must be a function (token) => { user, reply? } | undefined, got ${typeof options.negotiate}`);
    }
    const username = options.username ?? 'admin@internal';
    const engine = new Engine({ delays: resolveDelays(options.delays), behaviour: BEHAVIOUR, username, maxEvents: options.maxEvents ?? 100_000, clock: makeClock(options), directory: options.directory });
    const seedValue = options.seed?.random ?? 1;
    installEngine(engine, stableId(seedValue, 'user', 0), options.seed === undefined);
    registerSeedPopulators(engine, seedValue);
    const seeded = options.seed === undefined ? {} : seedInventory(engine, options.seed);
    engine.apiRoot(); // uses the XML layer once: a native addon that can't load fails start(), not a later request

    const tls = options.tls ?? (() => {
      const m = createTlsMaterial({ names: ['localhost', '127.0.0.1', '::1', ...(options.certificateNames ?? [])] });
      return { key: m.key, cert: m.cert, ca: m.caCert };
    })();
    const server = https.createServer({ key: tls.key, cert: tls.cert, keepAlive: true });
    server.keepAliveTimeout = 60_000;
    server.headersTimeout = 65_000;
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1');
    try {
      await once(server, 'listening');
    } catch (error) {
      engine.stop();
      throw error;
    }
    const simulator = new EngineSimulator(options, engine, server, tls.ca, seeded);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => void simulator.#serve(req, res));
    server.on('secureConnection', (socket: Socket) => {
      simulator.#stats.connections++;
      simulator.#sockets.add(socket);
      socket.once('close', () => simulator.#sockets.delete(socket));
    });
    server.on('tlsClientError', () => undefined);
    server.on('clientError', (_err: Error, socket: Socket) => socket.destroy());
    if (options.warmCache !== false && options.seed !== undefined) engine.warmUp(['vms', 'hosts', 'clusters', 'datacenters', 'storagedomains', 'templates', 'disks']);
    return simulator;
  }

  /** The options for `new Connection(...)`: URL, credentials and the CA to trust. */
  connectionOptions(): SimulatorConnectionOptions {
    return { url: this.url, username: this.username, password: this.password, ca: this.ca };
  }

  /** Stops listening, closes every connection and cancels pending transitions. */
  stop(): Promise<void> {
    this.#stopped ??= (async () => {
      this.#engine.stop();
      const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
      this.#server.closeAllConnections();
      for (const s of this.#sockets) s.destroy();
      await closed;
    })();
    return this.#stopped;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.stop();
  }

  // ---- controls for tests and benchmarks ----

  /** Injects faults into the following API requests (see {@link FaultInjection}). */
  inject(faults: FaultInjection): void {
    const f = this.#faults;
    const count = (v: number | undefined, name: string): number | undefined => {
      if (v === undefined) return undefined;
      if (typeof v !== 'number' || !(v >= 0)) throw new TypeError(`inject: ${name} must be 0 or more, got ${String(v)}`);
      return v;
    };
    f.latencyMs = count(faults.latencyMs, 'latencyMs') ?? f.latencyMs;
    f.slowBodyBytesPerSec = count(faults.slowBodyBytesPerSec, 'slowBodyBytesPerSec') ?? f.slowBodyBytesPerSec;
    f.status5xx = count(faults.status5xx, 'status5xx') ?? f.status5xx;
    f.dropConnections = count(faults.dropConnections, 'dropConnections') ?? f.dropConnections;
    if (faults.status5xxCode !== undefined) {
      if (!Number.isInteger(faults.status5xxCode) || faults.status5xxCode < 500 || faults.status5xxCode > 599) {
        throw new TypeError(`inject: status5xxCode must be a 5xx status, got ${faults.status5xxCode}`);
      }
      f.status5xxCode = faults.status5xxCode;
    }
    if (faults.expireTokens === true) this.expireTokens();
  }

  /** Turns every injected fault off. */
  clearFaults(): void {
    this.#faults = { latencyMs: 0, slowBodyBytesPerSec: 0, status5xx: 0, status5xxCode: 503, dropConnections: 0 };
  }

  /** The faults in force now. */
  get faults(): Readonly<Required<Omit<FaultInjection, 'expireTokens'>>> {
    return { ...this.#faults };
  }

  /** Expires every SSO token issued so far (the clients must log in again). */
  expireTokens(): void {
    for (const t of this.#tokens.values()) t.expires = 0;
  }

  /** Tokens currently valid. */
  get activeTokens(): number {
    const now = this.#engine.clock.now();
    let n = 0;
    for (const t of this.#tokens.values()) if (t.expires > now) n++;
    return n;
  }

  /** The clock's kind: `'real'` or `'manual'`. */
  get clock(): 'real' | 'manual' {
    return this.#engine.clock.kind;
  }

  /** The simulator's time (the wall clock's, or the manual clock's). */
  get now(): Date {
    return this.#engine.date();
  }

  /**
   * Moves a manual clock `ms` forward: the transitions, token expiries and
   * waits (injected latency, slow bodies) that come due happen, in the
   * order of their times. Throws with a real clock.
   */
  advance(ms: number): void {
    const clock = this.#engine.clock;
    if (!(clock instanceof ManualClock)) throw new Error("advance() needs a manual clock: EngineSimulator.start({ clock: 'manual' })");
    clock.advance(ms);
  }

  /**
   * Resolves once `count` requests (default 1) are waiting on the clock
   * (injected latency or a slow body between two chunks): with a manual
   * clock, the moment to `advance()` them.
   */
  waiting(count = 1): Promise<void> {
    if (this.#sleeping >= count) return Promise.resolve();
    return new Promise((resolve) => this.#sleepWaiters.push({ count, resolve }));
  }

  /** Requests waiting on the clock now. */
  get waitingRequests(): number {
    return this.#sleeping;
  }

  #sleeping = 0;
  #sleepWaiters: { count: number; resolve: () => void }[] = [];

  /** Waits `ms` of the simulator's clock, counted as a waiting request until the time comes. */
  #sleep(ms: number): Promise<void> {
    const clock = this.#engine.clock;
    this.#sleeping++;
    const ready = this.#sleepWaiters.filter((w) => this.#sleeping >= w.count);
    this.#sleepWaiters = this.#sleepWaiters.filter((w) => this.#sleeping < w.count);
    for (const w of ready) w.resolve();
    return new Promise((resolve) =>
      clock.schedule(clock.now() + ms, () => {
        this.#sleeping--;
        resolve();
      }),
    );
  }

  /** Runs every pending transition now (VMs reach `up`/`down`, disks `ok`, ...). */
  settle(): void {
    this.#engine.scheduler.settle();
  }

  /** Transitions still to come. */
  get pendingTransitions(): number {
    return this.#engine.scheduler.pending;
  }

  get stats(): Readonly<SimulatorStats> {
    return { ...this.#stats };
  }

  /** The id of the last event recorded (events have increasing ids). */
  get lastEventId(): number {
    return this.#engine.lastEventId;
  }

  /**
   * Copies of the objects of a collection, by API path (`vms`,
   * `vms/<id>/nics`), as the SDK's types; an unknown path throws.
   */
  objects(path: string): object[] {
    const route = this.#engine.store.walk(path.split('/').filter((s) => s !== ''));
    if (route.collection === undefined) throw new Error(`'${path}' is not a collection`);
    return route.collection.entities().map((e) => deepCopy((e.target ?? e).obj));
  }

  /** A copy of the object at an API path (`vms/<id>`), or undefined when there is none. */
  object(path: string): object | undefined {
    const e = this.#engine.store.resolve(path);
    return e === undefined ? undefined : deepCopy((e.target ?? e).obj as Obj);
  }

  // ---- HTTP ----

  async #serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = process.hrtime.bigint();
    const rawUrl = req.url ?? '/';
    const pathname = rawUrl.split('?')[0];
    const kind: RequestRecord['kind'] =
      pathname === API_PREFIX || pathname.startsWith(`${API_PREFIX}/`)
        ? 'api'
        : pathname === SSO_TOKEN_PATH || pathname === SSO_REVOKE_PATH || pathname === SSO_HTTP_AUTH_PATH
          ? 'sso'
          : 'other';
    this.#stats.requests++;
    if (kind === 'api') this.#stats.apiRequests++;
    if (kind === 'sso') this.#stats.ssoRequests++;
    let bytes = 0;
    let handleMs = 0;
    let requestBody: Buffer = EMPTY_BODY;
    res.once('finish', () => {
      this.#stats.bytesSent += bytes;
      if (this.listenerCount('request') > 0) {
        const record: RequestRecord = {
          method: req.method ?? '',
          url: rawUrl,
          status: res.statusCode,
          bytes,
          durationMs: Number(process.hrtime.bigint() - started) / 1e6,
          handleMs,
          kind,
          body: kind === 'sso' ? EMPTY_BODY : requestBody,
        };
        this.emit('request', record);
      }
    });
    try {
      if (kind === 'api') {
        const f = this.#faults;
        if (f.dropConnections > 0) {
          f.dropConnections--;
          req.socket.destroy();
          return;
        }
        if (f.latencyMs > 0) await this.#sleep(f.latencyMs);
      }
      const body = await this.#readBody(req);
      requestBody = body;
      if (kind === 'sso') {
        bytes =
          pathname === SSO_TOKEN_PATH
            ? this.#token(req, res, body)
            : pathname === SSO_HTTP_AUTH_PATH
              ? await this.#negotiateToken(req, res, body)
              : this.#revoke(req, res, body);
        return;
      }
      if (kind === 'other') {
        bytes = await this.#send(req, res, { status: 404, body: Buffer.from(new SimulatorFault(404, `No resource at '${pathname}'`, 'Not Found').xml(), 'utf8') });
        return;
      }
      if (this.#faults.status5xx > 0) {
        this.#faults.status5xx--;
        const code = this.#faults.status5xxCode;
        const html = Buffer.from(`<html><head><title>${code} Service Unavailable</title></head><body><h1>Service Unavailable</h1><p>The server is temporarily unable to service your request.</p></body></html>`);
        res.writeHead(code, { 'Content-Type': 'text/html; charset=iso-8859-1', 'Content-Length': html.length });
        res.end(html);
        bytes = html.length;
        return;
      }
      const denied = this.#authenticate(req);
      if (denied !== undefined) {
        bytes = await this.#send(req, res, denied);
        return;
      }
      let reply: ApiReply;
      try {
        const segments = pathname
          .slice(API_PREFIX.length)
          .split('/')
          .filter((s) => s !== '')
          .map((s) => {
            try {
              return decodeURIComponent(s);
            } catch {
              throw new SimulatorFault(400, `The path segment '${s}' is not valid percent-encoding`);
            }
          });
        const query = new URLSearchParams(rawUrl.includes('?') ? rawUrl.slice(rawUrl.indexOf('?') + 1) : '');
        const allContent = req.headers['all-content'];
        if (typeof allContent === 'string' && !query.has('all_content')) query.set('all_content', allContent);
        const correlationId = req.headers['correlation-id'];
        if (typeof correlationId === 'string' && !query.has('correlation_id')) query.set('correlation_id', correlationId);
        const before = process.hrtime.bigint();
        try {
          reply = this.#engine.handle({ method: req.method ?? 'GET', segments, query, body });
        } finally {
          handleMs = Number(process.hrtime.bigint() - before) / 1e6;
        }
      } catch (error) {
        if (error instanceof SimulatorFault) reply = { status: error.status, body: Buffer.from(error.xml(), 'utf8') };
        else {
          const message = error instanceof Error ? error.message : String(error);
          reply = { status: 500, body: Buffer.from(new SimulatorFault(500, `Internal simulator error: ${message}`).xml(), 'utf8') };
        }
      }
      bytes = await this.#send(req, res, reply);
    } catch (error) {
      if (!res.headersSent && !res.destroyed) {
        const fault = error instanceof SimulatorFault ? error : new SimulatorFault(500, `Internal simulator error: ${(error as Error).message}`);
        bytes = await this.#send(req, res, { status: fault.status, body: Buffer.from(fault.xml(), 'utf8') }).catch(() => 0);
      } else {
        res.destroy();
      }
    }
  }

  #readBody(req: IncomingMessage): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > this.#maxBody) {
          reject(new SimulatorFault(413, `The request body is larger than ${this.#maxBody} bytes`, 'Payload Too Large'));
          req.destroy();
          return;
        }
        chunks.push(chunk);
      });
      req.on('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
      req.on('error', reject);
    });
  }

  /** Sends an API reply: XML, compressed when asked and enabled, slowly when injected. Returns the bytes sent. */
  async #send(req: IncomingMessage, res: ServerResponse, reply: ApiReply): Promise<number> {
    let parts: Buffer[] = reply.body === undefined ? [] : Array.isArray(reply.body) ? reply.body : [reply.body];
    let length = 0;
    for (const p of parts) length += p.length;
    const headers: Record<string, string | number> = { ...(reply.headers ?? {}) };
    if (length > 0) headers['Content-Type'] = 'application/xml;charset=UTF-8';
    const location = headers.Location;
    if (typeof location === 'string' && location.startsWith('/')) headers.Location = `https://${req.headers.host ?? `${this.host}:${this.port}`}${location}`;
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const rate = this.#faults.slowBodyBytesPerSec;
    if (this.#options.compression === true && length > 1024 && /\bgzip\b/.test(accepts)) {
      parts = [await gzipAsync(Buffer.concat(parts, length))];
      length = parts[0].length;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = length;
    res.writeHead(reply.status, headers);
    if (rate > 0 && length > 0) {
      const body = Buffer.concat(parts, length);
      const tick = 50;
      const chunk = Math.max(1, Math.floor((rate * tick) / 1000));
      for (let at = 0; at < body.length && !res.destroyed; at += chunk) {
        res.write(body.subarray(at, Math.min(body.length, at + chunk)));
        if (at + chunk < body.length) await this.#sleep(tick);
      }
      res.end();
    } else if (parts.length <= 1) {
      res.end(parts[0]);
    } else {
      // Many parts (a list): hand them over in batches of about 1 MiB.
      let batch: Buffer[] = [];
      let size = 0;
      for (const p of parts) {
        batch.push(p);
        size += p.length;
        if (size >= 1 << 20) {
          res.write(batch.length === 1 ? batch[0] : Buffer.concat(batch, size));
          batch = [];
          size = 0;
        }
      }
      res.end(batch.length === 0 ? undefined : Buffer.concat(batch, size));
    }
    return length;
  }

  /** undefined when the request may go on, else the 401 reply. */
  #authenticate(req: IncomingMessage): ApiReply | undefined {
    const header = req.headers.authorization;
    const deny = (detail: string): ApiReply => ({
      status: 401,
      body: Buffer.from(new SimulatorFault(401, detail, 'Unauthorized').xml(), 'utf8'),
      headers: { 'WWW-Authenticate': 'Bearer realm="RESTAPI"' },
    });
    if (header === undefined) return deny('The request has no Authorization header');
    const [scheme, value] = header.split(/\s+/, 2);
    if (scheme.toLowerCase() === 'bearer' && value !== undefined) {
      const token = this.#tokens.get(value);
      if (token === undefined) return deny('The access token is not valid');
      if (token.expires <= this.#engine.clock.now()) {
        this.#tokens.delete(value);
        return deny('The access token has expired');
      }
      return undefined;
    }
    if (scheme.toLowerCase() === 'basic' && value !== undefined) {
      const text = Buffer.from(value, 'base64').toString('utf8');
      const colon = text.indexOf(':');
      if (colon > 0 && text.slice(0, colon) === this.username && text.slice(colon + 1) === this.password) return undefined;
      return deny('The user name or password is incorrect');
    }
    return deny(`The authorization scheme '${scheme}' is not supported`);
  }

  /** POST /ovirt-engine/sso/oauth/token (password grant). */
  #token(req: IncomingMessage, res: ServerResponse, body: Buffer): number {
    if (req.method !== 'POST') return json(res, 405, { error: 'invalid_request', error_description: 'The token endpoint accepts only POST' });
    const form = new URLSearchParams(body.toString('utf8'));
    const grant = form.get('grant_type');
    if (grant !== 'password') {
      return json(res, 400, { error: 'unsupported_grant_type', error_description: `The grant type '${grant ?? ''}' is not supported; use 'password'` });
    }
    const scope = form.get('scope') ?? '';
    if (!scope.split(/\s+/).includes('ovirt-app-api')) return invalidScope(res, scope);
    const username = form.get('username');
    const password = form.get('password');
    if (username === null || password === null || username === '') {
      return json(res, 400, { error: 'invalid_request', error_description: 'The username and password are required' });
    }
    if (username !== this.username || password !== this.password) {
      return json(res, 401, {
        error: 'access_denied',
        error_description: `Cannot authenticate user '${username}': The username or password is incorrect..`,
      });
    }
    return this.#issue(req, res, username, scope);
  }

  /** POST /ovirt-engine/sso/oauth/token-http-auth (the http grant, authenticated with HTTP Negotiate). */
  async #negotiateToken(req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<number> {
    if (req.method !== 'POST') return json(res, 405, { error: 'invalid_request', error_description: 'The token endpoint accepts only POST' });
    const form = new URLSearchParams(body.toString('utf8'));
    const grant = form.get('grant_type');
    if (grant !== HTTP_GRANT) {
      return json(res, 400, { error: 'unsupported_grant_type', error_description: `The grant type '${grant ?? ''}' is not supported here; use '${HTTP_GRANT}'` });
    }
    const scope = form.get('scope') ?? '';
    if (!scope.split(/\s+/).includes('ovirt-app-api')) return invalidScope(res, scope);
    const match = /^Negotiate\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
    if (match === null) return negotiateChallenge(res);
    const verify = this.#options.negotiate ?? ((token: string) => (wellFormedGssToken(token) ? { user: this.username } : undefined));
    let result: NegotiateResult | undefined;
    try {
      result = await verify(match[1]);
    } catch {
      result = undefined;
    }
    if (result === undefined) return negotiateChallenge(res);
    return this.#issue(req, res, result.user, scope, result.reply === undefined ? {} : { 'WWW-Authenticate': `Negotiate ${result.reply}` });
  }

  /** A new token for `user`: the SSO's success reply. */
  #issue(req: IncomingMessage, res: ServerResponse, user: string, scope: string, headers: Record<string, string> = {}): number {
    const token = randomBytes(48).toString('base64url');
    const now = this.#engine.clock.now();
    const expires = now + this.#tokenLifetime;
    if (this.#tokens.size >= 1000) for (const [t, info] of this.#tokens) if (info.expires <= now) this.#tokens.delete(t);
    this.#tokens.set(token, { user, expires });
    this.#engine.event(30, `User ${this.#engine.actor} connecting from '${req.socket.remoteAddress ?? '127.0.0.1'}' using session '${token.slice(0, 16)}' logged in.`);
    const exp = Number.isFinite(expires) ? String(expires) : String(Number.MAX_SAFE_INTEGER);
    return json(res, 200, { access_token: token, scope, exp, token_type: 'bearer' }, headers);
  }

  /** POST /ovirt-engine/services/sso-logout (scope, token). */
  #revoke(req: IncomingMessage, res: ServerResponse, body: Buffer): number {
    if (req.method !== 'POST' && req.method !== 'GET') return json(res, 405, { error: 'invalid_request', error_description: 'Use POST' });
    const form = new URLSearchParams(req.method === 'GET' ? (req.url ?? '').split('?')[1] ?? '' : body.toString('utf8'));
    const token = form.get('token');
    if (token === null || token === '') return json(res, 400, { error: 'invalid_request', error_description: 'The token parameter is required' });
    if (this.#tokens.delete(token)) this.#engine.event(31, `User ${this.#engine.actor} logged out.`);
    return json(res, 200, {});
  }
}
