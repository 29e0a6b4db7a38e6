/**
 * HTTP transport of a connection over undici: one dispatcher (a pooled
 * `Agent`, or a `ProxyAgent` tunnelling through the proxy) shared by every
 * request, total timeouts, response bodies counted against a byte limit
 * and decompressed (whole for a buffered call, as they arrive for a
 * streamed one), and low-level errors mapped to the SDK's errors.
 */
import * as buffer from 'node:buffer';
import { pipeline } from 'node:stream';
import type * as Zlib from 'node:zlib';
import type { Dispatcher } from 'undici';
import { ConnectionError, Error as OvirtError, TimeoutError } from '../errors';
import type { ResolvedOptions } from '../options';
import { secureContext } from './tls';

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** `https://engine.example.com` (no path). */
  origin: string;
  /** The path and query, `/ovirt-engine/api/vms?search=...`, encoded. */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** Limit for the whole exchange in ms; 0: none. */
  timeout: number;
  /** Cancels the request. */
  signal?: AbortSignal;
  /** Largest response body accepted, raw and decompressed, in bytes. */
  maxBytes: number;
}

export interface HttpResponse {
  status: number;
  statusText: string;
  headers: Record<string, string | string[] | undefined>;
  /** The body as received, decompressed. */
  body: Buffer;
}

/** A response whose body is still arriving (see {@link Transport.open}). */
export interface HttpStreamResponse {
  status: number;
  statusText: string;
  headers: Record<string, string | string[] | undefined>;
  /**
   * The body chunks, decompressed, at most `maxBytes` of them in all (raw
   * and decompressed); errors on the way are the SDK's errors.
   */
  body: AsyncIterable<Buffer>;
  /** Stops reading the body and frees its socket; the body's iteration then fails with `reason`. */
  discard(reason?: OvirtError): void;
}

/** The error for a body larger than the limit. */
function tooLarge(maxBytes: number): OvirtError {
  return new OvirtError(`The response body is larger than the ${maxBytes} bytes allowed (the 'maxBytes' option)`);
}

/** Marks the abort caused by our own total timeout. */
class TotalTimeout extends globalThis.Error {
  constructor(readonly ms: number) {
    super(`total timeout of ${ms} ms expired`);
  }
}

function header(headers: HttpResponse['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

const TLS_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED', 'CERT_REJECTED', 'CERT_SIGNATURE_FAILURE', 'ERR_TLS_CERT_ALTNAME_INVALID', 'EPROTO',
  'HOSTNAME_MISMATCH', 'ERR_SSL_WRONG_VERSION_NUMBER', 'UND_ERR_PRX_TLS',
]);
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA']);
const BROKEN_CODES = new Set([
  'ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET', 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
  'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN', 'EADDRNOTAVAIL',
]);

/** The first `code` along the error's `cause` chain (undici nests the socket error). */
function codeOf(error: unknown): string | undefined {
  let e: unknown = error;
  for (let depth = 0; depth < 5 && typeof e === 'object' && e !== null; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code !== 'UND_ERR' && code !== 'UND_ERR_ABORTED' && code !== 'ABORT_ERR') return code;
    e = (e as { cause?: unknown }).cause;
  }
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof globalThis.Error ? error.message : String(error);
}

/**
 * Maps an error of undici, Node's net/tls/dns or zlib to the SDK's error
 * hierarchy, keeping the original as `cause`.
 */
export function mapTransportError(error: unknown, origin: string, connectTimeout: number): OvirtError {
  if (error instanceof OvirtError) return error;
  const where = origin;
  if (error instanceof TotalTimeout) {
    return new TimeoutError(`The request to ${where} timed out: no complete response within ${error.ms} ms (the 'timeout' option)`, { cause: error });
  }
  const code = codeOf(error);
  const message = messageOf(error);
  switch (code) {
    case 'UND_ERR_CONNECT_TIMEOUT':
      return new TimeoutError(`Connecting to ${where} timed out after ${connectTimeout} ms (the 'connectTimeout' option)`, { cause: error });
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
    case 'ETIMEDOUT':
      return new TimeoutError(`The request to ${where} timed out: ${message}`, { cause: error });
    case 'ECONNREFUSED':
      return new ConnectionError(`Connection to ${where} refused: ${message}`, { cause: error });
    case 'UND_ERR_CLOSED':
    case 'UND_ERR_DESTROYED':
      // The connection was closed while this call waited (for its token, say).
      return new OvirtError(`The connection to ${where} is closed`, { cause: error });
    default:
      break;
  }
  if (code !== undefined && DNS_CODES.has(code)) {
    return new ConnectionError(`Can't resolve the host name of ${where}: ${message}`, { cause: error });
  }
  if (code !== undefined && (TLS_CODES.has(code) || code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_'))) {
    return new ConnectionError(
      `TLS handshake with ${where} failed: ${message}. Check that the 'caFile' or 'ca' option holds the CA that signed the engine's certificate, and that 'url' uses a host name the certificate names`,
      { cause: error },
    );
  }
  if (code !== undefined && BROKEN_CODES.has(code)) {
    return new ConnectionError(`The connection to ${where} failed: ${message}`, { cause: error });
  }
  const proxy = /Proxy response \((\d+)\)/.exec(message);
  if (proxy !== null) {
    const why = proxy[1] === '407' ? ' (proxy authentication required: check proxyUsername and proxyPassword)' : '';
    return new ConnectionError(`The proxy refused to open a tunnel to ${where}: HTTP ${proxy[1]}${why}`, { cause: error });
  }
  if (code !== undefined) return new ConnectionError(`Error while sending the HTTP request to ${where}: ${message}`, { cause: error });
  return new OvirtError(`Error while sending the HTTP request to ${where}: ${message}`, { cause: error });
}

/** node:zlib, loaded by the first compressed response (not with the package). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const zlibModule = (): typeof Zlib => require('node:zlib') as typeof Zlib;

/** The content codings {@link decoder} undoes. */
const DECODED = new Set(['gzip', 'x-gzip', 'deflate', 'br']);

/** The decoders of the content codings the SDK reads (RFC 9110 deflate is zlib-wrapped; some servers send it raw). */
function decoder(coding: string): Zlib.Gunzip | Zlib.Inflate | Zlib.InflateRaw | Zlib.BrotliDecompress | undefined {
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return zlibModule().createGunzip();
    case 'deflate':
      return zlibModule().createInflate();
    case 'br':
      return zlibModule().createBrotliDecompress();
    default:
      return undefined;
  }
}

/** The codings of a response that has none (shared: never changed). */
const NO_CODINGS: readonly string[] = [];

/** The content codings of a response, in the order they must be undone. */
function codings(encoding: string | undefined): readonly string[] {
  if (encoding === undefined) return NO_CODINGS;
  return encoding
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity')
    .reverse();
}

export class Transport {
  private dispatcherValue: Dispatcher | undefined;
  private readonly connectTimeout: number;
  private readonly pipelining: number;

  constructor(private readonly options: ResolvedOptions) {
    this.connectTimeout = options.connectTimeout;
    this.pipelining = Math.max(1, options.pipeline);
    // CA certificates given by the user are checked now, so that a bad one
    // fails the construction; the system store is loaded on first use.
    if (options.ca !== undefined) this.dispatcherValue = this.createDispatcher();
  }

  /** The undici dispatcher, made on first use (and again after {@link destroy}). */
  private get dispatcher(): Dispatcher {
    this.dispatcherValue ??= this.createDispatcher();
    return this.dispatcherValue;
  }

  private createDispatcher(): Dispatcher {
    // undici is loaded here, on the first request, not when the package is:
    // it is about a third of what importing the package would otherwise cost.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Agent, ProxyAgent } = require('undici') as typeof import('undici');
    const options = this.options;
    const context = secureContext(options.ca, options.insecure);
    const tlsOptions = {
      rejectUnauthorized: !options.insecure,
      ...(context !== undefined ? { secureContext: context } : {}),
      timeout: options.connectTimeout, // 0: no limit
    };
    const common = {
      connections: options.connections === 0 ? null : options.connections,
      pipelining: this.pipelining,
      // The total timeout is ours (see open); undici's per-phase limits
      // would otherwise cut a long-running call after 300 s of silence.
      headersTimeout: options.timeout,
      bodyTimeout: options.timeout,
    };
    if (options.proxy !== undefined) {
      const { url, username, password } = options.proxy;
      const token =
        username !== undefined ? `Basic ${Buffer.from(`${username}:${password ?? ''}`, 'utf8').toString('base64')}` : undefined;
      return new ProxyAgent({
        ...common,
        uri: url.href,
        ...(token !== undefined ? { token } : {}),
        requestTls: tlsOptions,
        // An https proxy's own certificate is checked against the system store.
        proxyTls: { ...tlsOptions, secureContext: secureContext(undefined, options.insecure) },
      });
    }
    return new Agent({ ...common, connect: tlsOptions });
  }

  /**
   * Hands the request to undici's `request()`; resolves with the response
   * head and the body as a stream. The caller awaits it and, on an error,
   * rejects with `fail(exchange, error)` after `finish(exchange)`.
   */
  private dispatch(exchange: Exchange): Promise<Dispatcher.ResponseData> {
    return this.dispatcher.request({ ...dispatchOptions(exchange.request, this.pipelining), signal: exchange.signal });
  }

  /**
   * Sends one request and resolves once the response head has arrived; the
   * body is read as the caller iterates it, decompressed on the fly and
   * counted against `maxBytes` (raw and decompressed bytes alike). The
   * `timeout` covers the whole exchange, body included.
   */
  async open(request: HttpRequest): Promise<HttpStreamResponse> {
    const exchange = newExchange(request, this.connectTimeout);
    let response: Dispatcher.ResponseData;
    try {
      response = await this.dispatch(exchange);
    } catch (error) {
      finish(exchange);
      throw fail(exchange, error);
    }
    exchange.response = response;
    try {
      exchange.steps = takeHead(exchange, response.headers as HttpResponse['headers']);
    } catch (error) {
      discard(exchange);
      throw error;
    }
    return {
      status: response.statusCode,
      statusText: response.statusText ?? '',
      headers: response.headers as HttpResponse['headers'],
      body: streamBody(exchange, response.body),
      discard: (reason?: OvirtError) => discard(exchange, reason),
    };
  }

  /**
   * Sends one request and reads the whole response body (decompressed, at
   * most `maxBytes`). Through undici's `dispatch()` with a handler that
   * gathers the chunks ({@link BufferedBody}): `request()` would wrap the
   * body in a stream only for it to be gathered again, which measured 5 to
   * 25 µs per small call, more than the rest of the SDK's request path.
   */
  send(request: HttpRequest): Promise<HttpResponse> {
    return new Promise((resolve, reject) => {
      const handler = new BufferedBody(newExchange(request, this.connectTimeout), resolve, reject);
      if (handler.aborted) return;
      // undici hands its own failures (a closed dispatcher, bad options) to the handler.
      this.dispatcher.dispatch(dispatchOptions(request, this.pipelining), handler);
    });
  }

  /** Waits for the requests in flight, then closes every socket. */
  async close(): Promise<void> {
    await this.dispatcherValue?.close();
  }

  /**
   * Closes every socket now, failing the requests in flight; a later
   * request opens new ones.
   */
  async destroy(): Promise<void> {
    const dispatcher = this.dispatcherValue;
    this.dispatcherValue = undefined;
    await dispatcher?.destroy();
  }
}

/** What undici is given for a request (the signal aside). */
function dispatchOptions(request: HttpRequest, pipelining: number): Dispatcher.DispatchOptions {
  return {
    origin: request.origin,
    path: request.path,
    method: request.method,
    headers: request.headers,
    body: request.body,
    headersTimeout: request.timeout,
    bodyTimeout: request.timeout,
    // Let GETs share a pipelined connection when pipelining is on.
    blocking: request.method === 'GET' && pipelining > 1 ? false : undefined,
  };
}

/**
 * The undici handler of {@link Transport.send}: takes the response head,
 * gathers the body's chunks, counting them against `maxBytes`, decodes the
 * whole body at its end (zlib stopping at `maxBytes` of output), and
 * settles the promise with the response or the SDK's error. The exchange's
 * signal (the caller's, or the total timeout's) aborts it: at once when
 * the request is still waiting for a connection (undici drops it when its
 * turn comes), or by aborting the request under way. An object per call,
 * as undici calls a handler's methods; it is the exchange's only object
 * besides the record (closures would be one allocation each).
 */
class BufferedBody implements Dispatcher.DispatchHandler {
  private controller: Dispatcher.DispatchController | undefined;
  private status = 0;
  private statusText = '';
  private headers: HttpResponse['headers'] = {};
  private chunks: Buffer[] = [];
  private bytes = 0;
  private ended = false;
  private readonly onAbort: (() => void) | undefined;

  constructor(
    private readonly exchange: Exchange,
    private readonly resolve: (response: HttpResponse) => void,
    private readonly reject: (error: unknown) => void,
  ) {
    const signal = exchange.signal;
    if (signal === undefined) return;
    if (signal.aborted) {
      this.failWith(signal.reason);
      return;
    }
    this.onAbort = () => {
      if (this.controller !== undefined) this.controller.abort(signal.reason);
      else this.failWith(signal.reason);
    };
    signal.addEventListener('abort', this.onAbort, { once: true });
  }

  /** The signal aborted the exchange before it was handed to undici: it is over already. */
  get aborted(): boolean {
    return this.ended;
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.controller = controller;
    const signal = this.exchange.signal;
    if (signal?.aborted) controller.abort(signal.reason);
  }

  onResponseStart(controller: Dispatcher.DispatchController, status: number, headers: Record<string, string | string[]>, statusText?: string): void {
    if (status < 200) return; // an informational head: the response's own follows
    this.status = status;
    this.statusText = statusText ?? '';
    this.headers = headers;
    try {
      this.exchange.steps = takeHead(this.exchange, headers);
    } catch (error) {
      controller.abort(error as Error);
    }
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    this.bytes += chunk.length;
    if (this.bytes > this.exchange.request.maxBytes) {
      this.chunks = [];
      controller.abort(tooLarge(this.exchange.request.maxBytes));
      return;
    }
    this.chunks.push(chunk);
  }

  onResponseEnd(): void {
    this.end();
    const chunks = this.chunks;
    const raw = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, this.bytes);
    this.chunks = [];
    const steps = this.exchange.steps;
    if (steps.length === 0) {
      this.resolve({ status: this.status, statusText: this.statusText, headers: this.headers, body: raw });
      return;
    }
    const maxBytes = this.exchange.request.maxBytes;
    let decoded = Promise.resolve(raw);
    for (const coding of steps) decoded = decoded.then((bytes) => decodeWhole(bytes, coding, maxBytes));
    decoded.then(
      (body) => this.resolve({ status: this.status, statusText: this.statusText, headers: this.headers, body }),
      (error: unknown) => this.reject(fail(this.exchange, error)),
    );
  }

  onResponseError(_controller: Dispatcher.DispatchController | undefined, error: Error): void {
    this.failWith(error);
  }

  private failWith(error: unknown): void {
    this.end();
    this.chunks = [];
    this.reject(fail(this.exchange, error));
  }

  /** The exchange is over: the timer and the signal's listener go. */
  private end(): void {
    if (this.ended) return;
    this.ended = true;
    finish(this.exchange);
    if (this.onAbort !== undefined) this.exchange.signal?.removeEventListener('abort', this.onAbort);
  }
}

/**
 * One exchange of {@link Transport}, from the request to the end of its
 * body. A plain record handled by the functions below: no closures and no
 * class of its own per request (V8 drops the shape of a class whose
 * instances are all gone at a full GC, and with it the optimized code of
 * what uses it); a buffered call adds the one handler undici needs
 * ({@link BufferedBody}).
 */
interface Exchange {
  readonly request: HttpRequest;
  readonly connectTimeout: number;
  /** A streamed exchange's response (a buffered one's handler holds its own). */
  response: Dispatcher.ResponseData | undefined;
  /** The content codings to undo, outermost first. */
  steps: readonly string[];
  /** Set when the body was given up: the reason the reading fails with. */
  discarded: OvirtError | undefined;
  /** What undici is given: the caller's signal, or one that also aborts at the total timeout. */
  readonly signal: AbortSignal | undefined;
  /** The total timeout's, when there is a limit. */
  readonly controller: AbortController | undefined;
  readonly timer: NodeJS.Timeout | undefined;
}

/** A new exchange: a timer and an abort signal only when there is a limit (the caller's signal as it is otherwise). */
function newExchange(request: HttpRequest, connectTimeout: number): Exchange {
  let controller: AbortController | undefined;
  let timer: NodeJS.Timeout | undefined;
  let signal = request.signal;
  if (request.timeout > 0) {
    const c = new AbortController();
    controller = c;
    timer = setTimeout(() => c.abort(new TotalTimeout(request.timeout)), request.timeout);
    signal = signal !== undefined ? AbortSignal.any([c.signal, signal]) : c.signal;
  }
  return { request, connectTimeout, response: undefined, steps: NO_CODINGS, discarded: undefined, signal, controller, timer };
}

/**
 * The content codings of a response head, to undo in order; refuses an
 * unknown coding or a declared length above the limit.
 */
function takeHead(exchange: Exchange, headers: HttpResponse['headers']): readonly string[] {
  const steps = codings(header(headers, 'content-encoding'));
  const unknown = steps.length === 0 ? undefined : steps.find((c) => !DECODED.has(c));
  if (unknown !== undefined) throw new OvirtError(`The response uses the content encoding '${unknown}', which the SDK can't decode`);
  if (Number(header(headers, 'content-length')) > exchange.request.maxBytes) throw tooLarge(exchange.request.maxBytes);
  return steps;
}

/** Disarms the total timeout. */
function finish(exchange: Exchange): void {
  if (exchange.timer !== undefined) clearTimeout(exchange.timer);
}

/** The SDK's error for an error of the exchange (now or while the body is read). */
function fail(exchange: Exchange, error: unknown): OvirtError {
  if (exchange.discarded !== undefined) return exchange.discarded;
  if (error instanceof OvirtError) return error;
  const { request, controller } = exchange;
  if (controller?.signal.aborted && controller.signal.reason instanceof TotalTimeout) {
    return mapTransportError(controller.signal.reason, request.origin, exchange.connectTimeout);
  }
  if (request.signal?.aborted) {
    return new OvirtError(`The request to ${request.origin} was aborted`, { cause: request.signal.reason });
  }
  if (isZlibError(error)) {
    return new ConnectionError(`The response body can't be decompressed (${exchange.steps.join(', ')}): ${(error as Error).message}`, { cause: error });
  }
  return mapTransportError(error, request.origin, exchange.connectTimeout);
}

/** Gives the body up: frees its socket; reading it then fails with `reason`. */
function discard(exchange: Exchange, reason?: OvirtError): void {
  exchange.discarded ??= reason ?? new OvirtError(`The response from ${exchange.request.origin} was discarded`);
  finish(exchange);
  const raw = exchange.response?.body;
  if (raw !== undefined && !raw.destroyed) raw.destroy();
}

/** The body of an exchange as it arrives: decompressed, every byte counted against the limit. */
async function* streamBody(exchange: Exchange, raw: Dispatcher.ResponseData['body']): AsyncGenerator<Buffer> {
  const { maxBytes } = exchange.request;
  let rawBytes = 0;
  let decoded = 0;
  try {
    let source: AsyncIterable<Buffer> = raw;
    if (exchange.steps.length > 0) {
      // The compressed bytes count too: an endless body fails as soon as it passes the limit.
      const counted = (async function* (): AsyncGenerator<Buffer> {
        for await (const chunk of raw as AsyncIterable<Buffer>) {
          rawBytes += chunk.length;
          if (rawBytes > maxBytes) throw tooLarge(maxBytes);
          yield chunk;
        }
      })();
      // pipeline() passes an error of any stage on to the last one, which this loop reads.
      const decoders = exchange.steps.map((coding) => decoder(coding)!);
      source = (pipeline as (...streams: unknown[]) => NodeJS.ReadableStream)(counted, ...decoders, () => undefined) as unknown as AsyncIterable<Buffer>;
    }
    for await (const chunk of source) {
      decoded += chunk.length;
      if (decoded > maxBytes) throw tooLarge(maxBytes);
      yield chunk;
    }
  } catch (error) {
    throw fail(exchange, error);
  } finally {
    finish(exchange);
    if (!raw.destroyed) raw.destroy();
  }
}

/** Decodes a whole compressed body in one go, refusing more than `maxBytes` of output. */
function decodeWhole(raw: Buffer, coding: string, maxBytes: number): Promise<Buffer> {
  if (raw.length === 0) return Promise.resolve(raw);
  const maxOutputLength = Math.min(maxBytes, buffer.constants.MAX_LENGTH);
  const zlib = zlibModule();
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, out: Buffer): void => {
      if (error === null) resolve(out);
      else if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') reject(tooLarge(maxBytes));
      else reject(error);
    };
    if (coding === 'br') zlib.brotliDecompress(raw, { maxOutputLength }, done);
    else if (coding === 'deflate') zlib.inflate(raw, { maxOutputLength }, (error, out) => (error !== null && !isTooLarge(error) ? zlib.inflateRaw(raw, { maxOutputLength }, done) : done(error, out)));
    else zlib.gunzip(raw, { maxOutputLength }, done);
  });
}

function isTooLarge(error: Error): boolean {
  return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
}

/** zlib's errors carry a `Z_...` code (`Z_DATA_ERROR`, `Z_BUF_ERROR`). */
function isZlibError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('Z_') || code === 'ERR_BROTLI_COMPRESSION_FAILED');
}

/** Reads a body whole. */
export async function collect(body: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk);
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}

export { header as responseHeader };
