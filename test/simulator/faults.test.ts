/**
 * Fault injection: latency, 5xx replies, dropped connections, slow bodies,
 * forced token expiry. All of it hits API requests only, never SSO.
 */
import { types } from '../../lib';
import { fault, useSimulator } from './helpers';

const f = useSimulator({ seed: { vms: 20 }, clock: 'manual' });

afterEach(() => f.engine.clearFaults());

test('latencyMs holds every API request for that long on the simulator\'s clock, until cleared', async () => {
  f.engine.inject({ latencyMs: 120 });
  expect(f.engine.faults.latencyMs).toBe(120);
  let done = false;
  const reply = f.client.get('vms?max=1').then((r) => {
    done = true;
    return r;
  });
  await f.engine.waiting();
  expect(f.engine.waitingRequests).toBe(1);
  f.engine.advance(119);
  expect(f.engine.waitingRequests).toBe(1); // not yet
  f.engine.advance(1);
  expect(f.engine.waitingRequests).toBe(0);
  expect((await reply).status).toBe(200);
  expect(done).toBe(true);
  // SSO is not held.
  await f.client.login();
  f.engine.inject({ latencyMs: 0 });
  expect((await f.client.get('')).status).toBe(200);
  expect(f.engine.waitingRequests).toBe(0);
});

test('status5xx answers the next n API requests with a 5xx and an HTML body', async () => {
  f.engine.inject({ status5xx: 2 });
  const first = await f.client.get('vms');
  expect(first.status).toBe(503);
  expect(first.headers['content-type']).toMatch(/^text\/html/);
  expect((await f.client.get('vms')).status).toBe(503);
  expect((await f.client.get('vms')).status).toBe(200);
  f.engine.inject({ status5xx: 1, status5xxCode: 502 });
  expect((await f.client.get('')).status).toBe(502);
  expect(() => f.engine.inject({ status5xxCode: 404 })).toThrow(/5xx/);
});

test('dropConnections closes the socket of the next n API requests without a reply', async () => {
  f.engine.inject({ dropConnections: 1 });
  await expect(f.client.get('vms')).rejects.toThrow(/socket hang up|ECONNRESET/);
  expect(f.engine.faults.dropConnections).toBe(0);
  expect((await f.client.get('vms')).status).toBe(200);
});

test('slowBodyBytesPerSec paces the response body in 50 ms ticks of the simulator\'s clock', async () => {
  const size = (await f.client.get('vms?max=2')).body.length;
  expect(size).toBeGreaterThan(4000);
  const rate = Math.ceil(size / 5); // five ticks a second: a chunk of rate/20 bytes per 50 ms tick
  f.engine.inject({ slowBodyBytesPerSec: rate });
  const chunk = Math.floor((rate * 50) / 1000);
  const pauses = Math.ceil(size / chunk) - 1;
  const t0 = f.engine.now.getTime();
  let finished = false;
  const reply = f.client.get('vms?max=2').then((r) => {
    finished = true;
    return r;
  });
  for (let i = 0; i < pauses; i++) {
    await f.engine.waiting();
    expect(finished).toBe(false);
    f.engine.advance(50);
  }
  const body = await reply;
  expect(body.status).toBe(200);
  expect(body.body.length).toBe(size);
  expect(f.engine.now.getTime() - t0).toBe(pauses * 50);
});

test('expireTokens makes the current token fail with 401; SSO still works', async () => {
  f.engine.inject({ expireTokens: true });
  const reply = await f.client.get('');
  expect(reply.status).toBe(401);
  expect(fault(reply).detail).toMatch(/expired/);
  await f.client.login();
  expect((await f.client.get('')).status).toBe(200);
});

test('faults do not hit SSO', async () => {
  f.engine.inject({ status5xx: 5, dropConnections: 0 });
  await f.client.login();
  expect(f.engine.faults.status5xx).toBe(5);
  f.engine.clearFaults();
  expect(f.engine.faults).toEqual({ latencyMs: 0, slowBodyBytesPerSec: 0, status5xx: 0, status5xxCode: 503, dropConnections: 0 });
});

test('invalid injections are refused', () => {
  expect(() => f.engine.inject({ latencyMs: -1 })).toThrow(TypeError);
  expect(() => f.engine.inject({ dropConnections: Number.NaN })).toThrow(TypeError);
});

test('every request is reported with its timings', async () => {
  const records: { url: string; status: number; bytes: number; durationMs: number; handleMs: number; kind: string }[] = [];
  const listener = (r: (typeof records)[number]): void => {
    records.push(r);
  };
  f.engine.on('request', listener);
  try {
    const before = f.engine.stats;
    await f.client.get('vms');
    await f.client.get('vms/nope');
    expect(records.map((r) => [r.url, r.status, r.kind])).toEqual([
      ['/ovirt-engine/api/vms', 200, 'api'],
      ['/ovirt-engine/api/vms/nope', 404, 'api'],
    ]);
    expect(records[0].bytes).toBeGreaterThan(1000);
    expect(records[0].handleMs).toBeGreaterThanOrEqual(0);
    expect(records[0].durationMs).toBeGreaterThanOrEqual(records[0].handleMs);
    const after = f.engine.stats;
    expect(after.apiRequests - before.apiRequests).toBe(2);
    expect(after.bytesSent - before.bytesSent).toBe(records[0].bytes + records[1].bytes);
  } finally {
    f.engine.off('request', listener);
  }
});

test('request records carry the request body, but never the SSO password', async () => {
  const records: { url: string; kind: string; body: Buffer }[] = [];
  const listener = (r: (typeof records)[number]): void => {
    records.push(r);
  };
  f.engine.on('request', listener);
  try {
    await f.client.sso({ grant_type: 'password', scope: 'ovirt-app-api', username: f.engine.username, password: f.engine.password });
    const xml = '<tag><name>recorded-body</name></tag>';
    await f.client.post('tags', xml);
    const sso = records.find((r) => r.kind === 'sso')!;
    expect(sso.body.length).toBe(0);
    const post = records.find((r) => r.url === '/ovirt-engine/api/tags')!;
    expect(post.body.toString('utf8')).toBe(xml);
    expect(records.every((r) => !r.body.toString('utf8').includes(f.engine.password))).toBe(true);
  } finally {
    f.engine.off('request', listener);
  }
});

test('objects() and object() give copies of the state, as the SDK\'s types', () => {
  const vms = f.engine.objects('vms') as types.Vm[];
  expect(vms).toHaveLength(20);
  expect(vms[0]).toBeInstanceOf(types.Vm);
  vms[0].name = 'changed';
  const again = f.engine.object(`vms/${vms[0].id}`) as types.Vm;
  expect(again.name).not.toBe('changed');
  expect(f.engine.object('vms/nope')).toBeUndefined();
  expect(() => f.engine.objects(`vms/${vms[0].id}`)).toThrow(/not a collection/);
});
