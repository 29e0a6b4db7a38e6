/**
 * The options of `new Connection(options)`: their types, defaults and
 * validation. Every problem is reported at construction with the SDK's
 * `Error`, naming the option.
 */
import { readFileSync } from 'node:fs';
import { describe, Error as OvirtError } from './errors';

/** Where debug output goes; `console` will do. Only `debug` is required. */
export interface Logger {
  debug(message: string): void;
  info?(message: string): void;
  warn?(message: string): void;
  error?(message: string): void;
}

export interface ConnectionOptions {
  /** Base URL of the API, such as `https://engine.example.com/ovirt-engine/api`. Required. */
  url: string;
  /** User name for SSO, such as `admin@internal`. */
  username?: string;
  /** Password for SSO. */
  password?: string;
  /** A bearer token to use instead of logging in with SSO; `close()` does not revoke it. */
  token?: string;
  /** Skip every TLS certificate and host-name check. Default false; never in production. */
  insecure?: boolean;
  /** A PEM file with the CA certificates to trust (instead of the system store). */
  caFile?: string;
  /** PEM CA certificates to trust, as a string or Buffer (or an array of them). */
  ca?: string | Buffer | readonly (string | Buffer)[];
  /** Limit for a whole request, from sending to the last byte of the response, in ms. 0 (default): none. */
  timeout?: number;
  /** Limit for opening a connection (TCP and TLS handshake), in ms. Default 10 000. */
  connectTimeout?: number;
  /** Ask for gzip/deflate compressed responses. Default true. */
  compress?: boolean;
  /** Headers sent with every API request; a per-call header of the same name wins. */
  headers?: Record<string, string>;
  /** Connections to open to the engine at most. Default 10; 0: no limit. */
  connections?: number;
  /**
   * Largest response body accepted, in bytes after decompression, counted as
   * it arrives; a larger one fails the call with an `XmlError` before it is
   * held in memory. Default 2 GiB (2147483648).
   */
  maxBytes?: number;
  /** HTTP/1.1 pipelining depth per connection. Default 0: no pipelining. */
  pipeline?: number;
  /** URL of an HTTP(S) proxy, reached with CONNECT. */
  proxyUrl?: string;
  /** User name for the proxy (Basic authentication). */
  proxyUsername?: string;
  /** Password for the proxy. */
  proxyPassword?: string;
  /** SSO token URL. Default: `<scheme://host:port>/ovirt-engine/sso/oauth/token`. */
  ssoUrl?: string;
  /** SSO revoke URL. Default: `<scheme://host:port>/ovirt-engine/services/sso-logout`. */
  ssoRevokeUrl?: string;
  /** Name of the token in the SSO JSON reply. Default `access_token`. */
  ssoTokenName?: string;
  /**
   * Log in with the user's Kerberos ticket instead of a password: the SSO
   * token comes from `ssoUrl` (default `.../sso/oauth/token-http-auth`) with
   * HTTP Negotiate. Needs the optional `kerberos` package. Default false.
   */
  kerberos?: boolean;
  /** The engine's GSSAPI service name, `service@host`. Default `HTTP@<host of url>`. Only with `kerberos`. */
  kerberosService?: string;
  /** Write requests and responses (secrets redacted) to `log.debug`. Default false. */
  debug?: boolean;
  /** Where debug output goes. */
  log?: Logger;
}

/** The options after validation, with defaults applied. */
export interface ResolvedOptions {
  url: URL;
  /** `url` without a trailing slash, as a string. */
  base: string;
  username?: string;
  password?: string;
  token?: string;
  insecure: boolean;
  /** PEM CA certificates given by `caFile` and `ca`; undefined: the system store. */
  ca?: (string | Buffer)[];
  timeout: number;
  connectTimeout: number;
  compress: boolean;
  /** Validated connection headers, in the order given. */
  headers: [string, string][];
  connections: number;
  maxBytes: number;
  pipeline: number;
  proxy?: { url: URL; username?: string; password?: string };
  ssoUrl: URL;
  ssoRevokeUrl: URL;
  ssoTokenName: string;
  kerberos: boolean;
  /** The GSSAPI service name to ask a ticket for; set when `kerberos` is. */
  kerberosService?: string;
  debug: boolean;
  log?: Logger;
}

export const DEFAULT_CONNECT_TIMEOUT = 10_000;
export const DEFAULT_CONNECTIONS = 10;

export const DEFAULT_MAX_BYTES = 2 ** 31;

/**
 * Every option and the kind of value it takes, checked before anything else:
 * the one list of the options (the compiler holds it to ConnectionOptions).
 */
const OPTIONS: { readonly [K in keyof Required<ConnectionOptions>]: 'string' | 'boolean' | 'count' | 'other' } = {
  url: 'string',
  username: 'string',
  password: 'string',
  token: 'string',
  insecure: 'boolean',
  caFile: 'string',
  ca: 'other',
  timeout: 'count',
  connectTimeout: 'count',
  compress: 'boolean',
  headers: 'other',
  connections: 'count',
  maxBytes: 'count',
  pipeline: 'count',
  proxyUrl: 'string',
  proxyUsername: 'string',
  proxyPassword: 'string',
  ssoUrl: 'string',
  ssoRevokeUrl: 'string',
  ssoTokenName: 'string',
  kerberos: 'boolean',
  kerberosService: 'string',
  debug: 'boolean',
  log: 'other',
};

/** What a whole number option counts, for messages. */
const UNITS: Partial<Record<keyof ConnectionOptions, string>> = {
  timeout: 'milliseconds',
  connectTimeout: 'milliseconds',
  connections: 'connections',
  maxBytes: 'bytes',
  pipeline: 'requests',
};

/** Python SDK spellings, to point users who port code at the right name. */
const PYTHON_NAMES: Record<string, string> = {
  ca_file: 'caFile',
  connect_timeout: 'connectTimeout',
  proxy_url: 'proxyUrl',
  proxy_username: 'proxyUsername',
  proxy_password: 'proxyPassword',
  sso_url: 'ssoUrl',
  sso_revoke_url: 'ssoRevokeUrl',
  sso_token_name: 'ssoTokenName',
};

/**
 * Headers the SDK sets itself on every API request. Users cannot set them:
 * a different value would break the exchange (or smuggle a second request).
 */
const RESERVED_HEADERS = new Set([
  'accept', 'accept-encoding', 'authorization', 'connection', 'content-length', 'content-type', 'expect', 'host',
  'keep-alive', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'version',
]);

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const VISIBLE_ASCII = /^[\t\x20-\x7e]*$/;

function fail(message: string): never {
  throw new OvirtError(message);
}

function httpUrl(text: string, name: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    fail(`The '${name}' option is not a valid URL: '${text}'`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    fail(`The '${name}' option must be an http or https URL, got '${url.protocol}'`);
  }
  return url;
}

/**
 * Checks one header for the `headers` option or a per-call `headers`
 * object; `where` names the place in messages.
 */
export function checkHeader(name: string, value: unknown, where: string): string {
  if (!TOKEN.test(name)) fail(`The ${where} header name '${name}' is not a valid HTTP header name`);
  if (RESERVED_HEADERS.has(name.toLowerCase())) {
    fail(`The ${where} header '${name}' cannot be set: the SDK sets it itself`);
  }
  if (typeof value !== 'string') fail(`The ${where} header '${name}' must have a string value, got ${describe(value)}`);
  if (!VISIBLE_ASCII.test(value)) {
    fail(`The value of the ${where} header '${name}' contains characters that can't be encoded using ASCII, as required by the HTTP protocol`);
  }
  return value;
}

/** Checks a headers object (`headers` option or a call's `options.headers`). */
export function checkHeaders(headers: unknown, where: string): [string, string][] {
  if (headers === undefined) return [];
  if (typeof headers !== 'object' || headers === null || Array.isArray(headers)) {
    fail(`The ${where} headers must be an object of names to values, got ${describe(headers)}`);
  }
  const out: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out.push([name, checkHeader(name, value, where)]);
  }
  return out;
}

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

/** Parses every certificate of a PEM text (OpenSSL would skip a broken one silently). */
function checkPem(pem: string | Buffer, where: string): void {
  const blocks = pem.toString('latin1').match(PEM_BLOCK) ?? [];
  if (blocks.length === 0) fail(`${where} contains no PEM certificate`);
  // node:crypto is loaded here, when a CA is given, not with the package.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { X509Certificate } = require('node:crypto') as typeof import('node:crypto');
  blocks.forEach((block, i) => {
    try {
      new X509Certificate(block);
    } catch (cause) {
      throw new OvirtError(`${where} has a certificate that can't be read (number ${i + 1}): ${(cause as Error).message}`, { cause });
    }
  });
}

function readCa(options: Record<string, unknown>): (string | Buffer)[] | undefined {
  const caFile = options.caFile as string | undefined;
  const ca = options.ca;
  const out: (string | Buffer)[] = [];
  if (caFile !== undefined) {
    let pem: Buffer;
    try {
      pem = readFileSync(caFile);
    } catch (cause) {
      throw new OvirtError(`The CA file '${caFile}' given in the 'caFile' option can't be read: ${(cause as Error).message}`, { cause });
    }
    checkPem(pem, `The CA file '${caFile}' given in the 'caFile' option`);
    out.push(pem);
  }
  if (ca !== undefined) {
    const items = Array.isArray(ca) ? (ca as unknown[]) : [ca];
    for (const item of items) {
      if (typeof item !== 'string' && !Buffer.isBuffer(item)) fail(`The 'ca' option must be a PEM string or Buffer (or an array of them), got ${describe(item)}`);
      checkPem(item, `The 'ca' option`);
      out.push(item);
    }
  }
  return out.length > 0 ? out : undefined;
}

function checkLog(value: unknown): Logger | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || typeof (value as Logger).debug !== 'function') {
    fail(`The 'log' option must be a logger object with a 'debug' method (console will do), got ${describe(value)}`);
  }
  for (const level of ['info', 'warn', 'error'] as const) {
    const f = (value as Logger)[level];
    if (f !== undefined && typeof f !== 'function') fail(`The 'log' option's '${level}' member must be a function`);
  }
  return value as Logger;
}

function maxBytes(value: number | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES;
  if (value === 0) fail(`The 'maxBytes' option must be 1 or more`);
  return value;
}

/**
 * The GSSAPI host-based service name (`service@host`) for `kerberos`: the
 * one given, or `HTTP@<host of url>`.
 */
function checkKerberosService(given: string | undefined, kerberos: boolean, url: URL): string | undefined {
  if (!kerberos) {
    if (given !== undefined) fail(`The 'kerberosService' option needs 'kerberos: true'`);
    return undefined;
  }
  if (given === undefined) return `HTTP@${url.hostname.replace(/^\[|\]$/g, '')}`;
  if (!/^[^\s@/]+@[^\s@/]+$/.test(given)) {
    const principal = /^([^\s@/]+)\/([^\s@/]+)(@[^\s@/]+)?$/.exec(given);
    const hint = principal ? `; the principal '${given}' is written '${principal[1]}@${principal[2]}'` : '';
    fail(`The 'kerberosService' option must be a GSSAPI service name 'service@host', such as 'HTTP@engine.example.com', got '${given}'${hint}`);
  }
  return given;
}

/** Validates the options of a new connection and applies the defaults. */
export function resolveOptions(input: ConnectionOptions): ResolvedOptions {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    fail(`new Connection(options) expects an options object, got ${describe(input)}`);
  }
  const options = input as unknown as Record<string, unknown>;
  for (const [name, value] of Object.entries(options)) {
    if (!Object.hasOwn(OPTIONS, name)) {
      const hint = PYTHON_NAMES[name] !== undefined ? `; did you mean '${PYTHON_NAMES[name]}'?` : '';
      fail(`Unknown connection option '${name}'${hint}`);
    }
    if (value === undefined) continue;
    const kind = OPTIONS[name as keyof ConnectionOptions];
    if (kind === 'string' && typeof value !== 'string') fail(`The '${name}' option must be a string, got ${describe(value)}`);
    if (kind === 'boolean' && typeof value !== 'boolean') fail(`The '${name}' option must be a boolean, got ${describe(value)}`);
    if (kind === 'count' && (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)) {
      fail(`The '${name}' option must be a whole number of ${UNITS[name as keyof ConnectionOptions]} (0 or more), got ${describe(value)}`);
    }
  }
  // Every option below has the type its kind says, or is undefined.
  const o = options as Partial<ConnectionOptions>;

  const urlText = o.url;
  if (urlText === undefined || urlText === '') fail(`The 'url' option is mandatory`);
  const url = httpUrl(urlText, 'url');
  if (url.username !== '' || url.password !== '') fail(`The 'url' option must not contain credentials; use the 'username' and 'password' options`);
  if (url.search !== '' || url.hash !== '') fail(`The 'url' option must not have a query or a fragment: '${urlText}'`);
  const base = url.href.replace(/\/+$/, '');

  const { username, password, token } = o;
  if (token === '') fail(`The 'token' option must not be empty`);
  const kerberos = o.kerberos ?? false;
  if (kerberos && (username !== undefined || password !== undefined)) {
    fail(`The 'kerberos' option logs in with the user's Kerberos ticket: give no 'username' or 'password' with it`);
  }
  if (token === undefined && username === undefined && !kerberos) {
    fail(`The 'username' option (with 'password') is mandatory unless 'kerberos' or a 'token' is given`);
  }
  if (username !== undefined && password === undefined) fail(`The 'password' option is mandatory when 'username' is given`);
  if (token !== undefined && !VISIBLE_ASCII.test(token)) fail(`The 'token' option must be ASCII text`);

  const insecure = o.insecure ?? false;
  const ca = readCa(options);

  const { proxyUrl: proxyText, proxyUsername, proxyPassword } = o;
  let proxy: ResolvedOptions['proxy'];
  if (proxyText !== undefined) {
    const proxyUrl = httpUrl(proxyText, 'proxyUrl');
    const user = proxyUsername ?? (proxyUrl.username !== '' ? decodeURIComponent(proxyUrl.username) : undefined);
    const pass = proxyPassword ?? (proxyUrl.password !== '' ? decodeURIComponent(proxyUrl.password) : undefined);
    proxyUrl.username = '';
    proxyUrl.password = '';
    proxy = { url: proxyUrl, username: user, password: pass };
  } else if (proxyUsername !== undefined || proxyPassword !== undefined) {
    fail(`The 'proxyUsername' and 'proxyPassword' options need 'proxyUrl'`);
  }

  const origin = url.origin;
  const { ssoUrl: ssoText, ssoRevokeUrl: revokeText } = o;
  const ssoTokenName = o.ssoTokenName ?? 'access_token';
  if (ssoTokenName === '') fail(`The 'ssoTokenName' option must not be empty`);
  const kerberosService = checkKerberosService(o.kerberosService, kerberos, url);

  const headerObject = options.headers;
  if (headerObject !== undefined && (typeof headerObject !== 'object' || headerObject === null || Array.isArray(headerObject))) {
    fail(`The 'headers' option must be an object of header names to values, got ${describe(headerObject)}`);
  }

  return {
    url,
    base,
    username,
    password,
    token,
    insecure,
    ca,
    timeout: o.timeout ?? 0,
    connectTimeout: o.connectTimeout ?? DEFAULT_CONNECT_TIMEOUT,
    compress: o.compress ?? true,
    headers: checkHeaders(headerObject, "'headers' option"),
    connections: o.connections ?? DEFAULT_CONNECTIONS,
    maxBytes: maxBytes(o.maxBytes),
    pipeline: o.pipeline ?? 0,
    proxy,
    ssoUrl: ssoText !== undefined ? httpUrl(ssoText, 'ssoUrl') : new URL(`${origin}/ovirt-engine/sso/oauth/${kerberos ? 'token-http-auth' : 'token'}`),
    ssoRevokeUrl: revokeText !== undefined ? httpUrl(revokeText, 'ssoRevokeUrl') : new URL(`${origin}/ovirt-engine/services/sso-logout`),
    ssoTokenName,
    kerberos,
    kerberosService,
    debug: o.debug ?? false,
    log: checkLog(options.log),
  };
}
