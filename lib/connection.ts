/**
 * Connection to an oVirt engine: SSO, the HTTP exchange of the services
 * over an undici pool, errors, links, closing. See docs/connection.md.
 *
 * Every API call takes one path (`#send`): the token, the request, one
 * replay after a 401 with a renewed token, the debug log; a buffered call
 * then reads the whole body (at most `maxBytes`) and turns it into a value
 * or an error, a streamed one reads it as it arrives. The root of the
 * services tree is added by the package root (lib/index.ts), which hands the
 * generated `SystemService` over.
 */
import { Error as OvirtError } from './errors';
import { bodyDetail, contentType, excerpt, faultMessage, faultOf, isXml, responseError, XML_TYPE } from './http/failure';
import { loadGssapi, requestKerberosToken } from './http/kerberos';
import { TrafficLog } from './http/log';
import { Redactor } from './http/redact';
import { renderQuery, renderQueryValue } from './http/query';
import { requestToken, revokeToken, type SsoContext } from './http/sso';
import { collect, type HttpRequest, type HttpResponse, type HttpStreamResponse, responseHeader, Transport } from './http/transport';
import { checkHeaders, type ConnectionOptions, type Logger, resolveOptions, type ResolvedOptions } from './options';
import { userAgent } from './package-info';
import { isBlank, Reader } from './xml/reader';
import { typeNameOf } from './xml/schema';
import { Writer } from './xml/writer';

export type { ConnectionOptions, Logger };

/** A query value as a caller may give it; see {@link Query}. */
export type QueryValue = string | number | boolean | bigint | Date | undefined;

/**
 * Options every service method takes besides its own parameters. (No
 * `timeout` here: a method parameter has that name, `HostService.upgrade`;
 * the connection's `timeout` option limits every call.)
 */
export interface RequestOptions {
  /** Extra query parameters, sent after the method's own (a name given in both is sent once, with this value). */
  query?: Record<string, QueryValue>;
  /** Extra HTTP headers for this call; they win over the connection's `headers`. */
  headers?: Record<string, string>;
  /** Cancels the call: it rejects with the SDK's `Error` (the signal's reason as `cause`). */
  signal?: AbortSignal;
}

/**
 * Query parameters by wire name. Values are rendered by the connection:
 * booleans `true`/`false`, numbers in decimal, bigints, Dates as ISO 8601,
 * strings (enum wire values included) as they are; undefined (and null)
 * values are not sent.
 */
export type Query = Record<string, unknown>;

/** One request of a service method, before rendering (see lib/service.ts). */
export interface Exchange {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path below the API root, without a leading slash ('' for the root). */
  path: string;
  /** The method's query parameters by wire name, not yet rendered; undefined values are skipped. */
  query: Query;
  /** The caller's extra query parameters and headers (and abort signal). */
  options: RequestOptions;
  /** The request body: an object to write as XML with `Writer.writeBuffer(value, { type })`. */
  body?: { value: object; type: string };
  /** The response is an `<action>`: a fault inside it is an error. */
  action?: boolean;
}

export interface CloseOptions {
  /** Revoke the SSO token the connection obtained (default true). A token given in the options is never revoked. */
  logout?: boolean;
  /**
   * Don't wait for the calls in flight: close their sockets now, so that they
   * reject with the SDK's `Error` (then log out as usual). Default false.
   */
  force?: boolean;
  /** Turns a waiting close into a forced one when it aborts (`AbortSignal.timeout(10_000)`). */
  signal?: AbortSignal;
}

/** Status codes that mean success, by method. */
const SUCCESS: Record<Exchange['method'], readonly number[]> = {
  GET: [200],
  PUT: [200],
  POST: [200, 201, 202],
  DELETE: [200, 204],
};

/** The usual path of the API, for hints in error messages. */
const TYPICAL_PATH = '/ovirt-engine/api';

/** What the debug log shows for a body that is parsed while it arrives. */
const STREAMED = '(body streamed to the reader)';

/** What the debug log shows of a response body, buffered or streamed. */
const bufferedBody = (response: HttpResponse): Buffer => response.body;
const streamedBody = (): string => STREAMED;

/** Tokens remembered for redaction (the current one and the last few renewed). */
const REMEMBERED_TOKENS = 16;

/** The one warning of a process without a logger about a password sent in clear. */
let warnedInsecure = false;

/** Characters a path can hold as it is: what `encodeURIComponent` leaves of an id, and `/`, but no dot segments. */
const PLAIN_PATH = /^[A-Za-z0-9\-_~%/]*$/;

/**
 * A connection to the engine. Create one per engine and user, share it
 * between any number of concurrent calls, and close it when done
 * (`await connection.close()`, or `await using connection = new Connection(...)`).
 *
 * The class the package exports adds `systemService()`, the root of the
 * services tree (lib/index.ts).
 */
export class Connection implements AsyncDisposable {
  readonly #options: ResolvedOptions;
  readonly #transport: Transport;
  readonly #redactor: Redactor;
  readonly #traffic: TrafficLog;
  readonly #sso: SsoContext;
  readonly #userAgent: string;
  /** `https://engine.example.com` and `/ovirt-engine/api` (no trailing slash), of the `url` option. */
  readonly #origin: string;
  readonly #basePath: string;
  #headers: Record<string, string> | undefined;
  #headersWithBody: Record<string, string> | undefined;
  #authorizedHeaders: Record<string, string> | undefined;
  #authorizedFor: string | undefined;
  /** The token in use, when there is one. */
  #token: string | undefined;
  /** The token came from SSO (so close() revokes it), not from the options. */
  #tokenFromSso = false;
  /** The SSO request in progress, shared by every call waiting for a token. */
  #tokenPending: Promise<string> | undefined;
  readonly #tokens: string[] = [];
  #closing: Promise<void> | undefined;
  /** close() stopped waiting for the calls in flight: none of them may send any more. */
  #forced = false;
  /** Calls started and not yet answered (for a streamed call: until its head arrived). */
  #inFlight = 0;
  #idle: (() => void) | undefined;
  /** Bodies of streamed calls still being read; close() discards them. */
  readonly #streams = new Set<HttpStreamResponse>();
  /** The transport's two ways of sending, made once (not a closure per call). */
  readonly #sendBuffered = (request: HttpRequest): Promise<HttpResponse> => this.#transport.send(request);
  readonly #open = (request: HttpRequest): Promise<HttpStreamResponse> => this.#transport.open(request);

  constructor(options: ConnectionOptions) {
    this.#options = resolveOptions(options);
    // Without the optional GSSAPI package, say so now rather than at the first call.
    if (this.#options.kerberos) loadGssapi();
    this.#token = this.#options.token;
    if (this.#token !== undefined) this.#remember(this.#token);
    this.#userAgent = userAgent();
    this.#origin = this.#options.url.origin;
    this.#basePath = this.#options.url.pathname.replace(/\/+$/, '');
    this.#redactor = new Redactor(() => this.#secrets());
    this.#traffic = new TrafficLog(this.#options.log, this.#options.debug, this.#redactor);
    this.#transport = new Transport(this.#options);
    this.#sso = {
      options: this.#options,
      transport: this.#transport,
      traffic: this.#traffic,
      redactor: this.#redactor,
      userAgent: this.#userAgent,
      remember: (token) => this.#remember(token),
      warn: (message) => this.#warn(message),
    };
  }

  /** The API's base URL, without a trailing slash. */
  get url(): string {
    return this.#options.base;
  }

  /** True once `close()` was called; every further call rejects. */
  get closed(): boolean {
    return this.#closing !== undefined;
  }

  /**
   * Returns the SSO access token, logging in first when the connection has
   * none yet. It can be given to another connection as its `token` option.
   */
  async authenticate(): Promise<string> {
    this.#checkOpen();
    return this.#currentToken();
  }

  /**
   * Checks that the engine answers (a GET of the API root): resolves to
   * true, or to false on any failure; with `raiseException` it rejects with
   * the typed error instead.
   */
  async test(raiseException = false): Promise<boolean> {
    this.#checkOpen();
    try {
      await this._exchange({ method: 'GET', path: '', query: {}, options: {} });
      return true;
    } catch (error) {
      if (!raiseException) return false;
      if (error instanceof OvirtError) throw error;
      throw new OvirtError(error instanceof globalThis.Error ? error.message : String(error), { cause: error });
    }
  }

  /** True when `obj` is a link: it has an `href` (objects and lists read from the engine have one). */
  isLink(obj: unknown): boolean {
    return typeof obj === 'object' && obj !== null && typeof (obj as { href?: unknown }).href === 'string';
  }

  /**
   * Fetches what a link points to: a GET of `obj.href`, which resolves to
   * the typed object, or the typed list for a list link (`vm.nics`). An
   * `href` outside the API's URL is rejected.
   */
  async followLink<T>(obj: T): Promise<T> {
    this.#checkOpen();
    const href = typeof obj === 'object' && obj !== null ? (obj as { href?: unknown }).href : undefined;
    if (typeof href !== 'string' || href === '') {
      throw new OvirtError(`Can't follow the link because the 'href' attribute doesn't have a value`);
    }
    const api = this.#options.url;
    let target: URL;
    try {
      target = new URL(href, api);
    } catch (cause) {
      throw new OvirtError(`The URL '${href}' isn't a valid link`, { cause });
    }
    const prefix = api.pathname.replace(/\/+$/, '') + '/';
    if (target.origin !== api.origin || !`${target.pathname}/`.startsWith(prefix)) {
      throw new OvirtError(`The URL '${href}' isn't compatible with the base URL of the connection ('${this.url}')`);
    }
    const path = target.pathname.slice(prefix.length).replace(/\/+$/, '');
    const query: Query = Object.fromEntries(target.searchParams);
    return (await this._exchange({ method: 'GET', path, query, options: {} })) as T;
  }

  /**
   * Releases the connection. New calls reject at once; the calls in flight
   * finish (a 401 while closing is not answered with a new login); the
   * bodies of unfinished `listStream()` iterations are discarded (their next
   * step rejects); then the SSO token the connection obtained is revoked
   * (unless `logout` is false; a token given in the options never is) and
   * the sockets are closed. With `force` (or when `signal` aborts) the calls
   * in flight don't get to finish: they reject with the SDK's `Error`.
   * Closing again resolves when the first close is done.
   */
  close(options: CloseOptions = {}): Promise<void> {
    if (this.#closing !== undefined) return this.#closing;
    const { logout = true, force = false, signal } = options;
    if (typeof logout !== 'boolean') return Promise.reject(new OvirtError(`The 'logout' option of close() must be a boolean`));
    if (typeof force !== 'boolean') return Promise.reject(new OvirtError(`The 'force' option of close() must be a boolean`));
    if (signal !== undefined && !(signal instanceof AbortSignal)) return Promise.reject(new OvirtError(`The 'signal' option of close() must be an AbortSignal`));
    const closing = (async () => {
      const reason = new OvirtError(`The connection to ${this.url} was closed while the response was being read`);
      for (const stream of this.#streams) stream.discard(reason);
      if (this.#inFlight > 0 && !force && !signal?.aborted) {
        const idle = new Promise<void>((resolve) => (this.#idle = resolve));
        const aborted = signal === undefined ? undefined : new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
        await Promise.race(aborted === undefined ? [idle] : [idle, aborted]);
      }
      if (this.#inFlight > 0) {
        // Forced: what is in flight fails now, and nothing of it sends again.
        this.#forced = true;
        await this.#transport.destroy();
      }
      let failure: unknown;
      try {
        if (logout) {
          if (this.#tokenPending !== undefined) await this.#tokenPending.catch(() => undefined);
          const token = this.#token;
          if (token !== undefined && this.#tokenFromSso) {
            this.#token = undefined;
            await revokeToken(this.#sso, token);
          }
        }
      } catch (error) {
        failure = error;
      }
      await this.#transport.close();
      if (failure !== undefined) throw failure;
    })();
    this.#closing = closing;
    return closing;
  }

  /** `await using connection = new Connection(...)` closes it (with logout) at the end of the scope. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  /** @internal Sends one service request and resolves to the read response body (undefined when empty). */
  _exchange(exchange: Exchange): Promise<unknown> {
    // Promises rather than an async function, as in #send: this runs on every call.
    let request: HttpRequest;
    try {
      this.#checkOpen();
      request = this.#prepare(exchange);
    } catch (error) {
      return Promise.reject(error);
    }
    this.#enter();
    return this.#send(request, false).then(
      (response) => {
        this.#leave();
        return this.#interpret(exchange, response);
      },
      (error: unknown) => {
        this.#leave();
        throw error;
      },
    );
  }

  /**
   * @internal Sends a GET and yields the objects of the response as they
   * arrive: each item of a list document, or the one object of an object
   * document. Memory stays bounded by the largest item.
   */
  async *_stream(exchange: Exchange): AsyncGenerator<unknown, void, undefined> {
    this.#checkOpen();
    const request = this.#prepare(exchange);
    this.#enter();
    let response: HttpStreamResponse;
    try {
      response = await this.#send(request, true);
    } finally {
      this.#leave();
    }
    if (!SUCCESS[exchange.method].includes(response.status) || !XML_TYPE.test(responseHeader(response.headers, 'content-type') ?? '')) {
      // Not a declared XML success: read it whole and let the usual checks speak.
      const value = this.#interpret(exchange, { ...response, body: await collect(response.body) });
      if (Array.isArray(value)) yield* value;
      else if (value !== undefined) yield value;
      return;
    }
    this.#streams.add(response);
    try {
      // A fault is an object document: it can only be the first (and only) item.
      const items = Reader.stream(response.body, { maxBytes: this.#options.maxBytes });
      const first = await items.next();
      if (first.done) return;
      const fault = faultOf(first.value);
      if (fault !== undefined) throw responseError({ ...response, body: Buffer.alloc(0) }, this.#redactor, fault);
      yield first.value;
      yield* items;
    } finally {
      this.#streams.delete(response);
      response.discard();
    }
  }

  #checkOpen(): void {
    if (this.#closing !== undefined) throw new OvirtError(`The connection to ${this.url} is closed`);
  }

  #enter(): void {
    this.#inFlight++;
  }

  #leave(): void {
    if (--this.#inFlight === 0 && this.#idle !== undefined) {
      this.#idle();
      this.#idle = undefined;
    }
  }

  #remember(token: string): void {
    if (this.#tokens.includes(token)) return;
    this.#tokens.push(token);
    if (this.#tokens.length > REMEMBERED_TOKENS) this.#tokens.shift();
  }

  *#secrets(): Iterable<string> {
    const o = this.#options;
    if (o.password !== undefined) yield o.password;
    if (o.proxy?.password !== undefined) yield o.proxy.password;
    yield* this.#tokens;
  }

  /** Through `log.warn` (or `log.debug`), or once per process as a Node.js warning when there is no logger. */
  #warn(message: string): void {
    const log = this.#options.log;
    try {
      if (log !== undefined) (log.warn ?? log.debug).call(log, `ovirt-engine-sdk: ${message}`);
    } catch {
      // A logger that throws must not fail the call.
    }
    if (log === undefined && !warnedInsecure) {
      warnedInsecure = true;
      process.emitWarning(message, { code: 'OVIRT_SDK_INSECURE_HTTP' });
    }
  }

  /** The token to send: the current one, or the one SSO is fetching, or a new one. */
  #currentToken(): Promise<string> {
    if (this.#token !== undefined) return Promise.resolve(this.#token);
    return this.#fetchToken();
  }

  #fetchToken(): Promise<string> {
    const login = this.#options.kerberos ? requestKerberosToken : requestToken;
    this.#tokenPending ??= login(this.#sso).then(
      (token) => {
        this.#tokenPending = undefined;
        this.#token = token;
        this.#tokenFromSso = true;
        this.#remember(token);
        return token;
      },
      (error: unknown) => {
        this.#tokenPending = undefined;
        throw error;
      },
    );
    return this.#tokenPending;
  }

  /**
   * A new token after `stale` was refused with 401, or undefined when the
   * connection can't log in (only a token was given) or is closing. Calls
   * that were refused with the same stale token share one SSO request; a
   * call whose token was already replaced just uses the new one.
   */
  #renewToken(stale: string): Promise<string> | undefined {
    if ((this.#options.username === undefined && !this.#options.kerberos) || this.#closing !== undefined) return undefined;
    if (this.#token !== undefined && this.#token !== stale) return Promise.resolve(this.#token);
    if (this.#token === stale) this.#token = undefined;
    return this.#fetchToken();
  }

  #prepare(exchange: Exchange): HttpRequest {
    const options: RequestOptions = exchange.options ?? {};
    const own = exchange.query ?? {};
    let path = exchange.path;
    if (path.charCodeAt(0) === 0x2f) path = path.replace(/^\/+/, '');
    // The path is made of the connection's (normalized) URL and segments the
    // services encoded (idSegment): no URL object needs to parse it again.
    path = `${this.#basePath}${path === '' ? '' : `/${path}`}`;
    // A path of other characters (a user's `connection.service('…')`, dot
    // segments) is normalized and encoded by a URL, as a browser would.
    if (!PLAIN_PATH.test(path)) path = new URL(path, this.#origin).pathname;
    path += renderQuery(own, options.query);

    let body: Buffer | undefined;
    if (exchange.body !== undefined) body = Writer.writeBuffer(exchange.body.value, { type: exchange.body.type });
    // Engines before 4.1 read `all_content` from a header only (the caller's query value wins, as in the query).
    const allContent = renderQueryValue('all_content', options.query?.all_content) ?? renderQueryValue('all_content', own.all_content);
    let headers: Record<string, string>;
    if (options.headers === undefined && allContent === undefined) {
      // The common case: the connection's headers, made once.
      headers = this.#baseHeaders(body !== undefined);
    } else {
      // Header names are case-insensitive: one entry per lower-case name, the last given wins.
      const merged = new Map<string, [string, string]>();
      const set = (name: string, value: string): void => {
        merged.set(name.toLowerCase(), [name, value]);
      };
      for (const [name, value] of Object.entries(this.#baseHeaders(body !== undefined))) set(name, value);
      if (allContent !== undefined) set('All-Content', allContent);
      for (const [name, value] of checkHeaders(options.headers, 'per-call')) set(name, value);
      headers = Object.fromEntries([...merged.values()]);
    }
    return {
      method: exchange.method,
      origin: this.#origin,
      path,
      headers,
      body,
      timeout: this.#options.timeout,
      signal: options.signal,
      maxBytes: this.#options.maxBytes,
    };
  }

  /** The headers of every API request (and `Content-Type` for one with a body), made once. */
  #baseHeaders(withBody: boolean): Record<string, string> {
    let cached = withBody ? this.#headersWithBody : this.#headers;
    if (cached === undefined) {
      const merged = new Map<string, [string, string]>();
      const set = (name: string, value: string): void => {
        merged.set(name.toLowerCase(), [name, value]);
      };
      set('User-Agent', this.#userAgent);
      set('Version', '4');
      set('Accept', 'application/xml');
      if (this.#options.compress) set('Accept-Encoding', 'gzip, deflate');
      for (const [name, value] of this.#options.headers) set(name, value);
      if (withBody) set('Content-Type', 'application/xml');
      // Frozen: shared by every request, so an accidental change fails loudly.
      cached = Object.freeze(Object.fromEntries([...merged.values()]));
      if (withBody) this.#headersWithBody = cached;
      else this.#headers = cached;
    }
    return cached;
  }

  /**
   * `headers` with the token's `Authorization`; made once per token for the
   * connection's own headers. Measured: handing undici the same headers object
   * on every call, instead of a fresh copy, moves small concurrent GETs from
   * about 0.63× to 0.89× of raw undici's request rate (npm run bench -- --only
   * concurrency).
   */
  #authorized(headers: Record<string, string>, token: string): Record<string, string> {
    // undici's ProxyAgent adds to the headers object it is given: never share it there.
    if (headers !== this.#headers || this.#options.proxy !== undefined) return { ...headers, Authorization: `Bearer ${token}` };
    if (this.#authorizedFor !== token || this.#authorizedHeaders === undefined) {
      this.#authorizedHeaders = Object.freeze({ ...headers, Authorization: `Bearer ${token}` });
      this.#authorizedFor = token;
    }
    return this.#authorizedHeaders;
  }

  /**
   * Sends an API request with the token and resolves with the response:
   * read whole, or (`streamed`) with its body still arriving. A 401 renews
   * the token and replays the request once.
   */
  #send(request: HttpRequest, streamed: false): Promise<HttpResponse>;
  #send(request: HttpRequest, streamed: true): Promise<HttpStreamResponse>;
  #send(request: HttpRequest, streamed: boolean): Promise<HttpResponse | HttpStreamResponse> {
    // Promises rather than an async function: this runs on every call, and
    // an async function's frame is the larger allocation.
    const token = this.#token;
    if (token !== undefined) return this.#sendWith(request, token, streamed);
    return this.#currentToken().then((current) => this.#sendWith(request, current, streamed));
  }

  #sendWith(request: HttpRequest, token: string, streamed: boolean): Promise<HttpResponse | HttpStreamResponse> {
    return this.#sendOnce(request, token, streamed).then((response) =>
      response.status === 401 ? this.#replay(request, token, response, streamed) : response,
    );
  }

  /** The answer to a 401 to `stale`: the request once more with a renewed token, or the 401 when the connection can't get one. */
  async #replay(request: HttpRequest, stale: string, response: HttpResponse | HttpStreamResponse, streamed: boolean): Promise<HttpResponse | HttpStreamResponse> {
    const renewed = this.#renewToken(stale);
    if (renewed === undefined) return response;
    // The refused body is small; read it so that its socket can serve the replay.
    if (streamed) await collect((response as HttpStreamResponse).body).catch(() => undefined);
    return this.#sendOnce(request, await renewed, streamed);
  }

  #sendOnce(request: HttpRequest, token: string, streamed: boolean): Promise<HttpResponse | HttpStreamResponse> {
    if (this.#forced) return Promise.reject(new OvirtError(`The connection to ${this.url} is closed`));
    const sent: HttpRequest = { ...request, headers: this.#authorized(request.headers, token) };
    if (streamed) return this.#traffic.exchange(sent, this.#open, streamedBody);
    return this.#traffic.exchange(sent, this.#sendBuffered, bufferedBody);
  }

  #interpret(exchange: Exchange, response: HttpResponse): unknown {
    if (!SUCCESS[exchange.method].includes(response.status)) throw this.#failure(response);
    if (isBlank(response.body)) return undefined;
    if (!isXml(response)) {
      let detail = bodyDetail(response) ?? '';
      const path = this.#options.url.pathname.replace(/\/+$/, '');
      if (path !== TYPICAL_PATH) detail += `. Is the path '${path}' of the 'url' option correct? The typical one is '${TYPICAL_PATH}'`;
      throw new OvirtError(this.#redactor.text(faultMessage(undefined, response.status, response.statusText, detail)), { code: response.status });
    }
    const value = Reader.read(response.body);
    // A `<fault>` document is an error; so is an `<action>` holding a fault, as the answer to an action.
    const fault = exchange.action || typeNameOf(value) === 'fault' ? faultOf(value) : undefined;
    if (fault !== undefined) throw responseError(response, this.#redactor, fault);
    return value;
  }

  /** The error for an unsuccessful response: its fault when the body has one, else its status and an excerpt. */
  #failure(response: HttpResponse): OvirtError {
    let fault;
    let detail: string | undefined;
    let cause: unknown;
    if (response.body.length > 0) {
      if (isXml(response)) {
        try {
          fault = faultOf(Reader.read(response.body));
        } catch (error) {
          cause = error;
        }
        if (fault === undefined) detail = `The response body holds no fault: "${excerpt(response.body, contentType(response))}"`;
      } else {
        detail = bodyDetail(response);
      }
    }
    const location = responseHeader(response.headers, 'location');
    if (response.status >= 300 && response.status < 400 && location !== undefined) {
      detail = `${detail ? `${detail}. ` : ''}The server redirects to '${location}'; check the 'url' option`;
    }
    return responseError(response, this.#redactor, fault, detail, cause);
  }
}
