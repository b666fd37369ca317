import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../errors';
import { migrations, type Migration } from './migrations';
import { APPLICATION_ID } from './migrations/007_identity';
import { assertIntact, assertTablesReadable, damagedError, isCorruption, lastSessionEnd } from './integrity';

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running ABI (Electron keeps its own copy). */
  nativeBinding?: string;
  /** Migrate only up to this version (migration tests). */
  targetVersion?: number;
  migrations?: Migration[];
  /** Create the file (and its folder) when missing; false for commands that only read. Default true. */
  create?: boolean;
}

const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * Refuses, before anything is written, a file that is not ours: not SQLite at all, empty, or another
 * program's SQLite database. Ours carry our application id, or (written before it existed) our
 * tables; a SQLite file with no tables and no version is a new one and becomes ours.
 */
function assertFileIsOurs(file: string): void {
  const size = statSync(file).size;
  const refuse = (why: string) =>
    new AppError('foreign_file', `${file} is not a Hybrid Planner database (${why}). It was left untouched; choose another file with --db.`);
  if (size === 0) throw refuse('the file is empty');
  const head = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') !== SQLITE_HEADER) throw refuse('it is not a SQLite file');
}

function assertDatabaseIsOurs(db: Database.Database, file: string): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  if (appId === APPLICATION_ID) return;
  const refuse = (why: string) =>
    new AppError('foreign_file', `${file} is not a Hybrid Planner database (${why}). It was left untouched; choose another file with --db.`);
  if (appId !== 0) throw refuse('another program made it');
  const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
  if (tables.size === 0 && schemaVersion(db) === 0) return;
  if (!(tables.has('profile') && tables.has('weigh_ins') && tables.has('settings'))) throw refuse('its tables are not ours');
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

/** The native binding each open connection was made with, so a second file can be opened the same way. */
const bindings = new WeakMap<Database.Database, string | undefined>();

/**
 * Another SQLite file (a backup to preview or restore) opened read-only with the addon `like` was
 * opened with (Electron keeps its own copy). Nothing is migrated or checked here: callers inspect it.
 */
export function openReadOnlyFile(file: string, like?: Database.Database): Database.Database {
  const nativeBinding = (like && bindings.get(like)) ?? bundledNativeBinding();
  return new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
}

/** Opens `file` as openDatabase does, with the addon `like` was opened with (a restored file replacing it). */
export function openDatabaseLike(file: string, like: Database.Database): Database.Database {
  return openDatabase(file, { nativeBinding: bindings.get(like) });
}

/**
 * The full check of a file a session left uncleanly, through a read-only connection: were the file
 * damaged, closing a writable one would copy the killed writer's log into it.
 */
function assertLeftFileIntact(file: string, list: Migration[], nativeBinding: string | undefined): void {
  const db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    db.pragma('busy_timeout = 5000');
    assertNotTooNew(db, list);
    assertDatabaseIsOurs(db, file);
    assertIntact(db, file);
  } catch (err) {
    throw isCorruption(err) ? damagedError(file, (err as Error).message) : err;
  } finally {
    db.close();
  }
}

export function openDatabase(file: string, opts: OpenOptions = {}): Database.Database {
  let lastEnd: ReturnType<typeof lastSessionEnd> = 'clean';
  if (file !== ':memory:') {
    if (existsSync(file)) {
      assertFileIsOurs(file);
      lastEnd = lastSessionEnd(file);
    } else if (opts.create === false) {
      throw new AppError('not_found', `There is no Hybrid Planner database at ${file} yet, and this command only reads, so nothing was created. Log something first, or pass --db with an existing file.`);
    } else mkdirSync(dirname(file), { recursive: true });
  }
  const nativeBinding = opts.nativeBinding ?? bundledNativeBinding();
  const list = opts.migrations ?? migrations;
  if (lastEnd === 'wal-left') assertLeftFileIntact(file, list, nativeBinding);
  const db = new Database(file, nativeBinding ? { nativeBinding } : {});
  bindings.set(db, nativeBinding);
  try {
    db.pragma('busy_timeout = 5000');
    // Refuse a newer database before anything can write to it: switching to WAL rewrites the
    // file header, so the version check must come first to leave the file byte-for-byte unchanged.
    assertNotTooNew(db, list);
    if (file !== ':memory:') assertDatabaseIsOurs(db, file);
    // Before anything is written (WAL, migrations): a damaged file stays as it was. A rollback
    // journal left behind is rolled back by this connection's first read, so it is checked here.
    if (file !== ':memory:') {
      if (lastEnd === 'journal-left') assertIntact(db, file);
      else assertTablesReadable(db, file);
    }
    if (file !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    migrate(db, list, opts.targetVersion ?? latestVersion(list));
  } catch (err) {
    db.close();
    throw isCorruption(err) ? damagedError(file, (err as Error).message) : err;
  }
  return db;
}
