// Automatic backups for the processes that stay open (the desktop app, browser mode): one on start,
// then at most one every few minutes, and only when the database changed since the latest backup.
// Commands that only read never start this.
import { existsSync, statSync } from 'node:fs';
import { latestBackup } from '../../store/backupFiles';
import { isEmpty } from '../app/store';
import type { CoreContext } from '../context';
import { createBackup, keepOf } from './backups';

export const AUTO_BACKUP_EVERY_MS = 10 * 60_000;

/** True when the database file or its write-ahead log was written after the latest backup was taken. */
export function changedSinceLatestBackup(dbPath: string): boolean {
  const latest = latestBackup(dbPath);
  if (!latest) return true;
  const since = statSync(latest).mtimeMs;
  return [dbPath, `${dbPath}-wal`].some((f) => existsSync(f) && statSync(f).mtimeMs > since);
}

/** One automatic backup if there is anything new to keep; returns whether one was taken. */
export function autoBackup(ctx: CoreContext): boolean {
  if (ctx.dbPath === ':memory:' || isEmpty(ctx.db) || !changedSinceLatestBackup(ctx.dbPath)) return false;
  createBackup(ctx.dbPath, 'auto', keepOf(ctx.db), ctx.db);
  return true;
}

/** Starts the rolling backups; returns the function that stops them. `ctx.db` is read at each turn (a restore replaces it). */
export function startRollingBackups(ctx: CoreContext, everyMs = AUTO_BACKUP_EVERY_MS): () => void {
  const turn = () => {
    try {
      autoBackup(ctx);
    } catch (err) {
      // A failed backup (full disk, folder not writable) must not take the app down; the next turn retries.
      if (process.env.HYBRID_PLANNER_QUIET !== '1') console.error('[hybrid-planner] automatic backup failed:', (err as Error).message);
    }
  };
  turn();
  const timer = setInterval(turn, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
