import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../core/errors';
import { LATEST_SCHEMA_VERSION, migrations, type Migration } from './migrations';

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running ABI (Electron keeps its own copy). */
  nativeBinding?: string;
  /** Migrate only up to this version (migration tests). */
  targetVersion?: number;
  migrations?: Migration[];
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies each pending migration in its own transaction, setting user_version as it goes. */
export function migrate(db: Database.Database, list: Migration[] = migrations, target = list[list.length - 1]?.version ?? 0): void {
  const current = schemaVersion(db);
  const latest = list[list.length - 1]?.version ?? 0;
  if (current > latest) {
    throw new AppError(
      'db_too_new',
      `This database was written by a newer version of Hybrid Planner (schema version ${current}; this version knows up to ${latest}). ` +
        'Did you start an old version? The file was not changed.',
    );
  }
  for (const m of list) {
    if (m.version <= current || m.version > target) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}

export function openDatabase(file: string, opts: OpenOptions = {}): Database.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  try {
    if (file !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    migrate(db, opts.migrations ?? migrations, opts.targetVersion ?? LATEST_SCHEMA_VERSION);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}
