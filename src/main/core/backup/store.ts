// The backup domain's SQL: its one setting, the copy itself, and what a backup file holds (asked of
// the backup's own connection, which may be of an older schema, so only tables it has are counted).
import type Database from 'better-sqlite3';
import { statement } from '../../store/statements';
import { recordChange } from '../changes';

const KEEP_KEY = 'backup.keep';

export function readKeep(db: Database.Database): number | null {
  const v = statement(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(KEEP_KEY) as string | undefined;
  return v === undefined ? null : Number(v);
}

export function writeKeep(db: Database.Database, keep: number): void {
  statement(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(KEEP_KEY, String(keep));
  // No day's numbers depend on it.
  recordChange(db, []);
}

/** A consistent, compacted copy of what `source` sees committed, written to `dest` (which must not exist). */
export function vacuumInto(source: Database.Database, dest: string): void {
  source.prepare('VACUUM INTO ?').run(dest);
}

export interface FileFacts {
  applicationId: number;
  userVersion: number;
  /** 'ok', or SQLite's first complaint. */
  integrity: string;
  tables: Set<string>;
}

export function fileFacts(db: Database.Database): FileFacts {
  const rows = db.pragma('quick_check(1)') as { quick_check: string }[];
  return {
    applicationId: db.pragma('application_id', { simple: true }) as number,
    userVersion: db.pragma('user_version', { simple: true }) as number,
    integrity: rows[0]?.quick_check ?? 'no answer',
    tables: new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]),
  };
}

const COUNTS = {
  weighIns: ['weigh_ins', 'SELECT count(*) FROM weigh_ins'],
  diaryEntries: ['diary_entry', 'SELECT count(*) FROM diary_entry WHERE deleted_at IS NULL'],
  diaryDays: ['diary_day', 'SELECT count(*) FROM diary_day'],
  customFoods: ['food', "SELECT count(*) FROM food WHERE source = 'custom'"],
  recipes: ['food', "SELECT count(*) FROM food WHERE source = 'recipe'"],
  sessions: ['training_sessions', 'SELECT count(*) FROM training_sessions'],
  sets: ['lift_sets', 'SELECT count(*) FROM lift_sets'],
  sleepNights: ['sleep_nights', 'SELECT count(*) FROM sleep_nights'],
  routines: ['routines', 'SELECT count(*) FROM routines'],
  templates: ['session_templates', 'SELECT count(*) FROM session_templates'],
} as const;
export type Counts = { [K in keyof typeof COUNTS]: number };

const DATED = [
  ['weigh_ins', 'SELECT min(date), max(date) FROM weigh_ins'],
  ['diary_entry', 'SELECT min(date), max(date) FROM diary_entry WHERE deleted_at IS NULL'],
  ['training_sessions', 'SELECT min(date), max(date) FROM training_sessions'],
  ['sleep_nights', 'SELECT min(date), max(date) FROM sleep_nights'],
] as const;

export function contents(db: Database.Database, tables: Set<string>): { counts: Counts; from: string | null; to: string | null; hasProfile: boolean } {
  const count = (table: string, sql: string) => (tables.has(table) ? (db.prepare(sql).pluck().get() as number) : 0);
  const counts = Object.fromEntries(Object.entries(COUNTS).map(([k, [table, sql]]) => [k, count(table, sql)])) as Counts;
  let from: string | null = null;
  let to: string | null = null;
  for (const [table, sql] of DATED) {
    if (!tables.has(table)) continue;
    const [lo, hi] = db.prepare(sql).raw().get() as [string | null, string | null];
    if (lo && (!from || lo < from)) from = lo;
    if (hi && (!to || hi > to)) to = hi;
  }
  const hasProfile = tables.has('profile') && (db.prepare('SELECT count(*) FROM profile').pluck().get() as number) > 0;
  return { counts, from, to, hasProfile };
}
