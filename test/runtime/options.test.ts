/**
 * Construction: every option is checked, and a bad one throws the SDK's
 * Error naming it. Nothing is sent at construction.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Connection, Error as OvirtError } from '../../lib';
import type { ConnectionOptions } from '../../lib/connection';
import { resolveOptions } from '../../lib/options';
import { makeCerts, type TestCerts } from '../support/certs';

const URL_ = 'https://engine.example.com/ovirt-engine/api';
const CREDS = { username: 'admin@internal', password: 'secret' };

let certs: TestCerts;
beforeAll(() => {
  certs = makeCerts();
});
afterAll(() => certs.remove());

function construct(options: Record<string, unknown>): OvirtError {
  let connection: Connection | undefined;
  try {
    connection = new Connection(options as unknown as ConnectionOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(OvirtError);
    return error as OvirtError;
  }
  void connection.close({ logout: false });
  throw new Error(`expected new Connection(${JSON.stringify(options)}) to throw`);
}

function accept(options: Partial<ConnectionOptions>): Connection {
  return new Connection({ url: URL_, ...CREDS, ...options });
}

describe('invalid options throw the SDK Error naming the option', () => {
  test.each<[string, Record<string, unknown>, RegExp]>([
    ['missing url', { ...CREDS }, /'url' option is mandatory/],
    ['empty url', { url: '', ...CREDS }, /'url' option is mandatory/],
    ['url not a URL', { url: 'engine.example.com', ...CREDS }, /'url' option is not a valid URL/],
    ['url of another scheme', { url: 'ftp://engine/ovirt-engine/api', ...CREDS }, /'url' option must be an http or https URL/],
    ['url with credentials', { url: 'https://admin:pw@engine/ovirt-engine/api', ...CREDS }, /'url' option must not contain credentials/],
    ['url with a query', { url: `${URL_}?x=1`, ...CREDS }, /'url' option must not have a query/],
    ['url not a string', { url: 42, ...CREDS }, /'url' option must be a string/],
    ['no credentials', { url: URL_ }, /'username' option .* is mandatory unless 'kerberos' or a 'token'/],
    ['username without password', { url: URL_, username: 'admin@internal' }, /'password' option is mandatory/],
    ['empty token', { url: URL_, token: '' }, /'token' option must not be empty/],
    ['unknown option', { url: URL_, ...CREDS, colour: 'blue' }, /Unknown connection option 'colour'/],
    ['python spelling', { url: URL_, ...CREDS, ca_file: '/tmp/ca.pem' }, /Unknown connection option 'ca_file'; did you mean 'caFile'\?/],
    ['kerberos with a password', { url: URL_, ...CREDS, kerberos: true }, /'kerberos' option logs in with the user's Kerberos ticket: give no 'username' or 'password'/],
    ['kerberos not boolean', { url: URL_, kerberos: 'yes' }, /'kerberos' option must be a boolean/],
    ['kerberosService without kerberos', { url: URL_, ...CREDS, kerberosService: 'HTTP@engine.example.com' }, /'kerberosService' option needs 'kerberos: true'/],
    [
      'kerberosService as a principal name',
      { url: URL_, kerberos: true, kerberosService: 'HTTP/engine.example.com@EXAMPLE.COM' },
      /'kerberosService' option must be a GSSAPI service name 'service@host'.*; the principal 'HTTP\/engine.example.com@EXAMPLE.COM' is written 'HTTP@engine.example.com'/,
    ],
    ['kerberosService empty', { url: URL_, kerberos: true, kerberosService: '' }, /'kerberosService' option must be a GSSAPI service name/],
    ['unreadable CA file', { url: URL_, ...CREDS, caFile: '/nonexistent/ca.pem' }, /CA file '\/nonexistent\/ca.pem' given in the 'caFile' option can't be read/],
    ['ca not PEM', { url: URL_, ...CREDS, ca: 'not a certificate' }, /'ca' option contains no PEM certificate/],
    ['ca of a wrong type', { url: URL_, ...CREDS, ca: 42 }, /'ca' option must be a PEM string or Buffer/],
    ['insecure not boolean', { url: URL_, ...CREDS, insecure: 'yes' }, /'insecure' option must be a boolean/],
    ['compress not boolean', { url: URL_, ...CREDS, compress: 1 }, /'compress' option must be a boolean/],
    ['debug not boolean', { url: URL_, ...CREDS, debug: 'true' }, /'debug' option must be a boolean/],
    ['negative timeout', { url: URL_, ...CREDS, timeout: -1 }, /'timeout' option must be a whole number of milliseconds/],
    ['timeout in seconds as text', { url: URL_, ...CREDS, timeout: '30' }, /'timeout' option must be a whole number/],
    ['fractional connectTimeout', { url: URL_, ...CREDS, connectTimeout: 1.5 }, /'connectTimeout' option must be a whole number/],
    ['connections not a number', { url: URL_, ...CREDS, connections: 'many' }, /'connections' option must be a whole number of connections/],
    ['pipeline negative', { url: URL_, ...CREDS, pipeline: -2 }, /'pipeline' option must be a whole number/],
    ['headers not an object', { url: URL_, ...CREDS, headers: 'X: 1' }, /'headers' option must be an object/],
    ['non-ASCII header value', { url: URL_, ...CREDS, headers: { 'X-Owner': 'José' } }, /value of the 'headers' option header 'X-Owner' contains characters that can't be encoded using ASCII/],
    ['header value with a newline', { url: URL_, ...CREDS, headers: { 'X-A': 'a\r\nX-B: b' } }, /header 'X-A' contains characters/],
    ['invalid header name', { url: URL_, ...CREDS, headers: { 'X A': '1' } }, /header name 'X A' is not a valid HTTP header name/],
    ['reserved header', { url: URL_, ...CREDS, headers: { Authorization: 'Basic x' } }, /header 'Authorization' cannot be set: the SDK sets it itself/],
    ['header value not a string', { url: URL_, ...CREDS, headers: { 'X-N': 1 } }, /header 'X-N' must have a string value/],
    ['proxyUrl not a URL', { url: URL_, ...CREDS, proxyUrl: 'proxy:3128' }, /'proxyUrl' option must be an http or https URL/],
    ['proxy credentials without proxy', { url: URL_, ...CREDS, proxyUsername: 'u' }, /need 'proxyUrl'/],
    ['ssoUrl not a URL', { url: URL_, ...CREDS, ssoUrl: '/sso' }, /'ssoUrl' option is not a valid URL/],
    ['ssoRevokeUrl not http', { url: URL_, ...CREDS, ssoRevokeUrl: 'file:///x' }, /'ssoRevokeUrl' option must be an http or https URL/],
    ['empty ssoTokenName', { url: URL_, ...CREDS, ssoTokenName: '' }, /'ssoTokenName' option must not be empty/],
    ['log without debug()', { url: URL_, ...CREDS, log: { info: () => undefined } }, /'log' option must be a logger object with a 'debug' method/],
  ])('%s', (_what, options, message) => {
    expect(construct(options).message).toMatch(message);
  });

  test('a CA file without certificates, and CA text OpenSSL rejects', () => {
    const empty = join(certs.dir, 'empty.pem');
    writeFileSync(empty, 'nothing here\n');
    expect(construct({ url: URL_, ...CREDS, caFile: empty }).message).toMatch(/contains no PEM certificate/);
    const broken = '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n';
    expect(construct({ url: URL_, ...CREDS, ca: broken }).message).toMatch(/'ca' option has a certificate that can't be read \(number 1\)/);
  });

  test('options must be an object', () => {
    expect(construct(undefined as unknown as Record<string, unknown>).message).toMatch(/expects an options object/);
  });
});

describe('valid options', () => {
  test('every option at once is accepted and nothing is sent', async () => {
    const connection = accept({
      token: 'abc',
      insecure: false,
      caFile: certs.caFile,
      ca: certs.otherCa.toString(),
      timeout: 30_000,
      connectTimeout: 5_000,
      compress: false,
      headers: { 'X-Correlation': 'job-1', Prefer: 'persistent-auth' },
      connections: 4,
      pipeline: 2,
      proxyUrl: 'http://127.0.0.1:3128',
      proxyUsername: 'proxy-user',
      proxyPassword: 'proxy-pass',
      ssoUrl: 'https://sso.example.com/token',
      ssoRevokeUrl: 'https://sso.example.com/logout',
      ssoTokenName: 'access_token',
      debug: true,
      log: console,
    });
    expect(connection.url).toBe(URL_);
    expect(connection.closed).toBe(false);
    await connection.close({ logout: false });
  });

  test('the url loses its trailing slash; a token alone is enough', async () => {
    const connection = new Connection({ url: `${URL_}/`, token: 't0k3n' });
    expect(connection.url).toBe(URL_);
    await connection.close();
  });

  test('ca as a Buffer, an array, and undefined option values are accepted', async () => {
    const connections = [
      accept({ ca: certs.ca }),
      accept({ ca: [certs.ca, certs.otherCa.toString()] }),
      accept({ caFile: undefined, headers: { 'X-Skipped': undefined as unknown as string } }),
    ];
    await Promise.all(connections.map((c) => c.close()));
  });
});

describe('kerberos', () => {
  test('logs in at token-http-auth as the service HTTP@<host of url>, unless told otherwise', () => {
    const o = resolveOptions({ url: 'https://engine.example.com:8443/ovirt-engine/api', kerberos: true });
    expect(o.kerberos).toBe(true);
    expect(o.kerberosService).toBe('HTTP@engine.example.com');
    expect(o.ssoUrl.href).toBe('https://engine.example.com:8443/ovirt-engine/sso/oauth/token-http-auth');
    expect(o.ssoRevokeUrl.href).toBe('https://engine.example.com:8443/ovirt-engine/services/sso-logout');
    const given = resolveOptions({ url: URL_, kerberos: true, kerberosService: 'HTTP@engine-vip.example.com', ssoUrl: 'https://sso.example.com/token-http-auth' });
    expect(given.kerberosService).toBe('HTTP@engine-vip.example.com');
    expect(given.ssoUrl.href).toBe('https://sso.example.com/token-http-auth');
    expect(resolveOptions({ url: 'https://[::1]:8443/ovirt-engine/api', kerberos: true }).kerberosService).toBe('HTTP@::1');
  });

  test('with a token too: the token is used first, Kerberos logs in when it is refused', () => {
    const o = resolveOptions({ url: URL_, kerberos: true, token: 'abc' });
    expect([o.kerberos, o.token]).toEqual([true, 'abc']);
  });

  test('without kerberos, nothing of it', () => {
    const o = resolveOptions({ url: URL_, ...CREDS, kerberos: false });
    expect(o.kerberos).toBe(false);
    expect(o.kerberosService).toBeUndefined();
    expect(o.ssoUrl.href).toBe('https://engine.example.com/ovirt-engine/sso/oauth/token');
  });
});
