// Backups of the database file: consistent copies (VACUUM INTO on a second, read-only connection, so
// a backup never waits for or blocks the app's own transaction), named by time and reason in
// `<db>.backups/`, the oldest beyond the kept number deleted.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import type { BackupInfo, BackupPreview } from '../../../shared/contract/backup';
import { AppError, notFound } from '../../errors';
import { BACKUP_FILE, backupFiles, backupFolder } from '../../store/backupFiles';
import { openReadOnlyFile } from '../../store/db';
import { assertIntact } from '../../store/integrity';
import { LATEST_SCHEMA_VERSION } from '../../store/migrations';
import { APPLICATION_ID } from '../../store/migrations/007_identity';
import { contents, fileFacts, readKeep, vacuumInto } from './store';

export const DEFAULT_KEEP = 10;

export const keepOf = (db: Database.Database): number => readKeep(db) ?? DEFAULT_KEEP;

/** 2026-12-03T10:45:12.123Z → 20261203T104512123Z: sortable, and legal in every file system. */
const stampOf = (d: Date): string => d.toISOString().replace(/[-:.]/g, '');

function takenAt(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})?Z$/.exec(stamp);
  if (!m) return stamp;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7] ?? '000'}Z`;
}

export function backupInfo(path: string): BackupInfo {
  const name = basename(path);
  const m = BACKUP_FILE.exec(name);
  if (!m) throw new AppError('invalid_input', `${name} is not a backup file name.`, 'name');
  return { name, path, takenAt: takenAt(m[1]), reason: m[2] as BackupInfo['reason'], bytes: statSync(path).size };
}

export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Backs up what is committed in `dbPath` now; `like` lends its SQLite addon. The copy appears whole or not at all. */
export function createBackup(dbPath: string, reason: BackupInfo['reason'], keep: number, like?: Database.Database): BackupInfo {
  if (dbPath === ':memory:') throw new AppError('invalid_input', 'An in-memory database has no file to back up.');
  const dir = backupFolder(dbPath);
  mkdirSync(dir, { recursive: true });
  let when = Date.now();
  let dest: string;
  // Two backups in one millisecond: the second takes the next free one, so names still sort by time.
  while (existsSync((dest = join(dir, `hybrid-planner-${stampOf(new Date(when))}-${reason}.db`)))) when++;
  copyDatabase(dbPath, dest, like);
  pruneBackups(dbPath, keep);
  return backupInfo(dest);
}

/**
 * A consistent copy of the database at `dest`, which must not exist yet; it appears whole or not at
 * all. The file is checked whole first: a copy rebuilds what it can read, so a backup of a damaged
 * file would look sound while pushing a good one out of the kept ones.
 */
export function copyDatabase(dbPath: string, dest: string, like?: Database.Database): void {
  if (existsSync(dest)) throw new AppError('conflict', `${dest} already exists; choose a new file name.`, 'out');
  const partial = join(dirname(dest), `.${basename(dest)}.partial`);
  rmSync(partial, { force: true });
  const source = openReadOnlyFile(dbPath, like);
  try {
    assertIntact(source, dbPath);
    vacuumInto(source, partial);
  } finally {
    source.close();
  }
  fsyncFile(partial);
  renameSync(partial, dest);
}

/** Deletes the oldest backups beyond `keep`. */
export function pruneBackups(dbPath: string, keep: number): void {
  const files = backupFiles(dbPath);
  for (const f of files.slice(0, Math.max(0, files.length - keep))) rmSync(f, { force: true });
}

/** Newest first. */
export const listBackups = (dbPath: string): BackupInfo[] => backupFiles(dbPath).reverse().map(backupInfo);

/** A backup of the folder by its file name (the UI names backups, never arbitrary paths). */
export function backupNamed(dbPath: string, name: string): string {
  const path = join(backupFolder(dbPath), name);
  if (!BACKUP_FILE.test(name) || !existsSync(path)) throw notFound('backup named', name);
  return path;
}

const refuse = (file: string, why: string) => new AppError('foreign_file', `${file} cannot be restored: ${why}. Nothing was changed.`, 'path');

/** What a backup (or any database file of ours) holds; refuses a file that is not ours, newer, or damaged. */
export function previewBackup(file: string, like?: Database.Database): BackupPreview {
  if (!existsSync(file)) throw new AppError('not_found', `There is no file at ${file}.`, 'path');
  if (statSync(file).size === 0) throw refuse(file, 'the file is empty');
  let db: Database.Database;
  try {
    db = openReadOnlyFile(file, like);
  } catch (err) {
    throw refuse(file, `it cannot be opened (${(err as Error).message})`);
  }
  try {
    let facts: ReturnType<typeof fileFacts>;
    try {
      facts = fileFacts(db);
    } catch (err) {
      throw refuse(file, `it is not a Hybrid Planner database (${(err as Error).message})`);
    }
    const legacy = facts.applicationId === 0 && facts.userVersion > 0 && ['profile', 'weigh_ins', 'settings'].every((t) => facts.tables.has(t));
    if (facts.applicationId !== APPLICATION_ID && !legacy) throw refuse(file, 'it is not a Hybrid Planner database');
    if (facts.userVersion > LATEST_SCHEMA_VERSION) {
      throw refuse(file, `it was written by a newer version of Hybrid Planner (schema version ${facts.userVersion}; this version knows up to ${LATEST_SCHEMA_VERSION})`);
    }
    if (facts.integrity !== 'ok') throw refuse(file, `it is damaged (SQLite's integrity check says: ${facts.integrity})`);
    return { path: file, schemaVersion: facts.userVersion, ...contents(db, facts.tables) };
  } finally {
    db.close();
  }
}
