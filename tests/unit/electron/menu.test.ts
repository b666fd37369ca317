import { describe, expect, it, vi } from 'vitest';
import { appMenuTemplate, navigationScript, type MenuDeps, type MenuItemSpec } from '../../../src/main/desktop/menu';

function deps(over: Partial<MenuDeps> = {}): MenuDeps {
  return { platform: 'linux', dev: false, version: '0.1.0', navigate: vi.fn(), showMessage: vi.fn(), ...over };
}

function menu(template: MenuItemSpec[], label: string): MenuItemSpec[] {
  const m = template.find((t) => t.label === label);
  if (!m?.submenu) throw new Error(`no ${label} menu`);
  return m.submenu;
}

function item(template: MenuItemSpec[], menuLabel: string, label: string): MenuItemSpec {
  const found = menu(template, menuLabel).find((i) => i.label === label);
  if (!found) throw new Error(`no ${menuLabel} › ${label}`);
  return found;
}

const roles = (items: MenuItemSpec[]) => items.filter((i) => i.role).map((i) => i.role);

describe('application menu', () => {
  it('has File, Edit, View and Help on Windows and Linux, with Quit in File', () => {
    const t = appMenuTemplate(deps());
    expect(t.map((m) => m.label ?? m.role)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(menu(t, 'File').map((i) => i.label ?? i.type)).toEqual(['Import…', 'Export…', 'Back up now', 'separator', 'Quit']);
    expect(item(t, 'File', 'Quit').role).toBe('quit');
  });

  it('on macOS starts with the app menu role (Quit, Hide, Services live there) and adds the Window menu', () => {
    const t = appMenuTemplate(deps({ platform: 'darwin' }));
    expect(t.map((m) => m.label ?? m.role)).toEqual(['appMenu', 'File', 'Edit', 'View', 'windowMenu', 'Help']);
    expect(menu(t, 'File').map((i) => i.label)).toEqual(['Import…', 'Export…', 'Back up now']);
    expect(roles(menu(t, 'Edit'))).toContain('pasteAndMatchStyle');
  });

  it('File opens the import screen and the data screen (export, back up) in the window', () => {
    const d = deps();
    const t = appMenuTemplate(d);
    expect(item(t, 'File', 'Import…').accelerator).toBe('CmdOrCtrl+I');
    expect(item(t, 'File', 'Export…').accelerator).toBe('CmdOrCtrl+E');
    item(t, 'File', 'Import…').click?.();
    item(t, 'File', 'Export…').click?.();
    item(t, 'File', 'Back up now').click?.();
    expect(vi.mocked(d.navigate).mock.calls).toEqual([['import'], ['data'], ['data']]);
  });

  it('Edit holds the standard roles so copy and paste work in every field', () => {
    expect(roles(menu(appMenuTemplate(deps()), 'Edit'))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll']);
  });

  it('View offers reload and developer tools only in development; zoom and full screen always', () => {
    expect(roles(menu(appMenuTemplate(deps()), 'View'))).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(roles(menu(appMenuTemplate(deps({ dev: true })), 'View'))).toEqual(['reload', 'forceReload', 'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('Help › About shows the version and the USDA SR24 credit', () => {
    const d = deps({ version: '1.2.3' });
    item(appMenuTemplate(d), 'Help', 'About Hybrid Planner').click?.();
    const shown = vi.mocked(d.showMessage).mock.calls[0][0];
    expect(shown.message).toBe('Hybrid Planner 1.2.3');
    expect(shown.detail).toContain('USDA National Nutrient Database for Standard Reference, Release 24');
  });

  it('Help › Credits opens the About screen', () => {
    const d = deps();
    item(appMenuTemplate(d), 'Help', 'Credits').click?.();
    expect(d.navigate).toHaveBeenCalledWith('about');
  });

  it('Help › Keyboard shortcuts lists Today’s one-key logging and the menu keys in the platform’s words', () => {
    const d = deps({ platform: 'darwin' });
    const shortcuts = item(appMenuTemplate(d), 'Help', 'Keyboard shortcuts');
    expect(shortcuts.accelerator).toBe('CmdOrCtrl+/');
    shortcuts.click?.();
    const lines = vi.mocked(d.showMessage).mock.calls[0][0].detail.split('\n');
    expect(lines).toContain('F\tToday: log food');
    expect(lines).toContain('R\tToday: log a run');
    expect(lines).toContain('Cmd+I\tImport…');
    const linux = deps();
    item(appMenuTemplate(linux), 'Help', 'Keyboard shortcuts').click?.();
    expect(vi.mocked(linux.showMessage).mock.calls[0][0].detail).toContain('Ctrl+E\tExport…');
  });

  it('no two items share an accelerator', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const all = appMenuTemplate(deps({ platform, dev: true })).flatMap((m) => m.submenu ?? []).flatMap((i) => (i.accelerator ? [i.accelerator] : []));
      expect(new Set(all).size).toBe(all.length);
    }
  });
});

describe('navigation from the menu', () => {
  it('only sets the address fragment the renderer follows', () => {
    expect(navigationScript('import')).toBe('location.hash = "#/import";');
    expect(navigationScript('data')).toBe('location.hash = "#/data";');
  });

  it('names screens the renderer has', async () => {
    // The registry imports Svelte components, so read its ids as text.
    const { readFileSync } = await import('node:fs');
    const registry = readFileSync(new URL('../../../src/renderer/src/views/registry.ts', import.meta.url), 'utf8');
    for (const screen of ['import', 'data', 'about']) expect(registry).toContain(`id: '${screen}'`);
  });
});
