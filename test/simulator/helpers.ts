/**
 * Raw HTTPS access to the simulator for its tests: SSO login and API
 * requests with node:https, bodies read back with the SDK's Reader.
 */
import * as https from 'node:https';
import { Reader, types } from '../../lib';
import { EngineSimulator, type EngineSimulatorOptions } from '../../lib/testing';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  text: string;
}

export interface RequestOptions {
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** Bearer token; `null` sends no Authorization header. */
  token?: string | null;
}

/** A client of one simulator: keeps its agent and its token. */
export class Client {
  readonly agent: https.Agent;
  token: string | undefined;

  constructor(readonly engine: EngineSimulator) {
    this.agent = new https.Agent({ keepAlive: true, ca: engine.ca });
  }

  /** `path` is below the API root (`vms?search=...`), or absolute when it starts with '/'. */
  request(method: string, path: string, options: RequestOptions = {}): Promise<Reply> {
    const url = path.startsWith('/') ? `https://127.0.0.1:${this.engine.port}${path}` : `${this.engine.url}${path === '' ? '' : `/${path}`}`;
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    const token = options.token === undefined ? this.token : options.token;
    if (token !== null && token !== undefined) headers.Authorization = `Bearer ${token}`;
    if (options.body !== undefined && headers['Content-Type'] === undefined) headers['Content-Type'] = 'application/xml';
    return new Promise((resolve, reject) => {
      const req = https.request(url, { method, agent: this.agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString('utf8') });
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      if (options.body !== undefined) req.write(options.body);
      req.end();
    });
  }

  sso(fields: Record<string, string>): Promise<Reply> {
    return this.request('POST', '/ovirt-engine/sso/oauth/token', {
      body: new URLSearchParams(fields).toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      token: null,
    });
  }

  async login(): Promise<string> {
    const reply = await this.sso({ grant_type: 'password', scope: 'ovirt-app-api', username: this.engine.username, password: this.engine.password });
    if (reply.status !== 200) throw new Error(`login failed: ${reply.status} ${reply.text}`);
    this.token = JSON.parse(reply.text).access_token as string;
    return this.token;
  }

  get(path: string, options?: RequestOptions): Promise<Reply> {
    return this.request('GET', path, options);
  }

  post(path: string, body: string, options: RequestOptions = {}): Promise<Reply> {
    return this.request('POST', path, { ...options, body });
  }

  put(path: string, body: string, options: RequestOptions = {}): Promise<Reply> {
    return this.request('PUT', path, { ...options, body });
  }

  delete(path: string, options?: RequestOptions): Promise<Reply> {
    return this.request('DELETE', path, options);
  }

  /** GET and read the body with the SDK's Reader; fails on a non-200. */
  async read<T = unknown>(path: string): Promise<T> {
    const reply = await this.get(path);
    if (reply.status !== 200) throw new Error(`GET ${path}: ${reply.status} ${reply.text}`);
    return Reader.read(reply.body) as T;
  }

  close(): void {
    this.agent.destroy();
  }
}

/** An XML element of the given name around `inner` (a request body). */
export function xml(type: string, inner: string): string {
  return `<${type}>${inner}</${type}>`;
}

/** The `<fault>` of a reply. */
export function fault(reply: Reply): types.Fault {
  const value = Reader.read(reply.body);
  if (!(value instanceof types.Fault)) throw new Error(`not a fault: ${reply.text.slice(0, 200)}`);
  return value;
}

/**
 * Starts a simulator before the tests of the enclosing describe block (or
 * file) and stops it after them; `f.engine` and `f.client` (logged in).
 */
export function useSimulator(options: EngineSimulatorOptions = {}): { engine: EngineSimulator; client: Client } {
  const fixture = {} as { engine: EngineSimulator; client: Client };
  beforeAll(async () => {
    fixture.engine = await EngineSimulator.start({ delays: 0, ...options });
    fixture.client = new Client(fixture.engine);
    await fixture.client.login();
  });
  afterAll(async () => {
    fixture.client?.close();
    await fixture.engine?.stop();
  });
  return fixture;
}
