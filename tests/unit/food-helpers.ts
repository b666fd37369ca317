import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { CoreContext } from '../../src/main/core/context';
import { buildFoodDatabase } from '../../src/main/core/food/build';
import { RANKING_VERSION } from '../../src/main/core/food/ranking';
import { SEARCH_TEXT_VERSION } from '../../src/main/core/food/searchText';
import { foodResourceVersion } from '../../src/main/core/food/resource';
import { migrate, openDatabase } from '../../src/main/store/db';
import { migrations } from '../../src/main/store/migrations';

// Building the SR24 tables takes about half a second; tests get a copy of a template database
// instead: built once per process in memory, and cached on disk across test files and runs (keyed
// by the resource, the ranking and search-text versions and the migrations' code, so any change
// rebuilds it). The cache lives in this checkout's node_modules/.cache (ignored by git, gone with
// `npm ci`), not in the system temp folder, where every migration edit used to leave another 9 MB
// file behind and checkouts shared one folder.
let template: Buffer | undefined;
const CACHE_DIR = resolve(__dirname, '../../node_modules/.cache/hybrid-planner-tests');
const PREFIX = 'food-template-';

function templateKey(): string {
  const h = createHash('sha256');
  h.update(`${foodResourceVersion() ?? 'none'}:r${RANKING_VERSION}:t${SEARCH_TEXT_VERSION}`);
  for (const m of migrations) h.update(`${m.version}:${m.up.toString()}`);
  return h.digest('hex').slice(0, 16);
}

export function foodTemplate(): Buffer {
  if (template) return template;
  const name = `${PREFIX}${templateKey()}.db`;
  const file = join(CACHE_DIR, name);
  try {
    template = readFileSync(file);
    return template;
  } catch {
    // not cached yet (or removed meanwhile): build it
  }
  const db = openDatabase(':memory:');
  buildFoodDatabase(db);
  template = db.serialize();
  db.close();
  mkdirSync(CACHE_DIR, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, template);
  renameSync(tmp, file);
  // Templates of older migrations or resources are never read again.
  for (const f of readdirSync(CACHE_DIR)) {
    if (f.startsWith(PREFIX) && f.endsWith('.db') && f !== name) rmSync(join(CACHE_DIR, f), { force: true });
  }
  return template;
}

/** A migrated in-memory database with the SR24 food tables built, and a fixed "today". */
export function foodTestContext(today = '2026-11-26'): CoreContext {
  const db = new Database(foodTemplate());
  db.pragma('foreign_keys = ON');
  migrate(db, migrations);
  return { db, dbPath: ':memory:', today: () => today, now: () => new Date(`${today}T12:00:00Z`) };
}

/**
 * Connections to one database file made from the template (as two app windows, or the app and the
 * CLI, would have), and a function that closes them and removes the file.
 */
export function sharedFileContexts(count: number, today = '2026-11-26'): { contexts: CoreContext[]; close: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'hp-food-shared-'));
  const file = join(dir, 'a.db');
  writeFileSync(file, foodTemplate());
  const contexts = Array.from({ length: count }, (): CoreContext => ({ db: openDatabase(file), dbPath: file, today: () => today, now: () => new Date(`${today}T12:00:00Z`) }));
  return {
    contexts,
    close: () => {
      for (const c of contexts) c.db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every row of every user table, for "nothing was written" checks. */
export function snapshotTables(db: Database.Database): Record<string, unknown[]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'food_fts%' ORDER BY name")
    .pluck()
    .all() as string[];
  // The SR24 rows are many and never written by a handler: count them, list everything else.
  const where: Record<string, string> = { food: "source != 'usda-sr24'", food_measure: 'food_id >= 1000000' };
  return Object.fromEntries(
    tables.map((t) => [
      t,
      where[t]
        ? [db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get(), ...db.prepare(`SELECT * FROM "${t}" WHERE ${where[t]}`).all()]
        : db.prepare(`SELECT * FROM "${t}"`).all(),
    ]),
  );
}

export { openDatabase };
