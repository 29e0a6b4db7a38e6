/**
 * Kerberos login (`kerberos: true`) against real components on loopback: an
 * MIT KDC with a throw-away realm (test/support/kdc.ts), tickets from
 * `kinit -k` with the user's keytab, and the engine simulator whose SSO
 * (token-http-auth) verifies the Negotiate token with a GSSAPI acceptor and
 * the service keytab of HTTP/localhost.
 *
 * Where the KDC tools are missing the suite says so and is skipped; with CI
 * set, it fails instead (.ci/run installs them).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AuthError, Connection, type ConnectionOptions } from '../../lib';
import { EngineSimulator, type RequestRecord, SSO_HTTP_AUTH_PATH, SSO_REVOKE_PATH } from '../../lib/testing';
import { type AcceptorLog, type Kdc, kdcMissing, kerberosAcceptor, setNativeEnv, startKdc } from '../support/kdc';
import { captureLog } from '../support/logger';

const missing = kdcMissing();

if (missing !== undefined) {
  if (process.env.CI) {
    test('a real KDC runs here', () => {
      throw new Error(`The Kerberos tests can't run: ${missing}. .ci/run installs them; CI must not skip these tests.`);
    });
  } else {
    console.warn(`Kerberos tests skipped: a real KDC can't run here (${missing})`);
  }
}

async function rejection(promise: Promise<unknown>): Promise<AuthError> {
  try {
    await promise;
  } catch (error) {
    return error as AuthError;
  }
  throw new Error('expected a rejection');
}

(missing === undefined ? describe : describe.skip)(`Kerberos login against a real KDC${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let kdc: Kdc;
  let engine: EngineSimulator;
  let url: string;
  let caFile: string;
  let aliceCache: string;
  const seen: AcceptorLog = { tokens: [], users: [], refused: [], replies: [] };
  const requests: RequestRecord[] = [];
  const saved = { KRB5_CONFIG: process.env.KRB5_CONFIG, KRB5CCNAME: process.env.KRB5CCNAME };
  const connections: Connection[] = [];

  const connect = (options: Partial<ConnectionOptions> = {}): Connection => {
    const connection = new Connection({ url, kerberos: true, caFile, ...options });
    connections.push(connection);
    return connection;
  };
  const ssoLogins = (): RequestRecord[] => requests.filter((r) => r.url === SSO_HTTP_AUTH_PATH);

  beforeAll(async () => {
    kdc = await startKdc();
    // The GSSAPI library of this process (the SDK's initiator, the simulator's acceptor) reads the realm from here.
    await setNativeEnv({ KRB5_CONFIG: kdc.config });
    engine = await EngineSimulator.start({ seed: { vms: 3 }, delays: 0, negotiate: kerberosAcceptor(seen) });
    engine.on('request', (r: RequestRecord) => requests.push(r));
    caFile = path.join(kdc.dir, 'engine-ca.pem');
    fs.writeFileSync(caFile, engine.ca);
    // The host name the service principal HTTP/localhost is for (the simulator's certificate has it too).
    url = `https://localhost:${engine.port}/ovirt-engine/api`;
    aliceCache = await kdc.ticketCache('alice');
  });

  afterAll(async () => {
    for (const c of connections) await c.close({ logout: false }).catch(() => undefined);
    await engine?.stop();
    await kdc?.stop();
    await setNativeEnv(saved);
  });

  beforeEach(async () => {
    for (const list of Object.values(seen)) list.length = 0;
    requests.length = 0;
    await setNativeEnv({ KRB5CCNAME: aliceCache });
  });

  test('new Connection({ url, kerberos: true, caFile }) lists VMs: the SSO verified a ticket from the KDC', async () => {
    const connection = new Connection({ url, kerberos: true, caFile });
    const vms = await connection.systemService().vmsService().list();
    expect(vms).toHaveLength(3);
    // One login, Negotiate verified by the acceptor with the service keytab, for the user of the ticket.
    expect(seen.users).toEqual([kdc.user]);
    expect(seen.refused).toEqual([]);
    expect(ssoLogins().map((r) => [r.method, r.status])).toEqual([['POST', 200]]);
    expect(engine.activeTokens).toBe(1);
    // close() revokes the token like any SSO token.
    await connection.close();
    expect(requests.filter((r) => r.url === SSO_REVOKE_PATH).map((r) => r.status)).toEqual([200]);
    expect(engine.activeTokens).toBe(0);
  });

  test('the form has the http grant and the scope, and nothing else (no user name, no password)', async () => {
    const log = captureLog();
    const connection = connect({ debug: true, log });
    await connection.authenticate();
    const text = log.text();
    expect(text).toContain(`> POST https://localhost:${engine.port}${SSO_HTTP_AUTH_PATH}`);
    expect(text).toContain('grant_type=urn%3Aovirt%3Aparams%3Aoauth%3Agrant-type%3Ahttp&scope=ovirt-app-api');
    expect(text).not.toMatch(/username|password/i);
  });

  test('a 401 from the API (expired SSO token) logs in again with Negotiate and replays the call', async () => {
    const connection = connect();
    const first = await connection.authenticate();
    expect(await connection.systemService().vmsService().list()).toHaveLength(3);
    engine.expireTokens();
    expect(await connection.systemService().vmsService().list()).toHaveLength(3);
    const second = await connection.authenticate();
    expect(second).not.toBe(first);
    expect(seen.users).toEqual([kdc.user, kdc.user]);
    expect(ssoLogins().map((r) => r.status)).toEqual([200, 200]);
    // Each login made a new GSSAPI context: two different tokens.
    expect(new Set(seen.tokens).size).toBe(2);
  });

  test('with a token given too: it is used first, and Kerberos logs in when the engine refuses it', async () => {
    const before = engine.activeTokens;
    const connection = connect({ token: 'a-stale-token' });
    expect(await connection.systemService().vmsService().list()).toHaveLength(3);
    expect(seen.users).toEqual([kdc.user]);
    expect(requests.filter((r) => r.kind === 'api').map((r) => r.status)).toEqual([401, 200]);
    expect(engine.activeTokens).toBe(before + 1);
    // The token Kerberos got is the connection's own: close() revokes it.
    await connection.close();
    expect(engine.activeTokens).toBe(before);
  });

  test('no password is ever needed or logged: Negotiate tokens and the SSO token are redacted', async () => {
    const log = captureLog();
    const connection = connect({ debug: true, log });
    const token = await connection.authenticate();
    await connection.systemService().vmsService().list();
    await connection.close();
    const text = log.text();
    expect(text).toMatch(/> Authorization: Negotiate \*\*\*$/m);
    // The engine's mutual authentication reply, redacted too.
    expect(seen.replies).toHaveLength(1);
    expect(text).toMatch(/< www-authenticate: Negotiate \*\*\*$/m);
    for (const secret of [...seen.tokens, ...seen.replies, token]) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/password/i);
  });

  test('without a ticket: AuthError that says so, and the SSO is never asked', async () => {
    const none = `FILE:${path.join(kdc.dir, 'nobody.cc')}`;
    await setNativeEnv({ KRB5CCNAME: none });
    const error = await rejection(connect().authenticate());
    expect(error).toBeInstanceOf(AuthError);
    expect(error.message).toMatch(/there is no Kerberos ticket: get one with 'kinit' first/);
    expect(error.message).toContain(`'${none}', from KRB5CCNAME`);
    expect(ssoLogins()).toEqual([]);
  });

  test('an expired ticket: AuthError that says so, and the SSO is never asked', async () => {
    await setNativeEnv({ KRB5CCNAME: await kdc.expiredTicketCache('expired') });
    const error = await rejection(connect().authenticate());
    expect(error).toBeInstanceOf(AuthError);
    expect(error.message).toMatch(/the Kerberos ticket has expired: get a new one with 'kinit'/);
    expect(error.message).toMatch(/GSSAPI: .*Ticket expired/);
    expect(ssoLogins()).toEqual([]);
  });

  test('no KDC reachable: AuthError that says so and names krb5.conf', async () => {
    // A fresh ticket (no service ticket cached yet), then a krb5.conf whose KDC address has nothing listening.
    const cache = await kdc.ticketCache('unreachable');
    const config = path.join(kdc.dir, 'krb5-unreachable.conf');
    fs.writeFileSync(config, fs.readFileSync(kdc.config, 'utf8').replace(/kdc = 127\.0\.0\.1:\d+/, 'kdc = 127.0.0.1:1'));
    await setNativeEnv({ KRB5_CONFIG: config, KRB5CCNAME: cache });
    try {
      const error = await rejection(connect().authenticate());
      expect(error).toBeInstanceOf(AuthError);
      expect(error.message).toMatch(/no KDC of the realm can be reached: check the realm's KDCs in krb5\.conf \(KRB5_CONFIG\)/);
      expect(ssoLogins()).toEqual([]);
    } finally {
      await setNativeEnv({ KRB5_CONFIG: kdc.config });
    }
  });

  test('a service principal the KDC does not know: AuthError naming it and the kerberosService option', async () => {
    const error = await rejection(connect({ kerberosService: 'HTTP@nowhere.sdk.test' }).authenticate());
    expect(error).toBeInstanceOf(AuthError);
    expect(error.message).toMatch(/the KDC does not know the engine's service principal for 'HTTP@nowhere\.sdk\.test': set the 'kerberosService' option/);
    expect(error.message).toMatch(/HTTP\/nowhere\.sdk\.test@SDK\.TEST not found in Kerberos database/);
    expect(ssoLogins()).toEqual([]);
  });

  test("a service principal that is not the engine's: the SSO refuses the ticket, AuthError with 401", async () => {
    await kdc.addPrincipal('HTTP/other.sdk.test');
    const error = await rejection(connect({ kerberosService: 'HTTP@other.sdk.test' }).authenticate());
    expect(error).toBeInstanceOf(AuthError);
    expect(error.code).toBe(401);
    expect(error.message).toMatch(/the SSO refused the Kerberos ticket for 'HTTP@other\.sdk\.test'/);
    // It did reach the engine, whose acceptor (keytab of HTTP/localhost only) refused it.
    expect(ssoLogins().map((r) => r.status)).toEqual([401]);
    expect(seen.refused).toHaveLength(1);
    expect(seen.users).toEqual([]);
  });

  test("an ssoUrl that does not offer Negotiate: AuthError that says so and names the option", async () => {
    const error = await rejection(connect({ ssoUrl: `https://localhost:${engine.port}/ovirt-engine/api` }).authenticate());
    expect(error).toBeInstanceOf(AuthError);
    expect(error.code).toBe(401);
    expect(error.message).toMatch(/the SSO does not offer Kerberos \(no 'WWW-Authenticate: Negotiate' in its 401 reply\).*the 'ssoUrl' option/);
  });

  test('an SSO whose Negotiate reply is not from the service key: AuthError (mutual authentication)', async () => {
    const accept = kerberosAcceptor({ tokens: [], users: [], refused: [], replies: [] });
    // A well-formed SPNEGO reply that carries no proof: accept-completed with no mechanism token.
    const forged = Buffer.from([0xa1, 0x07, 0x30, 0x05, 0xa0, 0x03, 0x0a, 0x01, 0x00]).toString('base64');
    const impostor = await EngineSimulator.start({
      delays: 0,
      negotiate: async (token) => {
        const result = await accept(token);
        return result && { user: result.user, reply: forged };
      },
    });
    try {
      const caPath = path.join(kdc.dir, 'impostor-ca.pem');
      fs.writeFileSync(caPath, impostor.ca);
      const error = await rejection(connect({ url: `https://localhost:${impostor.port}/ovirt-engine/api`, caFile: caPath }).authenticate());
      expect(error).toBeInstanceOf(AuthError);
      expect(error.message).toMatch(/the SSO's Negotiate reply does not prove it holds the key of 'HTTP@localhost'/);
    } finally {
      await impostor.stop();
    }
  });
});
