import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { methodNames, readMethodNames } from '../../../src/shared/contract/names';
import type { CoreContext } from '../../../src/main/core/context';
import { call, dispatch } from '../../../src/main/core/dispatch';
import { makeDispatch } from '../../../src/main/core/dispatcher';
import { openDatabase } from '../../../src/main/store/db';
import { foodTestContext, sharedFileContexts } from '../food-helpers';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function fileContexts(n: number): CoreContext[] {
  const dir = mkdtempSync(join(tmpdir(), 'hp-conc-'));
  dirs.push(dir);
  const file = join(dir, 'a.db');
  return Array.from({ length: n }, () => ({ db: openDatabase(file), dbPath: file, today: () => '2026-11-26', now: () => new Date('2026-11-26T12:00:00Z') }));
}

const weighIns = (ctx: CoreContext) => (call(ctx, 'weight.list', {}) as unknown[]).length;

describe('two writers on one file', () => {
  it('a write while another process holds the write lock past the busy timeout is "busy", with nothing written', () => {
    const [a, b] = fileContexts(2);
    b.db.pragma('busy_timeout = 50');
    a.db.prepare('BEGIN IMMEDIATE').run();
    const r = dispatch(b, 'weight.add', { date: '2026-11-20', weightKg: 80 });
    a.db.prepare('ROLLBACK').run();
    expect(r).toMatchObject({ ok: false, error: { code: 'busy' } });
    expect(!r.ok && r.error.message).toMatch(/another Hybrid Planner .* is writing.*try again/);
    expect(weighIns(b)).toBe(0);
    // A read still answers while the other holds the write lock (WAL: readers never wait).
    a.db.prepare('BEGIN IMMEDIATE').run();
    expect(dispatch(b, 'weight.list', {}).ok).toBe(true);
    a.db.prepare('ROLLBACK').run();
    expect(dispatch(b, 'weight.add', { date: '2026-11-20', weightKg: 80 }).ok).toBe(true);
  });

  it('a read that turns into a write and loses the race to another writer runs again and succeeds', () => {
    const [a, b] = fileContexts(2);
    let raced = false;
    let runs = 0;
    // A stand-in read method whose handler reads, lets another connection commit, then writes:
    // SQLite refuses the write (the snapshot is stale) and the call reruns with the lock taken first.
    const { dispatch: d } = makeDispatch(
      { 'profile.get': { summary: 'test', input: z.object({}), output: z.number() } },
      {
        'profile.get': (_input: unknown, ctx: CoreContext) => {
          runs++;
          ctx.db.prepare('SELECT COUNT(*) FROM settings').get();
          if (!raced) {
            raced = true;
            a.db.prepare("INSERT INTO settings (key, value) VALUES ('other', '1')").run();
          }
          ctx.db.prepare("INSERT INTO settings (key, value) VALUES ('mine', '1')").run();
          return runs;
        },
      },
    );
    expect(d(b, 'profile.get', {})).toEqual({ ok: true, value: 2 });
    expect(b.db.prepare("SELECT key FROM settings WHERE key IN ('mine', 'other') ORDER BY key").pluck().all()).toEqual(['mine', 'other']);
  });

  it('two connections writing in turns, many times, never answer an error', () => {
    const [a, b] = fileContexts(2);
    for (let i = 0; i < 60; i++) {
      const ctx = i % 2 ? a : b;
      const r = dispatch(ctx, 'weight.add', { date: '2026-11-20', weightKg: 70 + (i % 10) });
      expect(r.ok).toBe(true);
    }
    expect(weighIns(a)).toBe(60);
  });
});

describe('storage that cannot be written', () => {
  it('a read-only file answers writes with a read_only error and reads as usual', () => {
    const [a] = fileContexts(1);
    call(a, 'weight.add', { date: '2026-11-20', weightKg: 80 });
    const ro: CoreContext = { ...a, db: new Database(a.dbPath, { readonly: true }) };
    const r = dispatch(ro, 'weight.add', { date: '2026-11-21', weightKg: 81 });
    expect(r).toMatchObject({ ok: false, error: { code: 'read_only' } });
    expect(!r.ok && r.error.message).toMatch(/read-only/);
    expect(weighIns(ro)).toBe(1);
    ro.db.close();
  });

  it('a full disk answers disk_full, never "internal", and keeps what was there', () => {
    const [a] = fileContexts(1);
    call(a, 'weight.add', { date: '2026-11-20', weightKg: 80 });
    // The database may not grow past its present size: the next page it needs is a full disk.
    const pages = a.db.pragma('page_count', { simple: true }) as number;
    a.db.pragma(`max_page_count = ${pages}`);
    let r = dispatch(a, 'weight.add', { date: '2026-11-21', weightKg: 81, bodyFatPct: 20 });
    for (let i = 0; r.ok && i < 5000; i++) r = dispatch(a, 'weight.add', { date: '2026-11-21', weightKg: 81, bodyFatPct: 20 });
    expect(r).toMatchObject({ ok: false, error: { code: 'disk_full' } });
  });
});

describe('read methods', () => {
  it('are all contract methods, and none of them writes (on an empty database and on a full one)', () => {
    for (const m of readMethodNames) expect(methodNames).toContain(m);
    const { contexts, close } = sharedFileContexts(1);
    const full = contexts[0];
    call(full, 'demo.load', {});
    const inputs: Record<string, unknown> = {
      'session.get': { id: 1 },
      'exercise.match': { name: 'squat' },
      'exercise.history': { exercise: 'Back Squat' },
      'food.search': { query: 'chicken breast' },
      'food.get': { id: '05064' },
      'meal.list': { date: '2026-11-20' },
      'nutrition.day': { date: '2026-11-20' },
    };
    for (const ctx of [foodTestContext(), full]) {
      for (const m of readMethodNames) {
        const before = ctx.db.prepare('SELECT total_changes()').pluck().get();
        dispatch(ctx, m, inputs[m] ?? {});
        expect(ctx.db.prepare('SELECT total_changes()').pluck().get(), m).toBe(before);
      }
    }
    close();
  });
});
