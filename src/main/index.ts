import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, session, shell } from 'electron';
import { systemClock, type CoreContext } from './core/context';
import { registerIpc } from './ipc';
import { openDatabase } from './store/db';
import { electronNativeBinding } from './store/nativeBinding';
import { resolveDbPath } from './store/paths';

const ALLOWED_EXTERNAL = new Set(['https://fdc.nal.usda.gov', 'https://www.ars.usda.gov']);

function dbFlag(argv: string[]): string | undefined {
  const i = argv.indexOf('--db');
  return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--db='))?.slice(5);
}

async function main(): Promise<void> {
  await app.whenReady();
  const dbPath = resolveDbPath(dbFlag(process.argv));
  const db = openDatabase(dbPath, { nativeBinding: electronNativeBinding(app.getAppPath(), process.versions) });
  const ctx: CoreContext = { db, dbPath, ...systemClock() };

  session.defaultSession.setPermissionRequestHandler((_wc, _perm, cb) => cb(false));
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  registerIpc(ipcMain, ctx, devUrl ? [new URL(devUrl).origin] : ['file://']);

  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'Hybrid Planner',
    show: false,
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  win.once('ready-to-show', () => win.show());
  win.webContents.on('will-navigate', (e) => e.preventDefault());
  win.webContents.setWindowOpenHandler(({ url }) => {
    try {
      const u = new URL(url);
      if (u.protocol === 'https:' && ALLOWED_EXTERNAL.has(u.origin)) void shell.openExternal(u.toString());
    } catch {
      /* not a URL: ignore */
    }
    return { action: 'deny' };
  });
  if (devUrl) await win.loadURL(devUrl);
  else await win.loadFile(join(__dirname, '../renderer/index.html'));

  app.on('window-all-closed', () => {
    db.close();
    app.quit();
  });
}

void main();
