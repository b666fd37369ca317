import type { Migration } from './migration';

// Imports: each import is a batch (which file, when, what it added), and each row it wrote remembers
// the batch and its key in the source. The key is unique, so the same row in a second import, or in
// an overlapping later export, is recognised and skipped; undoing a batch deletes exactly its rows.
export const migration009Imports: Migration = {
  version: 9,
  name: 'imports',
  up(db) {
    db.exec(`
      CREATE TABLE import_batch (
        id INTEGER PRIMARY KEY,
        format TEXT NOT NULL,
        file_name TEXT NOT NULL,
        file_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        counts TEXT NOT NULL DEFAULT '{}',           -- JSON: what the batch added, by kind
        undone_at TEXT
      );
      CREATE TABLE import_row (
        source_key TEXT NOT NULL,
        batch_id INTEGER NOT NULL REFERENCES import_batch(id),
        kind TEXT NOT NULL CHECK (kind IN ('weight','sleep','food','day','session','exercise')),
        row_id INTEGER NOT NULL,                     -- the written row's id (0 for a day's mark)
        day TEXT NOT NULL,                           -- the day the row is on
        UNIQUE (source_key, kind)
      );
      CREATE INDEX import_row_batch ON import_row(batch_id);
    `);
  },
};
