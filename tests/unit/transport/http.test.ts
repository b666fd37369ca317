import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../../src/main/core/context';
import { openDatabase } from '../../../src/main/store/db';
import { HEADERS_TIMEOUT_MS, KEEP_ALIVE_TIMEOUT_MS, MAX_BODY_BYTES, MAX_CONNECTIONS, REQUEST_TIMEOUT_MS, startServer, type BrowserServer } from '../../../src/main/server/http';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: any;
}

let dir: string;
let ctx: CoreContext;
let srv: BrowserServer;
let host: string;

function send(opts: { method?: string; path: string; headers?: Record<string, string | number>; body?: string | Buffer; auth?: boolean }): Promise<Reply> {
  const headers: Record<string, string | number> = { Host: host, ...(opts.auth === false ? {} : { Authorization: `Bearer ${srv.token}` }), ...opts.headers };
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: srv.port, method: opts.method ?? 'POST', path: opts.path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

const rpc = (method: string, input: unknown, headers: Record<string, string> = {}) =>
  send({ path: `/rpc/${method}`, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(input) });

const count = () => (ctx.db.prepare('SELECT COUNT(*) AS n FROM weigh_ins').get() as { n: number }).n;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hp-http-'));
  const staticDir = join(dir, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Hybrid Planner</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'not for you');
  const dbPath = join(dir, 'http.db');
  ctx = { db: openDatabase(dbPath), dbPath, today: () => '2026-11-26', now: () => new Date('2026-11-26T12:00:00Z') };
  srv = await startServer({ ctx, staticDir });
  host = `127.0.0.1:${srv.port}`;
});
afterAll(async () => {
  await srv.close();
  ctx.db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 with a long random token and prints the URL with the token in the fragment', () => {
    expect(srv.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(srv.token.length).toBeGreaterThanOrEqual(40);
    expect(srv.url).toBe(`http://127.0.0.1:${srv.port}/#token=${srv.token}`);
  });

  it('answers a valid call with {ok, value}', async () => {
    const r = await rpc('app.info', {});
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ ok: true, value: { today: '2026-11-26', schemaVersion: expect.any(Number) } });
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('401 without a token or with a wrong one, before anything else (even for unknown methods and GETs)', async () => {
    const before = count();
    for (const auth of [undefined, `Bearer ${srv.token}x`, `Bearer ${srv.token.slice(1)}`, srv.token, 'Bearer ', `Basic ${srv.token}`]) {
      const r = await send({ path: '/rpc/weight.add', auth: false, headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: auth } : {}) }, body: '{"date":"2026-11-20","weightKg":80}' });
      expect(r.status, String(auth)).toBe(401);
      expect(r.json.error.code).toBe('unauthorized');
    }
    expect((await send({ method: 'GET', path: '/rpc/nope', auth: false })).status).toBe(401);
    expect(count()).toBe(before);
  });

  it('421 for a foreign Host on calls and static files alike (DNS rebinding)', async () => {
    for (const h of ['evil.example', `localhost:${srv.port}`, `127.0.0.1:${srv.port + 1}`, '127.0.0.1', `evil.example:${srv.port}`]) {
      expect((await send({ path: '/rpc/app.info', headers: { Host: h, 'Content-Type': 'application/json' }, body: '{}' })).status, h).toBe(421);
      expect((await send({ method: 'GET', path: '/', headers: { Host: h } })).status, h).toBe(421);
      expect((await send({ method: 'GET', path: '/assets/app.js', headers: { Host: h } })).status, h).toBe(421);
    }
  });

  it('403 for a foreign Origin; the server’s own Origin and no Origin are allowed', async () => {
    for (const o of ['http://evil.example', `http://localhost:${srv.port}`, 'null', `https://127.0.0.1:${srv.port}`]) {
      const r = await rpc('app.info', {}, { Origin: o });
      expect(r.status, o).toBe(403);
      expect(r.json.error.code).toBe('forbidden');
    }
    expect((await rpc('app.info', {}, { Origin: `http://127.0.0.1:${srv.port}` })).status).toBe(200);
    expect((await rpc('app.info', {})).status).toBe(200);
  });

  it('the page trades the token for an HttpOnly, SameSite=Strict cookie that works only from its own origin', async () => {
    expect((await send({ path: '/session', auth: false })).status).toBe(401);
    expect((await send({ path: '/session', headers: { Authorization: 'Bearer wrong' }, auth: false })).status).toBe(401);
    expect((await send({ method: 'GET', path: '/session' })).status).toBe(405);
    const r = await send({ path: '/session' });
    expect(r.status).toBe(200);
    const set = String(r.headers['set-cookie']);
    expect(set).toMatch(new RegExp(`^hp_session_${srv.port}=[A-Za-z0-9_-]{40,}; HttpOnly; SameSite=Strict; Path=/$`));
    const cookie = set.split(';')[0];
    expect(cookie).not.toContain(srv.token); // a session of its own, not the token

    const own = { Cookie: `other=1; ${cookie}`, Origin: `http://127.0.0.1:${srv.port}` };
    const call = (headers: Record<string, string>) => send({ path: '/rpc/app.info', auth: false, headers: { 'Content-Type': 'application/json', ...headers }, body: '{}' });
    expect((await call(own)).status).toBe(200);
    // Without our Origin (another site, or a script that is not our page), the cookie is not enough.
    expect((await call({ Cookie: cookie })).status).toBe(401);
    expect((await call({ Cookie: cookie, Origin: 'http://evil.example' })).status).toBe(401);
    expect((await call({ Cookie: `${cookie}x`, Origin: own.Origin })).status).toBe(401);
    expect((await call({ Cookie: `hp_session_${srv.port + 1}=${cookie.split('=')[1]}`, Origin: own.Origin })).status).toBe(401);
  });

  it('405 for a GET (or PUT) to a call, with Allow: POST', async () => {
    const r = await send({ method: 'GET', path: '/rpc/app.info' });
    expect(r.status).toBe(405);
    expect(r.headers.allow).toBe('POST');
    expect((await send({ method: 'PUT', path: '/rpc/app.info', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(405);
  });

  it('404 for an unknown method', async () => {
    const r = await rpc('weight.explode', {});
    expect(r.status).toBe(404);
    expect(r.json).toEqual({ ok: false, error: { code: 'unknown_method', message: 'Unknown method "weight.explode".' } });
    expect((await rpc('__proto__', {})).status).toBe(404);
  });

  it('413 for a body over the cap, declared or streamed, and nothing is written', async () => {
    const before = count();
    const big = JSON.stringify({ date: '2026-11-20', weightKg: 80, bodyFatPct: null, pad: 'x'.repeat(MAX_BODY_BYTES) });
    const declared = await send({ path: '/rpc/weight.add', headers: { 'Content-Type': 'application/json' }, body: big });
    expect(declared.status).toBe(413);
    expect(declared.json.error.code).toBe('too_large');
    const streamed = await send({ path: '/rpc/weight.add', headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }, body: big });
    expect(streamed.status).toBe(413);
    expect(count()).toBe(before);
  });

  it('415 for a body that is not JSON, or not declared as JSON', async () => {
    const before = count();
    const notJson = await send({ path: '/rpc/weight.add', headers: { 'Content-Type': 'application/json' }, body: 'date=2026-11-20&weightKg=80' });
    expect(notJson.status).toBe(415);
    expect(notJson.json.error.message).toMatch(/not valid JSON/);
    const form = await send({ path: '/rpc/weight.add', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: '{"date":"2026-11-20","weightKg":80}' });
    expect(form.status).toBe(415);
    const textPlain = await send({ path: '/rpc/weight.add', headers: { 'Content-Type': 'text/plain' }, body: '{"date":"2026-11-20","weightKg":80}' });
    expect(textPlain.status).toBe(415);
    expect(count()).toBe(before);
  });

  it('a malformed call straight to the API gets 400 with a message naming the field, and the database file is unchanged', async () => {
    ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    const rowsBefore = ctx.db.prepare('SELECT * FROM weigh_ins ORDER BY id').all();
    const fileBefore = readFileSync(ctx.dbPath);
    const cases: [unknown, string, RegExp][] = [
      [{ date: '2026-11-20', weightKg: 401 }, 'weightKg', /between 20 and 400 kg/],
      [{ date: '2026-11-20', weightKg: 19.9 }, 'weightKg', /between 20 and 400 kg/],
      [{ date: '2026-02-30', weightKg: 80 }, 'date', /real date/],
      [{ date: '2026-11-27', weightKg: 80 }, 'date', /future/],
      [{ date: '2026-11-20', weightKg: '80kg' }, 'weightKg', /must be a number/],
      [{ date: 20261120, weightKg: 80 }, 'date', /YYYY-MM-DD/],
      [{ date: '2026-11-20' }, 'weightKg', /required/],
      [{ date: '2026-11-20', weightKg: 80, admin: true }, 'admin', /Unknown field/],
      [['2026-11-20', 80], '', /object/i],
    ];
    for (const [input, field, message] of cases) {
      const r = await rpc('weight.add', input);
      expect(r.status, JSON.stringify(input)).toBe(400);
      expect(r.json.ok).toBe(false);
      expect(r.json.error.code).toBe('invalid_input');
      expect(r.json.error.message).toMatch(message);
      if (field) {
        expect(r.json.error.field).toBe(field);
        expect(r.json.error.message).toContain(field);
      }
      expect(r.text).not.toMatch(/\s+at\s|\.ts:\d/); // no stack trace crosses
    }
    expect(ctx.db.prepare('SELECT * FROM weigh_ins ORDER BY id').all()).toEqual(rowsBefore);
    ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(ctx.dbPath).equals(fileBefore)).toBe(true);
  });

  it('serves the built renderer with a strict CSP, and nothing outside it', async () => {
    const page = await send({ method: 'GET', path: '/', auth: false });
    expect(page.status).toBe(200);
    expect(page.text).toContain('Hybrid Planner');
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(page.headers['content-security-policy']).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(page.headers['x-frame-options']).toBe('DENY');
    const js = await send({ method: 'GET', path: '/assets/app.js', auth: false });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/nope.html']) {
      const r = await send({ method: 'GET', path: p, auth: false });
      expect(r.status, p).toBe(404);
      expect(r.text).not.toContain('not for you');
    }
    expect((await send({ method: 'POST', path: '/', auth: false, body: 'x' })).status).toBe(405);
  });

  it('answers a malformed request target or request line with 400 and keeps serving', async () => {
    for (const path of ['//[', '//[::1', '//a:b@[']) {
      const r = await send({ method: 'GET', path, auth: false });
      expect(r.status, path).toBe(400);
    }
    const raw = await rawExchange('GARBAGE\r\n\r\n');
    expect(raw).toMatch(/^HTTP\/1\.1 400/);
    expect((await rpc('profile.get', {})).status).toBe(200);
  });

  it(`caps open connections at ${MAX_CONNECTIONS}: one more gets 503, and the server serves again once they close`, async () => {
    const idle: Socket[] = [];
    try {
      for (let i = 0; i < MAX_CONNECTIONS; i++) idle.push(await openSocket());
      const extra = await rawExchange(`GET / HTTP/1.1\r\nHost: ${host}\r\n\r\n`);
      expect(extra).toMatch(/^HTTP\/1\.1 503/);
      expect(extra).toContain('Too many open connections');
    } finally {
      for (const s of idle) s.destroy();
    }
    await new Promise((r) => setTimeout(r, 50));
    expect((await rpc('profile.get', {})).status).toBe(200);
  });

  it('sets timeouts for headers, whole requests and idle keep-alive sockets', () => {
    expect(srv.server.headersTimeout).toBe(HEADERS_TIMEOUT_MS);
    expect(srv.server.requestTimeout).toBe(REQUEST_TIMEOUT_MS);
    expect(srv.server.keepAliveTimeout).toBe(KEEP_ALIVE_TIMEOUT_MS);
    expect(HEADERS_TIMEOUT_MS).toBeLessThanOrEqual(REQUEST_TIMEOUT_MS);
  });
});

function openSocket(): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect(srv.port, '127.0.0.1', () => resolve(s));
    s.on('error', reject);
  });
}

/** Writes raw bytes on a new connection and returns everything the server sent before closing. */
function rawExchange(bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = connect(srv.port, '127.0.0.1', () => s.write(bytes));
    let got = '';
    s.on('data', (d) => {
      got += d;
      // A 503 or 400 closes the connection; a normal reply may keep it open.
      if (/\r\n\r\n/.test(got)) setTimeout(() => s.destroy(), 20);
    });
    s.on('close', () => resolve(got));
    s.on('error', reject);
  });
}
