// The desktop main process started against a mocked `electron`: the window opens where it was left,
// the application menu is installed, and its items reach the window. Anything of Electron this test
// does not look at is a silent stand-in, so the shell can grow without this test knowing about it.
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MenuItemSpec } from '../../../src/main/desktop/menu';

/** A callable object whose every property is another one (and never a thenable). */
function standIn(): unknown {
  const fn = () => standIn();
  return new Proxy(fn, { get: (_t, key) => (key === 'then' ? undefined : standIn()), apply: () => standIn() });
}

/** An Electron module object: the listed members, anything else a stand-in. */
function electronObject<T extends object>(members: T): T {
  return new Proxy(members, { get: (t, key) => (key in t ? t[key as keyof T] : key === 'then' ? undefined : standIn()) });
}

class FakeWindow extends EventEmitter {
  maximized = false;
  webContents = { executeJavaScript: vi.fn(async () => undefined) };
  constructor(public options: Record<string, unknown>) {
    super();
  }
  loadURL = vi.fn(async () => undefined);
  show(): void {}
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isMinimized(): boolean {
    return false;
  }
  getNormalBounds() {
    return { x: 120, y: 80, width: 1111, height: 777 };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'hp-main-'));
const windows: FakeWindow[] = [];
const appHandlers = new Map<string, () => void>();
let template: MenuItemSpec[] | null = null;
const showMessageBox = vi.fn(async () => ({ response: 0 }));
const argv = process.argv;

beforeAll(async () => {
  writeFileSync(join(dir, 'window-state.json'), JSON.stringify({ x: 300, y: 200, width: 1000, height: 700, maximized: true }));
  process.argv = [...argv, '--db', join(dir, 'planner.db')];
  vi.doMock('electron', () => ({
    app: electronObject({
      isPackaged: true,
      whenReady: async () => undefined,
      requestSingleInstanceLock: () => true,
      getPath: () => dir,
      getAppPath: () => dir,
      getVersion: () => '0.1.0',
      on: (event: string, listener: () => void) => appHandlers.set(event, listener),
    }),
    BrowserWindow: class extends FakeWindow {
      constructor(options: Record<string, unknown>) {
        super(options);
        windows.push(this);
      }
    },
    Menu: electronObject({
      buildFromTemplate: (t: MenuItemSpec[]) => (template = t),
      setApplicationMenu: () => undefined,
    }),
    screen: electronObject({ getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] }),
    dialog: electronObject({ showMessageBox, showErrorBox: (title: string, message: string) => console.error(title, message) }),
    ipcMain: standIn(),
    protocol: standIn(),
    session: standIn(),
    shell: standIn(),
  }));
  // Node's own build of better-sqlite3 stands in for Electron's; no automatic backups during the test.
  const nodeBinding = createRequire(import.meta.url).resolve('better-sqlite3/build/Release/better_sqlite3.node');
  vi.doMock('../../../src/main/store/nativeBinding', () => ({ electronNativeBinding: () => nodeBinding }));
  vi.doMock('../../../src/main/core/backup/rolling', () => ({ startRollingBackups: () => () => undefined }));
  await import('../../../src/main/index');
  await vi.waitFor(() => expect(windows[0]?.loadURL).toHaveBeenCalled());
});

afterAll(() => {
  appHandlers.get('window-all-closed')?.(); // closes the database
  process.argv = argv;
  vi.doUnmock('electron');
  vi.doUnmock('../../../src/main/store/nativeBinding');
  vi.doUnmock('../../../src/main/core/backup/rolling');
  rmSync(dir, { recursive: true, force: true });
});

function click(menuLabel: string, label: string): void {
  const item = template?.find((m) => m.label === menuLabel)?.submenu?.find((i) => i.label === label);
  if (!item?.click) throw new Error(`no ${menuLabel} › ${label}`);
  item.click();
}

describe('desktop main process', () => {
  it('opens the window where it was left, and maximizes it once it is ready', () => {
    const win = windows[0];
    expect(win.options).toMatchObject({ x: 300, y: 200, width: 1000, height: 700 });
    expect(win.maximized).toBe(false);
    win.emit('ready-to-show');
    expect(win.maximized).toBe(true);
  });

  it('the menu’s File and Help items move the window’s page to the import, data and about screens', () => {
    const run = windows[0].webContents.executeJavaScript;
    click('File', 'Import…');
    click('File', 'Export…');
    click('Help', 'Credits');
    expect(run.mock.calls).toEqual([['location.hash = "#/import";'], ['location.hash = "#/data";'], ['location.hash = "#/about";']]);
  });

  it('Help › About shows the app’s version in a dialog on the window', () => {
    click('Help', 'About Hybrid Planner');
    expect(showMessageBox).toHaveBeenCalledWith(windows[0], expect.objectContaining({ message: 'Hybrid Planner 0.1.0', buttons: ['OK'] }));
  });

  it('the packaged app has no reload in its View menu', () => {
    const view = template?.find((m) => m.label === 'View')?.submenu ?? [];
    expect(view.map((i) => i.role)).not.toContain('reload');
  });

  it('closing the window saves where it is', () => {
    windows[0].emit('close');
    expect(JSON.parse(readFileSync(join(dir, 'window-state.json'), 'utf8'))).toEqual({ x: 120, y: 80, width: 1111, height: 777, maximized: true });
  });
});
