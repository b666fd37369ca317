// The Settings screen's data: the theme (kept in the database, applied to <html>) and the meal slots.
import type { Output } from '../../../../shared/contract';
import type { Theme } from '../../../../shared/contract/settings';
import { call } from '../api';

export type MealSlot = Output<'mealSlot.list'>[number];

/** "system" leaves the choice to prefers-color-scheme; light or dark override it (app.css). */
function applyTheme(theme: Theme): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

class SettingsStore {
  theme = $state<Theme>('system');
  slots = $state.raw<MealSlot[]>([]);

  /** Reads the stored theme and applies it; the shell calls this once at start. */
  async loadTheme(): Promise<void> {
    this.theme = (await call('settings.get', {})).theme;
    applyTheme(this.theme);
  }

  async setTheme(theme: Theme): Promise<void> {
    this.theme = (await call('settings.set', { theme })).theme;
    applyTheme(this.theme);
  }

  async loadSlots(): Promise<void> {
    this.slots = await call('mealSlot.list', {});
  }

  async renameSlot(id: number, name: string): Promise<void> {
    await call('mealSlot.rename', { id, name });
    await this.loadSlots();
  }

  async addSlot(name: string): Promise<void> {
    await call('mealSlot.add', { name });
    await this.loadSlots();
  }

  /** Moves one slot up (-1) or down (+1) in the order. */
  async moveSlot(id: number, by: -1 | 1): Promise<void> {
    const ids = this.slots.map((s) => s.id);
    const i = ids.indexOf(id);
    const j = i + by;
    if (i < 0 || j < 0 || j >= ids.length) return;
    [ids[i], ids[j]] = [ids[j], ids[i]];
    this.slots = await call('mealSlot.reorder', { ids });
  }
}

export const settings = new SettingsStore();
