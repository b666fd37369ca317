// The desktop app's main process. Only this file (and the preload) import Electron; the core
// runs the same under plain Node for the CLI, browser mode and tests.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { Menu, screen } from 'electron';
import { systemClock, type CoreContext } from './core/context';
import { APP_ENTRY_URL, APP_HOST, APP_SCHEME, appOrigins, BRIDGE_PRELOAD_ID, bridgeMatches, DESKTOP_CSP, devCsp, developmentRendererUrl } from './desktop/policy';
import { registerIpc } from './ipc';
import { mimeOf, resolveStaticFile } from './server/staticFiles';
import { openDatabase } from './store/db';
import { startRollingBackups } from './core/backup/rolling';
import { electronNativeBinding } from './store/nativeBinding';
import { defaultDataDir, resolveDbPath } from './store/paths';
import { appMenuTemplate, navigationScript } from './desktop/menu';
import { loadWindowState, trackWindowState, WINDOW_STATE_FILE, windowBounds } from './desktop/windowState';

// Must happen before 'ready': app:// behaves like https (secure, standard origin) for the renderer.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
// Every renderer sandboxed, whatever a window's options say.
app.enableSandbox();
// Chromium's own storage goes into the same per-user folder as the database (the one the CLI and
// browser mode compute without Electron), so the app keeps everything in one place.
app.setPath('userData', defaultDataDir());

function dbFlag(argv: string[]): string | undefined {
  const i = argv.indexOf('--db');
  return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--db='))?.slice(5);
}

function openStore(): CoreContext {
  const dbPath = resolveDbPath(dbFlag(process.argv));
  const nativeBinding = electronNativeBinding(app.getAppPath(), process.versions);
  if (!nativeBinding) {
    throw new Error(
      `better-sqlite3 is not built for Electron ${process.versions.electron} yet (.electron-native/${process.versions.electron}/better_sqlite3.node). Start the app with "npm start", which builds it.`,
    );
  }
  const db = openDatabase(dbPath, { nativeBinding });
  return { db, dbPath, ...systemClock() };
}

/**
 * Locks down every web contents the app ever creates: no navigation (loadURL does not ask, and
 * the renderer moves between views with in-page hash changes only), no new windows, no webviews,
 * no links opened outside.
 */
function lockDownWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (e) => e.preventDefault());
    contents.on('will-frame-navigate', (e) => e.preventDefault());
    contents.on('will-redirect', (e) => e.preventDefault());
    contents.on('will-attach-webview', (e) => e.preventDefault());
    // The app links to no outside page, so nothing is handed to the OS browser either.
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

function lockDownSession(devUrl: string | undefined): void {
  const ses = session.defaultSession;
  // The contract bridge runs in the app's own documents only, whichever window shows them (the
  // sandboxed renderer loads the session's frame preloads too).
  ses.registerPreloadScript({ type: 'frame', id: BRIDGE_PRELOAD_ID, filePath: join(__dirname, '../preload/index.js'), matches: bridgeMatches(devUrl) });
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  // The CSP as a response header too (the <meta> tag alone does not cover everything, e.g. frame-ancestors).
  const csp = devUrl ? devCsp(devUrl) : DESKTOP_CSP;
  ses.webRequest.onHeadersReceived((details, callback) => {
    // electronegativity-waiver CSP_GLOBAL_CHECK: the value is DESKTOP_CSP (devCsp in development), which the scanner cannot read; tests check its directives
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
  // The built renderer over app://hybrid-planner/, confined to out/renderer.
  const rendererDir = join(__dirname, '../renderer');
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveStaticFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
    return new Response(await readFile(file), {
      headers: { 'Content-Type': mimeOf(file), 'Content-Security-Policy': DESKTOP_CSP, 'X-Content-Type-Options': 'nosniff' },
    });
  });
}

async function main(): Promise<void> {
  // One process owns the database file at a time.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  lockDownWebContents();
  await app.whenReady();
  const devUrl = developmentRendererUrl(process.env, app.isPackaged);
  lockDownSession(devUrl);

  let ctx: CoreContext;
  try {
    ctx = openStore();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err); // AppError: db_too_new says what to do
    dialog.showErrorBox('Hybrid Planner cannot open its database', message);
    app.exit(1);
    return;
  }
  registerIpc(ipcMain, ctx, appOrigins(devUrl));
  startRollingBackups(ctx);
  app.on('window-all-closed', () => {
    ctx.db.close();
    app.quit();
  });

  const windowStateFile = join(app.getPath('userData'), WINDOW_STATE_FILE);
  const windowState = loadWindowState(windowStateFile, screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow({
    ...windowBounds(windowState),
    title: 'Hybrid Planner',
    show: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // A middle click on a link would ask for a new window (denied anyway): not even the request.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => win.show());
  trackWindowState(win, windowStateFile, windowState);
  const navigate = (to: Parameters<typeof navigationScript>[0]) => void win.webContents.executeJavaScript(navigationScript(to));
  const showMessage = (m: Electron.MessageBoxOptions) => void dialog.showMessageBox(win, { type: 'info', buttons: ['OK'], ...m });
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate({ platform: process.platform, dev: !app.isPackaged && process.env.HYBRID_PLANNER_DEV === '1', version: app.getVersion(), navigate, showMessage })));
  app.on('second-instance', () => {
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  await win.loadURL(devUrl ?? APP_ENTRY_URL);
}

void main();
