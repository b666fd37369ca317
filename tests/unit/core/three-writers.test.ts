// Browser mode and two command-line writers, three processes, writing to one database at once:
// every write is either done or refused with the clear "busy" error, never "internal", and every
// write reported done is in the file.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { kgFor } from './cli-writer';

const root = resolve(__dirname, '../../..');
const tsx = createRequire(__filename).resolve('tsx/cli');
const WRITES = 40;
const dir = mkdtempSync(join(tmpdir(), 'hp-three-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Outcome {
  writer: string;
  kg: number;
  ok: boolean;
  code?: string;
  message?: string;
}

function child(args: string[], env: Record<string, string> = {}) {
  return spawn(process.execPath, [tsx, ...args], { cwd: root, env: { ...process.env, HYBRID_PLANNER_TODAY: '2026-11-26', HYBRID_PLANNER_QUIET: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

function lines(proc: ReturnType<typeof child>, onLine: (l: string) => void): Promise<void> {
  let buf = '';
  proc.stdout.on('data', (c: Buffer) => {
    buf += c.toString();
    let i: number;
    while ((i = buf.indexOf('\n')) >= 0) {
      onLine(buf.slice(0, i));
      buf = buf.slice(i + 1);
    }
  });
  return new Promise((r) => proc.on('exit', () => r()));
}

describe('browser mode and two command-line writers at once', () => {
  it('every write is done or "busy", none internal, and all done writes are there', { timeout: 180_000 }, async () => {
    const db = join(dir, 'shared.db');
    const staticDir = join(dir, 'renderer');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Hybrid Planner</title>');

    const server = child(['src/main/cli/main.ts', 'serve', '--db', db, '--json'], { HYBRID_PLANNER_STATIC: staticDir });
    let serverErr = '';
    server.stderr.on('data', (c: Buffer) => (serverErr += c.toString()));
    // Browser mode creates the database; the command-line writers start once it listens.
    const started = new Promise<{ port: number; token: string }>((r, reject) =>
      void lines(server, (l) => {
        const s = JSON.parse(l) as { url: string; port: number };
        r({ port: s.port, token: new URL(s.url).hash.slice('#token='.length) });
      }).then(() => reject(new Error(`serve exited: ${serverErr}`))),
    );
    const outcomes: Outcome[] = [];
    try {
      const { port, token } = await started;
      let firstCli: () => void = () => undefined;
      const cliWriting = new Promise<void>((r) => (firstCli = r));
      let clisDone = 0;
      const clis = ['1', '2'].map((w) =>
        lines(child(['tests/unit/core/cli-writer.ts', db, w, String(WRITES)]), (l) => {
          firstCli();
          const r = JSON.parse(l) as { kg: number; code: number; err: string };
          const error = r.code === 0 ? undefined : (JSON.parse(r.err) as { error: { code: string; message: string } }).error;
          outcomes.push({ writer: `cli ${w}`, kg: r.kg, ok: r.code === 0, code: error?.code, message: error?.message });
        }).then(() => void clisDone++),
      );
      // Browser mode writes from the commands' first write until both have finished (and at least WRITES times).
      const browser = (async () => {
        await cliWriting;
        for (let i = 0; clisDone < 2 || i < WRITES; i++) {
          const kg = 40 + i / 100;
          const res = await fetch(`http://127.0.0.1:${port}/rpc/weight.add`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ date: '2026-11-20', weightKg: kg }),
          });
          const body = (await res.json()) as { ok: boolean; error?: { code: string; message: string } };
          outcomes.push({ writer: 'browser', kg, ok: body.ok, code: body.error?.code, message: body.error?.message });
        }
      })();
      await Promise.all([...clis, browser]);
    } finally {
      server.kill('SIGTERM');
    }

    const failed = outcomes.filter((o) => !o.ok);
    const byWriter = (w: string) => outcomes.filter((o) => o.writer === w);
    console.log(
      `concurrency: browser mode + 2 CLIs, ${outcomes.length} writes: ${outcomes.length - failed.length} done, ` +
        `${failed.filter((f) => f.code === 'busy').length} busy, ${failed.filter((f) => f.code === 'internal').length} internal, ` +
        `${failed.filter((f) => f.code !== 'busy' && f.code !== 'internal').length} other` +
        ` (${['browser', 'cli 1', 'cli 2'].map((w) => `${w}: ${byWriter(w).filter((o) => !o.ok).length} errors`).join(', ')})`,
    );
    for (const w of [1, 2]) expect(byWriter(`cli ${w}`).map((o) => o.kg)).toEqual(Array.from({ length: WRITES }, (_, i) => kgFor(w, i)));
    expect(byWriter('browser').length).toBeGreaterThanOrEqual(WRITES);
    for (const f of failed) {
      expect(f.code, `${f.writer}: ${f.message}`).toBe('busy');
      expect(f.message).toMatch(/The database is busy — another Hybrid Planner .* is writing to it\. Nothing was changed; try again\./);
    }
    const file = new Database(db, { readonly: true });
    const stored = (file.prepare('SELECT weight_kg FROM weigh_ins ORDER BY weight_kg').pluck().all() as number[]);
    file.close();
    expect(stored).toEqual(outcomes.filter((o) => o.ok).map((o) => o.kg).sort((a, b) => a - b));
  });
});
