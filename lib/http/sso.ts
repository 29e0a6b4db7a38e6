/**
 * The engine's SSO service: obtaining an access token with the password
 * grant, and revoking it at logout. (Kerberos login: kerberos.ts.)
 */
import { AuthError } from '../errors';
import type { ResolvedOptions } from '../options';
import { bodyDetail, contentType, excerpt } from './failure';
import type { TrafficLog } from './log';
import type { Redactor } from './redact';
import type { HttpResponse, Transport } from './transport';

export const SCOPE = 'ovirt-app-api';

function form(fields: Record<string, string>): Buffer {
  return Buffer.from(new URLSearchParams(fields).toString(), 'utf8');
}

/** The SSO reply as JSON; engines wrap it in a one-element array at times. */
function parseReply(context: SsoContext, response: HttpResponse, what: string): Record<string, unknown> | undefined {
  if (response.body.length === 0) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(response.body.toString('utf8'));
  } catch {
    return undefined;
  }
  if (Array.isArray(value)) value = value[0];
  if (typeof value !== 'object' || value === null) {
    throw new AuthError(context.redactor.text(`Error during SSO ${what}: the reply is not a JSON object: "${excerpt(response.body, contentType(response))}"`), {
      code: response.status,
    });
  }
  return value as Record<string, unknown>;
}

/** `[code, description]` of an SSO error reply, for both shapes engines use. */
export function ssoError(reply: Record<string, unknown>): [unknown, unknown] {
  // OpenID Connect has `error_description`; the engine's OAuth replies have `error_code` and `error`.
  if ('error_description' in reply) return [reply.error, reply.error_description];
  return [reply.error_code, reply.error];
}

function pathHint(options: ResolvedOptions, url: URL): string {
  return url.href === options.ssoUrl.href || url.href === options.ssoRevokeUrl.href
    ? `; check the SSO URL '${url.href}' (the 'ssoUrl' and 'ssoRevokeUrl' options)`
    : '';
}

/** What the SSO exchanges need of their connection. */
export interface SsoContext {
  options: ResolvedOptions;
  transport: Transport;
  traffic: TrafficLog;
  redactor: Redactor;
  userAgent: string;
  /** Registers a token the SSO service handed out, so that it is redacted from then on. */
  remember(token: string): void;
  /** Tells the user something they should know (the password about to go out in clear). */
  warn(message: string): void;
}

/** Largest SSO reply read (a JSON object of a few hundred bytes, or an error page). */
const MAX_REPLY_BYTES = 1024 * 1024;

/** POSTs a form to the SSO, logging the exchange; `extra` headers are added to the SDK's. */
export async function post(
  context: SsoContext,
  url: URL,
  fields: Record<string, string>,
  what: string,
  extra: Record<string, string> = {},
): Promise<HttpResponse> {
  const { transport, traffic, options } = context;
  const request = {
    method: 'POST' as const,
    origin: url.origin,
    path: `${url.pathname}${url.search}`,
    headers: {
      'User-Agent': context.userAgent,
      Accept: 'application/json',
      'Content-Type': 'application/x-www-form-urlencoded',
      ...extra,
    },
    body: form(fields),
    timeout: options.timeout,
    maxBytes: Math.min(options.maxBytes, MAX_REPLY_BYTES),
  };
  return traffic.exchange(
    request,
    (sent) => transport.send(sent),
    (response) => {
      // A new token is registered for redaction before the reply is logged.
      const token = tokenIn(context, response);
      if (token !== undefined) context.remember(token);
      return response.body;
    },
    `SSO ${what}`,
  );
}

/** The token of a successful SSO reply, if it has one. */
function tokenIn(context: SsoContext, response: HttpResponse): string | undefined {
  try {
    let reply: unknown = JSON.parse(response.body.toString('utf8'));
    if (Array.isArray(reply)) reply = reply[0];
    const token = (reply as Record<string, unknown> | null)?.[context.options.ssoTokenName];
    return typeof token === 'string' && token !== '' ? token : undefined;
  } catch {
    return undefined;
  }
}

/** Logs in with the user name and password; resolves to the access token. */
export async function requestToken(context: SsoContext): Promise<string> {
  const { options } = context;
  if (options.username === undefined || options.password === undefined) {
    throw new AuthError(`Can't obtain an SSO token: the connection has no 'username' and 'password'`);
  }
  const url = options.ssoUrl;
  if (url.protocol === 'http:') {
    context.warn(`The password of '${options.username}' is sent in clear text to ${url.origin}: use an https URL`);
  }
  const response = await post(
    context,
    url,
    { grant_type: 'password', scope: SCOPE, username: options.username, password: options.password },
    'authentication',
  );
  return tokenOf(context, url, response);
}

/** The access token of an SSO login reply; an error reply or one without the token rejects with AuthError. */
export function tokenOf(context: SsoContext, url: URL, response: HttpResponse): string {
  const { options } = context;
  const reply = parseReply(context, response, 'authentication');
  if (reply === undefined) {
    const detail = bodyDetail(response, 'JSON') ?? 'The response body is empty';
    throw new AuthError(
      context.redactor.text(`Error during SSO authentication: HTTP response code is ${response.status}. ${detail}${pathHint(options, url)}`),
      { code: response.status },
    );
  }
  if ('error' in reply || 'error_code' in reply) {
    const [code, description] = ssoError(reply);
    throw new AuthError(context.redactor.text(`Error during SSO authentication ${String(code)} : ${String(description)}`), { code: response.status });
  }
  const token = reply[options.ssoTokenName];
  if (typeof token !== 'string' || token === '') {
    throw new AuthError(`Error during SSO authentication: the reply has no '${options.ssoTokenName}' (the 'ssoTokenName' option)`, {
      code: response.status,
    });
  }
  return token;
}

/** Revokes the token (logout). An error reply rejects with AuthError. */
export async function revokeToken(context: SsoContext, token: string): Promise<void> {
  const url = context.options.ssoRevokeUrl;
  const response = await post(context, url, { scope: SCOPE, token }, 'revoke');
  const reply = parseReply(context, response, 'revoke');
  if (reply !== undefined && ('error' in reply || 'error_code' in reply)) {
    const [code, description] = ssoError(reply);
    throw new AuthError(context.redactor.text(`Error during SSO revoke ${String(code)} : ${String(description)}`), { code: response.status });
  }
  if (reply === undefined && (response.status < 200 || response.status >= 300)) {
    const detail = bodyDetail(response, 'JSON');
    throw new AuthError(context.redactor.text(`Error during SSO revoke: HTTP response code is ${response.status}${detail ? `. ${detail}` : ''}${pathHint(context.options, url)}`), {
      code: response.status,
    });
  }
}
