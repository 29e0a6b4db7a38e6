/**
 * HTTP transport of a connection over undici: one dispatcher (a pooled
 * `Agent`, or a `ProxyAgent` tunnelling through the proxy) shared by every
 * request, total timeouts, response bodies read as Buffers and
 * decompressed, and low-level errors mapped to the SDK's errors.
 */
import { promisify } from 'node:util';
import * as zlib from 'node:zlib';
import { Agent, ProxyAgent, type Dispatcher } from 'undici';
import { ConnectionError, Error as OvirtError, TimeoutError } from '../errors';
import type { ResolvedOptions } from './options';
import { secureContext } from './tls';

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: URL;
  headers: Record<string, string>;
  body?: Buffer;
  /** Limit for the whole exchange in ms; 0: none. */
  timeout: number;
  /** Cancels the request. */
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  statusText: string;
  headers: Record<string, string | string[] | undefined>;
  /** The body as received, decompressed. */
  body: Buffer;
}

const gunzip = promisify(zlib.gunzip);
const inflate = promisify(zlib.inflate);
const inflateRaw = promisify(zlib.inflateRaw);
const brotli = promisify(zlib.brotliDecompress);

/** A response whose body is still arriving (see {@link Transport.stream}). */
export interface HttpStreamResponse {
  status: number;
  statusText: string;
  headers: Record<string, string | string[] | undefined>;
  /** The body chunks, decompressed; errors on the way are the SDK's errors. */
  body: AsyncIterable<Buffer>;
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

async function decompress(body: Buffer, encoding: string | undefined): Promise<Buffer> {
  if (encoding === undefined || body.length === 0) return body;
  const codings = encoding
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  let out = body;
  for (const coding of codings.reverse()) {
    try {
      if (coding === 'gzip' || coding === 'x-gzip') out = await gunzip(out);
      else if (coding === 'deflate') {
        // RFC 9110 deflate is zlib-wrapped; some servers send raw deflate.
        out = await inflate(out).catch(() => inflateRaw(out));
      } else if (coding === 'br') out = await brotli(out);
      else throw new OvirtError(`The response uses the content encoding '${coding}', which the SDK can't decode`);
    } catch (cause) {
      if (cause instanceof OvirtError) throw cause;
      throw new ConnectionError(`The response body can't be decompressed (${coding}): ${(cause as Error).message}`, { cause });
    }
  }
  return out;
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
export function mapTransportError(error: unknown, url: URL, connectTimeout: number): OvirtError {
  if (error instanceof OvirtError) return error;
  const where = url.origin;
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

  /** The undici dispatcher, made on first use. */
  private get dispatcher(): Dispatcher {
    this.dispatcherValue ??= this.createDispatcher();
    return this.dispatcherValue;
  }

  private createDispatcher(): Dispatcher {
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
      // The total timeout is ours (see send); undici's per-phase limits
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
   * Starts one exchange: arms the total timeout, sends the request and
   * resolves with the response head. `fail` maps any error of the exchange
   * (now or while the body is read) to the SDK's errors; `finish` disarms
   * the timeout.
   */
  private async open(request: HttpRequest): Promise<{ response: Dispatcher.ResponseData; fail: (error: unknown) => OvirtError; finish: () => void }> {
    // A timer and an abort signal only when there is a limit or a caller's signal.
    const controller = request.timeout > 0 ? new AbortController() : undefined;
    let timer: NodeJS.Timeout | undefined;
    if (controller !== undefined) {
      timer = setTimeout(() => controller.abort(new TotalTimeout(request.timeout)), request.timeout);
    }
    const finish = (): void => {
      if (timer !== undefined) clearTimeout(timer);
    };
    const fail = (error: unknown): OvirtError => {
      if (controller?.signal.aborted && controller.signal.reason instanceof TotalTimeout) {
        return mapTransportError(controller.signal.reason, request.url, this.connectTimeout);
      }
      if (request.signal?.aborted) {
        return new OvirtError(`The request to ${request.url.origin} was aborted`, { cause: request.signal.reason });
      }
      return mapTransportError(error, request.url, this.connectTimeout);
    };
    const signal =
      controller === undefined ? request.signal : request.signal !== undefined ? AbortSignal.any([controller.signal, request.signal]) : controller.signal;
    try {
      const { url } = request;
      const response = await this.dispatcher.request({
        origin: url.origin,
        path: `${url.pathname}${url.search}`,
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal,
        headersTimeout: request.timeout,
        bodyTimeout: request.timeout,
        // Let GETs share a pipelined connection when pipelining is on.
        blocking: request.method === 'GET' && this.pipelining > 1 ? false : undefined,
      });
      return { response, fail, finish };
    } catch (error) {
      finish();
      throw fail(error);
    }
  }

  /** Sends one request and reads the whole response. */
  async send(request: HttpRequest): Promise<HttpResponse> {
    const { response, fail, finish } = await this.open(request);
    try {
      // undici collects the chunks itself (cheaper than an async iterator per response).
      const raw = Buffer.from(await response.body.arrayBuffer());
      const headers = response.headers as HttpResponse['headers'];
      const encoding = header(headers, 'content-encoding');
      const body = encoding === undefined ? raw : await decompress(raw, encoding);
      return { status: response.statusCode, statusText: response.statusText ?? '', headers, body };
    } catch (error) {
      throw fail(error);
    } finally {
      finish();
    }
  }

  /**
   * Sends one request and resolves once the response head has arrived; the
   * body is read as the caller iterates it (decompressed on the fly). The
   * `timeout` covers the whole exchange, body included.
   */
  async stream(request: HttpRequest): Promise<HttpStreamResponse> {
    const { response, fail, finish } = await this.open(request);
    const headers = response.headers as HttpResponse['headers'];
    const encoding = header(headers, 'content-encoding')?.trim().toLowerCase();
    let source: AsyncIterable<Buffer> = response.body as AsyncIterable<Buffer>;
    if (encoding === 'gzip' || encoding === 'x-gzip' || encoding === 'deflate' || encoding === 'br') {
      const decoder = encoding === 'br' ? zlib.createBrotliDecompress() : encoding === 'deflate' ? zlib.createInflate() : zlib.createGunzip();
      source = response.body.pipe(decoder);
    } else if (encoding !== undefined && encoding !== '' && encoding !== 'identity') {
      finish();
      response.body.destroy();
      throw new OvirtError(`The response uses the content encoding '${encoding}', which the SDK can't decode`);
    }
    async function* body(): AsyncGenerator<Buffer> {
      try {
        for await (const chunk of source) yield chunk;
      } catch (error) {
        throw fail(error);
      } finally {
        finish();
        if (!response.body.destroyed) response.body.destroy();
      }
    }
    return { status: response.statusCode, statusText: response.statusText ?? '', headers, body: body() };
  }

  /** Waits for the requests in flight, then closes every socket. */
  async close(): Promise<void> {
    await this.dispatcherValue?.close();
  }

  /** Closes every socket now, failing the requests in flight. */
  async destroy(): Promise<void> {
    await this.dispatcherValue?.destroy();
  }
}

export { header as responseHeader };
