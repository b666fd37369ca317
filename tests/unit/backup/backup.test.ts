import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../../src/main/cli/run';
import { call } from '../../../src/main/core/dispatch';
import { autoBackup, FIRST_TURN_AFTER_MS, startRollingBackups } from '../../../src/main/core/backup/rolling';
import { systemClock, type CoreContext } from '../../../src/main/core/context';
import { backupFolder } from '../../../src/main/store/backupFiles';
import { openDatabase } from '../../../src/main/store/db';
import { LATEST_SCHEMA_VERSION } from '../../../src/main/store/migrations';

let dir: string;
const open: CoreContext[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hp-backup-'));
});
afterEach(() => {
  for (const c of open.splice(0)) c.db.close();
  rmSync(dir, { recursive: true, force: true });
});

function context(name = 'diary.db'): CoreContext {
  const dbPath = join(dir, name);
  const ctx = { db: openDatabase(dbPath), dbPath, ...systemClock({ HYBRID_PLANNER_TODAY: '2026-03-01' }) };
  open.push(ctx);
  return ctx;
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (t) => out.push(t), err: (t) => err.push(t), env: { HYBRID_PLANNER_TODAY: '2026-03-01' } });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const weighIn = (ctx: CoreContext, date: string, weightKg: number) => call(ctx, 'weight.add', { date, weightKg });

describe('backups', () => {
  it('keeps only the newest N, N being the setting', () => {
    const ctx = context();
    weighIn(ctx, '2026-02-01', 80);
    expect(call(ctx, 'backup.list', {}).keep).toBe(10);
    call(ctx, 'backup.setKeep', { keep: 3 });
    const made = [1, 2, 3, 4, 5].map(() => call(ctx, 'backup.create', {}).name);
    const list = call(ctx, 'backup.list', {});
    expect(list.keep).toBe(3);
    expect(list.backups.map((b) => b.name)).toEqual(made.slice(2).reverse());
    expect(readdirSync(backupFolder(ctx.dbPath)).sort()).toEqual(made.slice(2));
    call(ctx, 'backup.setKeep', { keep: 1 });
    expect(call(ctx, 'backup.list', {}).backups.map((b) => b.name)).toEqual([made[4]]);
    expect(() => call(ctx, 'backup.setKeep', { keep: 0 })).toThrow(/keep must be at least 1/);
  });

  it('takes an automatic backup only when something changed since the latest one, and none of an empty database', () => {
    const ctx = context();
    expect(autoBackup(ctx)).toBe(false);
    weighIn(ctx, '2026-02-01', 80);
    expect(autoBackup(ctx)).toBe(true);
    expect(autoBackup(ctx)).toBe(false);
    weighIn(ctx, '2026-02-02', 79.8);
    expect(autoBackup(ctx)).toBe(true);
    expect(call(ctx, 'backup.list', {}).backups.map((b) => b.reason)).toEqual(['auto', 'auto']);
  });

  it('rolls: one backup soon after start, then one a turn only while there are writes since the latest', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    try {
      const ctx = context();
      weighIn(ctx, '2026-02-01', 80);
      const count = () => call(ctx, 'backup.list', {}).backups.length;
      const stop = startRollingBackups(ctx, 60_000);
      // Not in the way of the first page load.
      expect(count()).toBe(0);
      vi.advanceTimersByTime(FIRST_TURN_AFTER_MS);
      expect(count()).toBe(1);
      weighIn(ctx, '2026-02-02', 79.9);
      weighIn(ctx, '2026-02-03', 79.7);
      expect(count()).toBe(1);
      vi.advanceTimersByTime(60_000);
      expect(count()).toBe(2);
      vi.advanceTimersByTime(5 * 60_000);
      expect(count()).toBe(2);
      stop();
      weighIn(ctx, '2026-02-04', 79.6);
      vi.advanceTimersByTime(60_000);
      expect(count()).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('is never taken by a command that only reads', async () => {
    const ctx = context();
    weighIn(ctx, '2026-02-01', 80);
    ctx.db.close();
    open.length = 0;
    for (const args of [['weight', 'list'], ['report'], ['backups'], ['session', 'list'], ['profile', 'show']]) {
      await cli([...args, '--db', ctx.dbPath]);
    }
    expect(existsSync(backupFolder(ctx.dbPath))).toBe(false);
    const listed = await cli(['backups', '--db', ctx.dbPath]);
    expect(listed.out).toContain('No backups yet');
  });

  it('previews what a backup holds and restores it in place of the live database', async () => {
    const ctx = context();
    call(ctx, 'profile.set', { sex: 'female', birthDate: '1990-05-01', heightCm: 168 });
    weighIn(ctx, '2026-02-01', 70);
    weighIn(ctx, '2026-02-03', 69.6);
    call(ctx, 'sleep.add', { date: '2026-02-02', bed: '23:00', wake: '07:00' });
    const backup = call(ctx, 'backup.create', {});
    weighIn(ctx, '2026-02-05', 69.1);

    const preview = call(ctx, 'backup.preview', { name: backup.name });
    expect(preview).toMatchObject({ schemaVersion: LATEST_SCHEMA_VERSION, hasProfile: true, from: '2026-02-01', to: '2026-02-03' });
    expect(preview.counts).toMatchObject({ weighIns: 2, sleepNights: 1, sessions: 0, diaryEntries: 0 });

    const r = call(ctx, 'backup.restore', { name: backup.name });
    expect(r.restored.counts.weighIns).toBe(2);
    expect(r.previous.reason).toBe('before-restore');
    await Promise.resolve();
    expect(call(ctx, 'weight.list', {}).map((w) => w.date)).toEqual(['2026-02-03', '2026-02-01']);
    // The database it replaced is a backup now, and can be restored in turn.
    expect(call(ctx, 'backup.preview', { name: r.previous.name }).counts.weighIns).toBe(3);
    expect(() => call(ctx, 'backup.preview', { name: '../diary.db' })).toThrow(/No backup named/);
  });

  it('restores a backup of an earlier schema version, which is migrated on the way in', async () => {
    const old = join(dir, 'old.db');
    const db = openDatabase(old, { targetVersion: 6 });
    db.prepare("INSERT INTO weigh_ins (date, weight_kg, source, created_at) VALUES ('2025-12-01', 82.5, 'manual', '2025-12-01T07:00:00Z')").run();
    db.close();
    const ctx = context();
    weighIn(ctx, '2026-02-01', 80);
    ctx.db.close();
    open.length = 0;
    const preview = await cli(['restore', old, '--db', ctx.dbPath, '--json']);
    expect(JSON.parse(preview.out).preview).toMatchObject({ schemaVersion: 6, counts: { weighIns: 1 } });
    expect((await cli(['restore', old, '--yes', '--db', ctx.dbPath])).code).toBe(0);
    const restored = openDatabase(ctx.dbPath);
    expect(restored.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(restored.prepare('SELECT weight_kg FROM weigh_ins').pluck().all()).toEqual([82.5]);
    restored.close();
  });

  it('refuses a foreign file, a newer one and a damaged one, leaving the database byte for byte', async () => {
    const ctx = context();
    weighIn(ctx, '2026-02-01', 80);
    ctx.db.close();
    open.length = 0;
    const before = readFileSync(ctx.dbPath);
    const foreign = join(dir, 'notes.db');
    const other = new Database(foreign);
    other.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)');
    other.close();
    const newer = join(dir, 'newer.db');
    await cli(['backup', '--out', newer, '--db', ctx.dbPath]);
    const n = new Database(newer);
    n.pragma('user_version = 99');
    n.close();
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'hello, this is not a database at all, not even a small one');
    for (const [file, why] of [
      [foreign, /is not a Hybrid Planner database/],
      [newer, /newer version of Hybrid Planner \(schema version 99/],
      [text, /is not a Hybrid Planner database/],
      [join(dir, 'missing.db'), /There is no file/],
    ] as const) {
      const r = await cli(['restore', file, '--yes', '--db', ctx.dbPath]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(why);
    }
    expect(readFileSync(ctx.dbPath).equals(before)).toBe(true);
  });

  it('restores over a damaged database from the command line, keeping the damaged bytes aside', async () => {
    const ctx = context();
    weighIn(ctx, '2026-02-01', 80);
    const good = join(dir, 'good.db');
    const made = await cli(['backup', '--out', good, '--db', ctx.dbPath]);
    expect(made.code).toBe(0);
    const root = ctx.db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'weigh_ins'").pluck().get() as number;
    ctx.db.close();
    open.length = 0;
    const bytes = readFileSync(ctx.dbPath);
    // The weigh-ins table's page gets a page type that does not exist.
    bytes[(root - 1) * 4096] = 0x42;
    writeFileSync(ctx.dbPath, bytes);
    expect((await cli(['weight', 'list', '--db', ctx.dbPath])).err).toMatch(/is damaged/);

    const preview = await cli(['restore', good, '--db', ctx.dbPath]);
    expect(preview.out).toContain('1 weigh-ins');
    expect(preview.out).toContain('Nothing was changed');
    const restored = await cli(['restore', good, '--yes', '--db', ctx.dbPath, '--json']);
    expect(restored.code).toBe(0);
    const kept = JSON.parse(restored.out).previous as string;
    expect(kept).toMatch(/diary\.db\.damaged-/);
    expect(readFileSync(kept).equals(bytes)).toBe(true);
    const list = await cli(['weight', 'list', '--db', ctx.dbPath, '--json']);
    expect(JSON.parse(list.out).map((w: { weightKg: number }) => w.weightKg)).toEqual([80]);
  });
});
