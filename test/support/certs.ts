/**
 * Test certificates, made at test time with the `openssl` CLI in a temp
 * directory: a CA and a server certificate it signs (localhost, 127.0.0.1),
 * a second CA that signs nothing we serve (the "wrong CA"), a self-signed
 * server certificate, and a CA-signed one for another host name.
 * EC P-256 keys keep it fast (a few tens of ms in all).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface KeyPair {
  key: Buffer;
  cert: Buffer;
}

export interface TestCerts {
  dir: string;
  /** Path of the CA certificate (PEM) that signs `server`. */
  caFile: string;
  ca: Buffer;
  /** Signed by the CA, for DNS:localhost and IP:127.0.0.1. */
  server: KeyPair;
  /** Path and PEM of a CA that signed none of the certificates served. */
  otherCaFile: string;
  otherCa: Buffer;
  /** Self-signed, for localhost and 127.0.0.1. */
  selfSigned: KeyPair;
  /** Signed by the CA, for DNS:engine.example.com only. */
  wrongName: KeyPair;
  remove(): void;
}

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

function makeCa(dir: string, name: string): void {
  openssl(dir, [
    'req', '-x509', ...EC, '-keyout', `${name}.key`, '-out', `${name}.pem`, '-days', '2', '-subj', `/CN=${name} test CA`,
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
  ]);
}

function makeLeaf(dir: string, name: string, ca: string, altNames: string): void {
  writeFileSync(
    join(dir, `${name}.ext`),
    `subjectAltName=${altNames}\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n`,
  );
  openssl(dir, ['req', '-new', ...EC, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`]);
  openssl(dir, [
    'x509', '-req', '-in', `${name}.csr`, '-CA', `${ca}.pem`, '-CAkey', `${ca}.key`, '-set_serial', String(Date.now()),
    '-days', '2', '-out', `${name}.pem`, '-extfile', `${name}.ext`,
  ]);
}

export function makeCerts(): TestCerts {
  const dir = mkdtempSync(join(tmpdir(), 'ovirt-sdk-certs-'));
  makeCa(dir, 'ca');
  makeCa(dir, 'other-ca');
  makeLeaf(dir, 'server', 'ca', 'DNS:localhost,IP:127.0.0.1');
  makeLeaf(dir, 'wrong-name', 'ca', 'DNS:engine.example.com');
  openssl(dir, [
    'req', '-x509', ...EC, '-keyout', 'self.key', '-out', 'self.pem', '-days', '2', '-subj', '/CN=localhost',
    '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
  ]);
  const read = (f: string): Buffer => readFileSync(join(dir, f));
  return {
    dir,
    caFile: join(dir, 'ca.pem'),
    ca: read('ca.pem'),
    server: { key: read('server.key'), cert: read('server.pem') },
    otherCaFile: join(dir, 'other-ca.pem'),
    otherCa: read('other-ca.pem'),
    selfSigned: { key: read('self.key'), cert: read('self.pem') },
    wrongName: { key: read('wrong-name.key'), cert: read('wrong-name.pem') },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
