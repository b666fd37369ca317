import type { Migration } from './migration';

// Food search on FTS5 with prefix indexes long enough for whole words.
//
// Schema 2's FTS5 tables had prefix indexes for 1–6 characters only. A longer prefix ("chicken"*,
// "strawberri"*) makes FTS5 merge the doclists of every term starting with it before it can answer,
// which cost up to ~2 ms a query with 20,000 custom foods; with a prefix index for every length up to
// 12 characters a typed word up to that length is one doclist, read lazily and stopped at the LIMIT.
//
// The tables keep their shape otherwise: contentless (only rowids come back), detail='none' (no
// positions: search ranks from the names it holds in memory), one column of the name's stems and words
// as written (core/food/searchText.ts). food_fts holds SR24 foods with rowid = food.search_rank (their
// order by static prior, so "ORDER BY rowid LIMIT n" reads the likeliest first); user_food_fts holds
// the user's own custom foods and recipes with rowid = food.id (newest = highest).
//
// The tables are derived data: core/food/searchText.ts keeps them in step with the food table on every
// write and refills both when the settings key below does not name the current text version, which
// dropping them here forces (the refill takes ~0.1 s for SR24's 8,858 foods).
export const FOOD_FTS_OPTIONS_V5 = "content='', contentless_delete=1, detail='none', prefix='1 2 3 4 5 6 7 8 9 10 11 12', tokenize='unicode61'";

export const migration005FoodSearch: Migration = {
  version: 5,
  name: 'food search: FTS5 tables with prefix indexes up to 12 characters, refilled from the food table',
  up(db) {
    db.exec(`
      DROP TABLE food_fts;
      DROP TABLE user_food_fts;
      CREATE VIRTUAL TABLE food_fts USING fts5(terms, ${FOOD_FTS_OPTIONS_V5});
      CREATE VIRTUAL TABLE user_food_fts USING fts5(terms, ${FOOD_FTS_OPTIONS_V5});
      DELETE FROM settings WHERE key = 'food.search.fts';
    `);
  },
};
