import { openDatabase } from '../../src/main/store/db';
import type { CoreContext } from '../../src/main/core/context';

/** A fresh, fully migrated in-memory database with a fixed "today". */
export function testContext(today = '2026-11-26'): CoreContext {
  const db = openDatabase(':memory:');
  return { db, dbPath: ':memory:', today: () => today, now: () => new Date(`${today}T12:00:00Z`) };
}
