/**
 * The SDK's errors: one hierarchy rooted at {@link Error} (exported from the
 * package also as `OvirtError`), a subclass of the global `Error`.
 */

/**
 * How a message names a value the SDK refused: `null`, `undefined`, `an
 * array`, `the string "x"` (shortened), `an object` (a plain one), `a Disk`
 * (an instance of a class), `an invalid Date`, `number 5`.
 */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '...' : value)}`;
  if (value instanceof Date && Number.isNaN(value.getTime())) return 'an invalid Date';
  if (typeof value === 'object') {
    const name: unknown = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
    if (typeof name !== 'string' || name === '' || name === 'Object') return 'an object';
    return withArticle(name);
  }
  if (typeof value === 'function') return `a function (${value.name || 'anonymous'})`;
  return `${typeof value} ${String(value)}`;
}

/** A class name with its indefinite article: `a Vm`, `an Action`. */
export function withArticle(name: string): string {
  return `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name}`;
}

/** What the engine said about a failure: the `<fault>` document's content. */
export interface FaultInfo {
  reason?: string;
  detail?: string;
}

export interface ErrorOptions {
  /** HTTP status code, when the error comes from an HTTP response. */
  code?: number;
  /** The engine's fault, when the response carried one. */
  fault?: FaultInfo;
  /** The lower-level error this one wraps. */
  cause?: unknown;
}

/**
 * Base class of every error the SDK throws. It is a subclass of the global
 * `Error`; the package exports it also as `OvirtError`, so that it does not
 * have to shadow the global name in user code.
 */
export class Error extends globalThis.Error {
  /** HTTP status code, when there is one. */
  readonly code?: number;
  /** The engine's fault (a `types.Fault`), when the response had one. */
  readonly fault?: FaultInfo;

  constructor(message: string, options: ErrorOptions = {}) {
    super(message, options.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = new.target.name === 'Error' ? 'OvirtError' : new.target.name;
    if (options.code !== undefined) this.code = options.code;
    if (options.fault !== undefined) this.fault = options.fault;
  }
}

/** The SDK's base error under the name the package exports it as. */
export { Error as OvirtError };

/** Authentication or authorization failed (SSO errors, HTTP 401 and 403). */
export class AuthError extends Error {}

/**
 * The server could not be reached or the connection broke: refused,
 * unresolvable host, reset or dropped mid-response, TLS handshake failure
 * (unknown CA, wrong host name), proxy refusal. `cause` holds the low-level
 * error (with its `code`, such as `ECONNREFUSED` or `UND_ERR_SOCKET`).
 */
export class ConnectionError extends Error {}

/** The object or service does not exist (HTTP 404). */
export class NotFoundError extends Error {}

/** The connect timeout or the total request timeout expired (API and SSO requests alike). */
export class TimeoutError extends Error {}

export interface XmlErrorOptions extends ErrorOptions {
  /** 1-based line of the document where the problem was found (0: unknown). */
  line?: number;
  /** 1-based column (0: unknown). */
  column?: number;
  /** libxml2's error code, when libxml2 reported the error. */
  xmlCode?: number;
}

/** An XML document could not be read or written: malformed or hostile input,
 * a value that does not fit its type, a character XML cannot carry. */
export class XmlError extends Error {
  readonly line: number;
  readonly column: number;
  readonly xmlCode: number;

  constructor(message: string, options: XmlErrorOptions = {}) {
    super(message, options);
    this.line = options.line ?? 0;
    this.column = options.column ?? 0;
    this.xmlCode = options.xmlCode ?? 0;
  }
}

/** The native XML addon could not be loaded; the message lists what was tried and how to fix it. */
export class NativeLoadError extends Error {}
