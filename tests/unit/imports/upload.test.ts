// Browser mode's upload: the file's bytes to POST /upload (token, octet-stream), then
// imports.preview({uploadId}) reads the temporary copy, which is gone once the import ends.
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJob } from '../../../src/main/core/imports/jobs';
import { startServer, type BrowserServer } from '../../../src/main/server/http';
import { fixture, importContext } from './helpers';

let srv: BrowserServer;

function post(path: string, body: Buffer | string, headers: Record<string, string>, auth = true): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: srv.port, method: 'POST', path, agent: false, headers: { Host: `127.0.0.1:${srv.port}`, ...(auth ? { Authorization: `Bearer ${srv.token}` } : {}), ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

beforeAll(async () => {
  srv = await startServer({ ctx: importContext(), staticDir: mkdtempSync(join(tmpdir(), 'hp-static-')) });
});
afterAll(() => srv.close());

describe('POST /upload', () => {
  it('stores the bytes for imports.preview; the temporary copy goes when the import is committed', async () => {
    const up = await post('/upload?name=strong.csv', readFileSync(fixture('strong-quoted-semicolon.csv')), { 'Content-Type': 'application/octet-stream' });
    expect(up.status).toBe(200);
    const started = await post('/rpc/imports.preview', JSON.stringify({ uploadId: up.json.value.uploadId }), { 'Content-Type': 'application/json' });
    expect(started.json.value).toMatchObject({ fileName: 'strong.csv' });
    const job = getJob(started.json.value.jobId);
    await job.done;
    expect(existsSync(job.path)).toBe(true);
    const done = await post('/rpc/imports.commit', JSON.stringify({ jobId: job.id }), { 'Content-Type': 'application/json' });
    expect(done.json.value.counts).toMatchObject({ sessions: 1, sets: 2 });
    await expect.poll(() => existsSync(job.path)).toBe(false);
    // An upload is taken once.
    const again = await post('/rpc/imports.preview', JSON.stringify({ uploadId: up.json.value.uploadId }), { 'Content-Type': 'application/json' });
    expect(again.json.error.message).toMatch(/That upload is gone/);
  });

  it('refuses other content types and calls without the token, storing nothing', async () => {
    const dir = join(tmpdir(), 'hybrid-planner-uploads');
    const before = existsSync(dir) ? readdirSync(dir).length : 0;
    expect((await post('/upload?name=a.csv', 'x', { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await post('/upload?name=a.csv', 'x', { 'Content-Type': 'application/octet-stream' }, false)).status).toBe(401);
    expect(existsSync(dir) ? readdirSync(dir).length : 0).toBe(before);
  });
});
