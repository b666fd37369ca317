import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { loadDemoInto } from './support/demo-cache';

export const ROOT = resolve(__dirname, '../..');
export const CLI = join(ROOT, 'bin/hybrid-planner.js');

export interface AppServer {
  url: string;
  port: number;
  token: string;
  dbPath: string;
  /** POST a contract call straight to the HTTP API. */
  rpc(method: string, input: unknown): Promise<{ status: number; body: any }>;
}

/**
 * Starts `hybrid-planner serve` (browser mode) on a fresh database in a temp folder.
 * `today` fixes the app's calendar day (HYBRID_PLANNER_TODAY) so screenshots are reproducible.
 */
export async function startApp(opts: { today?: string; demo?: boolean; env?: Record<string, string> } = {}): Promise<AppServer & { stop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'hp-e2e-'));
  const dbPath = join(dir, 'test.db');
  const env = { ...process.env, HYBRID_PLANNER_QUIET: '1', ...(opts.today ? { HYBRID_PLANNER_TODAY: opts.today } : {}), ...opts.env };
  if (opts.demo) await loadDemoInto(CLI, dbPath, env, opts.env ?? {});
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', '--json', '--db', dbPath], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const info = await new Promise<{ url: string; port: number }>((res, rej) => {
    let buf = '';
    let errBuf = '';
    child.stdout!.on('data', (d) => {
      buf += d;
      const line = buf.split('\n').find((l) => l.trim().startsWith('{'));
      if (line) res(JSON.parse(line));
    });
    child.stderr!.on('data', (d) => (errBuf += d));
    child.on('exit', (code) => rej(new Error(`serve exited ${code}: ${errBuf}`)));
  });
  const token = new URL(info.url).hash.replace('#token=', '');
  const origin = `http://127.0.0.1:${info.port}`;
  return {
    url: info.url,
    port: info.port,
    token,
    dbPath,
    async rpc(method, input) {
      const res = await fetch(`${origin}/rpc/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      return { status: res.status, body: await res.json() };
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 50));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Fails the test on any console error or uncaught page error. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

export const test = base.extend<{ app: AppServer & { stop(): Promise<void> } }>({
  app: async ({}, use) => {
    const app = await startApp();
    await use(app);
    await app.stop();
  },
});
export { expect };

/**
 * Where the specs save their screenshots. They take them on every run (so both colour schemes render
 * without console errors), but only `npm run screenshots` (HYBRID_PLANNER_SCREENSHOTS=1) writes the
 * committed ones in docs/screenshots: PNG bytes differ with fonts and machine, and `npm test` must not
 * dirty a clean checkout. Otherwise they go to test-results/screenshots (git-ignored, kept for CI).
 */
export const WRITES_DOC_SCREENSHOTS = process.env.HYBRID_PLANNER_SCREENSHOTS === '1';
export const SCREENSHOT_DIR = join(ROOT, WRITES_DOC_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots');

/**
 * Light and dark screenshots of the whole view at a width: the viewport grows to the view's height
 * (the app scrolls inside <main>), and charts get a moment to recolour on the scheme change.
 */
export async function shootView(page: Page, name: string, width: number): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const size = page.viewportSize()!;
  await page.setViewportSize({ width, height: size.height });
  await page.mouse.move(0, 0);
  const height = await page.evaluate(() => document.querySelector('main')!.scrollHeight + 40);
  await page.setViewportSize({ width, height: Math.max(size.height, height) });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.waitForTimeout(250);
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${width}-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(size);
}
