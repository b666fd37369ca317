// What food search matches against, kept in SQLite FTS5 (schema 5: food_fts for SR24 foods by
// search_rank, user_food_fts for the user's own custom foods and recipes by id; store/search.ts).
//
// A food's document is the distinct stems and words as written of its name (and a custom food's
// brand), from core/food/text.ts `nameWords` — the same function the query goes through, so a query
// word typed past its stem ("vegetab", stem "veget") still finds "vegetable". FTS5's own tokenizer
// (unicode61) splits it on the spaces only: the terms are already [a-z0-9].
//
// The tables are derived from the food table, and every writer keeps them in step in the same
// transaction: the SR24 build (build.ts) and saving/deleting a custom food or recipe (foods.ts calls
// `indexUserFood`). The settings key names the version of the text they were filled with; when it is
// missing or old (a new migration, a new stemmer) `ensureSearchText` refills both from the food table.
import type Database from 'better-sqlite3';
import { changeFeed, type ChangeFeed } from '../changes';
import {
  clearDocuments,
  deleteUserDocument,
  documentSources,
  documentWriter,
  optimize,
  readSetting,
  userDocumentSource,
  writeSetting,
} from './store/search';
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

// Connections whose tables are known to be current. The change feed says when to look again: a
// catalogue write ('foods') or anything it cannot vouch for ('all': another connection's commit,
// a rolled-back call).
const checked = new WeakMap<Database.Database, ChangeFeed>();

/**
 * Refills both FTS5 tables from the food table unless the stored version says they are current.
 * Costs nothing once checked on this connection (until the change feed says otherwise). Says
 * whether it refilled them.
 */
export function ensureSearchText(db: Database.Database): boolean {
  const feed = checked.get(db);
  if (feed) {
    const c = feed.take();
    if (!c.all && !c.foods) return false;
  }
  const refill = readSetting(db, KEY) !== current;
  if (refill) {
    db.transaction(() => {
      clearDocuments(db, 'food_fts');
      clearDocuments(db, 'user_food_fts');
      const { sr24, user } = documentSources(db);
      const [writeSr24, writeUser] = [documentWriter(db, 'food_fts'), documentWriter(db, 'user_food_fts')];
      for (const r of sr24) writeSr24(r.rowid, searchDocument(searchText(r.name, r.brand, r.source)));
      for (const r of user) writeUser(r.rowid, searchDocument(searchText(r.name, r.brand, r.source)));
      optimize(db);
      writeSetting(db, KEY, current);
    })();
  }
  if (!feed) checked.set(db, changeFeed(db));
  else feed.take();
  return refill;
}

/** For the benchmark: forget that this connection checked the tables. */
export function resetSearchText(db: Database.Database): void {
  checked.delete(db);
}

/** The SR24 build: empties food_fts before the first foods are written. */
export function clearSr24Text(db: Database.Database): void {
  ensureSearchText(db);
  clearDocuments(db, 'food_fts');
}

/** The SR24 build: one food's document, under its search rank. */
export function sr24TextWriter(db: Database.Database): (rank: number, name: string) => void {
  const write = documentWriter(db, 'food_fts');
  return (rank, name) => write(rank, searchDocument(name));
}

/** After saving, deleting or restoring a user's food: its document as the food row now says (none when archived). */
export function indexUserFood(db: Database.Database, id: number): void {
  deleteUserDocument(db, id);
  const r = userDocumentSource(db, id);
  if (r) documentWriter(db, 'user_food_fts')(id, searchDocument(searchText(r.name, r.brand, r.source)));
}

