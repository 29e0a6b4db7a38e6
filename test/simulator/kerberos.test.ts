/**
 * SSO with HTTP Negotiate (Kerberos) at token-http-auth: by default any
 * well-formed GSSAPI token logs in as the simulator's user, so that the
 * grant can be exercised without a KDC; the `negotiate` option plugs in a
 * real check. (The SDK against a real KDC: test/runtime/kerberos.test.ts.)
 */
import { Client } from './helpers';
import { EngineSimulator, type NegotiateVerifier, type RequestRecord, SSO_HTTP_AUTH_PATH } from '../../lib/testing';

const GRANT = 'urn:ovirt:params:oauth:grant-type:http';

/** A GSSAPI initial context token (RFC 2743 3.1): 0x60, DER length, the mechanism OID (SPNEGO), then the inner token. */
function gssToken(inner: Buffer = Buffer.from('inner token')): string {
  const oid = Buffer.from([0x06, 0x06, 0x2b, 0x06, 0x01, 0x05, 0x05, 0x02]);
  const content = Buffer.concat([oid, inner]);
  return Buffer.concat([Buffer.from([0x60, content.length]), content]).toString('base64');
}

function login(client: Client, authorization: string | undefined, fields: Record<string, string> = { grant_type: GRANT, scope: 'ovirt-app-api' }) {
  return client.request('POST', SSO_HTTP_AUTH_PATH, {
    body: new URLSearchParams(fields).toString(),
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Accept: 'application/json',
      ...(authorization === undefined ? {} : { Authorization: authorization }),
    },
    token: null,
  });
}

describe('without a verifier', () => {
  let engine: EngineSimulator;
  let client: Client;
  const records: RequestRecord[] = [];

  beforeAll(async () => {
    engine = await EngineSimulator.start({ delays: 0 });
    engine.on('request', (r: RequestRecord) => records.push(r));
    client = new Client(engine);
  });
  afterAll(async () => {
    client.close();
    await engine.stop();
  });

  test('no Authorization: 401 with the Negotiate challenge, as the engine sends', async () => {
    const reply = await login(client, undefined);
    expect(reply.status).toBe(401);
    expect(reply.headers['www-authenticate']).toBe('Negotiate');
    expect(reply.headers['content-type']).toMatch(/^text\/html/);
  });

  test('a well-formed token logs in as the simulator user; the token works on the API and is an SSO request', async () => {
    records.length = 0;
    const reply = await login(client, `Negotiate ${gssToken()}`);
    expect(reply.status).toBe(200);
    const body = JSON.parse(reply.text);
    expect(body).toEqual({ access_token: expect.stringMatching(/^[\w-]{40,}$/), scope: 'ovirt-app-api', exp: expect.stringMatching(/^\d+$/), token_type: 'bearer' });
    expect(reply.headers['www-authenticate']).toBeUndefined();
    expect((await client.get('', { token: body.access_token })).status).toBe(200);
    expect(records[0]).toMatchObject({ kind: 'sso', url: SSO_HTTP_AUTH_PATH, status: 200 });
  });

  test.each([
    ['not base64', 'Negotiate not*base64'],
    ['base64 of something else', `Negotiate ${Buffer.from('hello, world').toString('base64')}`],
    ['a wrong DER length', `Negotiate ${Buffer.from([0x60, 0x7f, 0x06, 0x01, 0x00]).toString('base64')}`],
    ['another scheme', 'Basic YWRtaW46cHc='],
    ['no token', 'Negotiate'],
  ])('%s: 401 with the challenge', async (_what, authorization) => {
    const reply = await login(client, authorization);
    expect(reply.status).toBe(401);
    expect(reply.headers['www-authenticate']).toBe('Negotiate');
  });

  test('the password grant is not served here, nor a scope without ovirt-app-api', async () => {
    const password = await login(client, `Negotiate ${gssToken()}`, { grant_type: 'password', scope: 'ovirt-app-api', username: 'admin@internal', password: 'x' });
    expect(password.status).toBe(400);
    expect(JSON.parse(password.text)).toMatchObject({ error: 'unsupported_grant_type' });
    const scope = await login(client, `Negotiate ${gssToken()}`, { grant_type: GRANT, scope: 'openid' });
    expect(scope.status).toBe(400);
    expect(JSON.parse(scope.text)).toMatchObject({ error: 'invalid_scope' });
  });
});

describe('with a verifier', () => {
  test('it gets the token; its user and reply token are used; a refusal (undefined or a throw) is a 401', async () => {
    const seen: string[] = [];
    const verify: NegotiateVerifier = async (token) => {
      seen.push(token);
      if (token === 'YWNjZXB0') return { user: 'alice@EXAMPLE.COM', reply: 'cmVwbHk=' };
      if (token === 'dGhyb3c=') throw new Error('GSSAPI says no');
      return undefined;
    };
    const engine = await EngineSimulator.start({ delays: 0, negotiate: verify });
    const client = new Client(engine);
    try {
      const ok = await login(client, 'Negotiate YWNjZXB0');
      expect(ok.status).toBe(200);
      expect(ok.headers['www-authenticate']).toBe('Negotiate cmVwbHk=');
      expect(engine.activeTokens).toBe(1);
      expect((await login(client, 'Negotiate dGhyb3c=')).status).toBe(401);
      // The default check is off: a well-formed token the verifier refuses is refused.
      expect((await login(client, `Negotiate ${gssToken()}`)).status).toBe(401);
      expect(seen).toEqual(['YWNjZXB0', 'dGhyb3c=', gssToken()]);
    } finally {
      client.close();
      await engine.stop();
    }
  });

  test('a negotiate option that is not a function is refused at start', async () => {
    await expect(EngineSimulator.start({ negotiate: 'yes' as unknown as NegotiateVerifier })).rejects.toThrow(/negotiate must be a function/);
  });
});
