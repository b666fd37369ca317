import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors';
import { migrations, type Migration } from './migrations';

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

/** Bumped by SQLite whenever another connection commits to this file (never by this connection's own commits). */
export function dataVersion(db: Database.Database): number {
  return db.pragma('data_version', { simple: true }) as number;
}

function latestVersion(list: Migration[]): number {
  return list.reduce((max, m) => Math.max(max, m.version), 0);
}

/** Throws db_too_new when the file was written by a newer version of the app. Reads only. */
export function assertNotTooNew(db: Database.Database, list: Migration[] = migrations): void {
  const current = schemaVersion(db);
  const latest = latestVersion(list);
  if (current > latest) {
    throw new AppError(
      'db_too_new',
      `This database was written by a newer version of Hybrid Planner (schema version ${current}; this version knows up to ${latest}). ` +
        'Did you start an old version? The file was not changed.',
    );
  }
}

/** Applies each pending migration in its own transaction, setting user_version as it goes. */
export function migrate(db: Database.Database, list: Migration[] = migrations, target = latestVersion(list)): void {
  assertNotTooNew(db, list);
  const current = schemaVersion(db);
  // In version order whatever order the registry lists them in (domains append in merge order).
  for (const m of [...list].sort((a, b) => a.version - b.version)) {
    if (m.version <= current || m.version > target) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}

/**
 * The addon in node_modules, when this code runs bundled (out/main, which carries better-sqlite3's
 * JavaScript): its own lookup, the `bindings` package, searches next to the calling file and so would
 * look in out/. Run from source (tests), there is no CommonJS require and the lookup works as usual.
 */
function bundledNativeBinding(): string | undefined {
  if (typeof require !== 'function') return undefined;
  try {
    return require.resolve('better-sqlite3/build/Release/better_sqlite3.node');
  } catch {
    return undefined;
  }
}

export function openDatabase(file: string, opts: OpenOptions = {}): Database.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const nativeBinding = opts.nativeBinding ?? bundledNativeBinding();
  const db = new Database(file, nativeBinding ? { nativeBinding } : {});
  const list = opts.migrations ?? migrations;
  try {
    db.pragma('busy_timeout = 5000');
    // Refuse a newer database before anything can write to it: switching to WAL rewrites the
    // file header, so the version check must come first to leave the file byte-for-byte unchanged.
    assertNotTooNew(db, list);
    if (file !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    migrate(db, list, opts.targetVersion ?? latestVersion(list));
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}
