/**
 * Turning an unsuccessful HTTP response into the SDK's error: the class by
 * status, the message in the format of the Python SDK, and for bodies that
 * are not XML (an HTML page from a proxy) the status and a short excerpt.
 * What comes from the reply passes the connection's redaction: a server may
 * echo a password or a token.
 */
import { AuthError, Error as OvirtError, type FaultInfo, NotFoundError } from '../errors';
import { typeNameOf } from '../xml/schema';
import type { Redactor } from './redact';
import type { HttpResponse } from './transport';
import { responseHeader } from './transport';

/** Longest excerpt of a non-XML body kept in an error message. */
export const EXCERPT_LENGTH = 200;

export const XML_TYPE = /^\s*(application|text)\/([\w.+-]+\+)?xml\s*(;.*)?$/i;
const JSON_TYPE = /^\s*(application|text)\/([\w.+-]+\+)?json\s*(;.*)?$/i;

export function contentType(response: HttpResponse): string {
  return responseHeader(response.headers, 'content-type') ?? '';
}

/** The body is XML: by its content type or, without one, by its first character. */
export function isXml(response: HttpResponse): boolean {
  const type = contentType(response);
  if (type !== '') return XML_TYPE.test(type);
  const first = response.body.subarray(0, 64).toString('utf8').trimStart();
  return first.startsWith('<');
}

export function isJson(response: HttpResponse): boolean {
  return JSON_TYPE.test(contentType(response));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * A short, readable excerpt of a body: for HTML its text (tags, scripts and
 * styles removed), whitespace collapsed, at most {@link EXCERPT_LENGTH}
 * characters.
 */
export function excerpt(body: Buffer, type = ''): string {
  let text = body.subarray(0, 16 * 1024).toString('utf8');
  if (/html/i.test(type) || /^\s*(<!doctype|<html)/i.test(text)) {
    text = text
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      // Inline elements join their text to the words around them; the others separate.
      .replace(/<\/?(a|abbr|b|code|em|font|i|small|span|strong|tt|u)\b[^>]*>/gi, '')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
        if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? m;
        const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
      });
  }
  // eslint-disable-next-line no-control-regex
  text = text.replace(/[\x00-\x1f\x7f\s]+/g, ' ').trim();
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 3)}...` : text;
}

/** The error class for an HTTP status: 401/403 auth, 404 not found, else the base. */
export function errorClassFor(status: number): typeof OvirtError {
  if (status === 401 || status === 403) return AuthError;
  if (status === 404) return NotFoundError;
  return OvirtError;
}

/**
 * The message of the Python SDK:
 * `Fault reason is "R". Fault detail is "D". HTTP response code is N. HTTP response message is "M".`
 * (parts without a value are left out), then `detail`, if any.
 */
export function faultMessage(fault: FaultInfo | undefined, status: number | undefined, statusText: string | undefined, detail?: string): string {
  const parts: string[] = [];
  if (fault?.reason) parts.push(`Fault reason is "${fault.reason}".`);
  if (fault?.detail) parts.push(`Fault detail is "${fault.detail}".`);
  if (status) parts.push(`HTTP response code is ${status}.`);
  if (statusText) parts.push(`HTTP response message is "${statusText}".`);
  if (detail) parts.push(detail.endsWith('.') ? detail : `${detail}.`);
  return parts.join(' ');
}

/** The error for a response: typed by status, with the fault when there is one; every text from the reply redacted. */
export function responseError(response: HttpResponse, redactor: Redactor, fault?: FaultInfo, detail?: string, cause?: unknown): OvirtError {
  const ErrorClass = errorClassFor(response.status);
  if (fault !== undefined) {
    if (typeof fault.reason === 'string') fault.reason = redactor.text(fault.reason);
    if (typeof fault.detail === 'string') fault.detail = redactor.text(fault.detail);
  }
  return new ErrorClass(redactor.text(faultMessage(fault, response.status, response.statusText, detail)), {
    code: response.status,
    ...(fault !== undefined ? { fault } : {}),
    ...(cause !== undefined ? { cause } : {}),
  });
}

/** What to say about a body that is not the XML the SDK expected. */
export function bodyDetail(response: HttpResponse, expected: 'XML' | 'JSON' = 'XML'): string | undefined {
  if (response.body.length === 0) return undefined;
  const type = contentType(response);
  const text = excerpt(response.body, type);
  const what = type === '' ? 'The response has no content type' : `The response content type '${type}' isn't ${expected}`;
  return `${what}; the body starts with "${text}"`;
}

/** The fault a response body carries: a `<fault>` document, or an `<action>` holding one. */
export function faultOf(value: unknown): FaultInfo | undefined {
  const name = typeNameOf(value);
  if (name === 'fault') return value as FaultInfo;
  if (name === 'action') {
    const fault = (value as { fault?: unknown }).fault;
    if (typeof fault === 'object' && fault !== null) return fault as FaultInfo;
  }
  return undefined;
}
