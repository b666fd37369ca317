// How much of a database file is checked, and when. SQLite's full quick_check reads every page (about
// 150 ms for ten years of entries), so opening does it only when the last session did not end cleanly;
// otherwise opening reads a few pages per table, and the processes that stay open (browser mode, the
// desktop app) and every backup run the full check. Damage found after opening refuses every later
// write on that connection.
import { existsSync, statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { AppError } from '../errors';
import { latestBackup } from './backupFiles';

export const isCorruption = (err: unknown): boolean => {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
};

export function damagedError(file: string, problem: string): AppError {
  const backup = latestBackup(file);
  const offer = backup
    ? `The latest backup is ${backup}: restore it with "hybrid-planner restore ${backup} --db ${file}" (your damaged file is kept as a backup first).`
    : 'There is no backup of it next to it; keep a copy of the file and restore one you made elsewhere with "hybrid-planner restore PATH".';
  return new AppError('damaged', `${file} is damaged (SQLite's integrity check says: ${problem}). It was not changed. ${offer}`);
}

const nonEmpty = (f: string): boolean => existsSync(f) && statSync(f).size > 0;

/**
 * What the files beside the database say about the last session, read before opening it. SQLite
 * deletes the write-ahead log when the last connection closes (a read-only one leaves it empty), so
 * a log with content was left by a process that was killed or lost power mid-session, or belongs to
 * one that has the file open right now: both get the full check (the second only costs time). A
 * rollback journal with content is one a crash left half-applied.
 */
export function lastSessionEnd(file: string): 'clean' | 'wal-left' | 'journal-left' {
  if (nonEmpty(`${file}-wal`)) return 'wal-left';
  if (nonEmpty(`${file}-journal`)) return 'journal-left';
  return 'clean';
}

/** SQLite's quick_check over every page; throws the `damaged` error naming the latest backup. */
export function assertIntact(db: Database.Database, file: string): void {
  let problem: string;
  try {
    const rows = db.pragma('quick_check(1)', { simple: false }) as { quick_check: string }[];
    if (rows[0]?.quick_check === 'ok') return;
    problem = rows[0]?.quick_check ?? 'no answer';
  } catch (err) {
    if (!isCorruption(err)) throw err;
    problem = (err as Error).message;
  }
  throw damagedError(file, problem);
}

/**
 * The cheap check for a file that was closed cleanly: SQLite has already checked the header (a file
 * shorter than its header says is refused on the first read), and this reads each table from its
 * root page down to its first row, bypassing indexes: a few pages a table. Damage deeper in a table
 * or in an index is left to the full check.
 */
export function assertTablesReadable(db: Database.Database, file: string): void {
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND rootpage > 0").pluck().all() as string[];
    for (const t of tables) db.prepare(`SELECT * FROM "${t.replaceAll('"', '""')}" NOT INDEXED LIMIT 1`).get();
  } catch (err) {
    if (!isCorruption(err)) throw err;
    throw damagedError(file, (err as Error).message);
  }
}

/** Connections whose file the full check found damaged after they were opened, and what it said. */
const damaged = new WeakMap<Database.Database, AppError>();

/**
 * When `err` says the connection's file is damaged (our `damaged` error, or SQLite meeting a damaged
 * page), remembers it so that every later write is refused, and returns the error to show.
 */
export function rememberDamage(db: Database.Database, err: unknown, file: string): AppError | null {
  const damage = err instanceof AppError ? (err.code === 'damaged' ? err : null) : isCorruption(err) ? damagedError(file, (err as Error).message) : null;
  if (damage) damaged.set(db, damage);
  return damage;
}

/** Why writes through this connection are refused: its file was found damaged after it was opened. */
export const damageOf = (db: Database.Database): AppError | undefined => damaged.get(db);
