import type Database from 'better-sqlite3';

// Prepared statements, prepared once per connection: stores run the same reads for every day, week
// and keystroke. This holds no data, so it never needs invalidating.
const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** The prepared statement for `sql` on this connection. */
export function statement(db: Database.Database, sql: string): Database.Statement {
  let map = statements.get(db);
  if (!map) statements.set(db, (map = new Map()));
  let st = map.get(sql);
  if (!st) map.set(sql, (st = db.prepare(sql)));
  return st;
}
