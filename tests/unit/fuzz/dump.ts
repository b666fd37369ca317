import type Database from 'better-sqlite3';

// FTS shadow tables are derived from their content tables, compared below.
const DERIVED = /_fts(_|$)/;

/**
 * The database's content as one string, to compare before and after a call. The bundled USDA foods
 * (ids up to `usdaMaxId`) and their measures come from the resource and are never edited, only
 * archived, so they count by their archived flags; every row a person adds is compared in full.
 */
export function databaseDump(db: Database.Database, usdaMaxId: number): string {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  const parts: string[] = [];
  for (const t of tables) {
    if (DERIVED.test(t)) continue;
    let sql = `SELECT * FROM "${t}" ORDER BY rowid`;
    if (t === 'food') sql = `SELECT * FROM food WHERE id > ${usdaMaxId} ORDER BY id`;
    if (t === 'food_measure') sql = `SELECT * FROM food_measure WHERE food_id > ${usdaMaxId} ORDER BY id`;
    parts.push(t, JSON.stringify(db.prepare(sql).raw().all()));
  }
  parts.push('usda', JSON.stringify(db.prepare('SELECT count(*), total(archived), total(id * archived) FROM food').raw().get()));
  parts.push('measures', JSON.stringify(db.prepare('SELECT count(*) FROM food_measure').raw().get()));
  return parts.join('\n');
}
