/**
 * Jest wiring shared by the runtime tests: certificates and a test engine
 * for the whole file, and connections that are closed after each test.
 */
import { Connection } from '../../lib';
import type { ConnectionOptions } from '../../lib/options';
import { makeCerts, type TestCerts } from './certs';
import { PASSWORD, TestEngine, USERNAME } from './engine';

export interface Fixture {
  certs: TestCerts;
  engine: TestEngine;
  /** A connection to the engine (CA file, user and password set), closed after the test. */
  connect(options?: Partial<ConnectionOptions>): Connection;
  /** Registers a connection made by hand for closing after the test. */
  track(connection: Connection): Connection;
}

export function useEngine(): Fixture {
  const opened: Connection[] = [];
  const fixture = {} as Fixture;
  fixture.track = (connection) => {
    opened.push(connection);
    return connection;
  };
  fixture.connect = (options = {}) =>
    fixture.track(new Connection({ url: fixture.engine.url, username: USERNAME, password: PASSWORD, caFile: fixture.certs.caFile, ...options }));

  beforeAll(async () => {
    fixture.certs = makeCerts();
    fixture.engine = await TestEngine.start({ tls: fixture.certs.server });
  });
  beforeEach(() => {
    fixture.engine.reset();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((c) => c.close({ logout: false }).catch(() => undefined)));
  });
  afterAll(async () => {
    await fixture.engine?.close();
    fixture.certs?.remove();
  });
  return fixture;
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}
