// What food search matches against, kept in SQLite FTS5 (schema 5: food_fts for SR24 foods by
// search_rank, user_food_fts for the user's own custom foods and recipes by id).
//
// A food's document is the distinct stems and words as written of its name (and a custom food's
// brand), from core/food/text.ts `nameWords` — the same function the query goes through, so a query
// word typed past its stem ("vegetab", stem "veget") still finds "vegetable". FTS5's own tokenizer
// (unicode61) splits it on the spaces only: the terms are already [a-z0-9].
//
// The tables are derived from the food table, and every writer keeps them in step in the same
// transaction: the SR24 build (build.ts) and saving/deleting a custom food or recipe (foods.ts call
// `indexUserFood`). The settings key names the version of the text they were filled with; when it is
// missing or old (a new migration, a new stemmer) `ensureSearchText` refills both from the food table.
import type Database from 'better-sqlite3';
import { nameWords, type QueryTerm } from './text';

/** Bump when nameWords (stemmer, stopwords, normalisation) changes what a document holds. */
export const SEARCH_TEXT_VERSION = 2; // 2: names hold JOINED words (text.ts)
const KEY = 'food.search.fts';
const current = `fts5:${SEARCH_TEXT_VERSION}`;

/** The text a food's name is indexed under (searched as its name, plus the brand for a user's food). */
export function searchText(name: string, brand: string | null, source: string): string {
  return source !== 'usda-sr24' && brand ? `${name}, ${brand}` : name;
}

/**
 * A query word as an FTS5 expression: its stem as a prefix, or the word as typed too when that is
 * not within the stem's ("fry", stem "fri"). Terms are [a-z0-9] (text.ts), so quoting is enough.
 */
export function ftsWord(t: QueryTerm): string {
  return t.raw.startsWith(t.term) ? `"${t.term}"*` : `("${t.term}"* OR "${t.raw}"*)`;
}

/** The FTS5 document: the distinct stems and words as written, space-separated. */
export function searchDocument(text: string): string {
  const { terms, words } = nameWords(text);
  return [...new Set([...terms, ...words])].join(' ');
}

// Connections whose tables are known to be current (checked again after another connection's write).
const checked = new WeakMap<Database.Database, number>();

/**
 * Refills both FTS5 tables from the food table unless the stored version says they are current.
 * Costs a PRAGMA once checked on this connection (until another connection writes). Says whether
 * it refilled them.
 */
export function ensureSearchText(db: Database.Database): boolean {
  const dv = db.pragma('data_version', { simple: true }) as number;
  if (checked.get(db) === dv) return false;
  const stored = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined;
  const refill = stored !== current;
  if (refill) {
    db.transaction(() => {
      db.exec('DELETE FROM food_fts; DELETE FROM user_food_fts;');
      const sr24 = db.prepare("SELECT search_rank AS rowid, name, brand, source FROM food WHERE source = 'usda-sr24'").all() as DocRow[];
      const user = db.prepare("SELECT id AS rowid, name, brand, source FROM food WHERE source != 'usda-sr24' AND archived = 0").all() as DocRow[];
      const [writeSr24, writeUser] = [documentWriter(db, 'food_fts'), documentWriter(db, 'user_food_fts')];
      for (const r of sr24) writeSr24(r.rowid, searchText(r.name, r.brand, r.source));
      for (const r of user) writeUser(r.rowid, searchText(r.name, r.brand, r.source));
      optimize(db);
      db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(KEY, current);
    })();
  }
  checked.set(db, db.pragma('data_version', { simple: true }) as number);
  return refill;
}

/** For the benchmark: forget that this connection checked the tables. */
export function resetSearchText(db: Database.Database): void {
  checked.delete(db);
}

interface DocRow {
  rowid: number;
  name: string;
  brand: string | null;
  source: string;
}

/** Merges each table's segments into one (a bulk load leaves several; a query then reads one b-tree). */
export function optimize(db: Database.Database): void {
  db.exec("INSERT INTO food_fts (food_fts) VALUES ('optimize'); INSERT INTO user_food_fts (user_food_fts) VALUES ('optimize');");
}

/** The SR24 build: empties food_fts before the first foods are written. */
export function clearSr24Text(db: Database.Database): void {
  ensureSearchText(db);
  db.prepare('DELETE FROM food_fts').run();
}

/** Writes one food's document (from its search text) into a table, under its rowid. */
function documentWriter(db: Database.Database, table: 'food_fts' | 'user_food_fts'): (rowid: number, text: string) => void {
  const ins = db.prepare(`INSERT INTO ${table} (rowid, terms) VALUES (?, ?)`);
  return (rowid, text) => {
    ins.run(rowid, searchDocument(text));
  };
}

/** The SR24 build: one food's document, under its search rank. */
export function sr24TextWriter(db: Database.Database): (rank: number, name: string) => void {
  return documentWriter(db, 'food_fts');
}

/** After saving, deleting or restoring a user's food: its document as the food row now says (none when archived). */
export function indexUserFood(db: Database.Database, id: number): void {
  db.prepare('DELETE FROM user_food_fts WHERE rowid = ?').run(id);
  const r = db.prepare("SELECT name, brand, source, archived FROM food WHERE id = ? AND source != 'usda-sr24'").get(id) as
    | { name: string; brand: string | null; source: string; archived: number }
    | undefined;
  if (r && r.archived === 0) documentWriter(db, 'user_food_fts')(id, searchText(r.name, r.brand, r.source));
}
