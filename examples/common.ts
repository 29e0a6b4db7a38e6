/**
 * What every example shares: the connection from the environment, the
 * way an example runs as a script, waiting for a state, and a little
 * formatting. Nothing here is needed to use the SDK; it keeps the
 * examples short.
 *
 * The connection comes from these variables:
 *
 *   OVIRT_URL       https://engine.example.com/ovirt-engine/api
 *   OVIRT_USERNAME  admin@internal (the default)
 *   OVIRT_PASSWORD  the password
 *   OVIRT_CA_FILE   the engine's CA certificate (PEM); without it the system store is trusted
 *
 * Without OVIRT_URL, an example started as a script runs against the
 * engine simulator (`ovirt-engine-sdk/testing`) instead: see run-examples.ts.
 */
import * as path from 'node:path';
import { Connection } from 'ovirt-engine-sdk';

/** An example's work: what it does with a connection and its command-line arguments. */
export type Main = (connection: Connection, args: string[]) => Promise<void>;

/** The names of the environment variables the examples read. */
export const ENVIRONMENT = ['OVIRT_URL', 'OVIRT_USERNAME', 'OVIRT_PASSWORD', 'OVIRT_CA_FILE'] as const;

/** True when OVIRT_URL says which engine to use. */
export function engineConfigured(): boolean {
  return (process.env.OVIRT_URL ?? '') !== '';
}

/** A connection to the engine the environment names. Creating it sends nothing; the first call logs in. */
export function connect(): Connection {
  const url = process.env.OVIRT_URL;
  const password = process.env.OVIRT_PASSWORD;
  if (!url) throw new Error('Set OVIRT_URL (https://engine.example.com/ovirt-engine/api), OVIRT_USERNAME, OVIRT_PASSWORD and OVIRT_CA_FILE');
  if (password === undefined) throw new Error('Set OVIRT_PASSWORD (and OVIRT_USERNAME, default admin@internal)');
  return new Connection({
    url,
    username: process.env.OVIRT_USERNAME || 'admin@internal',
    password,
    caFile: process.env.OVIRT_CA_FILE || undefined,
  });
}

/**
 * Runs `main` when its file is the script Node was started with (and does
 * nothing when it is imported, as the tests and run-examples.ts do):
 * against the engine in the environment, or, without OVIRT_URL, against a
 * simulator started for the occasion. A failure prints its message and
 * sets the exit code.
 */
export function run(module: NodeModule, main: Main): void {
  if (require.main !== module) return;
  const args = process.argv.slice(2);
  const name = path.basename(module.filename).replace(/\.[jt]s$/, '');
  const work = engineConfigured()
    ? withConnection((connection) => main(connection, args))
    : // Loaded only here: run-examples.ts imports every example.
      (require('./run-examples') as typeof import('./run-examples')).runOnSimulator(name, args);
  work.catch((error: unknown) => {
    console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}

/** Connects, runs `work`, and closes the connection (which also logs out) whatever happens. */
export async function withConnection<T>(work: (connection: Connection) => Promise<T>): Promise<T> {
  const connection = connect();
  try {
    return await work(connection);
  } finally {
    await connection.close();
  }
}

/** How long to wait between two polls: OVIRT_POLL_MS, or 2 seconds. */
export function pollInterval(): number {
  const ms = Number(process.env.OVIRT_POLL_MS);
  return Number.isFinite(ms) && ms >= 0 ? ms : 2000;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `get` until `done` says yes, and returns the last value. Fails
 * after `timeoutMs` (default 10 minutes) with a message naming `what`.
 */
export async function waitFor<T>(what: string, get: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 600_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await get();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Gave up waiting for ${what} after ${Math.round(timeoutMs / 1000)} s`);
    await sleep(pollInterval());
  }
}

export const GiB = 2 ** 30;

/** Bytes as GiB with one decimal (`8.0 GiB`, `1,024.0 GiB`); `-` when unknown. */
export function gib(bytes: number | undefined): string {
  if (bytes === undefined) return '-';
  return `${(bytes / GiB).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} GiB`;
}

/** Whole numbers with thousands separators (`12,345`). */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * A plain-text table: the header, then the rows, columns padded to their
 * widest cell; columns whose header starts with a space are right-aligned.
 */
export function table(header: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string {
  const cells = [header.map((h) => h.trim()), ...rows.map((row) => row.map((c) => (c === undefined ? '-' : typeof c === 'number' ? count(c) : c)))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const right = header.map((h) => h.startsWith(' '));
  return cells
    .map((row) =>
      row
        .map((c, i) => (right[i] ? (c ?? '').padStart(widths[i]) : (c ?? '').padEnd(widths[i])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
