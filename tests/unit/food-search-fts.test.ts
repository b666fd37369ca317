import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../src/main/core/context';
import { mulberry32 } from '../../src/main/core/demo/random';
import { call } from '../../src/main/core/dispatch';
import { clearSearchCache, searchFoods } from '../../src/main/core/food/search';
import { ensureSearchText, ftsWord, searchDocument, SEARCH_TEXT_VERSION } from '../../src/main/core/food/searchText';
import { nameWords, queryTerms } from '../../src/main/core/food/text';
import { migrate, openDatabase } from '../../src/main/store/db';
import { migrations } from '../../src/main/store/migrations';
import { FOOD_FTS_OPTIONS_V5 } from '../../src/main/store/migrations/005_food_search';
import { foodTestContext, sharedFileContexts } from './food-helpers';
import { EVERYDAY_QUERIES } from './food-search-everyday.table';
import { SEARCH_QUALITY } from './food-search-quality.table';

// Search finds its candidates with SQLite FTS5 (core/food/searchText.ts keeps the tables, search.ts
// queries them). These tests check FTS5 against a plain scan of the names, that every write keeps
// the tables in step, and that search really reads them.

let ctx: CoreContext;
beforeAll(() => {
  ctx = foodTestContext();
});
afterAll(() => ctx.db.close());

const matchIds = (db: Database.Database, table: string, expr: string): number[] =>
  db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid`).pluck().all(expr) as number[];
const userMatch = (expr: string) => matchIds(ctx.db, 'user_food_fts', expr);
const internalId = (ref: string) => 1_000_000 + Number(ref.slice(1));

describe('FTS5 finds exactly the foods a scan of their names finds', () => {
  it('every query word as a prefix of a stem or of the word as written, all words required, in rowid (prior) order', () => {
    const foods = ctx.db.prepare("SELECT search_rank AS rank, name FROM food WHERE source = 'usda-sr24' ORDER BY search_rank").all() as { rank: number; name: string }[];
    expect(foods).toHaveLength(8858);
    const tokens = foods.map((f) => {
      const w = nameWords(f.name);
      return [...w.terms, ...w.words];
    });
    const rand = mulberry32(5);
    const pickWord = () => {
      const words = nameWords(foods[Math.floor(rand() * foods.length)].name).words;
      const w = words[Math.floor(rand() * words.length)] ?? 'x';
      // A word part-typed, whole, or typed a little past a name's word ("roastedd" matches nothing).
      return `${w}xy`.slice(0, 1 + Math.floor(rand() * (w.length + 1)));
    };
    let nonEmpty = 0;
    for (let trial = 0; trial < 120; trial++) {
      const query = Array.from({ length: 1 + Math.floor(rand() * 3) }, pickWord).join(' ');
      const terms = queryTerms(query);
      const expected = foods
        .filter((_, i) => terms.every((t) => tokens[i].some((x) => x.startsWith(t.term) || x.startsWith(t.raw))))
        .map((f) => f.rank);
      const got = matchIds(ctx.db, 'food_fts', terms.map(ftsWord).join(' AND '));
      expect(got, query).toEqual(expected);
      if (expected.length) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(60);
  });

  it('matches a word typed past its stem and a word whose stem is not its prefix ("vegetab", "fry")', () => {
    expect(queryTerms('vegetab')[0]).toEqual({ term: 'vegetab', raw: 'vegetab' });
    expect(matchIds(ctx.db, 'food_fts', ftsWord(queryTerms('vegetab')[0])).length).toBeGreaterThan(100);
    const fry = queryTerms('fry')[0];
    expect(fry.term).toBe('fri');
    expect(ftsWord(fry)).toBe('("fri"* OR "fry"*)');
  });

  it('stores each food once, under its search rank (SR24) or its id (your own foods)', () => {
    const sr24 = ctx.db.prepare("SELECT COUNT(*) FROM food WHERE source = 'usda-sr24'").pluck().get();
    expect(ctx.db.prepare('SELECT COUNT(*) FROM food_fts_docsize').pluck().get()).toBe(sr24);
    const rank = ctx.db.prepare("SELECT search_rank FROM food WHERE ref = '05064'").pluck().get() as number;
    expect(matchIds(ctx.db, 'food_fts', '"chicken" AND "breast" AND "roast"')).toContain(rank);
    expect(searchDocument('Chicken, broilers or fryers, breast, meat only, cooked, roasted').split(' ')).toEqual(
      expect.arrayContaining(['chicken', 'broiler', 'broilers', 'fryer', 'fryers', 'breast', 'roast', 'roasted']),
    );
  });
});

describe('the FTS5 tables follow every write', () => {
  it('custom foods: created, renamed, branded, deleted and restored', () => {
    const made = call(ctx, 'customFood.create', { name: 'Quorn pieces', basis: '100g', nutrients: { energyKcal: 100 } });
    const id = internalId(made.id);
    expect(userMatch('"quorn"*')).toEqual([id]);
    call(ctx, 'customFood.update', { id: made.id, name: 'Mycoprotein pieces', brand: 'Quornish', basis: '100g', nutrients: { energyKcal: 100 } });
    expect(userMatch('"mycoprotein"*')).toEqual([id]);
    expect(userMatch('"quorn"*')).toEqual([id]); // the brand is searchable too
    expect(userMatch('"quorn"* AND "pieces"')).toEqual([id]);
    call(ctx, 'customFood.update', { id: made.id, name: 'Mycoprotein pieces', basis: '100g', nutrients: { energyKcal: 100 } });
    expect(userMatch('"quorn"*')).toEqual([]);
    call(ctx, 'food.delete', { id: made.id });
    expect(userMatch('"mycoprotein"*')).toEqual([]);
    call(ctx, 'food.restore', { id: made.id });
    expect(userMatch('"mycoprotein"*')).toEqual([id]);
  });

  it('recipes: created and renamed', () => {
    const r = call(ctx, 'recipe.create', { name: 'Overnight oats', servings: 2, ingredients: [{ foodId: '08120', qty: 80, unit: 'g' }] });
    const id = internalId(r.id);
    expect(userMatch('"overnight"*')).toEqual([id]);
    call(ctx, 'recipe.update', { id: r.id, name: 'Bircher muesli', servings: 2, ingredients: [{ foodId: '08120', qty: 80, unit: 'g' }] });
    expect(userMatch('"overnight"*')).toEqual([]);
    expect(userMatch('"bircher"*')).toEqual([id]);
  });

  it('a failed write leaves the tables as they were', () => {
    expect(() => call(ctx, 'customFood.create', { name: 'Zapple', basis: 'serving', nutrients: { energyKcal: 100 } })).toThrow();
    expect(userMatch('"zapple"*')).toEqual([]);
  });
});

describe('search reads FTS5', () => {
  it('a food whose FTS5 row is gone is not found; refilling the tables (a new text version) brings it back', () => {
    const shared = sharedFileContexts(2);
    const [a, b] = shared.contexts;
    try {
      const find = () => call(a, 'food.search', { query: 'chicken breast roasted', limit: 20 }).results.map((r) => r.id);
      expect(find()).toContain('05064');
      const rank = b.db.prepare("SELECT search_rank FROM food WHERE ref = '05064'").pluck().get() as number;
      b.db.prepare('DELETE FROM food_fts WHERE rowid = ?').run(rank);
      clearSearchCache(a.db); // results are kept until the food tables change; this edit went around them
      expect(find()).not.toContain('05064');
      // An older text version (or a migration) makes the next search refill both tables from the food table.
      b.db.prepare("UPDATE settings SET value = 'fts5:0' WHERE key = 'food.search.fts'").run();
      expect(find()).toContain('05064');
      expect(b.db.prepare("SELECT value FROM settings WHERE key = 'food.search.fts'").pluck().get()).toBe(`fts5:${SEARCH_TEXT_VERSION}`);
    } finally {
      shared.close();
    }
  });
});

describe('narrowing while typing', () => {
  it('a keystroke that refines a query FTS5 answered in full is answered from those matches, exactly as FTS5 would', () => {
    const c = foodTestContext();
    let ftsCalls = 0;
    const prepare = c.db.prepare.bind(c.db);
    c.db.prepare = ((sql: string) => {
      const st = prepare(sql);
      if (!/ MATCH /.test(sql)) return st;
      const get = st.get.bind(st);
      st.get = ((...args: unknown[]) => {
        ftsCalls++;
        return get(...args);
      }) as typeof st.get;
      return st;
    }) as typeof c.db.prepare;
    try {
      const ids = (q: string) => call(c, 'food.search', { query: q, limit: 20 }).results.map((r) => r.id);
      ids('chicken breast');
      expect(ftsCalls).toBe(1); // SR24 (no foods of your own yet: their half is not asked)
      const queries = ['chicken breast r', 'chicken breast ro', 'chicken breast roast', 'chicken breast roasted', 'chicken breast roasted sk'];
      const typed = queries.map((q) => ids(q));
      expect(ftsCalls).toBe(1);
      expect(typed[3]).toContain('05064');
      // A query that is not a refinement of a remembered one asks FTS5.
      ids('chicken wing');
      expect(ftsCalls).toBe(2);
      // A word no SR24 name has is answered from the vocabulary ("yoghur"); "yoghurt" is then
      // searched as SR24's "yogurt", which is no refinement of "yoghur": FTS5 is asked.
      expect(ids('yoghur')).toEqual([]);
      expect(ftsCalls).toBe(2);
      expect(ids('yoghurt').length).toBeGreaterThan(0);
      expect(ftsCalls).toBe(3);
      // Each query with nothing remembered: FTS5 every time, the same answers.
      const fresh = queries.map((q) => {
        clearSearchCache(c.db);
        return ids(q);
      });
      expect(fresh).toEqual(typed);
      expect(ftsCalls).toBe(3 + queries.length);
    } finally {
      c.db.close();
    }
  });
});

describe('ranking passes over candidates that cannot make the list', () => {
  it('gives exactly what scoring every candidate gives, with your own foods and recent ones in play', () => {
    const c = foodTestContext();
    try {
      const rand = mulberry32(9);
      const pick = <T>(a: T[]) => a[Math.floor(rand() * a.length)];
      for (let i = 0; i < 150; i++) {
        const name = `${pick(['Chicken', 'Oat', 'Protein', 'Banana', 'Rice', 'Greek'])} ${pick(['bar', 'bowl', 'shake', 'wrap', 'salad'])} ${i}`;
        call(c, 'customFood.create', { name, brand: pick(['Acme', 'Homemade', 'Aldi']), basis: '100g', nutrients: { energyKcal: 100 + i } });
      }
      for (const [i, id] of ['05064', '01123', '09040', '20045', 'c3', 'c7'].entries()) {
        for (let k = 0; k <= i; k++) call(c, 'meal.add', { date: `2026-11-${String(10 + k).padStart(2, '0')}`, meal: 'Lunch', food: { id, qty: 100, unit: 'g' } });
      }
      const queries = new Set<string>();
      for (const { query } of [...SEARCH_QUALITY, ...EVERYDAY_QUERIES]) for (let i = 1; i <= query.length; i++) queries.add(query.slice(0, i));
      for (const q of ['chicken bar', 'oat bowl acme', 'protein', 'ba', 'rice w', 'greek s']) queries.add(q);
      let compared = 0;
      for (const q of queries) {
        for (const limit of [5, 20]) {
          const fast = searchFoods(c.db, q, { today: '2026-11-26', limit }).results.map((r) => r.id);
          const every = searchFoods(c.db, q, { today: '2026-11-26', limit, exhaustive: true }).results.map((r) => r.id);
          expect(fast, `${q} (limit ${limit})`).toEqual(every);
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(500);
    } finally {
      c.db.close();
    }
  });
});

describe('migration 5 (food search: FTS5 prefix indexes up to 12 characters)', () => {
  it('recreates both FTS5 tables, keeps every food row, and the first search refills them', () => {
    const db = openDatabase(':memory:', { targetVersion: 4 });
    db.prepare("INSERT INTO food (id, source, ref, name, search_rank, kcal) VALUES (5064, 'usda-sr24', '05064', 'Chicken, broilers or fryers, breast, meat only, cooked, roasted', 1, 165)").run();
    db.prepare("INSERT INTO food (id, source, ref, name, brand, search_rank, kcal) VALUES (1000001, 'custom', 'c1', 'Strawberry granola', 'Crunchy Co', 1000001, 450)").run();
    db.prepare("INSERT INTO food_fts (rowid, terms) VALUES (1, 'chicken')").run();
    migrate(db, migrations, 5);
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    for (const table of ['food_fts', 'user_food_fts']) {
      const sql = db.prepare("SELECT sql FROM sqlite_master WHERE name = ?").pluck().get(table) as string;
      expect(sql).toContain(FOOD_FTS_OPTIONS_V5);
    }
    expect(db.prepare('SELECT COUNT(*) FROM food').pluck().get()).toBe(2);
    expect(matchIds(db, 'food_fts', '"chicken"*')).toEqual([]);
    ensureSearchText(db);
    expect(matchIds(db, 'food_fts', '"chicken"* AND "roasted"')).toEqual([1]);
    // A typed word longer than six letters is answered from its own prefix index.
    expect(matchIds(db, 'user_food_fts', '"strawberr"* AND "crunchy"*')).toEqual([1000001]);
    db.close();
  });
});
