/**
 * Debug output of the HTTP traffic (API and SSO exchanges alike), every line
 * redacted (see redact.ts), bodies cut to a bounded excerpt. Logging never
 * throws into the caller: a logger that fails is ignored.
 */
import type { Logger } from '../options';
import { REDACTED, type Redactor } from './redact';

/** The longest body the log shows, in bytes; the rest is counted, not shown. */
export const LOGGED_BODY_BYTES = 64 * 1024;

const SENSITIVE_HEADER = /^((?:proxy-)?authorization|cookie|set-cookie)$/i;

/** Renders a header value for the log, hiding sensitive ones outright. */
function headerLines(prefix: string, name: string, value: string | string[] | undefined): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.map((v) => {
    if (!SENSITIVE_HEADER.test(name)) return `${prefix}${name}: ${v}`;
    const scheme = /^(bearer|basic|negotiate|digest)\b/i.exec(v);
    return `${prefix}${name}: ${scheme ? `${scheme[1]} ` : ''}${REDACTED}`;
  });
}

/** At most {@link LOGGED_BODY_BYTES} of a body, as text, with a note of what was left out. */
function bodyText(body: Buffer | string): string {
  if (typeof body === 'string') return body;
  if (body.length <= LOGGED_BODY_BYTES) return body.toString('utf8');
  return `${body.subarray(0, LOGGED_BODY_BYTES).toString('utf8')}\n(${body.length - LOGGED_BODY_BYTES} more bytes not shown)`;
}

/** What the log needs of a request. */
export interface LoggedRequest {
  method: string;
  origin: string;
  /** Path and query. */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

/** What the log needs of a response. */
export interface LoggedResponse {
  status: number;
  statusText: string;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * The connection's debug log: writes the traffic to `log.debug` when
 * `debug` is on, one message per line, prefixed with the request number so
 * that concurrent exchanges can be told apart.
 */
export class TrafficLog {
  private next = 1;
  /** True when lines are written: `debug` is on and there is a logger. */
  readonly enabled: boolean;

  constructor(
    private readonly log: Logger | undefined,
    debug: boolean,
    private readonly redactor: Redactor,
  ) {
    this.enabled = debug && log !== undefined;
  }

  /** Writes one or more lines (split at newlines), redacted. */
  private write(prefix: string, text: string): void {
    try {
      for (const line of text.replace(/\r\n?/g, '\n').split('\n')) this.log!.debug(this.redactor.text(`${prefix}${line}`));
    } catch {
      // A logger that throws must not fail the call it logs.
    }
  }

  private head(prefix: string, first: string, headers: Record<string, string | string[] | undefined>): void {
    this.write(prefix, first);
    for (const [name, value] of Object.entries(headers)) for (const line of headerLines(prefix, name, value)) this.write('', line);
  }

  /**
   * Runs one exchange (`send(request)`), logging the request, then the response with the body
   * `loggedBody` gives for it (called after `send` resolves, so it may also
   * register secrets the response carries before anything of it is logged),
   * or the failure. `note` is a `* ` line about what the SDK is doing.
   */
  exchange<Q extends LoggedRequest, R extends LoggedResponse>(
    request: Q,
    send: (request: Q) => Promise<R>,
    loggedBody: (response: R) => Buffer | string,
    note?: string,
  ): Promise<R> {
    // Without debug logging, nothing wraps the exchange (not even a promise).
    if (!this.enabled) return send(request);
    return this.logged(request, send, loggedBody, note);
  }

  private async logged<Q extends LoggedRequest, R extends LoggedResponse>(
    request: Q,
    send: (request: Q) => Promise<R>,
    loggedBody: (response: R) => Buffer | string,
    note: string | undefined,
  ): Promise<R> {
    const id = this.next++;
    if (note !== undefined) this.write(`#${id} * `, note);
    const out = `#${id} > `;
    this.head(out, `${request.method} ${request.origin}${request.path}`, request.headers);
    if (request.body !== undefined && request.body.length > 0) {
      this.write(out, '');
      this.write(out, bodyText(request.body));
    }
    let response: R;
    try {
      response = await send(request);
    } catch (error) {
      this.write(`#${id} * `, `failed: ${(error as Error).message}`);
      throw error;
    }
    const body = loggedBody(response);
    const back = `#${id} < `;
    this.head(back, `${response.status} ${response.statusText}`.trimEnd(), response.headers);
    if (body.length > 0) {
      this.write(back, '');
      this.write(back, bodyText(body));
    }
    return response;
  }
}
