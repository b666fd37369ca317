// The weight flow of tests/e2e/weight.spec.ts (the same function, tests/e2e/weight-flow.ts) in the
// desktop app, through Electron's IPC transport. Runs when the Electron binary and Electron's build of
// better-sqlite3 are present (after `npm start` once on a machine that can download them); otherwise
// it skips and prints why. A stand-in test below always runs the same flow in Chromium over a
// preload-shaped bridge, so the renderer's IPC path and this spec's helpers are exercised even here.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary, nativeBindingPath, electronVersion } from '../../scripts/start-plan.mjs';
import { methodNames } from '../../src/shared/contract/names';
import { expect, ROOT, startApp, test, watchConsole } from './fixtures';
import { WEIGHT_FLOW_TODAY, weightFlow, type Rpc } from './weight-flow';

function readiness(): { ok: true; executable: string } | { ok: false; reason: string } {
  const probe = { root: ROOT, env: process.env, platform: process.platform, exists: existsSync, readText: (p: string) => readFileSync(p, 'utf8') };
  const binary = findElectronBinary(probe);
  if (!binary.present) return { ok: false, reason: `Electron binary is missing (${binary.reason})` };
  const native = nativeBindingPath(ROOT, electronVersion(probe));
  if (!existsSync(native)) return { ok: false, reason: `better-sqlite3 is not built for Electron yet (${native}); run npm start once` };
  if (!existsSync(join(ROOT, 'out', 'main', 'index.js'))) return { ok: false, reason: 'the app is not built; run npm run build' };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { ok: false, reason: 'no display for the Electron window; run the tests under xvfb-run' };
  }
  return { ok: true, executable: binary.path };
}

/** A contract call through the preload bridge, exactly as the renderer makes it. */
function bridgeRpc(page: Page): Rpc {
  return (method, input) =>
    page.evaluate(([m, i]) => (window as unknown as { hybridPlanner: Record<string, (x: unknown) => Promise<any>> }).hybridPlanner[m](i), [method, input] as const);
}

test('desktop app: profile, three weigh-ins on list and chart, edit, delete, pounds', async () => {
  const ready = readiness();
  if (!ready.ok) {
    console.log(`[electron e2e] skipped: ${ready.reason}.`);
    test.skip(true, ready.reason);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'hp-electron-'));
  let app: ElectronApplication | undefined;
  try {
    app = await electron.launch({
      executablePath: ready.executable,
      args: [ROOT, '--db', join(dir, 'desktop.db')],
      env: { ...process.env, HYBRID_PLANNER_TODAY: WEIGHT_FLOW_TODAY, HYBRID_PLANNER_QUIET: '1' },
    });
    const page = await app.firstWindow();
    const errors = watchConsole(page);

    // The window is locked down as the main process says.
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const wc = BrowserWindow.getAllWindows()[0].webContents;
      return { url: wc.getURL(), prefs: (wc as unknown as { getLastWebPreferences(): Record<string, unknown> }).getLastWebPreferences() };
    });
    expect(prefs.url).toMatch(/^app:\/\/hybrid-planner\//);
    expect(prefs.prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(Object.keys(await page.evaluate(() => (window as unknown as { hybridPlanner: object }).hybridPlanner)).length).toBeGreaterThan(0);

    await weightFlow(page, bridgeRpc(page));
    expect(errors).toEqual([]);
  } finally {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('stand-in: the same flow in Chromium over a preload-shaped bridge (window.hybridPlanner)', async ({ page }) => {
  // The preload exposes one function per contract method returning the dispatch envelope; here each
  // one is backed by browser mode's HTTP API instead of ipcRenderer.invoke. The renderer sees the
  // bridge and takes its Electron transport, exactly as in the desktop app.
  const server = await startApp({ today: WEIGHT_FLOW_TODAY });
  try {
    const errors = watchConsole(page);
    await page.addInitScript(
      ([names, token]) => {
        const call = (m: string) => async (input: unknown) => {
          const res = await fetch(`/rpc/${m}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(input ?? {}) });
          return res.json();
        };
        (window as unknown as { hybridPlanner: object }).hybridPlanner = Object.freeze(Object.fromEntries(names.map((m) => [m, call(m)])));
      },
      [methodNames as readonly string[], server.token] as const,
    );
    await page.goto(server.url.replace(/#token=.*/, ''));
    await expect(page.getByText('Desktop', { exact: true })).toBeVisible(); // the shell took the bridge
    await weightFlow(page, bridgeRpc(page));
    expect(errors).toEqual([]);
  } finally {
    await server.stop();
  }
});
