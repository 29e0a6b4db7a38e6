/**
 * The simulator's own CA and server certificate: made with node:crypto and
 * the DER encoder, valid X.509 v3, and good for a real TLS handshake.
 */
import { X509Certificate } from 'node:crypto';
import * as tls from 'node:tls';
import * as der from '../../lib/testing/der';
import { createTlsMaterial, EngineSimulator } from '../../lib/testing';

describe('DER encoder', () => {
  test('integers are minimal and positive', () => {
    expect(der.integer(0).toString('hex')).toBe('020100');
    expect(der.integer(127).toString('hex')).toBe('02017f');
    expect(der.integer(128).toString('hex')).toBe('02020080');
    expect(der.integer(256).toString('hex')).toBe('02020100');
    expect(der.integer(Buffer.from([0, 0, 0x12])).toString('hex')).toBe('020112');
    expect(der.integer(Buffer.from([0xff])).toString('hex')).toBe('020200ff');
  });

  test('object identifiers, long lengths and times', () => {
    expect(der.oid('1.2.840.10045.4.3.2').toString('hex')).toBe('06082a8648ce3d040302');
    expect(der.oid('2.5.29.17').toString('hex')).toBe('0603551d11');
    const long = der.octetString(Buffer.alloc(300));
    expect(long.subarray(0, 4).toString('hex')).toBe('0482012c');
    expect(der.time(new Date(Date.UTC(2026, 0, 2, 3, 4, 5))).toString('latin1').slice(2)).toBe('260102030405Z');
    expect(der.time(new Date(Date.UTC(2051, 0, 2, 3, 4, 5)))[0]).toBe(0x18); // GeneralizedTime from 2050
  });

  test('named bit strings drop trailing zero bits', () => {
    expect(der.namedBits([0]).toString('hex')).toBe('03020780'); // digitalSignature
    expect(der.namedBits([0, 5, 6]).toString('hex')).toBe('03020186'); // + keyCertSign, cRLSign
  });
});

describe('certificates', () => {
  const m = createTlsMaterial();
  const ca = new X509Certificate(m.caCert);
  const leaf = new X509Certificate(m.cert); // the first certificate of the chain

  test('the CA is a CA, self-signed', () => {
    expect(ca.ca).toBe(true);
    expect(ca.subject).toContain('CN=oVirt Engine Simulator CA');
    expect(ca.checkIssued(ca)).toBe(true);
    expect(ca.verify(ca.publicKey)).toBe(true);
    expect(ca.publicKey.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
  });

  test('the server certificate is for localhost and 127.0.0.1, for TLS servers, signed by the CA', () => {
    expect(leaf.ca).toBe(false);
    expect(leaf.subjectAltName).toContain('DNS:localhost');
    expect(leaf.subjectAltName).toContain('IP Address:127.0.0.1');
    expect(leaf.checkHost('localhost')).toBe('localhost');
    expect(leaf.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(leaf.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1']);
    expect(leaf.checkIssued(ca)).toBe(true);
    expect(leaf.verify(ca.publicKey)).toBe(true);
    const now = Date.now();
    expect(new Date(leaf.validFrom).getTime()).toBeLessThan(now);
    expect(new Date(leaf.validTo).getTime()).toBeGreaterThan(now + 300 * 86400_000);
  });

  test('every call makes a new CA', () => {
    const other = createTlsMaterial();
    expect(other.caCert).not.toBe(m.caCert);
    expect(new X509Certificate(m.cert).checkIssued(new X509Certificate(other.caCert))).toBe(false);
  });
});

describe('TLS handshake with the simulator', () => {
  let engine: EngineSimulator;
  beforeAll(async () => {
    engine = await EngineSimulator.start({ delays: 0 });
  });
  afterAll(() => engine.stop());

  function handshake(host: string, ca?: string): Promise<{ authorized: boolean; error?: string }> {
    return new Promise((resolve) => {
      const socket = tls.connect({ host, port: engine.port, ca, servername: host === 'localhost' ? host : undefined }, () => {
        resolve({ authorized: socket.authorized });
        socket.end();
      });
      socket.on('error', (e) => resolve({ authorized: false, error: (e as NodeJS.ErrnoException).code ?? e.message }));
    });
  }

  test('the URL is https on 127.0.0.1', () => {
    expect(engine.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/ovirt-engine\/api$/);
    expect(engine.ca).toMatch(/^-----BEGIN CERTIFICATE-----/);
  });

  test('succeeds with its CA, for 127.0.0.1 and localhost', async () => {
    expect(await handshake('127.0.0.1', engine.ca)).toEqual({ authorized: true });
    expect(await handshake('localhost', engine.ca)).toEqual({ authorized: true });
  });

  test('fails without it', async () => {
    const result = await handshake('127.0.0.1');
    expect(result.authorized).toBe(false);
    expect(result.error).toMatch(/SELF_SIGNED|UNABLE_TO_GET_ISSUER|unable to get/i);
  });
});
