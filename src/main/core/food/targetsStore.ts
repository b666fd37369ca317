// The nutrition targets' one setting (the targets the user chose, as JSON).
import type Database from 'better-sqlite3';
import { statement } from '../../store/statements';

const TARGETS_KEY = 'nutrition.targets';

export function readTargetsSetting(db: Database.Database): string | undefined {
  return statement(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(TARGETS_KEY) as string | undefined;
}

export function writeTargetsSetting(db: Database.Database, json: string): void {
  statement(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(TARGETS_KEY, json);
}
