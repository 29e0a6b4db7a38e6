/**
 * Debug output of the HTTP traffic, with every secret redacted.
 *
 * Redaction works in two layers, and every line passes both:
 * 1. by shape: the value of `Authorization`, `Proxy-Authorization`,
 *    `Cookie` and `Set-Cookie` headers; the token of an HTTP Negotiate
 *    (Kerberos) exchange, such as the engine's `WWW-Authenticate: Negotiate
 *    <token>` reply; form fields, JSON members and XML
 *    elements whose names say password, token or secret; credentials in URLs;
 * 2. by value: every secret the connection knows (password, proxy password,
 *    tokens it was given or received), raw and in its URL-, form- and
 *    XML-encoded forms, wherever it appears.
 */
import type { Logger } from './options';

export const REDACTED = '***';

/** Secrets shorter than this are only redacted by shape (a one-letter
 * password would otherwise blank out every line). */
const MIN_SECRET_LENGTH = 4;

const SENSITIVE_HEADER = /^((?:proxy-)?authorization|cookie|set-cookie)$/i;
const SENSITIVE_NAME = '[\\w.:-]*(?:password|passwd|token|secret)[\\w.:-]*';

const SHAPES: [RegExp, string][] = [
  // Header lines: `Authorization: Bearer abc` keeps the scheme.
  [/^(\S*\s*[<>*]?\s*(?:proxy-)?authorization:\s*)(\S+)\s+\S.*$/gim, `$1$2 ${REDACTED}`],
  [/^(\S*\s*[<>*]?\s*(?:proxy-)?authorization:\s*)\S+$/gim, `$1${REDACTED}`],
  [/^(\S*\s*[<>*]?\s*(?:set-)?cookie:\s*).*$/gim, `$1${REDACTED}`],
  // HTTP Negotiate tokens, in any header: WWW-Authenticate: Negotiate oRQw...
  [/\b(Negotiate\s+)[A-Za-z0-9+/._~-]{20,}=*/gi, `$1${REDACTED}`],
  // XML elements: <root_password>x</root_password>
  [new RegExp(`(<(${SENSITIVE_NAME})(?:\\s[^>]*)?>)[^<]*(</\\2\\s*>)`, 'gi'), `$1${REDACTED}$3`],
  // JSON members: "access_token": "x"
  [new RegExp(`("${SENSITIVE_NAME}"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'gi'), `$1"${REDACTED}"`],
  // Form fields and query parameters: password=x&token=y
  [new RegExp(`(^|[?&\\s])(${SENSITIVE_NAME})=[^&\\s]*`, 'gi'), `$1$2=${REDACTED}`],
  // Credentials in URLs: https://user:secret@host
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@]*):[^/\s@]*@/gi, `$1:${REDACTED}@`],
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Replaces every secret in `text`, by shape and by value. */
export function redact(text: string, secrets: Iterable<string> = []): string {
  let out = text;
  for (const [pattern, replacement] of SHAPES) out = out.replace(pattern, replacement);
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
    forms.add(new URLSearchParams({ s: secret }).toString().slice(2));
    forms.add(xmlEscape(secret));
    forms.add(JSON.stringify(secret).slice(1, -1));
  }
  if (forms.size > 0) {
    // Longest first, so that a secret containing another is replaced whole.
    const alternatives = [...forms].sort((a, b) => b.length - a.length).map(escapeRegExp);
    out = out.replace(new RegExp(alternatives.join('|'), 'g'), REDACTED);
  }
  return out;
}

/** Renders a header value for the log, hiding sensitive ones outright. */
function headerLine(prefix: string, name: string, value: string | string[] | undefined): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.map((v) => {
    if (!SENSITIVE_HEADER.test(name)) return `${prefix}${name}: ${v}`;
    const scheme = /^(bearer|basic|negotiate|digest)\s/i.exec(v);
    return `${prefix}${name}: ${scheme ? `${scheme[1]} ` : ''}${REDACTED}`;
  });
}

/**
 * The connection's debug log: writes the traffic to `log.debug` when
 * `debug` is on, one message per line, prefixed with the request number so
 * that concurrent exchanges can be told apart.
 */
export class TrafficLog {
  private next = 1;

  constructor(
    private readonly log: Logger | undefined,
    readonly enabled: boolean,
    private readonly secrets: () => Iterable<string>,
  ) {}

  /** A new request number. */
  id(): number {
    return this.next++;
  }

  /** Writes one or more lines (split at newlines), redacted. */
  write(prefix: string, text: string): void {
    if (!this.enabled || this.log === undefined) return;
    const secrets = [...this.secrets()];
    for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
      this.log.debug(redact(`${prefix}${line}`, secrets));
    }
  }

  /** `* ` line: what the SDK is doing. */
  info(id: number, text: string): void {
    this.write(`#${id} * `, text);
  }

  request(id: number, method: string, url: string, headers: Record<string, string>, body: Buffer | undefined): void {
    if (!this.enabled || this.log === undefined) return;
    const p = `#${id} > `;
    this.write(p, `${method} ${url}`);
    for (const [name, value] of Object.entries(headers)) for (const line of headerLine(p, name, value)) this.write('', line);
    if (body !== undefined && body.length > 0) {
      this.write(p, '');
      this.write(p, body.toString('utf8'));
    }
  }

  response(id: number, status: number, statusText: string, headers: Record<string, string | string[] | undefined>, body: Buffer): void {
    if (!this.enabled || this.log === undefined) return;
    const p = `#${id} < `;
    this.write(p, `${status} ${statusText}`.trimEnd());
    for (const [name, value] of Object.entries(headers)) for (const line of headerLine(p, name, value)) this.write('', line);
    if (body.length > 0) {
      this.write(p, '');
      this.write(p, body.toString('utf8'));
    }
  }
}
