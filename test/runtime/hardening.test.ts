/**
 * A hostile or broken engine (or proxy) against the connection: bodies
 * that never end or decompress without bound, secrets echoed back in
 * replies, very long tokens, calls in flight when the connection closes,
 * servers that stall, and a password about to go out over plain HTTP.
 */
import { once } from 'node:events';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServerResponse } from 'node:http';
import * as zlib from 'node:zlib';
import { AuthError, Connection, ConnectionError, Error as OvirtError, NotFoundError, type types } from '../../lib';
import { redact } from '../../lib/http/redact';
import { PASSWORD, sendJson, sendText, sendXml, USERNAME } from '../support/engine';
import { rejection, useEngine } from '../support/fixture';
import { captureLog } from '../support/logger';
import { peakGrowth } from '../support/memory';

const f = useEngine();
const MiB = 1024 * 1024;
const VMS = '<vms><vm id="1"><name>one</name></vm></vms>';

/**
 * A gzip body that decompresses to `<vms>` and then `total` bytes of
 * spaces (well-formed so far, so only the size stops it): concatenated gzip
 * members of 16 MiB each.
 */
function gzipBomb(total: number): Buffer {
  const member = zlib.gzipSync(Buffer.alloc(16 * MiB, ' '), { level: 9 });
  return Buffer.concat([zlib.gzipSync('<vms>'), ...Array.from({ length: Math.ceil(total / (16 * MiB)) }, () => member)]);
}

/** Resolves when the response can take more, or is closed. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** Writes `body` in chunks, honouring back-pressure, without a content-length. */
async function writeChunked(res: ServerResponse, body: Buffer): Promise<void> {
  for (let at = 0; at < body.length && !res.destroyed; at += 64 * 1024) {
    if (!res.write(body.subarray(at, at + 64 * 1024))) await drained(res);
  }
  res.end();
}

describe('bodies are counted as they arrive, decompressed, against maxBytes', () => {
  const limit = 64 * MiB;

  test.each([
    ['with a content-length', true],
    ['chunked', false],
  ])('a gzip bomb (%s) is refused at maxBytes, with bounded memory', async (_what, withLength) => {
    const bomb = gzipBomb(1024 * MiB);
    f.engine.route('GET', 'vms', async (_req, res) => {
      const headers: Record<string, string> = { 'Content-Type': 'application/xml', 'Content-Encoding': 'gzip' };
      if (withLength) {
        res.writeHead(200, { ...headers, 'Content-Length': String(bomb.length) });
        res.end(bomb);
      } else {
        res.writeHead(200, headers);
        await writeChunked(res, bomb);
      }
    });
    const connection = f.connect({ maxBytes: limit });
    await connection.authenticate();
    const { error, growth } = await peakGrowth(() => connection.systemService().vmsService().list());
    expect(error).toBeInstanceOf(OvirtError);
    expect((error as Error).message).toBe(`The response body is larger than the ${limit} bytes allowed (the 'maxBytes' option)`);
    // Where the peak can't be measured (not Linux), the refusal above is still checked.
    if (growth !== undefined) expect(growth).toBeLessThan(limit + 64 * MiB);
  });

  test('listStream() counts the decompressed bytes too', async () => {
    const bomb = gzipBomb(256 * MiB);
    f.engine.route('GET', 'vms', async (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/xml', 'Content-Encoding': 'gzip' });
      await writeChunked(res, bomb);
    });
    const connection = f.connect({ maxBytes: 16 * MiB });
    const error = await rejection((async () => {
      for await (const vm of connection.systemService().vmsService().listStream()) void vm;
    })());
    expect(error).toBeInstanceOf(OvirtError);
    expect(error.message).toMatch(/larger than the 16777216 bytes allowed/);
  });

  test('an endless body with no timeout fails at maxBytes', async () => {
    let served = 0;
    f.engine.route('GET', 'vms', async (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/xml' });
      res.write('<vms>');
      const chunk = Buffer.from('<vm><name>x</name></vm>'.repeat(2048));
      while (!res.destroyed) {
        served += chunk.length;
        if (!res.write(chunk)) await drained(res);
      }
    });
    const connection = f.connect({ maxBytes: 8 * MiB, timeout: 0 });
    const error = await rejection(connection.systemService().vmsService().list());
    expect(error.message).toMatch(/larger than the 8388608 bytes allowed/);
    expect(served).toBeGreaterThan(8 * MiB);
  });

  test('a content-length above maxBytes is refused before the body is read', async () => {
    f.engine.route('GET', 'vms', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/xml', 'Content-Length': String(100 * MiB) });
      res.write('<vms>');
    });
    const error = await rejection(f.connect({ maxBytes: MiB }).systemService().vmsService().list());
    expect(error.message).toMatch(/larger than the 1048576 bytes allowed/);
  });

  test('maxBytes must be a positive whole number', () => {
    expect(() => f.connect({ maxBytes: 0 })).toThrow(/'maxBytes' option must be 1 or more/);
    expect(() => f.connect({ maxBytes: -1 })).toThrow(/'maxBytes' option must be a whole number of bytes/);
    expect(() => f.connect({ maxBytes: '1G' as unknown as number })).toThrow(/'maxBytes' option must be a whole number of bytes \(0 or more\), got the string "1G"/);
  });

  test('the debug log shows a bounded excerpt of a large body', async () => {
    const body = `<vms>${'<vm><name>x</name></vm>'.repeat(200_000)}</vms>`; // 4.6 MB
    f.engine.route('GET', 'vms', (_req, res) => sendXml(res, 200, body));
    const log = captureLog();
    const vms = await f.connect({ debug: true, log }).systemService().vmsService().list();
    expect(vms).toHaveLength(200_000);
    const logged = log.lines.filter((line) => line.includes('<vm><name>x</name></vm>')).join('\n');
    expect(logged.length).toBeLessThan(70 * 1024);
    expect(log.text()).toContain(`(${Buffer.byteLength(body) - 64 * 1024} more bytes not shown)`);
  });
});

describe('secrets never reach a message or a log line', () => {
  const longToken = `tok-${'x7Y'.repeat(15_000)}`; // 45,004 characters

  test('a 45,000-character token with debug logging: calls and close() work, and the token is redacted', async () => {
    f.engine.ssoHandler = (_req, res) => {
      f.engine.validTokens.add(longToken);
      sendJson(res, 200, { access_token: longToken });
    };
    f.engine.route('GET', 'vms', (_req, res) => sendXml(res, 200, VMS));
    const log = captureLog();
    const connection = f.connect({ debug: true, log });
    expect(await connection.systemService().vmsService().list()).toHaveLength(1);
    await connection.close();
    expect(f.engine.revoked).toEqual([longToken]);
    expect(log.lines.filter((line) => line.includes('x7Yx7Y'))).toEqual([]);
    expect(log.lines.filter((line) => line.includes(PASSWORD))).toEqual([]);
  });

  test('a token registered for redaction before its SSO reply is logged, whatever the reply calls it', async () => {
    const token = 'fresh-Token-0123456789';
    f.engine.ssoHandler = (_req, res) => {
      f.engine.validTokens.add(token);
      sendJson(res, 200, { bearer: token, note: `your token is ${token}` });
    };
    f.engine.route('GET', 'vms', (_req, res) => sendXml(res, 200, VMS));
    const log = captureLog();
    await f.connect({ debug: true, log, ssoTokenName: 'bearer' }).systemService().vmsService().list();
    expect(log.text()).toContain('your token is ***');
    expect(log.lines.filter((line) => line.includes(token))).toEqual([]);
  });

  test('an SSO error that echoes the password does not carry it', async () => {
    f.engine.ssoHandler = (_req, res) => sendJson(res, 401, { error: 'access_denied', error_description: `Wrong password '${PASSWORD}' for ${USERNAME}` });
    const error = await rejection(f.connect().authenticate());
    expect(error).toBeInstanceOf(AuthError);
    expect(error.message).toBe(`Error during SSO authentication access_denied : Wrong password '***' for ${USERNAME}`);
  });

  test('a fault, an HTML page and a redirect that echo the token or the password do not carry them', async () => {
    const connection = f.connect();
    const token = await connection.authenticate();
    f.engine.route('GET', 'vms/1', (_req, res) => sendXml(res, 404, `<fault><reason>No VM for token ${token}</reason><detail>password=${PASSWORD}</detail></fault>`));
    f.engine.route('GET', 'vms/2', (_req, res) => sendText(res, 502, 'text/html', `<html><body><p>Upstream said: ${PASSWORD}</p></body></html>`));
    f.engine.route('GET', 'vms/3', (_req, res) => {
      res.writeHead(302, { Location: `https://other.example.com/login?token=${token}` });
      res.end();
    });
    const service = connection.systemService().vmsService();
    const notFound = await rejection(service.vmService('1').get());
    expect(notFound).toBeInstanceOf(NotFoundError);
    expect(notFound.message).toBe('Fault reason is "No VM for token ***". Fault detail is "password=***". HTTP response code is 404. HTTP response message is "Not Found".');
    expect((notFound as OvirtError).fault).toMatchObject({ reason: 'No VM for token ***', detail: 'password=***' });
    const html = await rejection(service.vmService('2').get());
    expect(html.message).toContain('Upstream said: ***');
    const redirect = await rejection(service.vmService('3').get());
    expect(redirect.message).toContain("The server redirects to 'https://other.example.com/login?token=***'");
    for (const error of [notFound, html, redirect]) {
      expect(error.message).not.toContain(token);
      expect(error.message).not.toContain(PASSWORD);
    }
  });

  test('redaction finds a secret however JSON, XML or a URL escaped it, and keeps what is around it', () => {
    const secret = 'Pw-S3cr3t!&"é';
    const forms = [
      'Pw-S3cr3t\\u0021&\\"\\u00e9', // JSON, some characters escaped
      'Pw\\u002dS3cr3t!\\u0026\\u0022\\u00E9', // JSON, others, upper-case hex
      'Pw-S3cr3t&#33;&amp;&quot;&#xe9;', // XML
      'Pw-S3cr3t%21%26%22%C3%A9', // URL
      'Pw-S3cr3t%21%26%22%c3%a9', // URL, lower-case hex
    ];
    for (const form of forms) expect(redact(`before ${form} after`, [secret])).toBe('before *** after');
    expect(redact('nothing to hide here', [secret])).toBe('nothing to hide here');
    // Much longer secrets cost time in proportion to the text, and never fail.
    const huge = 'k'.repeat(200_000);
    expect(redact(`a ${huge} b`, [huge])).toBe('a *** b');
  });

  test('a logger that throws does not fail the call', async () => {
    f.engine.route('GET', 'vms', (_req, res) => sendXml(res, 200, VMS));
    const log = { debug: () => { throw new Error('disk full'); } };
    expect(await f.connect({ debug: true, log }).systemService().vmsService().list()).toHaveLength(1);
  });
});

describe('close()', () => {
  test('300 GETs in flight (some still waiting for the login) all complete; then the token is revoked', async () => {
    const N = 300;
    for (let i = 0; i < N; i++) {
      f.engine.route('GET', `vms/${i}`, (_req, res) => sendXml(res, 200, `<vm id="${i}"/>`));
    }
    const connection = f.connect({ connections: 20 });
    const vms = connection.systemService().vmsService();
    const calls = Array.from({ length: N }, (_, i) => vms.vmService(String(i)).get());
    const closing = connection.close();
    const results = await Promise.allSettled(calls);
    await closing;
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(results.map((r) => (r as PromiseFulfilledResult<types.Vm>).value.id)).toEqual(Array.from({ length: N }, (_, i) => String(i)));
    expect(f.engine.revoked).toHaveLength(1);
    // The revoke came after the last API request.
    const last = f.engine.requests.map((r) => r.path).lastIndexOf('/ovirt-engine/services/sso-logout');
    expect(f.engine.requests.slice(last + 1)).toEqual([]);
    expect(f.engine.apiRequests).toHaveLength(N);
  });

  test('a 401 while closing is not answered with a new login', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    f.engine.route('GET', 'vms', async (_req, res) => {
      await held; // the token expires on the engine while the call is in flight
      sendXml(res, 401, '<fault><reason>Unauthorized</reason></fault>');
    });
    const connection = f.connect();
    await connection.authenticate();
    const call = connection.systemService().vmsService().list();
    await f.engine.arrived(1);
    const closing = connection.close({ logout: false });
    release();
    const error = await rejection(call);
    await closing;
    expect(error).toBeInstanceOf(AuthError);
    expect(f.engine.ssoRequests).toHaveLength(1);
  });

  test('close({ force: true }) fails the calls in flight of a stalled server at once, then logs out', async () => {
    f.engine.route('GET', 'vms', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/xml' });
      res.write('<vms><vm id="1">'); // and nothing more
    });
    const connection = f.connect({ timeout: 0 });
    await connection.authenticate();
    const calls = [connection.systemService().vmsService().list(), connection.systemService().vmsService().list()].map(rejection);
    await f.engine.arrived(2);
    await connection.close({ force: true });
    for (const call of calls) {
      const error = await call;
      expect(error).toBeInstanceOf(OvirtError);
      expect(error).not.toBeInstanceOf(ConnectionError);
      expect(error.message).toMatch(/is closed/);
    }
    expect(f.engine.revoked).toHaveLength(1);
  });

  test('close({ signal }) waits until the signal aborts, then forces', async () => {
    f.engine.route('GET', 'vms', () => new Promise<void>(() => undefined));
    const connection = f.connect({ timeout: 0 });
    await connection.authenticate();
    const call = rejection(connection.systemService().vmsService().list());
    await f.engine.arrived(1);
    const controller = new AbortController();
    let closed = false;
    const closing = connection.close({ signal: controller.signal }).then(() => (closed = true));
    // Still waiting for the call: a turn of the event loop changes nothing.
    await new Promise((resolve) => setImmediate(resolve));
    expect(closed).toBe(false);
    controller.abort();
    await closing;
    expect((await call).message).toMatch(/is closed/);
  });

  test('an unfinished listStream() iteration does not hold close() up; its next step rejects', async () => {
    f.engine.route('GET', 'vms', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/xml' });
      res.write(`<vms>${'<vm id="1"><name>one</name></vm>'.repeat(1000)}`); // and never the end
    });
    const connection = f.connect({ timeout: 0 });
    const items = connection.systemService().vmsService().listStream();
    expect((await items.next()).value).toMatchObject({ id: '1' });
    await connection.close();
    const error = await rejection((async () => {
      for (;;) if ((await items.next()).done) return;
    })());
    expect(error).toBeInstanceOf(OvirtError);
    expect(error.message).toMatch(/was closed while the response was being read/);
  });

  test('close() options are checked', async () => {
    const connection = f.connect();
    await expect(connection.close({ force: 'yes' } as never)).rejects.toThrow(/'force' option of close\(\) must be a boolean/);
  });
});

describe('a password over plain HTTP', () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/ovirt-engine/sso/oauth/token') sendJson(res, 200, { access_token: 'plain-http-token' });
      else sendXml(res, 200, '<api/>');
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ovirt-engine/api`;
  });
  afterAll(() => server.close());

  test('is sent with a warning through the log', async () => {
    const log = captureLog();
    const connection = f.track(new Connection({ url, username: USERNAME, password: PASSWORD, log }));
    await connection.authenticate();
    expect(log.lines).toEqual([`warn: ovirt-engine-sdk: The password of '${USERNAME}' is sent in clear text to http://127.0.0.1:${(server.address() as AddressInfo).port}: use an https URL`]);
  });

  test('without a log, as one Node.js warning per process', async () => {
    const emitWarning = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      for (let i = 0; i < 2; i++) await f.track(new Connection({ url, username: USERNAME, password: PASSWORD })).authenticate();
      expect(emitWarning.mock.calls).toEqual([[expect.stringContaining('is sent in clear text'), { code: 'OVIRT_SDK_INSECURE_HTTP' }]]);
    } finally {
      emitWarning.mockRestore();
    }
  });
});
