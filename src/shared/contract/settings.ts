import { z } from 'zod';
import { Empty, method } from './common';

// Preferences of the app itself (not of the athlete): kept in the database, so they follow it to
// another computer or browser port, and a backup carries them.

export const Theme = z.enum(['system', 'light', 'dark'], { error: 'theme must be "system", "light" or "dark"' });
export type Theme = z.infer<typeof Theme>;

export const AppSettings = z.object({
  /** "system" follows the operating system's light or dark mode. */
  theme: Theme,
});
export type AppSettings = z.infer<typeof AppSettings>;

export const settingsMethods = {
  'settings.get': method('The app settings (theme).', Empty, AppSettings),
  'settings.set': method('Change app settings (any subset).', AppSettings.partial().strict(), AppSettings),
};
