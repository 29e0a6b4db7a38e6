/**
 * SSO: lazy login, both error shapes, token renewal on 401, logout, the
 * user-supplied token, closing.
 */
import { AuthError, Connection, ConnectionError, Error as OvirtError, TimeoutError } from '../../lib';
import { LOGOUT_PATH, PASSWORD, SSO_PATH, USERNAME, sendJson, sendText, sendXml } from '../support/engine';
import { rejection, useEngine } from '../support/fixture';

const f = useEngine();

function apiRoot(): void {
  f.engine.route('GET', '', (_req, res) => sendXml(res, 200, '<api><product_info><name>oVirt Engine</name></product_info></api>'));
}

describe('login', () => {
  test('the token is obtained lazily, with one form POST to the SSO URL', async () => {
    apiRoot();
    const connection = f.connect();
    expect(f.engine.requests).toHaveLength(0);
    const api = await connection.systemService().get();
    expect(api.productInfo?.name).toBe('oVirt Engine');
    expect(f.engine.ssoRequests).toHaveLength(1);
    const sso = f.engine.ssoRequests[0];
    expect(sso.path).toBe(SSO_PATH);
    expect(sso.headers.accept).toBe('application/json');
    expect(sso.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(sso.headers['user-agent']).toMatch(/^ovirt-engine-sdk-js\/\d+\.\d+\.\d+/);
    const form = new URLSearchParams(sso.body.toString());
    expect(Object.fromEntries(form)).toEqual({ grant_type: 'password', scope: 'ovirt-app-api', username: USERNAME, password: PASSWORD });
    const token = f.engine.apiRequests[0].headers.authorization;
    expect(token).toMatch(/^Bearer tok-/);
    // The next call reuses the token.
    await connection.systemService().get();
    expect(f.engine.ssoRequests).toHaveLength(1);
    expect(f.engine.apiRequests[1].headers.authorization).toBe(token);
  });

  test('authenticate() returns the token, logging in once', async () => {
    const connection = f.connect();
    const token = await connection.authenticate();
    expect(f.engine.validTokens.has(token)).toBe(true);
    expect(await connection.authenticate()).toBe(token);
    expect(f.engine.ssoRequests).toHaveLength(1);
  });

  test('an OAuth error reply (error_code / error) rejects with AuthError', async () => {
    const connection = f.connect({ password: 'wrong-password' });
    const error = await rejection(connection.authenticate());
    expect(error).toBeInstanceOf(AuthError);
    expect(error.message).toBe('Error during SSO authentication access_denied : Cannot authenticate user: wrong user name or password.');
  });

  test('an OpenID error reply (error / error_description) rejects with AuthError', async () => {
    f.engine.ssoHandler = (_req, res) => sendJson(res, 401, { error: 'invalid_grant', error_description: 'The provided authorization grant is invalid.' });
    const error = await rejection(f.connect().systemService().get());
    expect(error).toBeInstanceOf(AuthError);
    expect(error.message).toBe('Error during SSO authentication invalid_grant : The provided authorization grant is invalid.');
    expect(f.engine.apiRequests).toHaveLength(0);
  });

  test('a reply wrapped in an array is read like the object', async () => {
    f.engine.ssoHandler = (_req, res) => sendJson(res, 200, [{ access_token: f.engine.issueToken() }]);
    apiRoot();
    await expect(f.connect().test(true)).resolves.toBe(true);
  });

  test('a non-JSON SSO reply keeps the status and an excerpt', async () => {
    f.engine.ssoHandler = (_req, res) =>
      sendText(res, 404, 'text/html', '<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>No SSO here.</p></body></html>');
    const error = await rejection(f.connect().authenticate());
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).code).toBe(404);
    expect(error.message).toContain('HTTP response code is 404');
    expect(error.message).toContain("content type 'text/html' isn't JSON");
    expect(error.message).toContain('404 Not Found Not Found No SSO here.');
    expect(error.message).toContain(`'ssoUrl'`);
  });

  test('a reply without the token rejects; ssoTokenName picks another member', async () => {
    f.engine.ssoHandler = (_req, res) => sendJson(res, 200, { id_token: f.engine.issueToken() });
    const error = await rejection(f.connect().authenticate());
    expect(error).toBeInstanceOf(AuthError);
    expect(error.message).toContain("no 'access_token'");
    const token = await f.connect({ ssoTokenName: 'id_token' }).authenticate();
    expect(token).toMatch(/^tok-/);
  });

  test('ssoUrl and ssoRevokeUrl replace the derived URLs', async () => {
    const token = f.engine.issueToken();
    f.engine.routeRaw('POST', '/custom/token', (_req, res) => sendJson(res, 200, { access_token: token }));
    f.engine.routeRaw('POST', '/custom/logout', (_req, res) => sendJson(res, 200, {}));
    const connection = f.connect({ ssoUrl: `${f.engine.origin}/custom/token`, ssoRevokeUrl: `${f.engine.origin}/custom/logout` });
    expect(await connection.authenticate()).toBe(token);
    await connection.close();
    expect(f.engine.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /custom/token', 'POST /custom/logout']);
    expect(new URLSearchParams(f.engine.requests[1].body.toString()).get('token')).toBe(token);
  });

  test('SSO requests time out and fail to connect like API requests', async () => {
    f.engine.ssoHandler = () => new Promise<void>(() => undefined); // never answers
    const timeout = await rejection(f.connect({ timeout: 300 }).authenticate());
    expect(timeout).toBeInstanceOf(TimeoutError);
    const refused = await rejection(f.connect({ ssoUrl: 'https://127.0.0.1:1/sso' }).authenticate());
    expect(refused).toBeInstanceOf(ConnectionError);
  });
});

describe('token option', () => {
  test('a given token skips SSO and is not revoked on close', async () => {
    apiRoot();
    const token = f.engine.issueToken();
    const connection = new Connection({ url: f.engine.url, token, caFile: f.certs.caFile });
    expect(await connection.test()).toBe(true);
    expect(f.engine.ssoRequests).toHaveLength(0);
    expect(f.engine.apiRequests[0].headers.authorization).toBe(`Bearer ${token}`);
    expect(await connection.authenticate()).toBe(token);
    await connection.close();
    expect(f.engine.requests.filter((r) => r.path === LOGOUT_PATH)).toHaveLength(0);
    expect(f.engine.validTokens.has(token)).toBe(true);
  });

  test('a rejected token without credentials is an AuthError, with no SSO attempt', async () => {
    apiRoot();
    const connection = f.track(new Connection({ url: f.engine.url, token: 'expired-token', caFile: f.certs.caFile }));
    const error = await rejection(connection.systemService().get());
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).code).toBe(401);
    expect(f.engine.ssoRequests).toHaveLength(0);
    expect(f.engine.apiRequests).toHaveLength(1);
  });

  test('a rejected token with credentials is renewed through SSO, and that one is revoked', async () => {
    apiRoot();
    const connection = f.connect({ token: 'expired-token' });
    await connection.systemService().get();
    expect(f.engine.ssoRequests).toHaveLength(1);
    const renewed = await connection.authenticate();
    expect(renewed).not.toBe('expired-token');
    await connection.close();
    expect(f.engine.revoked).toEqual([renewed]);
  });
});

describe('renewal on 401', () => {
  test.each([
    ['an HTML body', (res: Parameters<typeof sendText>[0]) => sendText(res, 401, 'text/html', '<html><body>Unauthorized</body></html>')],
    ['an XML fault', (res: Parameters<typeof sendText>[0]) => sendXml(res, 401, '<fault><reason>Unauthorized</reason></fault>')],
  ])('an expired token (401 with %s) is renewed once and the request replayed', async (_what, unauthorized) => {
    const connection = f.connect();
    const first = await connection.authenticate();
    let calls = 0;
    f.engine.open = true;
    f.engine.route('PUT', 'vms/123', (req, res) => {
      calls++;
      if (req.headers.authorization === `Bearer ${first}`) return unauthorized(res);
      sendXml(res, 200, `<vm id="123"><name>${req.body.toString().includes('renamed') ? 'renamed' : 'other'}</name></vm>`);
    });
    const vm = await connection.systemService().vmsService().vmService('123').update({ name: 'renamed' });
    expect(vm.name).toBe('renamed');
    expect(calls).toBe(2);
    expect(f.engine.ssoRequests).toHaveLength(2);
    const [refused, replayed] = f.engine.apiRequests;
    expect(refused.body.equals(replayed.body)).toBe(true);
    expect(replayed.headers.authorization).not.toBe(refused.headers.authorization);
    expect(await connection.authenticate()).not.toBe(first);
  });

  test('a second 401 is raised, with no third attempt', async () => {
    f.engine.open = true;
    f.engine.route('GET', '', (_req, res) => sendXml(res, 401, '<fault><reason>Unauthorized</reason><detail>No way</detail></fault>'));
    const error = await rejection(f.connect().systemService().get());
    expect(error).toBeInstanceOf(AuthError);
    expect(error.message).toBe('Fault reason is "Unauthorized". Fault detail is "No way". HTTP response code is 401. HTTP response message is "Unauthorized".');
    expect(f.engine.apiRequests).toHaveLength(2);
    expect(f.engine.ssoRequests).toHaveLength(2);
  });

  test('403 is an AuthError without renewal', async () => {
    f.engine.route('GET', '', (_req, res) => sendXml(res, 403, '<fault><reason>Forbidden</reason></fault>'));
    const error = await rejection(f.connect().systemService().get());
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).code).toBe(403);
    expect(f.engine.ssoRequests).toHaveLength(1);
    expect(f.engine.apiRequests).toHaveLength(1);
  });
});

describe('close', () => {
  test('close() revokes the token with a form POST, then every call rejects', async () => {
    apiRoot();
    const connection = f.connect();
    const token = await connection.authenticate();
    await connection.close();
    const logout = f.engine.requests.filter((r) => r.path === LOGOUT_PATH);
    expect(logout).toHaveLength(1);
    expect(Object.fromEntries(new URLSearchParams(logout[0].body.toString()))).toEqual({ scope: 'ovirt-app-api', token });
    expect(logout[0].headers.accept).toBe('application/json');
    expect(f.engine.validTokens.has(token)).toBe(false);
    expect(connection.closed).toBe(true);

    for (const call of [
      () => connection.systemService().get(),
      () => connection.authenticate(),
      () => connection.test(),
      () => connection.followLink({ href: '/ovirt-engine/api/vms' }),
    ]) {
      const error = await rejection(call());
      expect(error).toBeInstanceOf(OvirtError);
      expect(error.message).toMatch(/is closed/);
    }
    await connection.close(); // again: no error, no second logout
    expect(f.engine.requests.filter((r) => r.path === LOGOUT_PATH)).toHaveLength(1);
  });

  test('close({ logout: false }) keeps the token valid', async () => {
    const connection = f.connect();
    const token = await connection.authenticate();
    await connection.close({ logout: false });
    expect(f.engine.revoked).toEqual([]);
    expect(f.engine.validTokens.has(token)).toBe(true);
  });

  test('close() without a token sends nothing', async () => {
    await f.connect().close();
    expect(f.engine.requests).toHaveLength(0);
  });

  test('a revoke error rejects close(), which still closes the connection', async () => {
    f.engine.logoutHandler = (_req, res) => sendJson(res, 400, { error_code: 'invalid_token', error: 'Unknown token.' });
    const connection = f.connect();
    await connection.authenticate();
    const error = await rejection(connection.close());
    expect(error).toBeInstanceOf(AuthError);
    expect(error.message).toBe('Error during SSO revoke invalid_token : Unknown token.');
    expect(connection.closed).toBe(true);
    await expect(connection.authenticate()).rejects.toThrow(/is closed/);
  });

  test('await using closes the connection with logout', async () => {
    let token = '';
    {
      await using connection = new Connection({ url: f.engine.url, username: USERNAME, password: PASSWORD, caFile: f.certs.caFile });
      token = await connection.authenticate();
    }
    expect(f.engine.revoked).toEqual([token]);
  });

  test('a call waiting for its token when close() is called completes or rejects as closed, never as a network error', async () => {
    apiRoot();
    const defaultSso = f.engine.ssoHandler;
    let loggingIn: () => void = () => undefined;
    const ssoReached = new Promise<void>((resolve) => (loggingIn = resolve));
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    f.engine.ssoHandler = async (_req, res) => {
      loggingIn();
      await answered;
      sendJson(res, 200, { access_token: f.engine.issueToken() });
    };
    const connection = f.connect();
    const calls = [connection.systemService().get(), connection.test(true)];
    // close() is called while the login is in progress, then the login answers.
    await ssoReached;
    const closing = connection.close();
    answer();
    await closing;
    f.engine.ssoHandler = defaultSso;
    for (const outcome of await Promise.allSettled(calls)) {
      if (outcome.status === 'rejected') {
        expect(outcome.reason).toBeInstanceOf(OvirtError);
        expect(outcome.reason).not.toBeInstanceOf(ConnectionError);
        expect((outcome.reason as Error).message).toMatch(/is closed/);
      }
    }
    expect(f.engine.revoked).toHaveLength(1);
  });

  test('calls in flight when close() is called still complete', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    f.engine.route('GET', '', async (_req, res) => {
      await gate;
      sendXml(res, 200, '<api/>');
    });
    const connection = f.connect();
    const call = connection.systemService().get();
    await f.engine.arrived(1);
    const closing = connection.close({ logout: false });
    release();
    await expect(call).resolves.toBeDefined();
    await closing;
  });
});
