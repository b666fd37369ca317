// Automatic backups for the processes that stay open (the desktop app, browser mode): one soon after
// start (once the window or page has loaded, not in its way), then at most one every few minutes, and
// only when the database changed since the latest backup. Each backup checks the whole file first;
// when the start takes none, the full check runs on its own. Commands that only read never start this.
import { existsSync, statSync } from 'node:fs';
import { latestBackup } from '../../store/backupFiles';
import { assertIntact, rememberDamage } from '../../store/integrity';
import { isEmpty } from '../app/store';
import type { CoreContext } from '../context';
import { createBackup, keepOf } from './backups';

export const AUTO_BACKUP_EVERY_MS = 10 * 60_000;
/** The first turn waits this long, so the window or the page loads first: the full check alone blocks for ~150 ms on ten years. */
export const FIRST_TURN_AFTER_MS = 5_000;

const complain = (what: string, err: unknown) => {
  if (process.env.HYBRID_PLANNER_QUIET !== '1') console.error(`[hybrid-planner] ${what}:`, (err as Error).message);
};

/**
 * The full integrity check of the open database. Damage found refuses every later write through
 * this connection (the dispatcher asks damageOf), so nothing is written over it; returns whether it was sound.
 */
export function checkIntegrity(ctx: CoreContext): boolean {
  if (ctx.dbPath === ':memory:') return true;
  try {
    assertIntact(ctx.db, ctx.dbPath);
    return true;
  } catch (err) {
    if (!rememberDamage(ctx.db, err, ctx.dbPath)) throw err;
    complain('the database is damaged; writes are refused', err);
    return false;
  }
}

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

/** Starts the rolling backups and the check after start; returns the function that stops them. `ctx.db` is read at each turn (a restore replaces it). */
export function startRollingBackups(ctx: CoreContext, everyMs = AUTO_BACKUP_EVERY_MS): () => void {
  /** Whether the file was checked whole: a backup was taken, or it found damage. */
  const turn = (): boolean => {
    try {
      return autoBackup(ctx);
    } catch (err) {
      if (rememberDamage(ctx.db, err, ctx.dbPath)) {
        complain('the database is damaged; no backup was taken and writes are refused', err);
        return true;
      }
      // A failed backup (full disk, folder not writable) must not take the app down; the next turn retries.
      complain('automatic backup failed', err);
      return false;
    }
  };
  const first = setTimeout(() => {
    if (turn()) return;
    try {
      checkIntegrity(ctx);
    } catch (err) {
      complain('the integrity check could not run', err);
    }
  }, FIRST_TURN_AFTER_MS);
  first.unref();
  const timer = setInterval(turn, everyMs);
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
