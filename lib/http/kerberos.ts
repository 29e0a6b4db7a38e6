/**
 * Kerberos login (`kerberos: true`): the SSO token comes from the engine's
 * `token-http-auth` endpoint with the grant `urn:ovirt:params:oauth:grant-type:http`,
 * the request authenticated with HTTP Negotiate (RFC 4559: a SPNEGO token made
 * by GSSAPI from the user's ticket cache). GSSAPI comes from the optional
 * `kerberos` package, loaded on first use.
 */
import { AuthError, Error as OvirtError } from '../errors';
import { bodyDetail } from './failure';
import { post, SCOPE, type SsoContext, tokenOf } from './sso';
import type { HttpResponse } from './transport';

const KERBEROS_GRANT = 'urn:ovirt:params:oauth:grant-type:http';

/** What the SDK uses of the `kerberos` package (its own types are not needed to build the SDK). */
interface GssClient {
  step(challenge: string): Promise<string>;
}

interface GssBinding {
  initializeClient(service: string, options: { mechOID: number; gssFlag: number }): Promise<GssClient>;
  GSS_MECH_OID_SPNEGO: number;
  GSS_C_MUTUAL_FLAG: number;
}

const PACKAGE = 'kerberos';

const BUILD_NEEDS =
  `it compiles a native addon at install when no prebuilt binary can be downloaded, which needs the MIT Kerberos ` +
  `development files (Debian/Ubuntu: 'apt-get install libkrb5-dev'; Fedora/RHEL: 'dnf install krb5-devel'), ` +
  `a C++ compiler, make and python3; see docs/install.md`;

let binding: GssBinding | undefined;

/**
 * The `kerberos` package, loaded once. Throws the SDK's Error naming the
 * package and what building it needs when it is missing or can't load.
 */
export function loadGssapi(): GssBinding {
  if (binding !== undefined) return binding;
  try {
    require.resolve(PACKAGE);
  } catch (cause) {
    throw new OvirtError(
      `The 'kerberos' option needs the optional package '${PACKAGE}' (GSSAPI for Node.js), which is not installed: ` +
        `run 'npm install ${PACKAGE}' in your project; ${BUILD_NEEDS}`,
      { cause },
    );
  }
  try {
    binding = require(PACKAGE) as GssBinding;
  } catch (cause) {
    throw new OvirtError(
      // The first line: Node's "Require stack" that follows says nothing more.
      `The 'kerberos' option needs the package '${PACKAGE}', which is installed but does not load: ${String((cause as Error).message).split('\n')[0]}. ` +
        `Its native addon is built by its install script: run 'npm rebuild ${PACKAGE}' (with npm 11, after ` +
        `'npm install-scripts approve ${PACKAGE}' if your npm skips unapproved install scripts); ${BUILD_NEEDS}`,
      { cause },
    );
  }
  return binding;
}

/** The token of each `Negotiate` challenge in the WWW-Authenticate header(s) ('' for one without a token). */
function negotiateChallenges(response: HttpResponse): string[] {
  const raw = response.headers['www-authenticate'];
  const values = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const out: string[] = [];
  for (const value of values) {
    for (const m of value.matchAll(/(?:^|,)\s*Negotiate(?:[ \t]+([A-Za-z0-9+/=._~-]+))?[ \t]*(?=,|$)/gi)) out.push(m[1] ?? '');
  }
  return out;
}

/** Why GSSAPI could not make a token, in the user's terms. */
function explain(message: string, service: string): string {
  if (/No credentials|credentials were unavailable|No Kerberos credentials|cannot find mechanisms/i.test(message)) {
    const cache = process.env.KRB5CCNAME;
    return `there is no Kerberos ticket: get one with 'kinit' first (the ticket cache is ${cache ? `'${cache}', from KRB5CCNAME` : 'the default one; KRB5CCNAME names another'})`;
  }
  if (/expired/i.test(message)) return `the Kerberos ticket has expired: get a new one with 'kinit'`;
  if (/not found in Kerberos database/i.test(message)) {
    return `the KDC does not know the engine's service principal for '${service}': set the 'kerberosService' option to the engine's (such as 'HTTP@engine.example.com')`;
  }
  if (/Cannot (contact|find) (any )?KDC|Cannot resolve network address/i.test(message)) return `no KDC of the realm can be reached: check the realm's KDCs in krb5.conf (KRB5_CONFIG)`;
  if (/Opening library/i.test(message)) return `the system's GSSAPI library can't be loaded: install MIT Kerberos (Debian/Ubuntu: libgssapi-krb5-2; Fedora/RHEL: krb5-libs)`;
  return `GSSAPI could not make a token for '${service}'`;
}

/**
 * Logs in with the user's Kerberos ticket; resolves to the access token.
 * Every failure is an AuthError that names its cause.
 */
export async function requestKerberosToken(context: SsoContext): Promise<string> {
  const { options } = context;
  const url = options.ssoUrl;
  const service = options.kerberosService as string;
  const gss = loadGssapi();
  let client: GssClient;
  let token: string;
  try {
    // SPNEGO, as HTTP Negotiate specifies; mutual: the engine proves it holds the service key.
    client = await gss.initializeClient(service, { mechOID: gss.GSS_MECH_OID_SPNEGO, gssFlag: gss.GSS_C_MUTUAL_FLAG });
    token = await client.step('');
  } catch (cause) {
    const message = (cause as Error).message;
    throw new AuthError(`Error during SSO authentication with Kerberos: ${explain(message, service)}. GSSAPI: ${message}`, { cause });
  }

  const response = await post(context, url, { grant_type: KERBEROS_GRANT, scope: SCOPE }, 'authentication (Kerberos)', {
    Authorization: `Negotiate ${token}`,
  });
  const challenges = negotiateChallenges(response);
  if (response.status === 401) {
    const detail = bodyDetail(response, 'JSON');
    const why =
      challenges.length > 0
        ? `the SSO refused the Kerberos ticket for '${service}': check that the engine's keytab holds that service principal's key, or set 'kerberosService' to the principal it has`
        : `the SSO does not offer Kerberos (no 'WWW-Authenticate: Negotiate' in its 401 reply): check that the engine's SSO is set up for Kerberos and that '${url.href}' (the 'ssoUrl' option) is its token-http-auth URL`;
    throw new AuthError(context.redactor.text(`Error during SSO authentication with Kerberos: ${why}${detail ? `. ${detail}` : ''}`), { code: 401 });
  }
  // The engine's half of mutual authentication, when it sends one.
  const reply = challenges.find((c) => c !== '');
  if (response.status === 200 && reply !== undefined) {
    try {
      await client.step(reply);
    } catch (cause) {
      throw new AuthError(
        `Error during SSO authentication with Kerberos: the SSO's Negotiate reply does not prove it holds the key of '${service}'. GSSAPI: ${(cause as Error).message}`,
        { cause, code: response.status },
      );
    }
  }
  return tokenOf(context, url, response);
}
