/**
 * Errors: the hierarchy, faults of each kind, an <action> holding a fault,
 * bodies that are not XML (HTML from a proxy), redirects, broken XML.
 */
import {
  AuthError,
  ConnectionError,
  Error as SdkError,
  NativeLoadError,
  NotFoundError,
  OvirtError,
  TimeoutError,
  XmlError,
  types,
} from '../../lib';
import { EXCERPT_LENGTH } from '../../lib/http/failure';
import { sendJson, sendText, sendXml } from '../support/engine';
import { rejection, useEngine } from '../support/fixture';

const f = useEngine();

const PROXY_ERROR = `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>502 Proxy Error</title>
<style>body { color: red }</style>
</head><body>
<h1>Proxy Error</h1>
<p>The proxy server received an invalid
response from an upstream server.<br />
The proxy server could not handle the request&nbsp;<em><a href="/ovirt-engine/api/vms">GET&nbsp;/ovirt-engine/api/vms</a></em>.</p>
<p>Reason: <strong>Error reading from remote server</strong></p>
${'<p>padding</p>\n'.repeat(200)}
</body></html>`;

function getVm() {
  return f.connect().systemService().vmsService().vmService('123').get();
}

describe('the hierarchy', () => {
  test('every class is an SDK Error and a global Error, with its own name', () => {
    expect(OvirtError).toBe(SdkError);
    for (const Class of [AuthError, ConnectionError, NotFoundError, TimeoutError, XmlError, NativeLoadError]) {
      const error = new Class('boom');
      expect(error).toBeInstanceOf(OvirtError);
      expect(error).toBeInstanceOf(globalThis.Error);
      expect(error.name).toBe(Class.name);
      expect(error.message).toBe('boom');
    }
    expect(new OvirtError('x').name).toBe('OvirtError');
  });

  test('the constructor takes (message, { code, fault, cause })', () => {
    const cause = new Error('low level');
    const fault = new types.Fault({ reason: 'R', detail: 'D' });
    const error = new NotFoundError('not there', { code: 404, fault, cause });
    expect(error.code).toBe(404);
    expect(error.fault).toBe(fault);
    expect(error.cause).toBe(cause);
    const plain = new OvirtError('plain');
    expect(plain.code).toBeUndefined();
    expect(plain.fault).toBeUndefined();
    expect('cause' in plain).toBe(false);
    const xml = new XmlError('bad', { line: 3, column: 7, xmlCode: 76 });
    expect([xml.line, xml.column, xml.xmlCode]).toEqual([3, 7, 76]);
  });
});

describe('faults', () => {
  test('a <fault> gives the Python SDK message, the code and the typed fault', async () => {
    f.engine.route('GET', 'vms/123', (_req, res) =>
      sendXml(res, 400, '<fault><reason>Operation Failed</reason><detail>[Cannot run VM. There is no host that satisfies current scheduling constraints.]</detail></fault>'),
    );
    const error = (await rejection(getVm())) as OvirtError;
    expect(error.constructor).toBe(OvirtError);
    expect(error.message).toBe(
      'Fault reason is "Operation Failed". Fault detail is "[Cannot run VM. There is no host that satisfies current scheduling constraints.]". HTTP response code is 400. HTTP response message is "Bad Request".',
    );
    expect(error.code).toBe(400);
    expect(error.fault).toBeInstanceOf(types.Fault);
    expect(error.fault?.reason).toBe('Operation Failed');
  });

  test.each<[number, string, typeof OvirtError]>([
    [401, 'Unauthorized', AuthError],
    [403, 'Forbidden', AuthError],
    [404, 'Not Found', NotFoundError],
    [409, 'Conflict', OvirtError],
    [500, 'Internal Server Error', OvirtError],
  ])('status %i is a %p', async (status, text, Class) => {
    f.engine.open = true; // no token check, so that 401 comes from the route
    f.engine.route('GET', 'vms/123', (_req, res) => sendXml(res, status, '<fault><reason>Nope</reason></fault>'));
    const error = (await rejection(getVm())) as OvirtError;
    expect(error).toBeInstanceOf(Class);
    if (Class === OvirtError) expect(error.constructor).toBe(OvirtError);
    expect(error.message).toBe(`Fault reason is "Nope". HTTP response code is ${status}. HTTP response message is "${text}".`);
  });

  test('the engine\'s own status message is kept', async () => {
    f.engine.route('GET', 'vms/123', (_req, res) => {
      const body = '<fault><detail>only detail</detail></fault>';
      res.writeHead(400, 'Validation Failed', { 'Content-Type': 'application/xml', 'Content-Length': body.length });
      res.end(body);
    });
    expect((await rejection(getVm())).message).toBe('Fault detail is "only detail". HTTP response code is 400. HTTP response message is "Validation Failed".');
  });

  test('an <action> holding a <fault> rejects the same way, on an error status and on 200', async () => {
    const reply = '<action><status>failed</status><fault><reason>Operation Failed</reason><detail>[Host is not up]</detail></fault></action>';
    for (const status of [400, 200]) {
      f.engine.route('POST', 'vms/123/start', (_req, res) => sendXml(res, status, reply));
      const error = (await rejection(f.connect().systemService().vmsService().vmService('123').start())) as OvirtError;
      expect(error.constructor).toBe(OvirtError);
      expect(error.message).toBe(
        `Fault reason is "Operation Failed". Fault detail is "[Host is not up]". HTTP response code is ${status}. HTTP response message is "${status === 200 ? 'OK' : 'Bad Request'}".`,
      );
      expect(error.fault).toBeInstanceOf(types.Fault);
      expect(error.code).toBe(status);
    }
  });

  test('a <fault> with a success status is still an error', async () => {
    f.engine.route('GET', 'vms/123', (_req, res) => sendXml(res, 200, '<fault><reason>Odd</reason></fault>'));
    const error = (await rejection(getVm())) as OvirtError;
    expect(error.message).toBe('Fault reason is "Odd". HTTP response code is 200. HTTP response message is "OK".');
  });
});

describe('bodies that are not faults', () => {
  test('an HTML error page from a proxy keeps its status and a short excerpt of its text', async () => {
    f.engine.route('GET', 'vms/123', (_req, res) => sendText(res, 502, 'text/html; charset=iso-8859-1', PROXY_ERROR, 'Proxy Error'));
    const error = (await rejection(getVm())) as OvirtError;
    expect(error.constructor).toBe(OvirtError);
    expect(error.code).toBe(502);
    expect(error.fault).toBeUndefined();
    const prefix = `HTTP response code is 502. HTTP response message is "Proxy Error". The response content type 'text/html; charset=iso-8859-1' isn't XML; the body starts with "`;
    expect(error.message.startsWith(prefix)).toBe(true);
    const quoted = error.message.slice(prefix.length, -2);
    expect(quoted.startsWith('502 Proxy Error Proxy Error The proxy server received an invalid response from an upstream server. The proxy server could not handle the request GET /ovirt-engine/api/vms.')).toBe(true);
    expect(quoted.length).toBeLessThanOrEqual(EXCERPT_LENGTH);
    expect(quoted.endsWith('...')).toBe(true);
    expect(error.message).not.toMatch(/<|color: red/);
  });

  test('a 404 HTML page is a NotFoundError with its excerpt', async () => {
    f.engine.route('GET', 'vms/123', (_req, res) => sendText(res, 404, 'text/html', '<html><body><h1>Not Found</h1><p>The requested URL was not found on this server.</p></body></html>'));
    const error = (await rejection(getVm())) as OvirtError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toBe(
      `HTTP response code is 404. HTTP response message is "Not Found". The response content type 'text/html' isn't XML; the body starts with "Not Found The requested URL was not found on this server.".`,
    );
  });

  test('plain text and JSON bodies are quoted as they are', async () => {
    f.engine.route('GET', 'vms/123', (_req, res) => sendText(res, 503, 'text/plain', 'Service Unavailable:\n  engine is starting'));
    expect((await rejection(getVm())).message).toContain(`isn't XML; the body starts with "Service Unavailable: engine is starting".`);
    f.engine.route('GET', 'vms/123', (_req, res) => sendJson(res, 500, { error: 'boom' }));
    expect((await rejection(getVm())).message).toContain(`'application/json' isn't XML; the body starts with "{"error":"boom"}".`);
  });

  test('an empty error body gives the status alone', async () => {
    f.engine.route('GET', 'vms/123', (_req, res) => {
      res.writeHead(500);
      res.end();
    });
    expect((await rejection(getVm())).message).toBe('HTTP response code is 500. HTTP response message is "Internal Server Error".');
  });

  test('XML that is not a fault, or not XML at all, is quoted; the reader error is the cause', async () => {
    f.engine.route('GET', 'vms/123', (_req, res) => sendXml(res, 500, '<vm id="1"><name>x</name></vm>'));
    expect((await rejection(getVm())).message).toBe(
      'HTTP response code is 500. HTTP response message is "Internal Server Error". The response body holds no fault: "<vm id="1"><name>x</name></vm>".',
    );
    f.engine.route('GET', 'vms/123', (_req, res) => sendXml(res, 500, '<fault><reason>cut sh'));
    const broken = await rejection(getVm());
    expect(broken.message).toContain('holds no fault: "<fault><reason>cut sh"');
    expect(broken.cause).toBeInstanceOf(XmlError);
  });

  test('a redirect says where to', async () => {
    f.engine.route('GET', 'vms/123', (_req, res) => {
      res.writeHead(302, { Location: 'https://sso.example.com/login' });
      res.end();
    });
    expect((await rejection(getVm())).message).toBe(
      `HTTP response code is 302. HTTP response message is "Found". The server redirects to 'https://sso.example.com/login'; check the 'url' option.`,
    );
  });

  test('broken XML in a success reply is an XmlError', async () => {
    f.engine.route('GET', 'vms/123', (_req, res) => sendXml(res, 200, '<vm><name>x</nam></vm>'));
    const error = await rejection(getVm());
    expect(error).toBeInstanceOf(XmlError);
    expect((error as XmlError).line).toBe(1);
  });
});
