import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/store/db';

/**
 * Schema guard: every table, index, trigger and view of a freshly migrated database. A change here
 * means a migration changed the schema: check it is additive (new tables, columns, indexes), then
 * update the snapshot with `npx vitest run tests/unit/store/schema.test.ts -u` and commit it.
 */
describe('schema snapshot', () => {
  it('matches the committed schema of a freshly migrated database', async () => {
    const db = openDatabase(':memory:');
    const rows = db
      .prepare(
        `SELECT type, name, tbl_name, sql FROM sqlite_master
         WHERE name NOT LIKE 'sqlite_%' ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN 'view' THEN 2 ELSE 3 END, tbl_name, name`,
      )
      .all() as { type: string; name: string; tbl_name: string; sql: string | null }[];
    const text =
      `-- schema version ${db.pragma('user_version', { simple: true })}\n\n` +
      rows.map((r) => `-- ${r.type} ${r.name} on ${r.tbl_name}\n${(r.sql ?? '(automatic)').replace(/[ \t]+$/gm, '')};\n`).join('\n');
    await expect(text).toMatchFileSnapshot('./schema.snapshot.sql');
  });
});
