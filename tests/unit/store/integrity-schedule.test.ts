// When the whole file is checked: on opening a file a session left uncleanly (a killed writer's
// log beside it), in every backup, and soon after start in the processes that stay open. A file
// closed cleanly is opened after a cheap look (each table's first page), so these tests damage an
// index page, which only the full check reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { call, dispatch } from '../../../src/main/core/dispatch';
import { FIRST_TURN_AFTER_MS, startRollingBackups } from '../../../src/main/core/backup/rolling';
import { systemClock, type CoreContext } from '../../../src/main/core/context';
import { AppError } from '../../../src/main/errors';
import { backupFolder } from '../../../src/main/store/backupFiles';
import { openDatabase } from '../../../src/main/store/db';

const BETTER_SQLITE3 = createRequire(import.meta.url).resolve('better-sqlite3');

let dir: string;
const open: CoreContext[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hp-integrity-when-'));
  process.env.HYBRID_PLANNER_QUIET = '1';
});
afterEach(() => {
  for (const c of open.splice(0)) c.db.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * A database of ours with a month of weigh-ins, closed cleanly; returns its path and the root page of
 * `index`: by default one of lifted sets, which nothing in these tests reads, so only a full check
 * meets its damage.
 */
function diary(index = 'lift_sets_exercise'): { file: string; indexPage: number; pageSize: number } {
  const file = join(dir, 'diary.db');
  const db = openDatabase(file);
  const insert = db.prepare("INSERT INTO weigh_ins (date, weight_kg, source, created_at) VALUES (?, ?, 'manual', '2026-01-01T00:00:00Z')");
  for (let i = 1; i <= 28; i++) insert.run(`2026-02-${String(i).padStart(2, '0')}`, 80 + i / 10);
  const indexPage = db.prepare("SELECT rootpage FROM sqlite_master WHERE type = 'index' AND name = ?").pluck().get(index) as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  return { file, indexPage, pageSize };
}

/** Byte 0 of a b-tree page is its type (10 for an index leaf); 0x42 is no type at all. */
function damage(file: string, page: number, pageSize: number): void {
  const bytes = readFileSync(file);
  bytes[(page - 1) * pageSize] = 0x42;
  writeFileSync(file, bytes);
}

/** Another process commits a setting, then is killed before it closes: its log stays beside the file. */
function killedWriter(file: string): void {
  const script = `
    const Database = require(${JSON.stringify(BETTER_SQLITE3)});
    const db = new Database(${JSON.stringify(file)});
    db.prepare("INSERT INTO settings (key, value) VALUES ('left.by', 'a killed writer')").run();
    process.kill(process.pid, 'SIGKILL');`;
  const r = spawnSync(process.execPath, ['-e', script]);
  expect(r.signal).toBe('SIGKILL');
}

function context(file: string): CoreContext {
  const ctx = { db: openDatabase(file), dbPath: file, ...systemClock({ HYBRID_PLANNER_TODAY: '2026-03-01' }) };
  open.push(ctx);
  return ctx;
}

/** A write away from the damaged index (a setting), so only the check can refuse it. */
const write = (ctx: CoreContext) => dispatch(ctx, 'backup.setKeep', { keep: 5 });

describe('opening a file a session left uncleanly', () => {
  it('checks it whole: damage in an index is refused, and neither the file nor the killed writer’s log changes', () => {
    const { file, indexPage, pageSize } = diary();
    killedWriter(file);
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
    damage(file, indexPage, pageSize);
    const before = readFileSync(file);
    const log = readFileSync(`${file}-wal`);

    let err: unknown;
    try {
      openDatabase(file).close();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('damaged');
    expect((err as AppError).message).toContain(`${file} is damaged`);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readFileSync(`${file}-wal`).equals(log)).toBe(true);
  });

  it('opens a sound one with what the killed writer committed', () => {
    const { file } = diary();
    killedWriter(file);
    const db = openDatabase(file);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'left.by'").pluck().get()).toBe('a killed writer');
    db.close();
  });
});

describe('a damaged file that was closed cleanly', () => {
  it('is opened after the cheap look, and the backup due soon after start finds the damage: no backup, later writes refused, reads answer, the damaged page untouched', () => {
    const { file, indexPage, pageSize } = diary();
    damage(file, indexPage, pageSize);
    const before = readFileSync(file);
    const ctx = context(file);

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    try {
      const stop = startRollingBackups(ctx, 60 * 60_000);
      // The first requests are served before the check.
      expect(write(ctx).ok).toBe(true);
      vi.advanceTimersByTime(FIRST_TURN_AFTER_MS);
      stop();
    } finally {
      vi.useRealTimers();
    }
    expect(existsSync(backupFolder(file)) ? readdirSync(backupFolder(file)).filter((f) => f.endsWith('.db')) : []).toEqual([]);
    const refused = write(ctx);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('damaged');
      expect(refused.error.message).toContain(`${file} is damaged`);
      expect(refused.error.message).toContain('It was not changed');
    }
    expect(call(ctx, 'backup.list', {}).keep).toBe(5);
    expect(call(ctx, 'weight.list', { from: '2026-02-01', to: '2026-02-28' })).toHaveLength(28);
    ctx.db.close();
    open.length = 0;
    // The setting written before the check reached the file on closing; the damaged page was left as it was.
    const page = (bytes: Buffer) => bytes.subarray((indexPage - 1) * pageSize, indexPage * pageSize);
    expect(page(readFileSync(file)).equals(page(before))).toBe(true);
  });

  it('is checked a few seconds after start when no backup is due, off the first requests’ path', () => {
    const { file, indexPage, pageSize } = diary();
    const ctx = context(file);
    call(ctx, 'backup.create', {});
    ctx.db.close();
    open.length = 0;
    damage(file, indexPage, pageSize);
    const live = context(file);
    // The file and its new (empty) log as old as before the backup: the start sees nothing new to back up.
    const backupTime = statSync(readdirSync(backupFolder(file)).map((f) => join(backupFolder(file), f))[0]).mtime;
    const earlier = new Date(backupTime.getTime() - 60_000);
    for (const f of [file, `${file}-wal`]) utimesSync(f, earlier, earlier);

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    try {
      const stop = startRollingBackups(live, 60 * 60_000);
      // The first requests are served before the check.
      expect(call(live, 'backup.list', {}).backups).toHaveLength(1);
      vi.advanceTimersByTime(FIRST_TURN_AFTER_MS);
      const refused = write(live);
      expect(refused.ok ? null : refused.error.code).toBe('damaged');
      expect(readdirSync(backupFolder(file))).toHaveLength(1);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('says so when a call meets the damaged page (never "internal error"), and refuses every later write', () => {
    const { file, indexPage, pageSize } = diary('weigh_ins_date');
    damage(file, indexPage, pageSize);
    const ctx = context(file);
    const read = dispatch(ctx, 'weight.list', { from: '2026-02-01', to: '2026-02-28' });
    expect(read.ok ? null : read.error.message).toContain(`${file} is damaged`);
    const refused = write(ctx);
    expect(refused.ok ? null : refused.error.code).toBe('damaged');
  });

  it('is never copied: a manual backup of it is refused', () => {
    const { file, indexPage, pageSize } = diary();
    damage(file, indexPage, pageSize);
    const ctx = context(file);
    const r = dispatch(ctx, 'backup.create', {});
    expect(r.ok ? null : r.error.code).toBe('damaged');
    expect(existsSync(backupFolder(file)) ? readdirSync(backupFolder(file)).filter((f) => f.endsWith('.db')) : []).toEqual([]);
  });
});

describe('a sound file in a process that stays open', () => {
  it('keeps taking writes after the check', () => {
    const { file } = diary();
    const ctx = context(file);
    call(ctx, 'backup.create', {});
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    try {
      const stop = startRollingBackups(ctx, 60 * 60_000);
      vi.advanceTimersByTime(FIRST_TURN_AFTER_MS);
      expect(write(ctx).ok).toBe(true);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
