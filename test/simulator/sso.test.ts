/**
 * SSO: the password grant, its error replies, bearer tokens on the API,
 * expiry and revocation.
 */
import { Client, fault } from './helpers';
import { EngineSimulator } from '../../lib/testing';

let engine: EngineSimulator;
let client: Client;

beforeAll(async () => {
  engine = await EngineSimulator.start({ delays: 0, username: 'admin@internal', password: 'pw-123', tokenLifetimeMs: 400, clock: 'manual' });
  client = new Client(engine);
});
afterAll(async () => {
  client.close();
  await engine.stop();
});

const grant = (extra: Record<string, string> = {}): Record<string, string> => ({
  grant_type: 'password',
  scope: 'ovirt-app-api',
  username: 'admin@internal',
  password: 'pw-123',
  ...extra,
});

test('credentials and connection options', () => {
  expect(engine.username).toBe('admin@internal');
  expect(engine.password).toBe('pw-123');
  expect(engine.connectionOptions()).toEqual({ url: engine.url, username: 'admin@internal', password: 'pw-123', ca: engine.ca });
});

test('a random password unless one is given', async () => {
  const other = await EngineSimulator.start({ delays: 0 });
  try {
    expect(other.password).toMatch(/^[\w-]{16}$/);
  } finally {
    await other.stop();
  }
});

test('the password grant answers a bearer token as JSON', async () => {
  const reply = await client.sso(grant());
  expect(reply.status).toBe(200);
  expect(reply.headers['content-type']).toBe('application/json');
  const body = JSON.parse(reply.text);
  expect(body).toEqual({ access_token: expect.stringMatching(/^[\w-]{40,}$/), scope: 'ovirt-app-api', exp: expect.stringMatching(/^\d+$/), token_type: 'bearer' });
  expect(Number(body.exp)).toBe(engine.now.getTime() + 400);
  const api = await client.get('', { token: body.access_token });
  expect(api.status).toBe(200);
  expect(api.text).toMatch(/^<api>/);
});

test('a wrong password is a 401 with an OAuth error', async () => {
  const reply = await client.sso(grant({ password: 'nope' }));
  expect(reply.status).toBe(401);
  expect(JSON.parse(reply.text)).toEqual({ error: 'access_denied', error_description: expect.stringContaining("Cannot authenticate user 'admin@internal'") });
  expect((await client.sso(grant({ username: 'someone@internal' }))).status).toBe(401);
});

test('malformed grants are 400s', async () => {
  const wrongGrant = await client.sso(grant({ grant_type: 'client_credentials' }));
  expect(wrongGrant.status).toBe(400);
  expect(JSON.parse(wrongGrant.text).error).toBe('unsupported_grant_type');
  const wrongScope = await client.sso(grant({ scope: 'openid' }));
  expect(wrongScope.status).toBe(400);
  expect(JSON.parse(wrongScope.text).error).toBe('invalid_scope');
  const noPassword = await client.sso({ grant_type: 'password', scope: 'ovirt-app-api', username: 'admin@internal' });
  expect(noPassword.status).toBe(400);
  expect(JSON.parse(noPassword.text).error).toBe('invalid_request');
});

test('API requests without a valid bearer token are 401', async () => {
  const none = await client.get('vms', { token: null });
  expect(none.status).toBe(401);
  expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
  expect(fault(none).reason).toBe('Unauthorized');
  expect((await client.get('vms', { token: 'made-up' })).status).toBe(401);
  expect((await client.get('vms', { token: null, headers: { Authorization: 'Negotiate abc' } })).status).toBe(401);
});

test('HTTP Basic credentials are accepted too', async () => {
  const basic = (user: string, pass: string): string => `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
  expect((await client.get('', { token: null, headers: { Authorization: basic('admin@internal', 'pw-123') } })).status).toBe(200);
  expect((await client.get('', { token: null, headers: { Authorization: basic('admin@internal', 'bad') } })).status).toBe(401);
});

test('tokens expire after the configured lifetime, on the simulator\'s clock', async () => {
  const token = JSON.parse((await client.sso(grant())).text).access_token;
  expect((await client.get('', { token })).status).toBe(200);
  engine.advance(399);
  expect((await client.get('', { token })).status).toBe(200);
  engine.advance(1);
  const expired = await client.get('', { token });
  expect(expired.status).toBe(401);
  expect(fault(expired).detail).toMatch(/expired/);
});

test('expireTokens() ends every session at once', async () => {
  const a = JSON.parse((await client.sso(grant())).text).access_token;
  const b = JSON.parse((await client.sso(grant())).text).access_token;
  expect(engine.activeTokens).toBeGreaterThanOrEqual(2);
  engine.expireTokens();
  expect(engine.activeTokens).toBe(0);
  expect((await client.get('', { token: a })).status).toBe(401);
  expect((await client.get('', { token: b })).status).toBe(401);
});

test('the logout URL revokes a token', async () => {
  const token = JSON.parse((await client.sso(grant())).text).access_token;
  const revoke = await client.request('POST', '/ovirt-engine/services/sso-logout', {
    body: new URLSearchParams({ scope: 'ovirt-app-api', token }).toString(),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    token: null,
  });
  expect(revoke.status).toBe(200);
  expect(JSON.parse(revoke.text)).toEqual({});
  expect((await client.get('', { token })).status).toBe(401);
  const missing = await client.request('POST', '/ovirt-engine/services/sso-logout', {
    body: 'scope=ovirt-app-api',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    token: null,
  });
  expect(missing.status).toBe(400);
});

test('logins and logouts are events', async () => {
  const token = JSON.parse((await client.sso(grant())).text).access_token;
  const events = await client.get('events?max=1', { token });
  expect(events.text).toMatch(/<code>30<\/code>/);
  expect(events.text).toMatch(/User admin@internal-authz connecting from/);
});
