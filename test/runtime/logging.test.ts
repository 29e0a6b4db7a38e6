/**
 * Debug logging: requests and responses go to log.debug, and no secret
 * (Authorization, passwords, tokens) appears in any line.
 */
import { Connection } from '../../lib';
import { REDACTED, redact } from '../../lib/http/redact';
import { PASSWORD, USERNAME, sendJson, sendXml } from '../support/engine';
import { rejection, useEngine } from '../support/fixture';
import { captureLog, type CapturedLog } from '../support/logger';
import { startProxy } from '../support/proxy';

const f = useEngine();
const ROOT_PASSWORD = 'vm-Root-Pa55';

/** Every secret of the test, in every form it could take on the wire. */
function expectClean(log: CapturedLog, secrets: string[]): void {
  expect(log.lines.length).toBeGreaterThan(0);
  for (const secret of secrets) {
    for (const form of new Set([secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2), Buffer.from(secret).toString('base64')])) {
      const leaking = log.lines.filter((line) => line.includes(form));
      expect(leaking).toEqual([]);
    }
  }
  for (const line of log.lines) {
    if (/authorization:/i.test(line)) expect(line).toMatch(/authorization: (Bearer |Basic )?\*\*\*$/i);
  }
}

describe('debug output', () => {
  test('method, URL, status, headers and bodies of SSO and API requests, with secrets redacted', async () => {
    f.engine.route('POST', 'vms', (req, res) => sendXml(res, 201, req.body.toString().replace('<vm>', '<vm id="7">')));
    const log = captureLog();
    const connection = f.connect({ debug: true, log, headers: { 'X-Correlation': 'job-1' } });
    await connection.systemService().vmsService().add({ name: 'web1', initialization: { rootPassword: ROOT_PASSWORD } });
    const token = await connection.authenticate();
    await connection.close();
    const text = log.text();
    // SSO login
    expect(text).toContain(`#1 > POST ${f.engine.origin}/ovirt-engine/sso/oauth/token`);
    expect(text).toContain('#1 > grant_type=password&scope=ovirt-app-api&username=admin%40internal&password=***');
    expect(text).toContain('#1 < 200 OK');
    expect(text).toContain('"access_token":"***"');
    // API request and response
    expect(text).toContain(`#2 > POST ${f.engine.url}/vms`);
    expect(text).toContain('#2 > Version: 4');
    expect(text).toContain('#2 > X-Correlation: job-1');
    expect(text).toContain('#2 > Authorization: Bearer ***');
    expect(text).toContain('#2 > <vm><initialization><root_password>***</root_password></initialization><name>web1</name></vm>');
    expect(text).toContain('#2 < 201 Created');
    expect(text).toMatch(/#2 < content-type: application\/xml/);
    expect(text).toContain('#2 < <vm id="7"><initialization><root_password>***</root_password>');
    // Logout
    expect(text).toContain('#3 > scope=ovirt-app-api&token=***');
    expect(log.lines.every((line) => line.startsWith('debug: '))).toBe(true);
    expectClean(log, [PASSWORD, token, ROOT_PASSWORD]);
  });

  test('a secret the engine echoes anywhere is redacted by value', async () => {
    const log = captureLog();
    const connection = f.connect({ debug: true, log });
    const token = await connection.authenticate();
    f.engine.route('GET', 'vms', (_req, res) => {
      res.setHeader('X-Echo', `${PASSWORD} ${token}`);
      sendXml(res, 400, `<fault><reason>Bad</reason><detail>user ${USERNAME} with ${PASSWORD} and token ${token}</detail></fault>`);
    });
    await rejection(connection.systemService().vmsService().list());
    expect(log.text()).toContain(`detail>user ${USERNAME} with *** and token ***</detail>`);
    expect(log.text()).toContain('x-echo: *** ***');
    expectClean(log, [PASSWORD, token]);
  });

  test('passwords with characters that get encoded are redacted in every form', async () => {
    const password = 'p@ss w0rd&x=<y>"';
    const log = captureLog();
    f.engine.ssoHandler = (req, res) => {
      const form = new URLSearchParams(req.body.toString());
      if (form.get('password') !== password) return sendJson(res, 400, { error_code: 'access_denied', error: 'wrong' });
      sendJson(res, 200, { access_token: f.engine.issueToken(), echo: password });
    };
    f.engine.route('POST', 'hosts', (req, res) => sendXml(res, 201, req.body.toString()));
    const connection = f.connect({ password, debug: true, log });
    await connection.systemService().hostsService().add({ name: 'h1', rootPassword: password });
    const token = await connection.authenticate();
    expect(log.text()).toContain('<root_password>***</root_password>');
    expectClean(log, [password, token]);
    expect(log.text()).not.toContain('&lt;y&gt;');
  });

  test('a renewed token and the given token are both redacted', async () => {
    f.engine.route('GET', 'vms', (_req, res) => sendXml(res, 200, '<vms/>'));
    const log = captureLog();
    const given = 'given-token-1234567';
    const connection = f.connect({ token: given, debug: true, log });
    await connection.systemService().vmsService().list();
    const renewed = await connection.authenticate();
    expect(renewed).not.toBe(given);
    expect(log.text()).toMatch(/< 401/);
    expectClean(log, [PASSWORD, given, renewed]);
  });

  test('proxy credentials never reach the log', async () => {
    const proxy = await startProxy({ username: 'proxy-user', password: 'proxy-Secr3t' });
    try {
      f.engine.route('GET', 'vms', (_req, res) => sendXml(res, 200, '<vms/>'));
      const log = captureLog();
      const connection = f.connect({ proxyUrl: proxy.url, proxyUsername: 'proxy-user', proxyPassword: 'proxy-Secr3t', debug: true, log });
      await connection.systemService().vmsService().list();
      await connection.close({ logout: false });
      expectClean(log, [PASSWORD, 'proxy-Secr3t', 'proxy-user:proxy-Secr3t']);
    } finally {
      await proxy.close();
    }
  });

  test('a failed exchange is logged with its error', async () => {
    const log = captureLog();
    const connection = f.connect({ url: 'https://engine.invalid/ovirt-engine/api', debug: true, log });
    await rejection(connection.authenticate());
    expect(log.text()).toMatch(/#1 \* failed: Can't resolve the host name of https:\/\/engine\.invalid/);
    expectClean(log, [PASSWORD]);
  });

  test('nothing is logged without debug; debug without log is silent', async () => {
    f.engine.route('GET', 'vms', (_req, res) => sendXml(res, 200, '<vms/>'));
    const log = captureLog();
    await f.connect({ log }).systemService().vmsService().list();
    expect(log.lines).toEqual([]);
    await expect(f.connect({ debug: true }).systemService().vmsService().list()).resolves.toEqual([]);
  });

  test('an SSO error message does not carry the password', async () => {
    const error = await rejection(f.connect({ password: 'Wrong-Passw0rd' }).authenticate());
    expect(error.message).not.toContain('Wrong-Passw0rd');
  });
});

describe('redact()', () => {
  test.each([
    ['Authorization: Bearer abc.def', `Authorization: Bearer ${REDACTED}`],
    ['#4 > authorization: Basic dXNlcjpwYXNz', `#4 > authorization: Basic ${REDACTED}`],
    ['Proxy-Authorization: Negotiate YII=', `Proxy-Authorization: Negotiate ${REDACTED}`],
    ['Authorization: sometoken', `Authorization: ${REDACTED}`],
    ['Cookie: JSESSIONID=abc; other=1', `Cookie: ${REDACTED}`],
    ['< set-cookie: JSESSIONID=abc; Path=/', `< set-cookie: ${REDACTED}`],
    ['grant_type=password&username=u&password=p%40ss', `grant_type=password&username=u&password=${REDACTED}`],
    ['scope=ovirt-app-api&token=abc', `scope=ovirt-app-api&token=${REDACTED}`],
    ['{"access_token": "a\\"b", "exp": 1}', `{"access_token": "${REDACTED}", "exp": 1}`],
    ['{"refresh_token":"x","client_secret":"y"}', `{"refresh_token":"${REDACTED}","client_secret":"${REDACTED}"}`],
    ['<password>x</password><user_name>u</user_name>', `<password>${REDACTED}</password><user_name>u</user_name>`],
    ['<root_password type="plain">x y</root_password>', `<root_password type="plain">${REDACTED}</root_password>`],
    ['<authentication_token>t</authentication_token>', `<authentication_token>${REDACTED}</authentication_token>`],
    ['https://user:pa55@engine/api', `https://user:${REDACTED}@engine/api`],
    ['GET /api/vms?search=name%3Dx&password=y', `GET /api/vms?search=name%3Dx&password=${REDACTED}`],
    ['nothing secret here: grant_type=password', 'nothing secret here: grant_type=password'],
    ['#2 > Authorization: Negotiate YIIC+AYGKwYBBQUCoIIC7DCCAuigDTALBgkqhkiG9xIBAgI=', `#2 > Authorization: Negotiate ${REDACTED}`],
    ['#2 < www-authenticate: Negotiate oYHxMIHuoAMKAQChCwYJKoZIhvcSAQICooHZBIHWYIHTBgkq', `#2 < www-authenticate: Negotiate ${REDACTED}`],
    ['WWW-Authenticate: Bearer realm="RESTAPI", Negotiate oYHxMIHuoAMKAQChCwYJKoZIhvcS==', `WWW-Authenticate: Bearer realm="RESTAPI", Negotiate ${REDACTED}`],
    ['< www-authenticate: Negotiate', '< www-authenticate: Negotiate'],
  ])('%s', (line, expected) => {
    expect(redact(line)).toBe(expected);
  });

  test('known secrets are removed wherever they are, in their encoded forms too; very short ones only by shape', () => {
    const secrets = ['Pa55&w<rd', 'tok-123456'];
    expect(redact('a Pa55&w<rd b Pa55%26w%3Crd c Pa55&amp;w&lt;rd d tok-123456', secrets)).toBe('a *** b *** c *** d ***');
    expect(redact('x abc y', ['abc'])).toBe('x abc y');
  });
});

test('a connection made by hand logs the same way', async () => {
  const log = captureLog();
  const connection = new Connection({ url: f.engine.url, username: USERNAME, password: PASSWORD, caFile: f.certs.caFile, debug: true, log });
  await connection.authenticate();
  await connection.close();
  expectClean(log, [PASSWORD]);
});
