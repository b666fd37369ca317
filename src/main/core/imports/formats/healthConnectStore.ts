// All SQL of the Health Connect importer: it reads another app's SQLite file (a temporary copy, opened
// read-only), never the planner's database. Each table whole, in time order; a table the export does
// not have reads as no rows.
import Database from 'better-sqlite3';

export type Row = Record<string, unknown>;

const TABLES = {
  weight: ['weight_record_table', 'time'],
  nutrition: ['nutrition_record_table', 'start_time'],
  sleepSessions: ['sleep_session_record_table', 'start_time'],
  sleepStages: ['sleep_stages_table', 'stage_start_time'],
  exercise: ['exercise_session_record_table', 'start_time'],
} as const;

export type HealthConnectTables = Record<keyof typeof TABLES, Row[]>;

/** Where better-sqlite3's addon is when this runs bundled (see store/db.ts: the bundle has no lookup of its own). */
function nativeBinding(): string | undefined {
  if (typeof require !== 'function') return undefined;
  try {
    return require.resolve('better-sqlite3/build/Release/better_sqlite3.node');
  } catch {
    return undefined;
  }
}

export function readHealthConnect(file: string): HealthConnectTables {
  const binding = nativeBinding();
  const db = new Database(file, { readonly: true, fileMustExist: true, ...(binding ? { nativeBinding: binding } : {}) });
  try {
    const present = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name));
    const read = ([table, order]: readonly [string, string]): Row[] => (present.has(table) ? (db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).all() as Row[]) : []);
    return {
      weight: read(TABLES.weight),
      nutrition: read(TABLES.nutrition),
      sleepSessions: read(TABLES.sleepSessions),
      sleepStages: read(TABLES.sleepStages),
      exercise: read(TABLES.exercise),
    };
  } finally {
    db.close();
  }
}
