/**
 * The transport: TLS (CA file, CA text, system store, wrong CA, self-signed,
 * wrong host name, insecure), timeouts, refused and unresolvable hosts,
 * dropped connections, compression, the proxy.
 */
import { once } from 'node:events';
import * as net from 'node:net';
import { promisify } from 'node:util';
import * as zlib from 'node:zlib';
import type { ServerResponse } from 'node:http';
import { Connection, ConnectionError, Error as OvirtError, TimeoutError, type types } from '../../lib';
import { TestEngine, sendXml } from '../support/engine';
import { rejection, useEngine } from '../support/fixture';
import { startProxy } from '../support/proxy';

const f = useEngine();

const VMS = '<vms><vm id="1"><name>one</name></vm><vm id="2"><name>two</name></vm></vms>';

function vms(): void {
  f.engine.route('GET', 'vms', (_req, res) => sendXml(res, 200, VMS));
}

async function listVms(connection: Connection): Promise<types.Vm[]> {
  return connection.systemService().vmsService().list();
}

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

/** `cause.code` of an SDK error, along the cause chain. */
function causeCode(error: Error): string | undefined {
  let e: unknown = error.cause;
  for (let i = 0; i < 5 && e !== undefined && e !== null; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code !== 'UND_ERR_ABORTED') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

describe('TLS', () => {
  test('caFile and ca (PEM text or Buffer) make the engine trusted', async () => {
    vms();
    for (const connection of [f.connect(), f.connect({ caFile: undefined, ca: f.certs.ca.toString() }), f.connect({ caFile: undefined, ca: f.certs.ca })]) {
      expect((await listVms(connection)).map((vm) => vm.name)).toEqual(['one', 'two']);
    }
  });

  test('a host name the certificate names works (localhost)', async () => {
    vms();
    const connection = f.connect({ url: `https://localhost:${f.engine.port}/ovirt-engine/api` });
    expect(await listVms(connection)).toHaveLength(2);
  });

  test('without caFile or ca, the system store is used (SSL_CERT_FILE names it)', async () => {
    vms();
    const untrusted = await rejection(listVms(f.connect({ caFile: undefined })));
    expect(untrusted).toBeInstanceOf(ConnectionError);
    expect(causeCode(untrusted)).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
    const saved = process.env.SSL_CERT_FILE;
    process.env.SSL_CERT_FILE = f.certs.caFile;
    try {
      expect(await listVms(f.connect({ caFile: undefined }))).toHaveLength(2);
    } finally {
      if (saved === undefined) delete process.env.SSL_CERT_FILE;
      else process.env.SSL_CERT_FILE = saved;
    }
  });

  test('a wrong CA is a ConnectionError naming the TLS failure, for SSO and API alike', async () => {
    const error = await rejection(listVms(f.connect({ caFile: f.certs.otherCaFile })));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toMatch(/^TLS handshake with https:\/\/127\.0\.0\.1:\d+ failed: .*'caFile'/);
    expect(causeCode(error)).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
    expect((error as ConnectionError).code).toBeUndefined();
    const token = f.engine.issueToken();
    const api = await rejection(listVms(f.connect({ caFile: f.certs.otherCaFile, username: undefined, password: undefined, token })));
    expect(api).toBeInstanceOf(ConnectionError);
    expect(f.engine.requests).toHaveLength(0);
  });

  describe('other servers', () => {
    let selfSigned: TestEngine;
    let wrongName: TestEngine;
    beforeAll(async () => {
      selfSigned = await TestEngine.start({ tls: f.certs.selfSigned });
      wrongName = await TestEngine.start({ tls: f.certs.wrongName });
      for (const engine of [selfSigned, wrongName]) engine.route('GET', 'vms', (_req, res) => sendXml(res, 200, VMS));
    });
    afterAll(async () => {
      await selfSigned.close();
      await wrongName.close();
    });

    test('a self-signed server certificate is refused', async () => {
      const error = await rejection(listVms(f.connect({ url: selfSigned.url })));
      expect(error).toBeInstanceOf(ConnectionError);
      expect(causeCode(error)).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
    });

    test('a certificate for another host name is refused', async () => {
      const error = await rejection(listVms(f.connect({ url: wrongName.url })));
      expect(error).toBeInstanceOf(ConnectionError);
      expect(causeCode(error)).toBe('ERR_TLS_CERT_ALTNAME_INVALID');
    });

    test('insecure skips the certificate and host-name checks', async () => {
      expect(await listVms(f.connect({ url: selfSigned.url, caFile: undefined, insecure: true }))).toHaveLength(2);
      expect(await listVms(f.connect({ url: wrongName.url, insecure: true }))).toHaveLength(2);
    });
  });
});

describe('unreachable engines', () => {
  test('a refused connection is a ConnectionError with the socket error as cause', async () => {
    const port = await closedPort();
    const error = await rejection(listVms(f.connect({ url: `https://127.0.0.1:${port}/ovirt-engine/api` })));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toMatch(/^Connection to https:\/\/127\.0\.0\.1:\d+ refused/);
    expect(causeCode(error)).toBe('ECONNREFUSED');
  });

  test('an unresolvable host is a ConnectionError', async () => {
    const error = await rejection(listVms(f.connect({ url: 'https://engine.invalid/ovirt-engine/api' })));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toMatch(/^Can't resolve the host name of https:\/\/engine\.invalid/);
    expect(['ENOTFOUND', 'EAI_AGAIN']).toContain(causeCode(error));
  });

  test('test() is false, or throws the typed error with raiseException', async () => {
    const port = await closedPort();
    const connection = f.connect({ url: `https://127.0.0.1:${port}/ovirt-engine/api` });
    expect(await connection.test()).toBe(false);
    await expect(connection.test(true)).rejects.toBeInstanceOf(ConnectionError);
  });
});

describe('timeouts', () => {
  test('timeout limits the whole request: no answer', async () => {
    f.engine.route('GET', 'vms', () => new Promise<void>(() => undefined));
    const connection = f.connect({ timeout: 250 });
    await connection.authenticate();
    const error = await rejection(listVms(connection));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.message).toMatch(/timed out: no complete response within 250 ms \(the 'timeout' option\)/);
  });

  test('timeout limits the whole request: a body that stalls', async () => {
    f.engine.route('GET', 'vms', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/xml' });
      res.write('<vms><vm id="1">'); // and nothing more
    });
    const error = await rejection(listVms(f.connect({ timeout: 300 })));
    expect(error).toBeInstanceOf(TimeoutError);
  });

  test('connectTimeout limits the TCP and TLS handshake', async () => {
    // Accepts TCP connections and never says anything: the TLS handshake hangs.
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => sockets.push(socket));
    silent.listen(0, '127.0.0.1');
    await once(silent, 'listening');
    try {
      const { port } = silent.address() as net.AddressInfo;
      const error = await rejection(listVms(f.connect({ url: `https://127.0.0.1:${port}/ovirt-engine/api`, connectTimeout: 200 })));
      expect(error).toBeInstanceOf(TimeoutError);
      expect(error.message).toMatch(/^Connecting to https:\/\/127\.0\.0\.1:\d+ timed out after 200 ms \(the 'connectTimeout' option\)/);
      expect(causeCode(error)).toBe('UND_ERR_CONNECT_TIMEOUT');
    } finally {
      sockets.forEach((s) => s.destroy());
      silent.close();
    }
  });

  test('without timeout a slow answer is waited for', async () => {
    // The answer comes only after the engine saw the call pending across
    // several turns of its event loop.
    f.engine.route('GET', 'vms', async (_req, res) => {
      for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
      sendXml(res, 200, VMS);
    });
    expect(await listVms(f.connect())).toHaveLength(2);
  });

  test('an abort signal cancels one call', async () => {
    f.engine.route('GET', 'vms', () => new Promise<void>(() => undefined));
    const connection = f.connect();
    await connection.authenticate();
    const controller = new AbortController();
    const call = connection.systemService().vmsService().list({ signal: controller.signal });
    await f.engine.arrived(1);
    controller.abort(new Error('user gave up'));
    const error = await rejection(call);
    expect(error).toBeInstanceOf(OvirtError);
    expect(error.message).toMatch(/was aborted/);
    expect((error.cause as Error).message).toBe('user gave up');
  });

  test('an abort while the call waits for a free connection rejects at once; the call is never sent', async () => {
    let release = (): void => undefined;
    f.engine.route('GET', 'vms', (_req, res) => new Promise<void>((done) => {
      release = () => {
        sendXml(res, 200, VMS);
        done();
      };
    }));
    const connection = f.connect({ connections: 1 });
    await connection.authenticate();
    const first = listVms(connection);
    await f.engine.arrived(1);
    // The only connection is busy with the first call: the second waits in undici's queue.
    const controller = new AbortController();
    const second = connection.systemService().vmsService().list({ signal: controller.signal });
    controller.abort(new Error('user gave up'));
    const error = await rejection(second);
    expect(error.message).toMatch(/was aborted/);
    expect((error.cause as Error).message).toBe('user gave up');
    release();
    expect(await first).toHaveLength(2);
    // The connection is free again: a third call goes through, and the aborted one was never sent.
    vms();
    expect(await listVms(connection)).toHaveLength(2);
    expect(f.engine.apiRequests).toHaveLength(2);
  });

  test('a call whose signal is aborted already is not sent', async () => {
    vms();
    const connection = f.connect();
    await connection.authenticate();
    const error = await rejection(connection.systemService().vmsService().list({ signal: AbortSignal.abort(new Error('too late')) }));
    expect(error.message).toMatch(/was aborted/);
    expect(f.engine.apiRequests).toHaveLength(0);
  });
});

describe('dropped connections', () => {
  function drop(res: ServerResponse): void {
    res.socket?.destroy();
  }

  test('a connection dropped mid-body (content-length) is a ConnectionError', async () => {
    f.engine.route('GET', 'vms', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/xml', 'Content-Length': String(VMS.length * 10) });
      res.write(VMS.slice(0, 20), () => setImmediate(() => drop(res)));
    });
    const error = await rejection(listVms(f.connect()));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toMatch(/^The connection to https:\/\/127\.0\.0\.1:\d+ failed/);
    expect(['UND_ERR_SOCKET', 'ECONNRESET', 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH']).toContain(causeCode(error));
  });

  test('a connection dropped mid-body (chunked) is a ConnectionError', async () => {
    f.engine.route('GET', 'vms', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/xml' });
      res.write(VMS.slice(0, 20), () => setImmediate(() => drop(res)));
    });
    const error = await rejection(listVms(f.connect()));
    expect(error).toBeInstanceOf(ConnectionError);
  });

  test('a connection dropped before the response is a ConnectionError', async () => {
    f.engine.route('POST', 'vms', (_req, res) => drop(res));
    const error = await rejection(f.connect().systemService().vmsService().add({ name: 'x' }));
    expect(error).toBeInstanceOf(ConnectionError);
  });

  test('the connection recovers when the engine closed its idle sockets', async () => {
    vms();
    const connection = f.connect();
    expect(await listVms(connection)).toHaveLength(2);
    await f.engine.dropConnections();
    expect(await listVms(connection)).toHaveLength(2);
  });
});

describe('compression', () => {
  const gzip = promisify(zlib.gzip);
  const deflate = promisify(zlib.deflate);
  const deflateRaw = promisify(zlib.deflateRaw);

  function compressed(status: number, encoding: string, body: Buffer) {
    return (_req: unknown, res: ServerResponse) => {
      res.writeHead(status, { 'Content-Type': 'application/xml', 'Content-Encoding': encoding, 'Content-Length': body.length });
      res.end(body);
    };
  }

  test.each<[string, string, (b: Buffer) => Promise<Buffer>]>([
    ['gzip', 'gzip', (b) => gzip(b)],
    ['deflate (zlib)', 'deflate', (b) => deflate(b)],
    ['deflate (raw)', 'deflate', (b) => deflateRaw(b)],
  ])('a %s response is decoded', async (_what, encoding, compress) => {
    f.engine.route('GET', 'vms', compressed(200, encoding, await compress(Buffer.from(VMS))));
    const connection = f.connect();
    expect((await listVms(connection)).map((vm) => vm.id)).toEqual(['1', '2']);
    expect(f.engine.apiRequests[0].headers['accept-encoding']).toBe('gzip, deflate');
  });

  test.each([
    ['with a content-length', true],
    ['chunked', false],
  ])('two content codings (%s) are undone in the reverse order of their listing', async (_what, withLength) => {
    const body = await gzip(await deflate(Buffer.from(VMS)));
    f.engine.route('GET', 'vms', (_req, res) => {
      const headers: Record<string, string | number> = { 'Content-Type': 'application/xml', 'Content-Encoding': 'deflate, gzip' };
      if (withLength) headers['Content-Length'] = body.length;
      res.writeHead(200, headers);
      res.write(body.subarray(0, 7));
      res.end(body.subarray(7));
    });
    expect((await listVms(f.connect())).map((vm) => vm.id)).toEqual(['1', '2']);
  });

  test('a content coding the SDK does not know is refused, naming it', async () => {
    f.engine.route('GET', 'vms', compressed(200, 'compress', Buffer.from(VMS)));
    const error = await rejection(listVms(f.connect()));
    expect(error).toBeInstanceOf(OvirtError);
    expect(error.message).toBe("The response uses the content encoding 'compress', which the SDK can't decode");
  });

  test('a compressed fault is decoded too', async () => {
    const fault = await gzip(Buffer.from('<fault><reason>Operation Failed</reason><detail>Zipped</detail></fault>'));
    f.engine.route('GET', 'vms', compressed(409, 'gzip', fault));
    const error = await rejection(listVms(f.connect()));
    expect(error.message).toMatch(/^Fault reason is "Operation Failed". Fault detail is "Zipped". HTTP response code is 409/);
  });

  test('compress: false does not ask for compression', async () => {
    vms();
    await listVms(f.connect({ compress: false }));
    expect(f.engine.apiRequests[0].headers['accept-encoding']).toBeUndefined();
  });

  test('a corrupt compressed body is a ConnectionError', async () => {
    f.engine.route('GET', 'vms', compressed(200, 'gzip', Buffer.from('this is not gzip')));
    const error = await rejection(listVms(f.connect()));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toMatch(/can't be decompressed \(gzip\)/);
  });
});

describe('proxy', () => {
  test('SSO and API requests go through the CONNECT proxy', async () => {
    vms();
    const proxy = await startProxy();
    try {
      const connection = f.connect({ proxyUrl: proxy.url });
      expect(await listVms(connection)).toHaveLength(2);
      expect(proxy.connects.length).toBeGreaterThanOrEqual(1);
      expect(new Set(proxy.connects)).toEqual(new Set([`127.0.0.1:${f.engine.port}`]));
      expect(proxy.authorizations[0]).toBeUndefined();
      expect(f.engine.ssoRequests).toHaveLength(1);
      await connection.close({ logout: false });
    } finally {
      await proxy.close();
    }
  });

  test('proxyUsername and proxyPassword authenticate to the proxy', async () => {
    vms();
    const proxy = await startProxy({ username: 'proxy-user', password: 'proxy-Pa55' });
    try {
      const connection = f.connect({ proxyUrl: proxy.url, proxyUsername: 'proxy-user', proxyPassword: 'proxy-Pa55' });
      expect(await listVms(connection)).toHaveLength(2);
      expect(proxy.authorizations[0]).toBe(`Basic ${Buffer.from('proxy-user:proxy-Pa55').toString('base64')}`);
      await connection.close({ logout: false });

      const refused = await rejection(listVms(f.connect({ proxyUrl: proxy.url, proxyUsername: 'proxy-user', proxyPassword: 'wrong' })));
      expect(refused).toBeInstanceOf(ConnectionError);
      expect(refused.message).toMatch(/proxy refused to open a tunnel .*HTTP 407 \(proxy authentication required/);
    } finally {
      await proxy.close();
    }
  });

  test('proxy credentials may be in proxyUrl', async () => {
    vms();
    const proxy = await startProxy({ username: 'proxy-user', password: 'p@ss' });
    try {
      const port = new URL(proxy.url).port;
      const connection = f.connect({ proxyUrl: `http://proxy-user:p%40ss@127.0.0.1:${port}` });
      expect(await listVms(connection)).toHaveLength(2);
      expect(proxy.authorizations[0]).toBe(`Basic ${Buffer.from('proxy-user:p@ss').toString('base64')}`);
      await connection.close({ logout: false });
    } finally {
      await proxy.close();
    }
  });

  test('an unreachable proxy is a ConnectionError', async () => {
    const port = await closedPort();
    const error = await rejection(listVms(f.connect({ proxyUrl: `http://127.0.0.1:${port}` })));
    expect(error).toBeInstanceOf(ConnectionError);
  });
});
