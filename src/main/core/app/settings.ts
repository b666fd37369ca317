// The app's own preferences (theme), stored as keys of the settings table.
import type { AppSettings } from '../../../shared/contract/settings';
import { Theme } from '../../../shared/contract/settings';
import type { DomainHandlers } from '../handlerTypes';
import { readSetting, writeSetting } from './store';

const THEME_KEY = 'app.theme';

function readSettings(db: Parameters<typeof readSetting>[0]): AppSettings {
  // A value written by a newer version that this one does not know falls back to the default.
  const theme = Theme.safeParse(readSetting(db, THEME_KEY));
  return { theme: theme.success ? theme.data : 'system' };
}

export const settingsHandlers: DomainHandlers<'settings.get' | 'settings.set'> = {
  'settings.get': (_input, ctx) => readSettings(ctx.db),
  'settings.set': (input, ctx) => {
    if (input.theme !== undefined) writeSetting(ctx.db, THEME_KEY, input.theme);
    return readSettings(ctx.db);
  },
};
