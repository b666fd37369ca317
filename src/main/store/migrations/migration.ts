import type Database from 'better-sqlite3';

/** One schema version: its number, a name, and the step from the version before. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}
