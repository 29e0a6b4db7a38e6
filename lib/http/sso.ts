/**
 * The engine's SSO service: obtaining an access token with the password
 * grant, and revoking it at logout. (Kerberos login: kerberos.ts.)
 */
import { AuthError } from '../errors';
import { bodyDetail, excerpt, contentType } from './failure';
import type { TrafficLog } from './log';
import type { ResolvedOptions } from './options';
import type { HttpResponse, Transport } from './transport';

export const SCOPE = 'ovirt-app-api';

function form(fields: Record<string, string>): Buffer {
  return Buffer.from(new URLSearchParams(fields).toString(), 'utf8');
}

/** The SSO reply as JSON; engines wrap it in a one-element array at times. */
function parseReply(response: HttpResponse, what: string): Record<string, unknown> | undefined {
  if (response.body.length === 0) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(response.body.toString('utf8'));
  } catch {
    return undefined;
  }
  if (Array.isArray(value)) value = value[0];
  if (typeof value !== 'object' || value === null) {
    throw new AuthError(`Error during SSO ${what}: the reply is not a JSON object: "${excerpt(response.body, contentType(response))}"`, {
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

export interface SsoContext {
  options: ResolvedOptions;
  transport: Transport;
  traffic: TrafficLog;
  userAgent: string;
}

/** POSTs a form to the SSO, logging the exchange; `extra` headers are added to the SDK's. */
export async function post(
  context: SsoContext,
  url: URL,
  fields: Record<string, string>,
  what: string,
  extra: Record<string, string> = {},
): Promise<HttpResponse> {
  const { transport, traffic, options } = context;
  const headers: Record<string, string> = {
    'User-Agent': context.userAgent,
    Accept: 'application/json',
    'Content-Type': 'application/x-www-form-urlencoded',
    ...extra,
  };
  const body = form(fields);
  const id = traffic.id();
  traffic.info(id, `SSO ${what}`);
  traffic.request(id, 'POST', url.href, headers, body);
  let response: HttpResponse;
  try {
    response = await transport.send({ method: 'POST', url, headers, body, timeout: options.timeout });
  } catch (error) {
    traffic.info(id, `failed: ${(error as Error).message}`);
    throw error;
  }
  traffic.response(id, response.status, response.statusText, response.headers, response.body);
  return response;
}

/** Logs in with the user name and password; resolves to the access token. */
export async function requestToken(context: SsoContext): Promise<string> {
  const { options } = context;
  if (options.username === undefined || options.password === undefined) {
    throw new AuthError(`Can't obtain an SSO token: the connection has no 'username' and 'password'`);
  }
  const url = options.ssoUrl;
  const response = await post(
    context,
    url,
    { grant_type: 'password', scope: SCOPE, username: options.username, password: options.password },
    'authentication',
  );
  return tokenOf(options, url, response);
}

/** The access token of an SSO login reply; an error reply or one without the token rejects with AuthError. */
export function tokenOf(options: ResolvedOptions, url: URL, response: HttpResponse): string {
  const reply = parseReply(response, 'authentication');
  if (reply === undefined) {
    const detail = bodyDetail(response, 'JSON') ?? 'The response body is empty';
    throw new AuthError(
      `Error during SSO authentication: HTTP response code is ${response.status}. ${detail}${pathHint(options, url)}`,
      { code: response.status },
    );
  }
  if ('error' in reply || 'error_code' in reply) {
    const [code, description] = ssoError(reply);
    throw new AuthError(`Error during SSO authentication ${String(code)} : ${String(description)}`, { code: response.status });
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
  const reply = parseReply(response, 'revoke');
  if (reply !== undefined && ('error' in reply || 'error_code' in reply)) {
    const [code, description] = ssoError(reply);
    throw new AuthError(`Error during SSO revoke ${String(code)} : ${String(description)}`, { code: response.status });
  }
  if (reply === undefined && (response.status < 200 || response.status >= 300)) {
    const detail = bodyDetail(response, 'JSON');
    throw new AuthError(`Error during SSO revoke: HTTP response code is ${response.status}${detail ? `. ${detail}` : ''}${pathHint(context.options, url)}`, {
      code: response.status,
    });
  }
}
