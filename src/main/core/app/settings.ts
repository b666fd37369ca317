// The app's own preferences (theme), stored as keys of the settings table.
import type Database from 'better-sqlite3';
import type { AppSettings } from '../../../shared/contract/settings';
import { Theme } from '../../../shared/contract/settings';
import { readSetting, writeSetting } from './store';

const THEME_KEY = 'app.theme';

export function readSettings(db: Database.Database): AppSettings {
  // A value written by a newer version that this one does not know falls back to the default.
  const theme = Theme.safeParse(readSetting(db, THEME_KEY));
  return { theme: theme.success ? theme.data : 'system' };
}

export function writeSettings(db: Database.Database, patch: Partial<AppSettings>): AppSettings {
  if (patch.theme !== undefined) writeSetting(db, THEME_KEY, patch.theme);
  return readSettings(db);
}
