// The desktop main process against Electron's security checklist, run under Node with a recording
// stand-in for the electron module: what src/main/index.ts asks of Electron is what is asserted.
import { isAbsolute, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, DESKTOP_CSP, developmentRendererUrl } from '../../../src/main/desktop/policy';

type Listener = (...args: any[]) => unknown;

interface Recorded {
  appListeners: Map<string, Listener>;
  windows: { options: any; listeners: Map<string, Listener>; loaded: string[]; focused: number; restored: number; minimized: boolean }[];
  sandboxEnabled: boolean;
  privilegedSchemes: any[];
  permissionRequest?: Listener;
  permissionCheck?: Listener;
  devicePermission?: Listener;
  preloads: { type: string; id?: string; filePath: string; matches?: string[] }[];
  headersReceived?: Listener;
  protocolHandlers: Map<string, Listener>;
  quit: number;
  exited: number | null;
  errorBoxes: string[];
  opened: string[];
  lock: boolean;
  ipcChannels: string[];
}

let rec: Recorded = freshRecord();

function freshRecord(): Recorded {
  return {
    appListeners: new Map(),
    windows: [],
    sandboxEnabled: false,
    privilegedSchemes: [],
    protocolHandlers: new Map(),
    preloads: [],
    quit: 0,
    exited: null,
    errorBoxes: [],
    opened: [],
    lock: true,
    ipcChannels: [],
  };
}

// Every member looks `rec` up when called, so each start of the app records into a fresh one.
function fakeElectron() {
  class BrowserWindow {
    private w: Recorded['windows'][number];
    constructor(options: unknown) {
      this.w = { options, listeners: new Map(), loaded: [], focused: 0, restored: 0, minimized: true };
      rec.windows.push(this.w);
    }
    once(event: string, l: Listener) {
      this.w.listeners.set(event, l);
    }
    on(event: string, l: Listener) {
      this.w.listeners.set(event, l);
    }
    isMinimized() {
      return this.w.minimized;
    }
    restore() {
      this.w.restored++;
    }
    focus() {
      this.w.focused++;
    }
    show() {}
    loadURL(url: string) {
      this.w.loaded.push(url);
      return Promise.resolve();
    }
  }
  return {
    app: {
      isPackaged: false,
      enableSandbox: () => (rec.sandboxEnabled = true),
      setPath: () => undefined,
      getAppPath: () => '/app',
      // Window state is read from here (missing: the default size) and written only on move or close.
      getPath: () => '/app/no-user-data',
      getVersion: () => '0.1.0',
      requestSingleInstanceLock: () => rec.lock,
      on: (event: string, l: Listener) => rec.appListeners.set(event, l),
      whenReady: () => Promise.resolve(),
      quit: () => rec.quit++,
      exit: (code: number) => (rec.exited = code),
    },
    BrowserWindow,
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => undefined },
    screen: { getAllDisplays: () => [] },
    dialog: { showErrorBox: (_t: string, m: string) => rec.errorBoxes.push(m) },
    ipcMain: { handle: (ch: string) => rec.ipcChannels.push(ch), removeHandler: () => undefined },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => rec.privilegedSchemes.push(...s),
      handle: (scheme: string, l: Listener) => rec.protocolHandlers.set(scheme, l),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (l: Listener) => (rec.permissionRequest = l),
        setPermissionCheckHandler: (l: Listener) => (rec.permissionCheck = l),
        setDevicePermissionHandler: (l: Listener) => (rec.devicePermission = l),
        registerPreloadScript: (script: Recorded['preloads'][number]) => (rec.preloads.push(script), script.id),
        webRequest: { onHeadersReceived: (l: Listener) => (rec.headersReceived = l) },
      },
    },
    shell: { openExternal: (url: string) => rec.opened.push(url) },
  };
}

vi.mock('electron', () => fakeElectron());
vi.mock('../../../src/main/store/nativeBinding', () => ({ electronNativeBinding: () => '/app/.electron-native/better_sqlite3.node' }));
vi.mock('../../../src/main/store/db', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/main/store/db')>();
  return { ...real, openDatabase: () => real.openDatabase(':memory:') };
});

async function startApp(env: Record<string, string | undefined> = {}, lock = true): Promise<void> {
  vi.resetModules();
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    rec = freshRecord();
    rec.lock = lock;
    await import('../../../src/main/index');
    // main() is async: let it run to loadURL.
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
  } finally {
    process.env = saved;
  }
}

/** A web contents as Electron hands it to 'web-contents-created': records its handlers. */
function contents() {
  const on = new Map<string, Listener>();
  let openHandler: Listener | undefined;
  return {
    on: (e: string, l: Listener) => on.set(e, l),
    setWindowOpenHandler: (l: Listener) => (openHandler = l),
    fire(e: string) {
      let prevented = false;
      on.get(e)?.({ preventDefault: () => (prevented = true) }, 'https://evil.example/');
      return prevented;
    },
    open: (url: string) => openHandler?.({ url }),
  };
}

beforeEach(() => {
  process.env.HYBRID_PLANNER_QUIET = '1';
});
afterEach(() => vi.resetModules());

describe('the desktop window follows Electron’s security checklist', () => {
  it('renderer: context isolation, sandbox (also app-wide), no Node, web security, no insecure content, no webview', async () => {
    await startApp();
    expect(rec.sandboxEnabled).toBe(true);
    expect(rec.windows).toHaveLength(1);
    const prefs = rec.windows[0].options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    // The bridge is not the window's: the session runs it in the app's own documents only.
    expect(prefs.preload).toBeUndefined();
    // Nothing experimental switched on.
    expect(prefs.experimentalFeatures).toBeUndefined();
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.nodeIntegrationInWorker).toBeUndefined();
  });

  it('loads only its own content, over app:// rather than file:// or the network', async () => {
    await startApp();
    expect(rec.windows[0].loaded).toEqual([APP_ENTRY_URL]);
    expect(rec.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    const served = (await rec.protocolHandlers.get('app')!({ url: 'app://elsewhere/index.html' })) as Response;
    expect(served.status).toBe(404);
  });

  it('runs the contract bridge (the preload) only in documents from app://, sandboxed, registered on the session once', async () => {
    await startApp();
    expect(rec.preloads).toHaveLength(1);
    const [bridge] = rec.preloads;
    expect(bridge).toMatchObject({ type: 'frame', id: 'hybrid-planner-bridge', matches: ['app://hybrid-planner/*'] });
    // Electron refuses a relative path; the build puts the preload beside the main bundle.
    expect(isAbsolute(bridge.filePath)).toBe(true);
    expect(bridge.filePath.endsWith(join('preload', 'index.js'))).toBe(true);
    expect(rec.windows[0].options.webPreferences.sandbox).toBe(true);

    await startApp({ ELECTRON_RENDERER_URL: 'http://localhost:5173/', HYBRID_PLANNER_DEV: '1' });
    expect(rec.preloads[0].matches).toEqual(['app://hybrid-planner/*', 'http://localhost:5173/*']);
  });

  it('blocks navigation, redirects, webviews and new windows; hands no page to the OS browser', async () => {
    await startApp();
    const wc = contents();
    rec.appListeners.get('web-contents-created')!({}, wc);
    for (const e of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) expect(wc.fire(e), e).toBe(true);
    for (const url of ['https://evil.example/', 'https://fdc.nal.usda.gov/', 'file:///etc/passwd', 'app://hybrid-planner/index.html']) {
      expect(wc.open(url), url).toEqual({ action: 'deny' });
    }
    expect(rec.opened).toEqual([]);
  });

  it('denies every permission request and check (camera, geolocation, notifications, devices…)', async () => {
    await startApp();
    const answers: boolean[] = [];
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) rec.permissionRequest!({}, p, (ok: boolean) => answers.push(ok));
    expect(answers).toEqual([false, false, false, false, false]);
    expect(rec.permissionCheck!({}, 'media')).toBe(false);
    expect(rec.devicePermission!({ deviceType: 'usb' })).toBe(false);
  });

  it('sends the strict CSP as a response header on everything the session loads', async () => {
    await startApp();
    let headers: any;
    rec.headersReceived!({ responseHeaders: { 'X-Other': ['1'] } }, (r: any) => (headers = r.responseHeaders));
    expect(headers['Content-Security-Policy']).toEqual([DESKTOP_CSP]);
    expect(headers['X-Other']).toEqual(['1']);
  });

  it('is single-instance: a second start quits at once, and the first window comes to the front', async () => {
    await startApp({}, false);
    expect(rec.quit).toBe(1);
    expect(rec.windows).toHaveLength(0);

    await startApp();
    rec.appListeners.get('second-instance')!();
    expect(rec.windows[0].restored).toBe(1);
    expect(rec.windows[0].focused).toBe(1);
  });

  it('ignores ELECTRON_RENDERER_URL unless started for development (HYBRID_PLANNER_DEV=1)', async () => {
    await startApp({ ELECTRON_RENDERER_URL: 'http://localhost:5173/', HYBRID_PLANNER_DEV: undefined });
    expect(rec.windows[0].loaded).toEqual([APP_ENTRY_URL]);
    await startApp({ ELECTRON_RENDERER_URL: 'http://localhost:5173/', HYBRID_PLANNER_DEV: '1' });
    expect(rec.windows[0].loaded).toEqual(['http://localhost:5173/']);
  });
});

describe('the development renderer URL', () => {
  it('needs the flag, an unpackaged app and a loopback http(s) address', () => {
    const dev = { HYBRID_PLANNER_DEV: '1', ELECTRON_RENDERER_URL: 'http://localhost:5173' };
    expect(developmentRendererUrl(dev, false)).toBe('http://localhost:5173');
    expect(developmentRendererUrl({ ...dev, ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173/' }, false)).toBe('http://127.0.0.1:5173/');
    expect(developmentRendererUrl(dev, true)).toBeUndefined();
    expect(developmentRendererUrl({ ELECTRON_RENDERER_URL: dev.ELECTRON_RENDERER_URL }, false)).toBeUndefined();
    expect(developmentRendererUrl({ ...dev, HYBRID_PLANNER_DEV: 'true' }, false)).toBeUndefined();
    for (const url of ['https://evil.example/', 'http://localhost.evil.example/', 'file:///tmp/x.html', 'http://user:pw@localhost:5173/', 'not a url']) {
      expect(developmentRendererUrl({ ...dev, ELECTRON_RENDERER_URL: url }, false), url).toBeUndefined();
    }
  });
});
