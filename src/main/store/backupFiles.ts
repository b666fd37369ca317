// Where a database's backups live, known to the store layer so that opening a damaged file can name
// the latest one (core/backup writes and lists them through these functions).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The folder next to the database: `<db>.backups/`. */
export const backupFolder = (dbPath: string): string => `${dbPath}.backups`;

/** Our backup files: a sortable UTC time, then why it was taken. */
export const BACKUP_FILE = /^hybrid-planner-(\d{8}T\d{6}(?:\d{3})?Z)-(auto|manual|before-restore)\.db$/;

/** The backup files in the folder, oldest first (their names sort by time). */
export function backupFiles(dbPath: string): string[] {
  const dir = backupFolder(dbPath);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => BACKUP_FILE.test(f))
    .sort()
    .map((f) => join(dir, f));
}

export function latestBackup(dbPath: string): string | null {
  return backupFiles(dbPath).at(-1) ?? null;
}
