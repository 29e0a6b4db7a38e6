/**
 * The simulator's TLS material, made in-process with node:crypto and the
 * DER encoder (no openssl CLI, no dependency): a CA certificate, and a
 * server certificate it signs for `localhost` and `127.0.0.1` (plus any
 * extra names). Keys are EC P-256, signatures ECDSA with SHA-256.
 */
import { createHash, generateKeyPairSync, KeyObject, randomBytes, sign } from 'node:crypto';
import { isIP } from 'node:net';
import * as der from './der';

export interface TlsMaterial {
  /** PEM of the CA certificate: what clients trust (`ca` option). */
  caCert: string;
  /** PEM of the CA private key (PKCS#8), to sign more certificates in tests. */
  caKey: string;
  /** PEM of the server certificate followed by the CA certificate (the chain served). */
  cert: string;
  /** PEM of the server private key (PKCS#8). */
  key: string;
}

export interface CertificateOptions {
  /** Subject names of the server certificate, DNS names or IP addresses (default: localhost, 127.0.0.1, ::1). */
  names?: readonly string[];
  /** Validity in days from an hour ago (default 365). */
  days?: number;
  /** Common name of the CA (default "oVirt Engine Simulator CA"). */
  caName?: string;
}

const OID = {
  ecPublicKey: '1.2.840.10045.2.1',
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  commonName: '2.5.4.3',
  organization: '2.5.4.10',
  subjectKeyIdentifier: '2.5.29.14',
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  basicConstraints: '2.5.29.19',
  authorityKeyIdentifier: '2.5.29.35',
  extKeyUsage: '2.5.29.37',
  serverAuth: '1.3.6.1.5.5.7.3.1',
};

// keyUsage bit numbers (RFC 5280 4.2.1.3).
const DIGITAL_SIGNATURE = 0;
const KEY_CERT_SIGN = 5;
const CRL_SIGN = 6;

const ORGANIZATION = 'ovirt-engine-sdk testing';

function name(commonName: string): Buffer {
  const rdn = (type: string, value: string): Buffer => der.set(der.sequence(der.oid(type), der.utf8String(value)));
  return der.sequence(rdn(OID.organization, ORGANIZATION), rdn(OID.commonName, commonName));
}

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return critical ? der.sequence(der.oid(id), der.boolean(true), der.octetString(value)) : der.sequence(der.oid(id), der.octetString(value));
}

/** A random positive serial number of 16 bytes. */
function serial(): Buffer {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] & 0x7f) | 0x01;
  return bytes;
}

/** Key identifier: SHA-1 of the subject public key info (RFC 7093 allows any stable method). */
function keyId(spki: Buffer): Buffer {
  return createHash('sha1').update(spki).digest();
}

function generalName(value: string): Buffer {
  const family = isIP(value);
  if (family === 4) return der.implicit(7, Buffer.from(value.split('.').map(Number)));
  if (family === 6) return der.implicit(7, ipv6Bytes(value));
  return der.implicit(2, Buffer.from(value, 'ascii'));
}

function ipv6Bytes(address: string): Buffer {
  const [head, tail] = address.includes('::') ? address.split('::') : [address, undefined];
  const parse = (s: string | undefined): number[] => (s === undefined || s === '' ? [] : s.split(':').map((h) => parseInt(h, 16)));
  const a = parse(head);
  const b = parse(tail);
  const groups = tail === undefined ? a : [...a, ...new Array<number>(8 - a.length - b.length).fill(0), ...b];
  const out = Buffer.alloc(16);
  groups.forEach((g, i) => out.writeUInt16BE(g, i * 2));
  return out;
}

interface Signed {
  der: Buffer;
  pem: string;
}

function certificate(
  subject: Buffer,
  issuer: Buffer,
  publicKey: KeyObject,
  signer: KeyObject,
  extensions: Buffer[],
  notBefore: Date,
  notAfter: Date,
): Signed {
  const algorithm = der.sequence(der.oid(OID.ecdsaWithSha256));
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  const tbs = der.sequence(
    der.explicit(0, der.integer(2)), // v3
    der.integer(serial()),
    algorithm,
    issuer,
    der.sequence(der.time(notBefore), der.time(notAfter)),
    subject,
    spki,
    der.explicit(3, der.sequence(...extensions)),
  );
  const signature = sign('sha256', tbs, signer); // DER-encoded ECDSA signature
  const cert = der.sequence(tbs, algorithm, der.bitString(signature));
  return { der: cert, pem: der.pem('CERTIFICATE', cert) };
}

/** Makes a fresh CA and a server certificate signed by it. Takes a few milliseconds. */
export function createTlsMaterial(options: CertificateOptions = {}): TlsMaterial {
  const names = options.names ?? ['localhost', '127.0.0.1', '::1'];
  if (names.length === 0) throw new Error('createTlsMaterial: at least one server name is needed');
  const days = options.days ?? 365;
  const notBefore = new Date(Date.now() - 3600_000);
  const notAfter = new Date(notBefore.getTime() + days * 86400_000 + 3600_000);

  const ca = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const caSpki = ca.publicKey.export({ type: 'spki', format: 'der' });
  const caName = name(options.caName ?? 'oVirt Engine Simulator CA');
  const caKeyId = keyId(caSpki);
  const caCert = certificate(
    caName,
    caName,
    ca.publicKey,
    ca.privateKey,
    [
      extension(OID.basicConstraints, true, der.sequence(der.boolean(true))),
      extension(OID.keyUsage, true, der.namedBits([DIGITAL_SIGNATURE, KEY_CERT_SIGN, CRL_SIGN])),
      extension(OID.subjectKeyIdentifier, false, der.octetString(caKeyId)),
    ],
    notBefore,
    notAfter,
  );

  const server = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const serverSpki = server.publicKey.export({ type: 'spki', format: 'der' });
  const dnsName = names.find((n) => isIP(n) === 0) ?? names[0];
  const serverCert = certificate(
    name(dnsName),
    caName,
    server.publicKey,
    ca.privateKey,
    [
      extension(OID.basicConstraints, true, der.sequence()),
      extension(OID.keyUsage, true, der.namedBits([DIGITAL_SIGNATURE])),
      extension(OID.extKeyUsage, false, der.sequence(der.oid(OID.serverAuth))),
      extension(OID.subjectAltName, false, der.sequence(...names.map(generalName))),
      extension(OID.subjectKeyIdentifier, false, der.octetString(keyId(serverSpki))),
      extension(OID.authorityKeyIdentifier, false, der.sequence(der.implicit(0, caKeyId))),
    ],
    notBefore,
    notAfter,
  );

  return {
    caCert: caCert.pem,
    caKey: ca.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    cert: serverCert.pem + caCert.pem,
    key: server.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
  };
}
