/**
 * Many concurrent calls on one connection: they run in parallel over the
 * pool (no global lock), share one SSO login and one renewal, stay within
 * the pool size, and can be pipelined.
 */
import type { ServerResponse } from 'node:http';
import { sendXml, type RecordedRequest } from '../support/engine';
import { useEngine } from '../support/fixture';

const f = useEngine();

/**
 * A route that holds every response until `count` requests are being
 * handled at once, then answers each with its own id. (Should they never
 * all arrive, the test fails on jest's timeout, not silently.)
 */
function barrier(count: number): (req: RecordedRequest, res: ServerResponse) => Promise<void> {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  let waiting = 0;
  return async (req, res) => {
    waiting++;
    if (waiting >= count) open();
    await opened;
    const id = req.path.split('/').pop() ?? '';
    sendXml(res, 200, `<vm href="/ovirt-engine/api/vms/${id}" id="${id}"><name>vm-${id}</name></vm>`);
  };
}

function routeVms(count: number, handler: ReturnType<typeof barrier>): void {
  for (let i = 0; i < count; i++) f.engine.route('GET', `vms/${i}`, handler);
}

test('250 calls are in flight at once, each gets its own answer, with one SSO login', async () => {
  const N = 250;
  routeVms(N, barrier(N));
  const connection = f.connect({ connections: 0 });
  const vms = connection.systemService().vmsService();
  const results = await Promise.all(Array.from({ length: N }, (_, i) => vms.vmService(String(i)).get()));
  expect(f.engine.maxInFlight).toBe(N);
  expect(results.map((vm) => vm.name)).toEqual(Array.from({ length: N }, (_, i) => `vm-${i}`));
  expect(f.engine.ssoRequests).toHaveLength(1);
});

test('the pool bounds the connections (default 10) and queues the rest', async () => {
  const N = 120;
  let arrived = 0;
  let most = 0;
  const sockets = new Set<number>();
  // The engine holds the answers: one is let go only when ten wait (so a
  // pool larger than ten would show as more waiting at once), and the rest
  // once every request has arrived.
  const held: (() => void)[] = [];
  for (let i = 0; i < N; i++) {
    f.engine.route('GET', `vms/${i}`, async (req, res) => {
      arrived++;
      sockets.add(req.connection);
      const answered = new Promise<void>((resolve) => held.push(resolve));
      most = Math.max(most, held.length);
      if (held.length >= 10) held.shift()!();
      if (arrived === N) held.splice(0).forEach((release) => release());
      await answered;
      sendXml(res, 200, `<vm id="${i}"/>`);
    });
  }
  const connection = f.connect();
  const vms = connection.systemService().vmsService();
  const results = await Promise.all(Array.from({ length: N }, (_, i) => vms.vmService(String(i)).get()));
  expect(results.map((vm) => vm.id)).toEqual(Array.from({ length: N }, (_, i) => String(i)));
  expect(most).toBe(10);
  expect(sockets.size).toBeLessThanOrEqual(10);
});

test('connections: 2 keeps to two sockets', async () => {
  const N = 40;
  const sockets = new Set<number>();
  for (let i = 0; i < N; i++) {
    f.engine.route('GET', `vms/${i}`, (req, res) => {
      sockets.add(req.connection);
      sendXml(res, 200, `<vm id="${i}"/>`);
    });
  }
  const connection = f.connect({ connections: 2 });
  await connection.authenticate();
  const vms = connection.systemService().vmsService();
  await Promise.all(Array.from({ length: N }, (_, i) => vms.vmService(String(i)).get()));
  expect(sockets.size).toBeLessThanOrEqual(2);
});

test('pipeline sends several GETs on one connection before the first answer', async () => {
  const depth = 4;
  routeVms(depth, barrier(depth));
  const connection = f.connect({ connections: 1, pipeline: depth });
  await connection.authenticate();
  const vms = connection.systemService().vmsService();
  const results = await Promise.all(Array.from({ length: depth }, (_, i) => vms.vmService(String(i)).get()));
  expect(results.map((vm) => vm.id)).toEqual(['0', '1', '2', '3']);
  expect(f.engine.maxInFlight).toBe(depth);
  expect(new Set(f.engine.apiRequests.map((r) => r.connection)).size).toBe(1);
});

test('when the token expires under load, all refused calls share one renewal', async () => {
  const N = 60;
  for (let i = 0; i < N; i++) f.engine.route('GET', `vms/${i}`, (_req, res) => sendXml(res, 200, `<vm id="${i}"/>`));
  const connection = f.connect({ connections: 0 });
  const first = await connection.authenticate();
  f.engine.validTokens.delete(first); // expired on the engine side
  const vms = connection.systemService().vmsService();
  const results = await Promise.all(Array.from({ length: N }, (_, i) => vms.vmService(String(i)).get()));
  expect(results).toHaveLength(N);
  expect(f.engine.ssoRequests).toHaveLength(2); // the first login and one renewal
  expect(f.engine.apiRequests).toHaveLength(2 * N);
});

test('a failing call does not disturb the others in flight', async () => {
  const N = 50;
  const handler = barrier(N - N / 10); // the failing ones answer at once
  for (let i = 0; i < N; i++) {
    f.engine.route('GET', `vms/${i}`, i % 10 === 0 ? (_req, res) => sendXml(res, 404, '<fault><reason>gone</reason></fault>') : handler);
  }
  const connection = f.connect({ connections: 0 });
  const vms = connection.systemService().vmsService();
  const outcomes = await Promise.allSettled(Array.from({ length: N }, (_, i) => vms.vmService(String(i)).get()));
  outcomes.forEach((outcome, i) => expect(outcome.status).toBe(i % 10 === 0 ? 'rejected' : 'fulfilled'));
  expect(f.engine.maxInFlight).toBeGreaterThanOrEqual(N - N / 10);
});
