// Every SQL statement of food search: the two FTS5 tables (food_fts: SR24 foods by search_rank;
// user_food_fts: the user's live custom foods and recipes by id), the version of the text they were
// filled with, and the food rows search ranks. Documents come from searchText.ts (searchDocument).
import type Database from 'better-sqlite3';
import { statement } from '../../../store/statements';
import { FOOD_COLUMNS, toFood, type Food } from './foods';

export type FtsTable = 'food_fts' | 'user_food_fts';

export function readSetting(db: Database.Database, key: string): string | undefined {
  return statement(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
}

export function writeSetting(db: Database.Database, key: string, value: string): void {
  statement(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** Merges each table's segments into one (a bulk load leaves several; a query then reads one b-tree). */
export function optimize(db: Database.Database): void {
  db.exec("INSERT INTO food_fts (food_fts) VALUES ('optimize'); INSERT INTO user_food_fts (user_food_fts) VALUES ('optimize');");
}

export function clearDocuments(db: Database.Database, table: FtsTable): void {
  statement(db, `DELETE FROM ${table}`).run();
}

/** A writer of documents into one table, under their rowids. */
export function documentWriter(db: Database.Database, table: FtsTable): (rowid: number, document: string) => void {
  const ins = statement(db, `INSERT INTO ${table} (rowid, terms) VALUES (?, ?)`);
  return (rowid, document) => {
    ins.run(rowid, document);
  };
}

export function deleteUserDocument(db: Database.Database, id: number): void {
  statement(db, 'DELETE FROM user_food_fts WHERE rowid = ?').run(id);
}

/** What a food's document is made from, under its rowid in its table. */
export interface DocumentSource {
  rowid: number;
  name: string;
  brand: string | null;
  source: string;
}

/** Every food that has a document: SR24 by search rank, the user's live foods by id. */
export function documentSources(db: Database.Database): { sr24: DocumentSource[]; user: DocumentSource[] } {
  return {
    sr24: statement(db, "SELECT search_rank AS rowid, name, brand, source FROM food WHERE source = 'usda-sr24'").all() as DocumentSource[],
    user: statement(db, "SELECT id AS rowid, name, brand, source FROM food WHERE source != 'usda-sr24' AND archived = 0").all() as DocumentSource[],
  };
}

/** One of the user's foods, if it is live (an archived one has no document). */
export function userDocumentSource(db: Database.Database, id: number): DocumentSource | undefined {
  return statement(db, "SELECT id AS rowid, name, brand, source FROM food WHERE id = ? AND source != 'usda-sr24' AND archived = 0").get(id) as DocumentSource | undefined;
}

// ---- what search reads ----

// FTS5's own vocabulary of each table (fts5vocab, in the connection's temp schema: nothing is stored).
const vocabularies = new WeakSet<Database.Database>();

/** Whether any document of the half has a term starting with `prefix` (terms are [a-z0-9], so '{' ends the range). */
export function hasTermWithPrefix(db: Database.Database, half: 'sr24' | 'user', prefix: string): boolean {
  if (!vocabularies.has(db)) {
    db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.food_fts_vocab USING fts5vocab(main, food_fts, row);');
    db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.user_food_fts_vocab USING fts5vocab(main, user_food_fts, row);');
    vocabularies.add(db);
  }
  const table = half === 'sr24' ? 'temp.food_fts_vocab' : 'temp.user_food_fts_vocab';
  return statement(db, `SELECT 1 FROM ${table} WHERE term >= ? AND term < ? LIMIT 1`).get(prefix, `${prefix}{`) !== undefined;
}

/** FTS5 rowids matching an expression, in candidate order, capped: one row (a JSON array) instead of hundreds. */
export function matchRowids(db: Database.Database, half: 'sr24' | 'user', expr: string, cap: number): number[] {
  const sql =
    half === 'sr24'
      ? 'SELECT json_group_array(rowid) FROM (SELECT rowid FROM food_fts WHERE food_fts MATCH ? ORDER BY rowid ASC LIMIT ?)'
      : 'SELECT json_group_array(rowid) FROM (SELECT rowid FROM user_food_fts WHERE user_food_fts MATCH ? ORDER BY rowid DESC LIMIT ?)';
  return JSON.parse(statement(db, sql).pluck().get(expr, cap) as string) as number[];
}

/** The user's live foods among these ids (their FTS5 rowids), any order. */
export function liveUserFoods(db: Database.Database, ids: number[]): Food[] {
  const sql = `SELECT ${FOOD_COLUMNS} FROM food WHERE id IN (SELECT value FROM json_each(?)) AND source != 'usda-sr24' AND archived = 0`;
  return (statement(db, sql).all(JSON.stringify(ids)) as Parameters<typeof toFood>[0][]).map(toFood);
}

/** Live foods (SR24, or the user's not deleted) among these ids. */
export function searchableById(db: Database.Database, ids: number[]): Food[] {
  const sql = `SELECT ${FOOD_COLUMNS} FROM food WHERE id IN (SELECT value FROM json_each(?)) AND (source = 'usda-sr24' OR archived = 0)`;
  return (statement(db, sql).all(JSON.stringify(ids)) as Parameters<typeof toFood>[0][]).map(toFood);
}
