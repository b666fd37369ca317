// Restoring a backup replaces the database file: the backup is checked and copied next to the
// database first, the current file is kept (as a backup, or as a `.damaged-…` copy when it cannot be
// read), and only then, with no connection open on it, the copy is renamed over the database.
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type Database from 'better-sqlite3';
import type { BackupInfo, BackupPreview } from '../../../shared/contract/backup';
import { AppError } from '../../errors';
import { openDatabase, openDatabaseLike } from '../../store/db';
import { createBackup, fsyncFile, previewBackup } from './backups';

export interface StagedRestore {
  dbPath: string;
  staged: string;
  preview: BackupPreview;
  /** The current database as a backup, or null when it could not be read and was copied byte for byte to `keptAt`. */
  previous: BackupInfo | null;
  keptAt: string;
}

/** Step one, which changes nothing the app reads: check the backup, keep the current file, stage the copy. */
export function stageRestore(dbPath: string, file: string, keep: number, like?: Database.Database): StagedRestore {
  if (resolve(file) === resolve(dbPath)) throw new AppError('invalid_input', `${file} is the database itself; choose a backup.`, 'path');
  const preview = previewBackup(file, like);
  let previous: BackupInfo | null = null;
  let keptAt = '';
  if (existsSync(dbPath)) {
    try {
      // Keep one more than asked, so keeping the current file never deletes the backup being restored.
      previous = createBackup(dbPath, 'before-restore', keep + 1, like);
      keptAt = previous.path;
    } catch {
      // A damaged file cannot be copied through SQLite: keep its bytes as they are.
      keptAt = `${dbPath}.damaged-${new Date().toISOString().replace(/[-:.]/g, '')}`;
      copyFileSync(dbPath, keptAt);
    }
  }
  const staged = `${dbPath}.restoring`;
  rmSync(staged, { force: true });
  copyFileSync(file, staged);
  fsyncFile(staged);
  return { dbPath, staged, preview, previous, keptAt };
}

/**
 * Step two, once no connection is open on the database: the staged copy replaces it in one rename,
 * and it is opened (and migrated, if the backup is older). If that fails the replaced file comes back.
 */
export function swapIn(s: StagedRestore, like?: Database.Database): Database.Database {
  const aside = `${s.dbPath}.replaced`;
  const had = existsSync(s.dbPath);
  if (had) renameSync(s.dbPath, aside);
  // A write-ahead log left beside the old file belongs to it, never to the restored one.
  for (const side of ['-wal', '-shm']) rmSync(s.dbPath + side, { force: true });
  renameSync(s.staged, s.dbPath);
  try {
    const db = like ? openDatabaseLike(s.dbPath, like) : openDatabase(s.dbPath);
    rmSync(aside, { force: true });
    return db;
  } catch (err) {
    if (had) renameSync(aside, s.dbPath);
    throw err;
  }
}
