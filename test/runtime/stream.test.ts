/**
 * listStream(): the list is parsed while it downloads and handed out one
 * object at a time; errors are the same as for list().
 */
import * as zlib from 'node:zlib';
import { NotFoundError, types, XmlError } from '../../lib';
import { sendText, sendXml } from '../support/engine';
import { rejection, useEngine } from '../support/fixture';

const f = useEngine();

function vm(i: number): string {
  return `<vm href="/ovirt-engine/api/vms/${i}" id="${i}"><name>vm-${i}</name><memory>${i * 1024}</memory></vm>`;
}

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

test('yields the same typed objects as list(), with the same query', async () => {
  const xml = `<vms>${Array.from({ length: 300 }, (_, i) => vm(i)).join('')}</vms>`;
  f.engine.route('GET', 'vms', (_req, res) => sendXml(res, 200, xml));
  const vms = f.connect().systemService().vmsService();
  const streamed = await all(vms.listStream({ search: 'name=vm-*', max: 300 }));
  expect(streamed).toHaveLength(300);
  expect(streamed[299]).toBeInstanceOf(types.Vm);
  expect(streamed).toStrictEqual([...(await vms.list({ search: 'name=vm-*', max: 300 }))]);
  const [first, second] = f.engine.apiRequests;
  expect(first.url).toBe(second.url);
  expect(first.url).toContain('search=name%3Dvm-*');
});

test('objects arrive before the response ends', async () => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  f.engine.route('GET', 'vms', async (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/xml' });
    res.write(`<vms>${vm(1)}${vm(2)}`);
    await held;
    res.end(`${vm(3)}</vms>`);
  });
  const seen: string[] = [];
  for await (const v of f.connect().systemService().vmsService().listStream()) {
    seen.push(v.id!);
    if (seen.length === 2) release();
  }
  expect(seen).toEqual(['1', '2', '3']);
});

test('gzip bodies are decompressed on the fly', async () => {
  const xml = `<vms>${Array.from({ length: 50 }, (_, i) => vm(i)).join('')}</vms>`;
  f.engine.route('GET', 'vms', (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/xml', 'Content-Encoding': 'gzip' });
    res.end(zlib.gzipSync(xml));
  });
  expect(await all(f.connect().systemService().vmsService().listStream())).toHaveLength(50);
});

test('a fault status rejects with the typed error; HTML keeps its status', async () => {
  f.engine.route('GET', 'vms', (_req, res) => sendXml(res, 404, '<fault><reason>Not Found</reason><detail>gone</detail></fault>'));
  const e = await rejection(all(f.connect().systemService().vmsService().listStream()));
  expect(e).toBeInstanceOf(NotFoundError);
  expect((e as NotFoundError).code).toBe(404);
  f.engine.route('GET', 'hosts', (_req, res) => sendText(res, 502, 'text/html', '<html>Bad gateway</html>'));
  const h = await rejection(all(f.connect().systemService().hostsService().listStream()));
  expect(h.message).toMatch(/502/);
});

test('a body cut in the middle rejects after the complete objects', async () => {
  f.engine.route('GET', 'vms', (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/xml' });
    res.end(`<vms>${vm(1)}<vm id="2"><name>trunc`);
  });
  const got: types.Vm[] = [];
  const e = await rejection(
    (async () => {
      for await (const v of f.connect().systemService().vmsService().listStream()) got.push(v);
    })(),
  );
  expect(got.map((v) => v.id)).toEqual(['1']);
  expect(e).toBeInstanceOf(XmlError);
});

test('a 401 renews the token and replays before streaming', async () => {
  let calls = 0;
  f.engine.route('GET', 'vms', (_req, res) => {
    calls++;
    if (calls === 1) sendXml(res, 401, '<fault><reason>Unauthorized</reason></fault>');
    else sendXml(res, 200, `<vms>${vm(7)}</vms>`);
  });
  const out = await all(f.connect().systemService().vmsService().listStream());
  expect(out.map((v) => v.id)).toEqual(['7']);
  expect(f.engine.ssoRequests.length).toBe(2);
});

describe('a response head refused before its body is read', () => {
  test.each([
    ['a content coding the SDK does not know', { 'Content-Encoding': 'compress' }, "The response uses the content encoding 'compress', which the SDK can't decode"],
    ['a content-length above maxBytes', { 'Content-Length': String(2 * 1024 * 1024) }, "The response body is larger than the 1048576 bytes allowed (the 'maxBytes' option)"],
  ])('%s fails the iteration with the SDK error, and nothing else is thrown', async (_what, headers, message) => {
    f.engine.route('GET', 'vms', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/xml', ...headers });
      res.write('<vms>');
    });
    const error = await rejection(all(f.connect({ maxBytes: 1024 * 1024 }).systemService().vmsService().listStream()));
    expect(error.message).toBe(message);
  });
});
