// Automatic backups for the processes that stay open (the desktop app, browser mode): one on start,
// then at most one every few minutes, and only when the database changed since the latest backup.
// Commands that only read never start this.
import { existsSync, statSync } from 'node:fs';
import { latestBackup } from '../../store/backupFiles';
import { isEmpty } from '../app/store';
import type { CoreContext } from '../context';
import { createBackup, keepOf } from './backups';

export const AUTO_BACKUP_EVERY_MS = 10 * 60_000;

/** The database file and its write-ahead log as the file system sees them: any commit changes this. */
function signature(dbPath: string): string {
  return [dbPath, `${dbPath}-wal`]
    .map((f) => {
      if (!existsSync(f)) return '-';
      const st = statSync(f, { bigint: true });
      return `${st.size}:${st.mtimeNs}`;
    })
    .join('|');
}

/** What the files looked like when this process last backed them up. */
const backedUp = new Map<string, string>();

/**
 * True when the database changed since the latest backup: since this process took it (the files'
 * sizes and times, exactly), else (the first turn after a start) when either file is newer than it.
 */
export function changedSinceLatestBackup(dbPath: string): boolean {
  const latest = latestBackup(dbPath);
  if (!latest) return true;
  const seen = backedUp.get(dbPath);
  if (seen !== undefined) return seen !== signature(dbPath);
  const since = statSync(latest).mtimeMs;
  return [dbPath, `${dbPath}-wal`].some((f) => existsSync(f) && statSync(f).mtimeMs > since);
}

/** One automatic backup if there is anything new to keep; returns whether one was taken. */
export function autoBackup(ctx: CoreContext): boolean {
  if (ctx.dbPath === ':memory:' || isEmpty(ctx.db) || !changedSinceLatestBackup(ctx.dbPath)) return false;
  // Read before the copy: a write landing during it makes the next turn back up again, never the reverse.
  const before = signature(ctx.dbPath);
  createBackup(ctx.dbPath, 'auto', keepOf(ctx.db), ctx.db);
  backedUp.set(ctx.dbPath, before);
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
