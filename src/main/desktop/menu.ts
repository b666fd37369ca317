// The application menu as a plain template (no Electron import), so every label, role, accelerator
// and click is unit-tested under Node; src/main/index.ts hands it to Menu.buildFromTemplate.

/** Electron's built-in roles this menu uses (a subset of Electron's MenuItem role union). */
type MenuRole =
  | 'appMenu'
  | 'quit'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'delete'
  | 'selectAll'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'windowMenu'
  | 'help';

export interface MenuItemSpec {
  label?: string;
  role?: MenuRole;
  type?: 'separator';
  accelerator?: string;
  click?: () => void;
  submenu?: MenuItemSpec[];
}

/** Renderer screens the menu opens (ids of src/renderer/src/views/registry.ts). */
export type MenuScreen = 'import' | 'data' | 'about';

export interface MenuMessage {
  title: string;
  message: string;
  detail: string;
}

export interface MenuDeps {
  platform: NodeJS.Platform;
  /** Started for development (HYBRID_PLANNER_DEV=1, from source): the View menu gets reload and developer tools. */
  dev: boolean;
  version: string;
  navigate: (screen: MenuScreen) => void;
  showMessage: (message: MenuMessage) => void;
}

export const FOOD_DATA_CREDIT = 'Food data: USDA ARS, USDA National Nutrient Database for Standard Reference, Release 24 (SR24), public domain.';

/** What the About box says. */
export function aboutMessage(version: string): MenuMessage {
  return {
    title: 'About Hybrid Planner',
    message: `Hybrid Planner ${version}`,
    detail: `A local-first planner for people who train strength and endurance together. Your data stays in one file on this computer.\n\n${FOOD_DATA_CREDIT}`,
  };
}

/** The keys the screens answer to (Today's one-key logging, the Food screen's search and days). */
export const KEYBOARD_SHORTCUTS: ReadonlyArray<readonly [string, string]> = [
  ['F', 'Today: log food'],
  ['W', 'Today: log weight'],
  ['S', 'Today: log sleep'],
  ['R', 'Today: log a run'],
  ['L', 'Today: log a lift'],
  ['Esc', 'Close the open form'],
  ['/', 'Food: search foods'],
  ['[ and ]', 'Food: previous and next day'],
];

export function shortcutsMessage(platform: NodeJS.Platform): MenuMessage {
  const mod = platform === 'darwin' ? 'Cmd' : 'Ctrl';
  const menuKeys: Array<readonly [string, string]> = [
    [`${mod}+I`, 'Import…'],
    [`${mod}+E`, 'Export…'],
    [`${mod}+/`, 'This list'],
  ];
  return {
    title: 'Keyboard shortcuts',
    message: 'Keyboard shortcuts',
    detail: [...KEYBOARD_SHORTCUTS, ...menuKeys].map(([key, what]) => `${key}\t${what}`).join('\n'),
  };
}

/**
 * The JavaScript that moves the renderer to a screen: it only sets the address fragment, which the
 * renderer already follows (hashchange), so no new IPC channel or preload surface is needed and the
 * page is not reloaded. The screen comes from the closed MenuScreen set, JSON-quoted all the same.
 */
export function navigationScript(screen: MenuScreen): string {
  return `location.hash = ${JSON.stringify(`#/${screen}`)};`;
}

export function appMenuTemplate(deps: MenuDeps): MenuItemSpec[] {
  const mac = deps.platform === 'darwin';
  const sep: MenuItemSpec = { type: 'separator' };
  const file: MenuItemSpec = {
    label: 'File',
    submenu: [
      { label: 'Import…', accelerator: 'CmdOrCtrl+I', click: () => deps.navigate('import') },
      { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => deps.navigate('data') },
      { label: 'Back up now', click: () => deps.navigate('data') },
      // On macOS Quit lives in the app menu.
      ...(mac ? [] : [sep, { role: 'quit' as const, label: 'Quit' }]),
    ],
  };
  const edit: MenuItemSpec = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      sep,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' as const }] : []),
      { role: 'delete' },
      sep,
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemSpec = {
    label: 'View',
    submenu: [
      // A reload throws away unsaved form input, so the packaged app does not offer it.
      ...(deps.dev ? [{ role: 'reload' as const }, { role: 'forceReload' as const }, { role: 'toggleDevTools' as const }, sep] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      sep,
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemSpec = {
    role: 'help',
    label: 'Help',
    submenu: [
      { label: 'About Hybrid Planner', click: () => deps.showMessage(aboutMessage(deps.version)) },
      { label: 'Credits', click: () => deps.navigate('about') },
      { label: 'Keyboard shortcuts', accelerator: 'CmdOrCtrl+/', click: () => deps.showMessage(shortcutsMessage(deps.platform)) },
    ],
  };
  return [...(mac ? [{ role: 'appMenu' as const }] : []), file, edit, view, ...(mac ? [{ role: 'windowMenu' as const }] : []), help];
}
