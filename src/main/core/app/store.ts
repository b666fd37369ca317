// The app domain's reads: whether the database holds anything the user entered, asked of each domain.
import type Database from 'better-sqlite3';
import { hasAnyEntry } from '../diary/store';
import { hasUserFoods } from '../food/store/foods';
import { hasProfile } from '../profile/store';
import { hasAnyNight } from '../sleep/store';
import { hasAnySession } from '../training/store/sessions';
import { hasAnyWeighIn } from '../weight/store';
import { statement } from '../../store/statements';

/** Nothing the user entered: the demo must never be mixed into real data. */
export function isEmpty(db: Database.Database): boolean {
  return !hasProfile(db) && !hasAnyWeighIn(db) && !hasAnyEntry(db) && !hasUserFoods(db) && !hasAnySession(db) && !hasAnyNight(db);
}

// ---- app settings: one row of the settings table per key ----

export function readSetting(db: Database.Database, key: string): string | undefined {
  return statement(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
}

/** App preferences change no day's numbers: there is nothing for recordChange to report. */
export function writeSetting(db: Database.Database, key: string, value: string): void {
  statement(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}
