import type { Migration } from './migration';

/** SQLite's application id for our files ('HPln'): how a file says it is a Hybrid Planner database. */
export const APPLICATION_ID = 0x48506c6e;

// Stamps every database, new or from an earlier version, with our application id, so that opening
// can tell our files from other programs' SQLite files before writing anything.
export const migration007Identity: Migration = {
  version: 7,
  name: 'identity',
  up(db) {
    db.pragma(`application_id = ${APPLICATION_ID}`);
  },
};
