// Every SQL statement of the SR24 build: its rows and measures, and the mark that says which
// resource (and ranking) the built rows come from. Each write tells the change feed that the
// catalogue changed ('foods').
import type Database from 'better-sqlite3';
import { statement } from '../../../store/statements';
import { recordChange } from '../../changes';
import { readSetting, writeSetting } from './search';

const VERSION_KEY = 'food.sr24.version';
/** SR24 food ids in search-rank order (JSON): search turns FTS5 rowids into ids without a table scan. */
const RANK_ORDER_KEY = 'food.sr24.rankOrder';

/** What the built SR24 rows come from, null when none are (fully) built. */
export const builtVersion = (db: Database.Database): string | null => readSetting(db, VERSION_KEY) ?? null;

/** Marks the SR24 rows built from `version`, with their ids in search-rank order. */
export function markBuilt(db: Database.Database, version: string, idsByRank: number[]): void {
  writeSetting(db, RANK_ORDER_KEY, JSON.stringify(idsByRank));
  writeSetting(db, VERSION_KEY, version);
  recordChange(db, 'foods');
}

/** Removes the SR24 rows (measures cascade) and the built mark. */
export function clearSr24Rows(db: Database.Database): void {
  statement(db, 'DELETE FROM settings WHERE key IN (?, ?)').run(VERSION_KEY, RANK_ORDER_KEY);
  statement(db, "DELETE FROM food WHERE source = 'usda-sr24'").run();
  recordChange(db, 'foods');
}

export function sr24Count(db: Database.Database): number {
  return statement(db, "SELECT COUNT(*) FROM food WHERE source = 'usda-sr24'").pluck().get() as number;
}

/** One SR24 food as the build writes it. */
export interface Sr24Food {
  id: number;
  ref: string;
  name: string;
  deprecated: 0 | 1;
  kcal: number | null;
  proteinG: number | null;
  carbsG: number | null;
  fatG: number | null;
  nutrients: Record<string, number>;
  known: number;
  /** [amount, name, grams] per household measure. */
  measures: [number, string, number][];
  terms: string;
  rank: number;
  prior: number;
  atwater: [number, number, number];
}

/** Writes SR24 foods with their measures (in the caller's transaction). */
export function sr24Writer(db: Database.Database): (f: Sr24Food) => void {
  const insertFood = statement(
    db,
    `INSERT INTO food (id, source, ref, name, deprecated, kcal, protein_g, carbs_g, fat_g, nutrients,
                       known_nutrients, measure_count, search_terms, search_rank, search_prior, atwater)
     VALUES (?, 'usda-sr24', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMeasure = statement(db, 'INSERT INTO food_measure (food_id, position, amount, name, grams) VALUES (?, ?, ?, ?, ?)');
  recordChange(db, 'foods');
  return (f) => {
    insertFood.run(
      f.id, f.ref, f.name, f.deprecated, f.kcal, f.proteinG, f.carbsG, f.fatG,
      JSON.stringify(f.nutrients), f.known, f.measures.length, f.terms, f.rank, f.prior, JSON.stringify(f.atwater),
    );
    f.measures.forEach(([amount, mName, grams], position) => insertMeasure.run(f.id, position, amount, mName, grams));
  };
}

/**
 * SR24 food ids by search rank (index rank − 1). Stored by the build; a database built before it
 * stored them is read from the food rows once (a scan of the SR24 rows).
 */
export function sr24IdsByRank(db: Database.Database): number[] {
  const stored = readSetting(db, RANK_ORDER_KEY);
  if (stored) return JSON.parse(stored) as number[];
  const ids: number[] = [];
  for (const r of statement(db, "SELECT search_rank AS rank, id FROM food WHERE source = 'usda-sr24'").all() as { rank: number; id: number }[]) ids[r.rank - 1] = r.id;
  return ids;
}
