/**
 * A throw-away MIT Kerberos realm for the tests: a KDC (krb5kdc, run as a
 * child process in the foreground) on a free loopback port, its database in
 * a temporary directory, a user principal and the engine's service principal
 * HTTP/localhost with random keys in keytabs. Tickets come from `kinit -k`
 * with the user's keytab: no password exists anywhere.
 *
 * Tools: krb5kdc, kdb5_util (krb5-kdc), kadmin.local (krb5-admin-server),
 * kinit (krb5-user), faketime (faketime), and the `kerberos` package (built
 * against libkrb5-dev). `.ci/run` installs them.
 *
 * Everything the GSSAPI library reads comes from the krb5.conf written here
 * (KRB5_CONFIG, set with setNativeEnv): the realm, the KDC's port, the
 * acceptor's keytab, an empty client keytab (so no credentials appear from
 * elsewhere), the replay cache; and the ticket cache from KRB5CCNAME.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as dgram from 'node:dgram';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { SHARE_ENV, Worker } from 'node:worker_threads';
import type { NegotiateResult } from '../../lib/testing';

export const REALM = 'SDK.TEST';
export const USER = 'alice';
/** The engine's service principal, as GSSAPI names it. */
export const SERVICE = 'HTTP@localhost';

const TOOLS = { krb5kdc: 'krb5-kdc', kdb5_util: 'krb5-kdc', 'kadmin.local': 'krb5-admin-server', kinit: 'krb5-user', faketime: 'faketime' } as const;
type Tool = keyof typeof TOOLS;

function findTool(name: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/bin', '/sbin', '/usr/local/sbin'];
  for (const dir of dirs) {
    if (dir === '') continue;
    const file = path.join(dir, name);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return file;
    } catch {
      // next
    }
  }
  return undefined;
}

/** Why the KDC can't run here (the Debian packages to install), or undefined when it can. */
export function kdcMissing(): string | undefined {
  const missing = new Set<string>();
  for (const [tool, pkg] of Object.entries(TOOLS)) if (findTool(tool) === undefined) missing.add(pkg);
  try {
    require('kerberos');
  } catch {
    missing.add("the 'kerberos' npm package (npm ci, with libkrb5-dev installed first)");
  }
  return missing.size === 0 ? undefined : `missing: ${[...missing].join(', ')}`;
}

function tool(name: Tool): string {
  const file = findTool(name);
  if (file === undefined) throw new Error(`${name} is not installed (Debian package ${TOOLS[name]})`);
  return file;
}

interface Output {
  stdout: string;
  stderr: string;
}

/** Runs a command to its end; rejects with its output when it fails. */
async function run(command: string, args: string[], env: NodeJS.ProcessEnv, input?: string): Promise<Output> {
  const child = spawn(command, args, { env, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdin?.end(input);
  const [code] = (await once(child, 'close')) as [number | null];
  if (code !== 0) throw new Error(`${path.basename(command)} ${args.join(' ')} failed (${code}):\n${stdout}\n${stderr}`);
  return { stdout, stderr };
}

/** A loopback port free for both TCP and UDP just now (the KDC listens on both). */
async function freePort(): Promise<number> {
  for (;;) {
    const server = net.createServer();
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const port = (server.address() as net.AddressInfo).port;
    const udp = dgram.createSocket('udp4');
    const free = await new Promise<boolean>((resolve) => {
      udp.once('error', () => resolve(false));
      udp.bind(port, '127.0.0.1', () => resolve(true));
    });
    await new Promise<void>((resolve) => server.close(() => resolve()));
    if (free) {
      await new Promise<void>((resolve) => udp.close(() => resolve()));
      return port;
    }
  }
}

interface KdcProcess {
  child: ChildProcess;
  /** The krb5.conf that points clients at it. */
  config: string;
}

export interface Kdc {
  realm: string;
  /** The temporary directory that holds everything. */
  dir: string;
  /** The clients' krb5.conf: set it as KRB5_CONFIG. */
  config: string;
  /** The user principal, `alice@SDK.TEST`. */
  user: string;
  /** A fresh ticket cache of the user (`kinit -k` with the user's keytab); resolves to its name, `FILE:<path>`. */
  ticketCache(name: string): Promise<string>;
  /**
   * A ticket cache of the user whose ticket is expired: issued for one hour,
   * two days ago, by a second KDC of the same realm whose clock (and kinit's)
   * runs two days behind (libfaketime). Nothing waits: the ticket is really
   * expired when it is made.
   */
  expiredTicketCache(name: string): Promise<string>;
  /** Adds a principal with a random key (in no keytab the engine reads). */
  addPrincipal(name: string): Promise<void>;
  /** Stops the KDC and removes the directory. */
  stop(): Promise<void>;
}

/** Starts a KDC with a new realm in a temporary directory. */
export async function startKdc(): Promise<Kdc> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ovirt-sdk-kdc-'));
  const env = (config: string): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, KRB5_CONFIG: config, KRB5_KDC_PROFILE: path.join(dir, 'kdc.conf') });
  const children = new Set<ChildProcess>();
  // Should the test process end without stop(), take the KDCs along.
  const killAll = (): void => {
    for (const child of children) {
      try {
        process.kill(-(child.pid as number), 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };
  process.once('exit', killAll);
  const userKeytab = path.join(dir, 'user.keytab');

  /** Writes the configuration for a KDC on `port` and returns the clients' krb5.conf. */
  const writeConfig = (port: number, suffix: string): string => {
    const config = path.join(dir, `krb5${suffix}.conf`);
    fs.writeFileSync(
      config,
      `[libdefaults]
  default_realm = ${REALM}
  dns_lookup_kdc = false
  dns_lookup_realm = false
  dns_canonicalize_hostname = false
  rdns = false
  udp_preference_limit = 1
  default_keytab_name = FILE:${path.join(dir, 'http.keytab')}
  default_client_keytab_name = FILE:${path.join(dir, 'no-client.keytab')}
  default_ccache_name = FILE:${path.join(dir, 'default.cc')}
  default_rcache_name = file2:${path.join(dir, 'replay.rcache2')}
[realms]
  ${REALM} = {
    kdc = 127.0.0.1:${port}
  }
[domain_realm]
  localhost = ${REALM}
`,
    );
    fs.writeFileSync(
      path.join(dir, `kdc${suffix}.conf`),
      `[kdcdefaults]
  kdc_listen = 127.0.0.1:${port}
  kdc_tcp_listen = 127.0.0.1:${port}
[realms]
  ${REALM} = {
    database_name = ${path.join(dir, 'principal')}
    key_stash_file = ${path.join(dir, 'stash')}
    acl_file = ${path.join(dir, 'kadm5.acl')}
    max_life = 10h
  }
[logging]
  kdc = STDERR
`,
    );
    return config;
  };

  /** Starts krb5kdc in the foreground; resolves once it serves (its "commencing operation" log line). */
  const launch = async (suffix: string, fakeTime?: string): Promise<KdcProcess> => {
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const config = writeConfig(port, suffix);
      const kdcEnv = { ...env(config), KRB5_KDC_PROFILE: path.join(dir, `kdc${suffix}.conf`) };
      const args = ['-n', '-r', REALM];
      // detached: its own process group, so that stop() also ends faketime's child.
      const child = fakeTime
        ? spawn(tool('faketime'), ['-f', fakeTime, tool('krb5kdc'), ...args], { env: kdcEnv, stdio: ['ignore', 'ignore', 'pipe'], detached: true })
        : spawn(tool('krb5kdc'), args, { env: kdcEnv, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
      children.add(child);
      child.once('exit', () => children.delete(child));
      let log = '';
      const ready = await new Promise<boolean>((resolve, reject) => {
        child.stderr?.on('data', (d: Buffer) => {
          log += d.toString();
          if (log.includes('commencing operation')) resolve(true);
        });
        child.once('error', reject);
        child.once('exit', () => resolve(false));
      });
      if (ready) return { child, config };
      if (!/in use/i.test(log) || attempt >= 5) throw new Error(`krb5kdc did not start:\n${log}`);
    }
  };

  const stopProcess = async (child: ChildProcess): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    process.kill(-(child.pid as number), 'SIGTERM');
    await exited;
  };

  let main: KdcProcess | undefined;
  try {
    const base = writeConfig(0, '');
    // The database, with a random master key (stashed), then the principals, with random keys.
    await run(tool('kdb5_util'), ['create', '-s', '-r', REALM, '-P', randomBytes(24).toString('base64')], env(base));
    fs.writeFileSync(path.join(dir, 'kadm5.acl'), '');
    await run(
      tool('kadmin.local'),
      ['-r', REALM],
      env(base),
      [
        `addprinc -randkey ${USER}`,
        `ktadd -k ${userKeytab} ${USER}`,
        'addprinc -randkey HTTP/localhost',
        `ktadd -k ${path.join(dir, 'http.keytab')} HTTP/localhost`,
        '',
      ].join('\n'),
    );
    main = await launch('');
  } catch (error) {
    for (const child of [...children]) await stopProcess(child);
    process.removeListener('exit', killAll);
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const { config } = main;

  const kinit = async (cache: string, kinitEnv: NodeJS.ProcessEnv, prefix: string[] = []): Promise<string> => {
    const file = path.join(dir, `${cache}.cc`);
    const args = ['-k', '-t', userKeytab, '-l', '1h', '-c', `FILE:${file}`, `${USER}@${REALM}`];
    if (prefix.length > 0) await run(prefix[0], [...prefix.slice(1), tool('kinit'), ...args], kinitEnv);
    else await run(tool('kinit'), args, kinitEnv);
    return `FILE:${file}`;
  };

  return {
    realm: REALM,
    dir,
    config,
    user: `${USER}@${REALM}`,
    ticketCache: (name) => kinit(name, env(config)),
    async expiredTicketCache(name) {
      const past = await launch('-past', '-2d');
      try {
        return await kinit(name, env(past.config), [tool('faketime'), '-f', '-2d']);
      } finally {
        await stopProcess(past.child);
      }
    },
    async addPrincipal(name) {
      await run(tool('kadmin.local'), ['-r', REALM, '-q', `addprinc -randkey ${name}`], env(config));
    },
    async stop() {
      for (const child of [...children]) await stopProcess(child);
      process.removeListener('exit', killAll);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Sets (or, for undefined, removes) environment variables where the GSSAPI
 * library of this process reads them. Jest gives each test file a copy of
 * process.env that native code never sees; a worker thread with SHARE_ENV
 * writes the process's real environment. The copy gets the same values.
 */
export async function setNativeEnv(vars: Record<string, string | undefined>): Promise<void> {
  const worker = new Worker(
    `const { workerData } = require('node:worker_threads');
for (const [name, value] of Object.entries(workerData)) {
  if (value === null) delete process.env[name];
  else process.env[name] = value;
}`,
    { eval: true, env: SHARE_ENV, workerData: Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, v ?? null])) },
  );
  const [code] = (await once(worker, 'exit')) as [number];
  if (code !== 0) throw new Error(`setting ${Object.keys(vars).join(', ')} failed`);
  for (const [name, value] of Object.entries(vars)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}

/** What the engine's SSO saw: the Negotiate tokens it was given, whom the ones it accepted authenticated, its replies, GSSAPI's refusals. */
export interface AcceptorLog {
  tokens: string[];
  users: string[];
  replies: string[];
  refused: string[];
}

/**
 * The engine's side of HTTP Negotiate, for the simulator's `negotiate`
 * option: a GSSAPI acceptor (the `kerberos` package's server side) with the
 * service keytab of krb5.conf. Resolves to the user and the mutual
 * authentication reply; undefined (a 401) when GSSAPI refuses the token.
 */
export function kerberosAcceptor(log: AcceptorLog, service = SERVICE): (token: string) => Promise<NegotiateResult | undefined> {
  const gss = require('kerberos') as {
    initializeServer(service: string): Promise<{ step(token: string): Promise<string>; username: string; response: string; contextComplete: boolean }>;
  };
  return async (token) => {
    log.tokens.push(token);
    const server = await gss.initializeServer(service);
    try {
      await server.step(token);
    } catch (error) {
      log.refused.push((error as Error).message);
      return undefined;
    }
    if (!server.contextComplete) return undefined;
    log.users.push(server.username);
    if (server.response) log.replies.push(server.response);
    return { user: server.username, reply: server.response || undefined };
  };
}
