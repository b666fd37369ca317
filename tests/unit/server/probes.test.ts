// Browser mode probed from outside, as a web page in the user's browser or another local process
// would: raw requests over TCP (so malformed ones reach the server as sent), each with the answer that
// counts as refused correctly. Afterwards the server still serves and the database is as it was.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../../src/main/core/context';
import { methodNames } from '../../../src/shared/contract';
import { MAX_CONNECTIONS, startServer, type BrowserServer } from '../../../src/main/server/http';
import { openDatabase } from '../../../src/main/store/db';
import { databaseDump } from '../fuzz/dump';

let dir: string;
let ctx: CoreContext;
let srv: BrowserServer;
let host: string;

beforeAll(async () => {
  process.env.HYBRID_PLANNER_QUIET = '1';
  dir = mkdtempSync(join(tmpdir(), 'hp-probes-'));
  const staticDir = join(dir, 'renderer');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Hybrid Planner</title>');
  writeFileSync(join(dir, 'secret.txt'), 'not for you');
  const dbPath = join(dir, 'probes.db');
  ctx = { db: openDatabase(dbPath), dbPath, today: () => '2026-11-26', now: () => new Date('2026-11-26T12:00:00Z') };
  srv = await startServer({ ctx, staticDir });
  host = `127.0.0.1:${srv.port}`;
});
afterAll(async () => {
  await srv?.close();
  ctx?.db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Sends bytes as they are and reads until the server closes (every probe asks it to) or 5 s pass. */
function exchange(payload: string | Buffer | (() => Iterable<Buffer>)): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(srv.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const done = () => resolve(Buffer.concat(chunks).toString('latin1'));
    socket.setTimeout(5_000, () => socket.destroy());
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('close', done);
    socket.on('error', () => undefined);
    socket.on('connect', () => {
      if (typeof payload === 'function') for (const part of payload()) socket.write(part);
      else socket.write(payload);
    });
  });
}

const statusOf = (reply: string) => Number(/^HTTP\/1\.[01] (\d{3})/.exec(reply)?.[1] ?? 0);

interface Probe {
  name: string;
  request: () => string | Buffer | (() => Iterable<Buffer>);
  /** The statuses that count as refused correctly (0: the server closed without answering). */
  expect: number[];
}

function req(method: string, target: string, headers: Record<string, string>, body = ''): string {
  const lines = [`${method} ${target} HTTP/1.1`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), 'Connection: close'];
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

const auth = () => ({ Authorization: `Bearer ${srv.token}` });
const json = (body: string) => ({ 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) });
const call = (method: string, body: string, extra: Record<string, string> = {}) => req('POST', `/rpc/${method}`, { Host: host, ...auth(), ...json(body), ...extra }, body);
const weighIn = JSON.stringify({ date: '2026-11-20', weightKg: 80 });

function probes(): Probe[] {
  const list: Probe[] = [];
  const add = (name: string, request: Probe['request'], ...expect: number[]) => list.push({ name, request, expect });

  // Malformed targets and request lines: 400 from the error boundary or the parser.
  for (const target of ['//[', '//[::1', '//a:b@[', 'http://[', '*', '/%', '/\u0000', '%zz', '/rpc/%E0%A4%A']) add(`target ${JSON.stringify(target)}`, () => req('GET', target, { Host: host }), 400, 401, 404);
  add('request line garbage', () => 'GARBAGE\r\n\r\n', 400);
  add('HTTP/9.9', () => `GET / HTTP/9.9\r\nHost: ${host}\r\n\r\n`, 400, 505);
  add('unknown verb', () => req('BREW', '/rpc/app.info', { Host: host, ...auth() }), 400, 405);
  add('header without colon', () => `GET / HTTP/1.1\r\nHost: ${host}\r\nBroken header\r\n\r\n`, 400);
  add('header with NUL', () => `GET / HTTP/1.1\r\nHost: ${host}\r\nX-A: a\u0000b\r\n\r\n`, 400);
  add('64 KB target', () => req('GET', `/${'a'.repeat(65_536)}`, { Host: host }), 400, 414, 431);
  add('64 KB header', () => req('GET', '/', { Host: host, 'X-Big': 'b'.repeat(65_536) }), 400, 431);
  add('request smuggling: Content-Length and Transfer-Encoding', () => req('POST', '/rpc/weight.add', { Host: host, ...auth(), 'Content-Type': 'application/json', 'Content-Length': '4', 'Transfer-Encoding': 'chunked' }, '0\r\n\r\n'), 400);
  add('two Content-Length headers', () => `POST /rpc/weight.add HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${srv.token}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 40\r\n\r\n{}`, 400);

  // DNS rebinding and cross-site requests.
  for (const h of ['evil.example', `evil.example:${srv.port}`, `localhost:${srv.port}`, '127.0.0.1', `127.0.0.1:${srv.port + 1}`, `127.0.0.1:${srv.port}.evil.example`, `[::1]:${srv.port}`, `0.0.0.0:${srv.port}`]) {
    add(`Host ${h} on a call`, () => call('weight.add', weighIn, { Host: h }), 421);
    add(`Host ${h} on a page`, () => req('GET', '/', { Host: h }), 421);
  }
  add('no Host at all (HTTP/1.0)', () => `GET / HTTP/1.0\r\n\r\n`, 421);
  for (const origin of ['https://evil.example', 'null', `http://localhost:${srv.port}`, `http://127.0.0.1:${srv.port + 1}`, `https://127.0.0.1:${srv.port}`]) {
    add(`Origin ${origin} with the token`, () => call('weight.add', weighIn, { Origin: origin }), 403);
  }
  add('CORS preflight from another site', () => req('OPTIONS', '/rpc/weight.add', { Host: host, Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, content-type' }), 401);
  add('simple cross-site form post (text/plain, no token)', () => req('POST', '/rpc/weight.add', { Host: host, Origin: 'https://evil.example', 'Content-Type': 'text/plain', 'Content-Length': String(weighIn.length) }, weighIn), 401);

  // No token, wrong token, token in the wrong place: for every method, 401 before anything else.
  for (const m of methodNames) add(`no token: ${m}`, () => req('POST', `/rpc/${m}`, { Host: host, ...json('{}') }, '{}'), 401);
  const wrong = () => srv.token.slice(0, -1) + (srv.token.endsWith('A') ? 'B' : 'A');
  add('wrong token of the same length', () => call('weight.add', weighIn, { Authorization: `Bearer ${wrong()}` }), 401);
  add('token prefix', () => call('weight.add', weighIn, { Authorization: `Bearer ${srv.token.slice(0, 8)}` }), 401);
  add('token with a suffix', () => call('weight.add', weighIn, { Authorization: `Bearer ${srv.token}x` }), 401);
  add('lower-case scheme', () => call('weight.add', weighIn, { Authorization: `bearer ${srv.token}` }), 401);
  add('Basic auth', () => call('weight.add', weighIn, { Authorization: `Basic ${Buffer.from(`x:${srv.token}`).toString('base64')}` }), 401);
  add('token in the query', () => req('POST', `/rpc/weight.add?token=${srv.token}`, { Host: host, ...json(weighIn) }, weighIn), 401);
  add('token in a cookie', () => req('POST', '/rpc/weight.add', { Host: host, Cookie: `token=${srv.token}`, ...json(weighIn) }, weighIn), 401);

  // Methods that are not calls.
  for (const verb of ['GET', 'HEAD', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']) add(`${verb} to a call`, () => req(verb, '/rpc/weight.add', { Host: host, ...auth() }), 405);
  // Node closes a CONNECT it has no handler for: no tunnel, no answer.
  add('CONNECT', () => `CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: ${host}\r\n\r\n`, 0, 400, 405);
  add('POST to a page', () => req('POST', '/', { Host: host, 'Content-Length': '1' }, 'x'), 405);

  // Names that are not methods: prototype keys included.
  for (const m of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'app.info/extra', '', '..%2f..%2fsecret.txt', 'weight.add%00']) add(`call "${m}"`, () => call(m, '{}'), 404);
  // Static files outside the renderer.
  for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/....//secret.txt', '/renderer/../secret.txt', '/%5c..%5csecret.txt']) add(`static ${p}`, () => req('GET', p, { Host: host }), 400, 404);

  // Bodies.
  add('10 MB body, declared', () => call('weight.add', 'x'.repeat(10 * 1024 * 1024)), 413);
  add('10 MB body, chunked without a length', () =>
    function* () {
      yield Buffer.from(`POST /rpc/weight.add HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${srv.token}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n`);
      const chunk = Buffer.from('x'.repeat(65_536));
      for (let i = 0; i < 160; i++) yield Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]);
      yield Buffer.from('0\r\n\r\n');
    },
  413);
  add('body that is not JSON', () => call('weight.add', '{"date": "2026-11-20", weightKg: 80'), 415);
  add('JSON as text/plain', () => req('POST', '/rpc/weight.add', { Host: host, ...auth(), 'Content-Type': 'text/plain', 'Content-Length': String(weighIn.length) }, weighIn), 415);
  add('JSON 3,000 levels deep', () => call('weight.add', '['.repeat(3000) + ']'.repeat(3000)), 400);
  add('array body', () => call('weight.add', '[1,2]'), 400);
  add('prototype key in the body', () => call('weight.add', '{"date":"2026-11-20","weightKg":80,"__proto__":{"admin":true}}'), 400);
  add('constructor key in the body', () => call('weight.add', '{"date":"2026-11-20","weightKg":80,"constructor":{"prototype":{"x":1}}}'), 400);
  add('NaN-like number', () => call('weight.add', '{"date":"2026-11-20","weightKg":1e999}'), 400);
  add('denormal number', () => call('weight.add', '{"date":"2026-11-20","weightKg":5e-324}'), 400);
  add('far date', () => call('weight.add', '{"date":"9999-12-31","weightKg":80}'), 400);
  add('range of 8,000 years', () => call('report.get', '{"from":"1900-01-01","to":"9999-12-31"}'), 400);
  add('Content-Length larger than the body (client stalls)', () => req('POST', '/rpc/weight.add', { Host: host, ...auth(), 'Content-Type': 'application/json', 'Content-Length': '100' }, '{}'), 0, 400, 408);
  add('negative Content-Length', () => req('POST', '/rpc/weight.add', { Host: host, ...auth(), 'Content-Type': 'application/json', 'Content-Length': '-1' }, '{}'), 400);
  return list;
}

describe('browser mode refuses what a hostile page or process sends', () => {
  it('answers every probe with the refusal it deserves, never crashes, never writes, sends no CORS grant', { timeout: 120_000 }, async () => {
    const before = databaseDump(ctx.db, 0);
    const all = probes();
    const wrong: string[] = [];
    for (const p of all) {
      const reply = await exchange(p.request());
      const status = statusOf(reply);
      if (!p.expect.includes(status)) wrong.push(`${p.name}: got ${status || 'no answer'}, want ${p.expect.join(' or ')}`);
      if (/access-control-allow-origin/i.test(reply)) wrong.push(`${p.name}: granted CORS`);
      if (/\n\s+at .+:\d+:\d+/.test(reply)) wrong.push(`${p.name}: leaked a stack trace`);
    }
    console.log(`probes: ${all.length - wrong.length} of ${all.length} refused correctly`);
    expect(wrong).toEqual([]);
    expect(databaseDump(ctx.db, 0)).toBe(before);
    // Still serving, and the right request still works.
    expect(statusOf(await exchange(call('weight.add', weighIn)))).toBe(200);
  });

  it(`holds up against a slow-headers flood: ${MAX_CONNECTIONS} half-sent requests, then the next is refused and the server recovers`, async () => {
    const slow: Socket[] = [];
    try {
      for (let i = 0; i < MAX_CONNECTIONS; i++) {
        const s = connect(srv.port, '127.0.0.1');
        s.on('error', () => undefined);
        await new Promise((r) => s.once('connect', r));
        s.write(`GET / HTTP/1.1\r\nHost: ${host}\r\nX-Slow: `);
        slow.push(s);
      }
      expect(statusOf(await exchange(req('GET', '/', { Host: host })))).toBe(503);
    } finally {
      for (const s of slow) s.destroy();
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(statusOf(await exchange(call('app.info', '{}')))).toBe(200);
  });
});
