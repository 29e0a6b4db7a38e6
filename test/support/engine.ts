/**
 * A small HTTPS stand-in for the engine, for the runtime tests: the SSO
 * token and logout endpoints, bearer-token checks on the API, and routes a
 * test fills in. It records every request and how many API requests are in
 * flight at once. Loopback only.
 */
import { once } from 'node:events';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import * as https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import type { KeyPair } from './certs';

export const API_PATH = '/ovirt-engine/api';
export const SSO_PATH = '/ovirt-engine/sso/oauth/token';
export const LOGOUT_PATH = '/ovirt-engine/services/sso-logout';

export interface RecordedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The raw header lines, names as sent. */
  rawHeaders: string[];
  body: Buffer;
  /** Number of the TLS connection it came on (1, 2, ...). */
  connection: number;
}

export type Handler = (request: RecordedRequest, response: ServerResponse) => void | Promise<void>;

export interface EngineOptions {
  /** The server's key and certificate. */
  tls: KeyPair;
  /** Accepted user name and password (default admin@internal / s3cret-Passw0rd). */
  username?: string;
  password?: string;
  /** Listen on this host (default 127.0.0.1). */
  host?: string;
}

export const USERNAME = 'admin@internal';
export const PASSWORD = 's3cret-Passw0rd';

export function sendXml(response: ServerResponse, status: number, xml: string, headers: Record<string, string> = {}): void {
  const body = Buffer.from(xml, 'utf8');
  response.writeHead(status, { 'Content-Type': 'application/xml;charset=UTF-8', 'Content-Length': body.length, ...headers });
  response.end(body);
}

export function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  response.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': body.length });
  response.end(body);
}

export function sendText(response: ServerResponse, status: number, type: string, text: string, statusText?: string): void {
  const body = Buffer.from(text, 'utf8');
  const headers = { 'Content-Type': type, 'Content-Length': String(body.length) };
  if (statusText !== undefined) response.writeHead(status, statusText, headers);
  else response.writeHead(status, headers);
  response.end(body);
}

export class TestEngine {
  readonly requests: RecordedRequest[] = [];
  /** Tokens the API accepts. */
  readonly validTokens = new Set<string>();
  /** Tokens revoked through the logout endpoint. */
  readonly revoked: string[] = [];
  /** API requests being handled now, and the most at once. */
  inFlight = 0;
  maxInFlight = 0;
  /** TLS connections accepted so far. */
  connections = 0;
  /** Replaces the SSO endpoint's behaviour when set. */
  ssoHandler: Handler | undefined;
  logoutHandler: Handler | undefined;
  /** Skip the bearer-token check of API requests. */
  open = false;
  private issued = 0;
  private readonly routes = new Map<string, Handler>();
  private readonly rawRoutes = new Map<string, Handler>();
  private readonly sockets = new Set<Socket>();
  /** Promises of {@link arrived} waiting for a number of API requests. */
  private readonly waiters: { count: number; resolve: () => void }[] = [];
  private readonly socketIds = new WeakMap<Socket, number>();

  private constructor(
    private readonly server: https.Server,
    private readonly options: EngineOptions,
  ) {}

  static async start(options: EngineOptions): Promise<TestEngine> {
    // Headers up to 128 KiB: tests send very long tokens.
    const server = https.createServer({ key: options.tls.key, cert: options.tls.cert, keepAliveTimeout: 5000, maxHeaderSize: 128 * 1024 });
    const engine = new TestEngine(server, options);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => void engine.handle(req, res));
    server.on('secureConnection', (socket: Socket) => {
      engine.connections++;
      engine.socketIds.set(socket, engine.connections);
    });
    server.on('connection', (socket: Socket) => {
      engine.sockets.add(socket);
      socket.on('close', () => engine.sockets.delete(socket));
    });
    server.on('tlsClientError', () => undefined);
    server.listen(0, options.host ?? '127.0.0.1');
    await once(server, 'listening');
    return engine;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** `https://127.0.0.1:<port>` */
  get origin(): string {
    return `https://${this.options.host ?? '127.0.0.1'}:${this.port}`;
  }

  /** The API URL: `https://127.0.0.1:<port>/ovirt-engine/api` */
  get url(): string {
    return `${this.origin}${API_PATH}`;
  }

  /** API requests only (not SSO). */
  get apiRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.path.startsWith(API_PATH));
  }

  get ssoRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.path === SSO_PATH);
  }

  /** Handles `METHOD /path` below the API (`'GET vms'`, `'GET '` for the root). */
  route(method: string, path: string, handler: Handler): this {
    this.routes.set(`${method} ${API_PATH}${path === '' ? '' : `/${path}`}`, handler);
    return this;
  }

  /** Handles `METHOD /any/path` outside the API (custom SSO URLs, say). */
  routeRaw(method: string, path: string, handler: Handler): this {
    this.rawRoutes.set(`${method} ${path}`, handler);
    return this;
  }

  /** Makes a new valid token, as SSO would. */
  issueToken(): string {
    const token = `tok-${++this.issued}-${Math.random().toString(36).slice(2, 12)}`;
    this.validTokens.add(token);
    return token;
  }

  /** Forgets the recorded requests, routes and handlers (between tests). */
  reset(): void {
    this.requests.length = 0;
    this.revoked.length = 0;
    this.routes.clear();
    this.rawRoutes.clear();
    this.ssoHandler = undefined;
    this.logoutHandler = undefined;
    this.open = false;
    this.maxInFlight = 0;
  }

  /** Resolves once `count` API requests (SSO aside) have arrived since the last reset. */
  arrived(count = 1): Promise<void> {
    if (this.apiRequests.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count, resolve }));
  }

  /** Closes every open socket (the client sees its keep-alive connections drop); resolves once they are closed. */
  async dropConnections(): Promise<void> {
    const closed = [...this.sockets].map((socket) => (socket.closed ? undefined : once(socket, 'close')));
    for (const socket of this.sockets) socket.destroy();
    await Promise.all(closed);
  }

  async close(): Promise<void> {
    await this.dropConnections();
    this.server.close();
    if (this.server.listening) await once(this.server, 'close').catch(() => undefined);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'https://engine');
    const request: RecordedRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      // The path as sent (a URL object would resolve dot segments).
      path: (req.url ?? '/').split('?')[0],
      query: url.searchParams,
      headers: req.headers,
      rawHeaders: req.rawHeaders,
      body: Buffer.concat(chunks),
      connection: this.socketIds.get(req.socket as Socket) ?? 0,
    };
    this.requests.push(request);
    if (request.path.startsWith(API_PATH)) {
      const count = this.apiRequests.length;
      for (const waiter of this.waiters.filter((w) => w.count <= count)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
    try {
      const raw = this.rawRoutes.get(`${request.method} ${request.path}`);
      if (raw !== undefined) return await raw(request, res);
      if (request.path === SSO_PATH && req.method === 'POST') return await (this.ssoHandler ?? this.sso)(request, res);
      if (request.path === LOGOUT_PATH && req.method === 'POST') return await (this.logoutHandler ?? this.logout)(request, res);
      if (!request.path.startsWith(API_PATH)) return sendText(res, 404, 'text/html', '<html><body><h1>Not Found</h1></body></html>');
      this.inFlight++;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      try {
        await this.api(request, res);
      } finally {
        this.inFlight--;
      }
    } catch (error) {
      if (!res.headersSent) sendText(res, 500, 'text/plain', `test engine error: ${(error as Error).message}`);
      else res.destroy();
    }
  }

  private readonly sso: Handler = (request, res) => {
    const form = new URLSearchParams(request.body.toString('utf8'));
    const { username = USERNAME, password = PASSWORD } = this.options;
    if (form.get('grant_type') !== 'password' || form.get('scope') !== 'ovirt-app-api') {
      return sendJson(res, 400, { error_code: 'invalid_request', error: 'Bad grant type or scope.' });
    }
    if (form.get('username') !== username || form.get('password') !== password) {
      return sendJson(res, 400, { error_code: 'access_denied', error: 'Cannot authenticate user: wrong user name or password.' });
    }
    sendJson(res, 200, { access_token: this.issueToken(), scope: 'ovirt-app-api', token_type: 'bearer', exp: String(Date.now() + 3_600_000) });
  };

  private readonly logout: Handler = (request, res) => {
    const form = new URLSearchParams(request.body.toString('utf8'));
    const token = form.get('token') ?? '';
    this.validTokens.delete(token);
    this.revoked.push(token);
    sendJson(res, 200, {});
  };

  private async api(request: RecordedRequest, res: ServerResponse): Promise<void> {
    if (!this.open) {
      const auth = request.headers.authorization ?? '';
      const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
      if (!this.validTokens.has(token)) {
        return sendText(res, 401, 'text/html', '<html><head><title>Error</title></head><body>Unauthorized</body></html>');
      }
    }
    const handler = this.routes.get(`${request.method} ${request.path}`);
    if (handler === undefined) {
      return sendXml(res, 404, '<fault><reason>Operation Failed</reason><detail>Entity not found: no route</detail></fault>');
    }
    await handler(request, res);
  }
}
