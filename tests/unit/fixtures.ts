import Database from 'better-sqlite3';
import type { CoreContext } from '../../src/main/core/context';

// Databases that take seconds to fill (the demo, a year of the synthetic athlete) are built once per
// test file and key, then every test gets a private copy: a deserialized snapshot, as separate
// from the others as a fresh build, with cold caches (they are kept per connection).
const snapshots = new Map<string, { image: Buffer; dbPath: string; today: string }>();

/**
 * A private copy of the database `build` makes, which runs once per test file for each `key`.
 * `build` must be deterministic: every copy stands for a fresh build.
 */
export function snapshotContext(key: string, build: () => CoreContext): CoreContext {
  let snap = snapshots.get(key);
  if (!snap) {
    const ctx = build();
    snap = { image: ctx.db.serialize(), dbPath: ctx.dbPath, today: ctx.today() };
    snapshots.set(key, snap);
    ctx.db.close();
  }
  const db = new Database(snap.image);
  db.pragma('foreign_keys = ON');
  const today = snap.today;
  return { db, dbPath: snap.dbPath, today: () => today, now: () => new Date(`${today}T12:00:00Z`) };
}
