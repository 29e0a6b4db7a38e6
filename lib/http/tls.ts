/**
 * The TLS settings of a connection: which CA certificates to trust.
 *
 * With neither `caFile` nor `ca`, the SDK trusts the operating system's CA
 * store, as curl (and so the Python SDK) does: an engine CA installed with
 * `update-ca-trust` or `update-ca-certificates` is trusted. Node's own
 * default is only its bundled Mozilla list, so the system bundle is added to
 * it here.
 */
import { readFileSync } from 'node:fs';
import type * as Tls from 'node:tls';
import { Error as OvirtError } from '../errors';

/** node:tls, loaded when the first connection's settings are made (not with the package). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tlsModule = (): typeof Tls => require('node:tls') as typeof Tls;

/** Where the distributions keep their PEM bundle. */
const SYSTEM_BUNDLES = [
  '/etc/ssl/certs/ca-certificates.crt', // Debian, Ubuntu, Arch, Gentoo
  '/etc/pki/tls/certs/ca-bundle.crt', // Fedora, RHEL, CentOS
  '/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem', // RHEL (the file the above links to)
  '/etc/ssl/ca-bundle.pem', // openSUSE
  '/etc/ssl/cert.pem', // Alpine, macOS, BSDs
];

function readIfPresent(path: string | undefined): Buffer | undefined {
  if (path === undefined || path === '') return undefined;
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

type GetCa = (type: 'default' | 'system' | 'bundled' | 'extra') => string[];

/**
 * The CA certificates of the system store (and Node's bundled list and
 * `NODE_EXTRA_CA_CERTS`, which Node would trust by default). `SSL_CERT_FILE`
 * names the system bundle explicitly, as it does for OpenSSL.
 */
export function systemCa(): (string | Buffer)[] {
  const tls = tlsModule();
  const out: (string | Buffer)[] = [...tls.rootCertificates];
  const extra = readIfPresent(process.env.NODE_EXTRA_CA_CERTS);
  if (extra !== undefined) out.push(extra);
  const explicit = readIfPresent(process.env.SSL_CERT_FILE);
  if (explicit !== undefined) {
    out.push(explicit);
    return out;
  }
  const getCa = (tls as unknown as { getCACertificates?: GetCa }).getCACertificates;
  if (typeof getCa === 'function') {
    try {
      out.push(...getCa('system'));
      return out;
    } catch {
      // fall back to the bundle files
    }
  }
  for (const path of SYSTEM_BUNDLES) {
    const pem = readIfPresent(path);
    if (pem !== undefined) {
      out.push(pem);
      break;
    }
  }
  return out;
}

/** The system store's context, shared by every connection (it takes tens of ms to build). */
let systemContext: { key: string; context: Tls.SecureContext | undefined } | undefined;

/**
 * One secure context for all the connection's sockets (building one per
 * socket from hundreds of PEM certificates would cost milliseconds each).
 * Undefined in insecure mode, where nothing is checked.
 */
export function secureContext(ca: (string | Buffer)[] | undefined, insecure: boolean): Tls.SecureContext | undefined {
  if (insecure) return undefined;
  const tls = tlsModule();
  if (ca === undefined) {
    const key = `${process.env.SSL_CERT_FILE ?? ''}\n${process.env.NODE_EXTRA_CA_CERTS ?? ''}`;
    if (systemContext?.key !== key) {
      let context: Tls.SecureContext | undefined;
      try {
        context = tls.createSecureContext({ ca: systemCa() });
      } catch {
        context = undefined; // a broken system bundle: leave Node's default
      }
      systemContext = { key, context };
    }
    return systemContext.context;
  }
  try {
    return tls.createSecureContext({ ca });
  } catch (cause) {
    throw new OvirtError(`The CA certificates given in the 'caFile' or 'ca' option can't be used: ${(cause as Error).message}`, { cause });
  }
}
