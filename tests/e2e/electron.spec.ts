// The weight flow of tests/e2e/weight.spec.ts, in the desktop app through Electron's IPC
// transport. Runs when the Electron binary and Electron's build of better-sqlite3 are present
// (after `npm start` once on a machine that can download them); otherwise it skips and prints why.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary, nativeBindingPath, electronVersion } from '../../scripts/start-plan.mjs';
import { expect, ROOT, test, watchConsole } from './fixtures';

const TODAY = '2026-11-26';

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
async function rpc(page: Page, method: string, input: unknown): Promise<any> {
  return page.evaluate(([m, i]) => (window as unknown as { hybridPlanner: Record<string, (x: unknown) => Promise<unknown>> }).hybridPlanner[m](i), [method, input] as const);
}

async function chartPoints(page: Page): Promise<[string, number][]> {
  const raw = await page.getByTestId('weight-chart').getAttribute('data-series');
  const s = JSON.parse(raw ?? 'null') as { points: { date: string; value: number }[] };
  return s.points.map((p) => [p.date, p.value]);
}

async function addWeighIn(page: Page, date: string, weight: string): Promise<void> {
  await page.getByTestId('weight-date').fill(date);
  await page.getByTestId('weight-value').fill(weight);
  await page.getByTestId('weight-bodyfat').fill('');
  await page.getByTestId('weight-submit').click();
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
      env: { ...process.env, HYBRID_PLANNER_TODAY: TODAY, HYBRID_PLANNER_QUIET: '1' },
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

    await expect(page.getByTestId('empty-state')).toBeVisible();
    await page.getByTestId('nav-profile').click();
    await page.getByTestId('profile-sex-female').check();
    await page.getByTestId('profile-birthDate').fill('1990-04-12');
    await page.getByTestId('profile-heightCm').fill('168');
    await page.getByTestId('profile-save').click();
    await expect(page.getByTestId('profile-saved')).toBeVisible();
    expect((await rpc(page, 'profile.get', {})).value).toMatchObject({ sex: 'female', birthDate: '1990-04-12', heightCm: 168, weightUnit: 'kg' });

    await page.getByTestId('nav-weight').click();
    await addWeighIn(page, '2026-11-24', '80.4');
    await addWeighIn(page, '2026-11-25', '80.0');
    await addWeighIn(page, '2026-11-26', '79.6');
    await expect(page.getByTestId('day-mean-2026-11-24')).toHaveText('80.4');
    await expect(page.getByTestId('day-mean-2026-11-26')).toHaveText('79.6');
    await expect.poll(() => chartPoints(page)).toEqual([
      ['2026-11-24', 80.4],
      ['2026-11-25', 80],
      ['2026-11-26', 79.6],
    ]);

    const list = (await rpc(page, 'weight.list', {})).value as { id: number; date: string }[];
    const nov25 = list.find((w) => w.date === '2026-11-25')!;
    await page.getByTestId(`edit-${nov25.id}`).click();
    await page.getByTestId('weight-value').fill('80.2');
    await page.getByTestId('weight-submit').click();
    await expect(page.getByTestId('day-mean-2026-11-25')).toHaveText('80.2');

    const nov24 = list.find((w) => w.date === '2026-11-24')!;
    await page.getByTestId(`delete-${nov24.id}`).click();
    await expect.poll(() => chartPoints(page)).toEqual([
      ['2026-11-25', 80.2],
      ['2026-11-26', 79.6],
    ]);

    await page.getByTestId('nav-profile').click();
    await page.getByTestId('profile-weightUnit-lb').check();
    await page.getByTestId('profile-save').click();
    await expect(page.getByTestId('profile-saved')).toBeVisible();
    await page.getByTestId('nav-weight').click();
    await expect(page.getByTestId('day-mean-2026-11-25')).toHaveText('176.8');
    await expect.poll(() => chartPoints(page)).toEqual([
      ['2026-11-25', 176.81],
      ['2026-11-26', 175.49],
    ]);
    expect(errors).toEqual([]);
  } finally {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
