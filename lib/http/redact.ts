/**
 * Removing secrets from text that leaves the SDK: debug log lines, and error
 * messages made from what a server sent back (a fault, an SSO error, an HTML
 * page, a redirect's Location) — a server may echo a password or a token.
 *
 * Two layers, and every text passes both:
 * 1. by shape: the value of `Authorization`, `Proxy-Authorization`,
 *    `Cookie` and `Set-Cookie` header lines; form fields, JSON members and
 *    XML elements whose names say password, token or secret; credentials in
 *    URLs;
 * 2. by value: every secret the connection knows (password, proxy password,
 *    tokens it was given or received), wherever it appears, raw or with any
 *    of its characters escaped the ways JSON (`\u0021`, `\"`), XML
 *    (`&#33;`, `&#x21;`, `&amp;`) and URLs (`%21`, `+`) escape them.
 *
 * The second layer scans the text once per secret with a small matcher,
 * never building a pattern out of the secret: its cost grows with the text,
 * not with the secret, and it can't fail on a long or odd secret.
 */

export const REDACTED = '***';

/** Secrets shorter than this are only redacted by shape (a one-letter
 * password would otherwise blank out every line). */
const MIN_SECRET_LENGTH = 4;

const SENSITIVE_NAME = '[\\w.:-]*(?:password|passwd|token|secret)[\\w.:-]*';

const SHAPES: [RegExp, string][] = [
  // Header lines: `Authorization: Bearer abc` keeps the scheme.
  [/^(\S*\s*[<>*]?\s*(?:proxy-)?authorization:\s*)(\S+)\s+\S.*$/gim, `$1$2 ${REDACTED}`],
  [/^(\S*\s*[<>*]?\s*(?:proxy-)?authorization:\s*)\S+$/gim, `$1${REDACTED}`],
  [/^(\S*\s*[<>*]?\s*(?:set-)?cookie:\s*).*$/gim, `$1${REDACTED}`],
  // HTTP Negotiate (Kerberos) tokens, wherever they are: `Negotiate oRQw...`
  [/\b(Negotiate\s+)[A-Za-z0-9+/._~-]{20,}=*/gi, `$1${REDACTED}`],
  // XML elements: <root_password>x</root_password>
  [new RegExp(`(<(${SENSITIVE_NAME})(?:\\s[^>]*)?>)[^<]*(</\\2\\s*>)`, 'gi'), `$1${REDACTED}$3`],
  // JSON members: "access_token": "x"
  [new RegExp(`("${SENSITIVE_NAME}"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'gi'), `$1"${REDACTED}"`],
  // Form fields and query parameters: password=x&token=y
  [new RegExp(`(^|[?&\\s])(${SENSITIVE_NAME})=[^&\\s'"<>]*`, 'gi'), `$1$2=${REDACTED}`],
  // Credentials in URLs: https://user:secret@host
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@]*):[^/\s@]*@/gi, `$1:${REDACTED}@`],
];

const NAMED_ENTITIES: Record<string, number> = { amp: 0x26, lt: 0x3c, gt: 0x3e, quot: 0x22, apos: 0x27 };
const JSON_ESCAPES: Record<string, number> = { '"': 0x22, '\\': 0x5c, '/': 0x2f, b: 0x08, f: 0x0c, n: 0x0a, r: 0x0d, t: 0x09 };

function hexDigits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const d = parseInt(text.charAt(i), 16);
    if (Number.isNaN(d)) return -1;
    value = value * 16 + d;
  }
  return value;
}

/**
 * The ways the text at `at` can stand for the secret's unit `expected`:
 * where each of them ends (at most two: the character itself, and an
 * escape starting with it). `utf8` is the UTF-8 of the code point that
 * begins with this unit (URL escapes encode bytes).
 */
function unitEnds(text: string, at: number, expected: number, utf8: readonly number[] | undefined, out: number[]): void {
  const c = text.charCodeAt(at);
  if (c === expected) out.push(at + 1);
  if (c === 0x5c /* \ */) {
    const next = text.charAt(at + 1);
    if (next === 'u' && hexDigits(text, at + 2, 4) === expected) out.push(at + 6);
    else if (JSON_ESCAPES[next] === expected) out.push(at + 2);
  } else if (c === 0x26 /* & */) {
    const end = text.indexOf(';', at + 1);
    if (end > at && end - at <= 10) {
      const entity = text.slice(at + 1, end);
      let code: number | undefined;
      if (entity.startsWith('#x') || entity.startsWith('#X')) code = parseInt(entity.slice(2), 16);
      else if (entity.startsWith('#')) code = parseInt(entity.slice(1), 10);
      else code = NAMED_ENTITIES[entity];
      if (code === expected) out.push(end + 1);
    }
  } else if (c === 0x2b /* + */ && expected === 0x20) {
    out.push(at + 1);
  } else if (c === 0x25 /* % */ && utf8 !== undefined) {
    let p = at;
    for (const byte of utf8) {
      if (text.charCodeAt(p) !== 0x25 || hexDigits(text, p + 1, 2) !== byte) return;
      p += 3;
    }
    out.push(p);
  }
}

/** A secret prepared for matching: its UTF-16 units, with the UTF-8 bytes of each code point on its first unit. */
interface Pattern {
  units: number[];
  utf8: (number[] | undefined)[];
}

const patterns = new Map<string, Pattern>();

function pattern(secret: string): Pattern {
  const known = patterns.get(secret);
  if (known !== undefined) return known;
  const units: number[] = [];
  const utf8: (number[] | undefined)[] = [];
  for (const ch of secret) {
    const code = ch.codePointAt(0)!;
    const bytes = code < 0x80 ? [code] : [...Buffer.from(ch, 'utf8')];
    for (let i = 0; i < ch.length; i++) {
      units.push(ch.charCodeAt(i));
      utf8.push(i === 0 ? bytes : undefined);
    }
  }
  // A connection knows a handful of secrets at a time; a bounded cache is enough.
  if (patterns.size >= 64) patterns.clear();
  const made = { units, utf8 };
  patterns.set(secret, made);
  return made;
}

/**
 * Where a match of `p` starting at `at` ends, or -1. Where a character can
 * be read two ways (`&` itself, or the start of `&amp;`), both are tried:
 * the choices wait on a stack, which only grows at such characters. A URL
 * escape of a code point covers all its UTF-16 units.
 */
function matchAt(text: string, at: number, p: Pattern): number {
  const choices: [number, number][] = [[0, at]];
  const ends: number[] = [];
  while (choices.length > 0) {
    let [i, pos] = choices.pop()!;
    for (;;) {
      if (i === p.units.length) return pos;
      ends.length = 0;
      unitEnds(text, pos, p.units[i], p.utf8[i], ends);
      if (ends.length === 0) break;
      let next = i + 1;
      const bytes = p.utf8[i];
      // A URL escape of a multi-byte code point stands for the whole of it.
      if (bytes !== undefined && bytes.length > 1 && text.charCodeAt(pos) === 0x25) while (next < p.units.length && p.utf8[next] === undefined) next++;
      for (let k = 1; k < ends.length; k++) choices.push([next, ends[k]]);
      i = next;
      pos = ends[0];
    }
  }
  return -1;
}

function redactValue(text: string, p: Pattern): string {
  const first = p.units[0];
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    // Only a character that can begin the secret, raw or escaped, starts a match.
    const end = c === first || c === 0x5c || c === 0x26 || c === 0x25 || c === 0x2b ? matchAt(text, i, p) : -1;
    if (end > i) {
      out += text.slice(copied, i) + REDACTED;
      copied = i = end;
    } else {
      i++;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Replaces every secret in `text`, by shape and by value. Never throws. */
export function redact(text: string, secrets: Iterable<string> = []): string {
  let out = text;
  for (const [shape, replacement] of SHAPES) out = out.replace(shape, replacement);
  // Longest first, so that a secret containing another is replaced whole.
  const sorted = [...new Set(secrets)].filter((s) => s.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
  for (const secret of sorted) out = redactValue(out, pattern(secret));
  return out;
}

/** The redaction of one connection: its secrets, as they are at the time of each call. */
export class Redactor {
  constructor(private readonly secrets: () => Iterable<string>) {}

  /** `text` without the connection's secrets. */
  text(text: string): string {
    return redact(text, this.secrets());
  }
}
