// Renderer figures: browser mode serving the 10-year database, measured in headless Chromium from
// navigation to the weight chart's first paint (the app sets the `weight-chart-painted` performance
// mark once chart.js's render has reached the screen — see paintMarker in
// src/renderer/src/lib/chart-theme.ts), and the size of the built main chunk.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { figure, median } from './measure';
import type { BenchEnv, BenchSuite } from './types';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'bin/hybrid-planner.js');
const RUNS = 5;
const ASSETS = join(ROOT, 'out/renderer/assets');

/** kB of the built entry chunk (`npm run bench` builds first): chart.js must stay out of it, loaded lazily. */
function mainChunkKb(): number {
  const entry = readdirSync(ASSETS).find((f) => /^index-.*\.js$/.test(f));
  if (!entry) throw new Error(`no index-*.js in ${ASSETS}: build first`);
  return statSync(join(ASSETS, entry)).size / 1000;
}

async function serve(env: BenchEnv): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--json', '--db', env.tenYearDb], {
    env: { ...process.env, HYBRID_PLANNER_TODAY: env.today, HYBRID_PLANNER_QUIET: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((res, rej) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const line = out.split('\n').find((l) => l.trim().startsWith('{'));
      if (line) res((JSON.parse(line) as { url: string }).url);
    });
    child.stderr!.on('data', (d) => (err += d));
    child.on('exit', (code) => rej(new Error(`serve exited ${code}: ${err}`)));
  });
  return { url, child };
}

/** ms from navigation start to the first paint of a chart that has data. */
async function firstPaint(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('weight-chart-painted').length > 0, undefined, { timeout: 30_000 });
  const points = await page.getByTestId('weight-chart').evaluate((el) => (JSON.parse(el.getAttribute('data-series') ?? '{}') as { points?: unknown[] }).points?.length ?? 0);
  if (points === 0) throw new Error('the weight chart painted without data');
  return page.evaluate(() => performance.getEntriesByName('weight-chart-painted')[0].startTime);
}

/**
 * ms from clicking a range to that range painted. The in-page code is a string: tsx compiles this file
 * with helpers (`__name`) that do not exist inside the page.
 */
async function switchRange(page: Page, range: string, expectFrom: string): Promise<number> {
  const script = `new Promise((res, rej) => {
    const chart = document.querySelector('[data-testid="weight-chart"]');
    const t0 = performance.now();
    document.querySelector('[data-testid="range-${range}"]').click();
    const deadline = t0 + 30000;
    const check = () => {
      const marks = performance.getEntriesByName('weight-chart-painted');
      const last = marks[marks.length - 1];
      const from = JSON.parse(chart.getAttribute('data-series') || '{}').from;
      if (from === ${JSON.stringify(expectFrom)} && last && last.startTime > t0) res(last.startTime - t0);
      else if (performance.now() > deadline) rej(new Error('range ${range} did not paint'));
      else setTimeout(check, 5);
    };
    check();
  })`;
  return (await page.evaluate(script)) as number;
}

export const rendererSuite: BenchSuite = {
  name: 'renderer',
  async run(env) {
    const { url, child } = await serve(env);
    let browser: Browser | undefined;
    try {
      browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      });
      const first: number[] = [];
      const all: number[] = [];
      const firstWeighIn = env.history.days.find((d) => d.weighInsKg.length > 0)!.date;
      for (let i = 0; i < RUNS + 1; i++) {
        // A new context per run: empty cache, like the app's first start.
        const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
        const page = await context.newPage();
        // Straight to the Weight screen (Today is the first screen otherwise).
        await page.goto(url.replace('#token=', '#/weight&token='));
        const t = await firstPaint(page);
        const tAll = await switchRange(page, 'all', firstWeighIn);
        if (i > 0) {
          first.push(t);
          all.push(tAll);
        }
        await context.close();
      }
      return [
        figure('weight chart painted after navigation, 10 years in the DB (3-month view)', median(first), 'ms', 1500),
        figure('weight chart repainted for "All" (10 years, weekly points)', median(all), 'ms', 1500),
        figure('renderer entry chunk (chart.js loaded lazily)', mainChunkKb(), 'kB', 300),
      ];
    } finally {
      await browser?.close();
      child.kill('SIGTERM');
    }
  },
};
