// Endurance in the Training log (a run logged in three actions, its pace in the profile's unit), an
// exercise's progress chart in History, and the Sleep screen's entry (decimal hours, quality in words),
// in Chromium (browser mode).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { SCREENSHOT_DIR, expect, startApp, test, watchConsole } from './fixtures';

// Today is fixed to Thu 26 Nov 2026.
const TODAY = '2026-11-26';

/** Light and dark screenshots of the whole view at a width (the app scrolls inside <main>, so grow the viewport to fit it). */
async function shoot(page: Page, name: string, width: number): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.setViewportSize({ width, height: 800 });
  await page.waitForTimeout(100);
  const height = await page.evaluate(() => document.querySelector('main')!.scrollHeight + 40);
  await page.setViewportSize({ width, height: Math.max(800, height) });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${width}-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test.describe('endurance in the training log', () => {
  test('log a run in three actions, see its pace in km, then in miles', async ({ page }) => {
    const app = await startApp({ today: TODAY });
    const errors = watchConsole(page);
    try {
      expect((await app.rpc('profile.set', { sex: 'female', birthDate: '1994-03-08', heightCm: 170 })).status).toBe(200);
      await page.setViewportSize({ width: 1280, height: 1000 });
      await page.goto(app.url);
      await page.getByTestId('nav-training').click();
      await expect(page.getByTestId('endurance-empty')).toBeVisible();

      let actions = 0;
      await page.getByTestId('endurance-open').click();
      actions++;
      // The minutes field has the focus: type straight away.
      await expect(page.getByTestId('endurance-minutes')).toBeFocused();
      await page.keyboard.type('30');
      actions++;
      await page.getByTestId('endurance-distance').fill('5'); // optional
      await page.keyboard.press('Enter');
      actions++;
      expect(actions).toBeLessThanOrEqual(3);

      const row = page.getByTestId('endurance-row');
      await expect(row).toHaveCount(1);
      await expect(row).toHaveAttribute('data-modality', 'run');
      await expect(row.getByTestId('endurance-pace')).toHaveText('6:00 /km');
      await expect(row).toContainText('5 km');
      await expect(row).toContainText('30 min');
      await expect(row).toContainText('Zone 2 / easy');
      await expect(page.getByTestId('endurance-notice')).toContainText('Logged Zone 2 / easy · Run: 30 min · 5 km · 6:00 /km');
      await expect(page.getByTestId('endurance-open')).toBeFocused();

      // The defaults reached the core: today, a run, zone 2, RPE 3, 5 km.
      const stored = (await app.rpc('session.list', { from: TODAY, to: TODAY })).body.value;
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ date: TODAY, kind: 'zone2', modality: 'run', minutes: 30, distanceKm: 5, rpe: 3, planned: false, loadAU: 90 });

      // Switch Settings to miles: the same run reads per mile, and the form asks for miles.
      await page.getByTestId('nav-settings').click();
      await page.getByTestId('settings-distanceUnit-mi').check();
      await expect(page.getByTestId('settings-units-saved')).toBeVisible();
      await page.getByTestId('nav-training').click();
      // 5 km = 3.107 mi; 1800 s / 3.107 = 579 s
      await expect(row.getByTestId('endurance-pace')).toHaveText('9:39 /mi');
      await expect(row).toContainText('3.1 mi');
      await page.getByTestId('endurance-open').click();
      await expect(page.getByText('Distance (mi)')).toBeVisible();

      // A 10-mile ride reads as speed in mph; an empty minutes field is refused with a message.
      await page.getByTestId('endurance-modality').selectOption('ride');
      await page.getByTestId('endurance-save').click();
      await expect(page.getByTestId('endurance-error')).toContainText('minutes');
      await page.getByTestId('endurance-date').fill('2026-11-25');
      await page.getByTestId('endurance-minutes').fill('40');
      await page.getByTestId('endurance-distance').fill('10');
      await page.getByTestId('endurance-minutes').press('Enter');
      await expect(row).toHaveCount(2);
      await expect(page.locator('[data-testid="endurance-row"][data-modality="ride"]').getByTestId('endurance-pace')).toHaveText('15.0 mph');
      expect(errors).toEqual([]);
    } finally {
      await app.stop();
    }
  });

  test('screens with demo data: training log with runs, the quick form, and sleep', async ({ page }) => {
    const app = await startApp({ today: TODAY, demo: true });
    const errors = watchConsole(page);
    try {
      await page.setViewportSize({ width: 1280, height: 1000 });
      await page.goto(app.url);
      await page.getByTestId('nav-training').click();
      const rows = page.getByTestId('endurance-row');
      await expect(rows.first()).toBeVisible();
      // The demo's Saturday long run: 17 km in 100 min.
      const long = rows.filter({ hasText: 'Long' }).first();
      await expect(long.getByTestId('endurance-pace')).toHaveText('5:53 /km');
      await expect(page.getByTestId('pr-row').first()).toBeVisible();
      for (const width of [1024, 1440]) await shoot(page, 'training-endurance', width);
      await page.getByTestId('endurance-open').click();
      await expect(page.getByTestId('endurance-minutes')).toBeFocused();
      await page.keyboard.type('45');
      await page.getByTestId('endurance-distance').fill('8');
      await shoot(page, 'training-endurance-form', 1024);
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('endurance-form')).toHaveCount(0);

      await page.getByTestId('nav-sleep').click();
      await expect(page.getByTestId('sleep-row').first()).toHaveAttribute('data-date', TODAY);
      for (const width of [1024, 1440]) await shoot(page, 'sleep-words', width);
      expect(errors).toEqual([]);
    } finally {
      await app.stop();
    }
  });
});

test.describe('sleep entry', () => {
  test('takes 6.4 h and shows quality in words', async ({ page }) => {
    const app = await startApp({ today: TODAY });
    const errors = watchConsole(page);
    try {
      await page.goto(app.url);
      await page.getByTestId('nav-sleep').click();
      await expect(page.getByTestId('sleep-quality').locator('option')).toHaveText(['—', '1 · very poor', '2 · poor', '3 · fair', '4 · good', '5 · very good']);
      await page.getByTestId('sleep-hours').fill('6.4');
      await page.getByTestId('sleep-quality').selectOption({ label: '2 · poor' });
      await page.getByTestId('sleep-save').click();
      const row = page.getByTestId('sleep-row');
      await expect(row).toHaveCount(1);
      await expect(row.locator('td').nth(3)).toHaveAttribute('data-hours', '6.4');
      await expect(row.locator('td').nth(3)).toHaveText('6 h 24');
      await expect(row.getByTestId('sleep-quality-cell')).toHaveText('2 · poor');
      await expect(page.getByRole('status')).toContainText('Logged 6.4 h');
      expect(errors).toEqual([]);
    } finally {
      await app.stop();
    }
  });
});

const json = async (l: Locator, attr: string) => JSON.parse((await l.getAttribute(attr))!);

type HistoryDay = { date: string; sessionId: number; bestE1rmKg: number | null; volumeKg: number; workingSets: number; topSet: { weightKg: number; reps: number } | null };
const r1 = (v: number) => Math.round(v * 10) / 10;

test.describe('exercise progress chart', () => {
  test('demo data: History draws exercise.history with its records marked, and a record picks the exercise', async ({ page }) => {
    const app = await startApp({ today: TODAY, demo: true });
    const errors = watchConsole(page);
    try {
      await page.setViewportSize({ width: 1024, height: 900 });
      await page.goto(app.url);
      await page.getByTestId('nav-training').click();
      const chart = page.getByTestId('lift-progress-chart');
      await expect(chart).toHaveAttribute('data-painted', /\d+/);

      const drawn = await json(chart, 'data-series');
      const h = (await app.rpc('exercise.history', { exercise: drawn.exercise })).body.value;
      const days: HistoryDay[] = h.days.filter((d: HistoryDay) => d.workingSets > 0).reverse();
      expect(days.length).toBeGreaterThan(3);
      expect(drawn.unit).toBe('kg');
      expect(drawn.points.map((p: { date: string; sessionId: number; e1rm: number | null; volume: number; topSet: unknown }) => [p.date, p.sessionId, p.e1rm, p.volume, p.topSet])).toEqual(
        days.map((d) => [d.date, d.sessionId, d.bestE1rmKg == null ? null : r1(d.bestE1rmKg), Math.round(d.volumeKg), d.topSet ? { weight: r1(d.topSet.weightKg), reps: d.topSet.reps } : null]),
      );
      // Records: each marked session beats every earlier one, the last is the exercise's best e1RM.
      const prs = drawn.points.filter((p: { pr: boolean }) => p.pr);
      expect(prs.length).toBeGreaterThan(0);
      expect(prs[prs.length - 1].sessionId).toBe(h.records.bestE1rm.sessionId);
      expect(await json(chart, 'data-legend')).toEqual(['Best estimated max (kg)', 'PR', 'Volume (kg)']);
      expect(await json(chart, 'data-axes')).toEqual(['Session', 'Best estimated max (kg)', 'Volume (kg)']);
      const table = page.getByTestId('lift-progress-chart-table');
      await expect(table.locator('tbody tr')).toHaveCount(days.length);
      await expect(table.locator('tbody tr', { hasText: 'PR' })).toHaveCount(prs.length);

      // The tooltip names the session's top set.
      await chart.scrollIntoViewIfNeeded();
      const probe = await json(chart, 'data-probe');
      const box = (await chart.locator('canvas').boundingBox())!;
      await page.mouse.move(box.x + probe.x, box.y + probe.y);
      await expect(chart).toHaveAttribute('data-tooltip', /Top set: /);
      await page.mouse.move(0, 0);
      await shoot(page, 'training-progress', 1024);
      // The card alone, to look at the chart at full size.
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.waitForTimeout(250);
        await page.getByTestId('history').screenshot({ path: join(SCREENSHOT_DIR, `training-progress-card-${colorScheme}.png`) });
      }
      await page.emulateMedia({ colorScheme: 'light' });

      // Another exercise's record opens its progress in History.
      const other = page.getByTestId('pr-pick').filter({ hasNotText: drawn.exercise }).first();
      const name = (await other.textContent())!.trim();
      await other.click();
      await expect(page.getByTestId('history-select')).toHaveValue(name);
      await expect(other).toHaveAttribute('aria-pressed', 'true');
      await expect.poll(async () => (await json(chart, 'data-series')).exercise).toBe(name);
      expect(errors).toEqual([]);
    } finally {
      await app.stop();
    }
  });

});

test.describe('the set table', () => {
  test('last time beside each set, a tap takes its numbers, done starts the rest timer; it fits at 1024 px and 200 % zoom', async ({ page }) => {
    const app = await startApp({ today: TODAY, demo: true });
    const errors = watchConsole(page);
    try {
      await page.clock.install();
      await page.setViewportSize({ width: 1024, height: 900 });
      await page.goto(app.url);
      await page.getByTestId('nav-training').click();
      // The kind the plan has for today, when it plans lifting.
      const planned = (await app.rpc('session.list', { from: TODAY, to: TODAY, planned: true })).body.value as { kind: string; setCount: number; modality: string | null }[];
      const lifting = planned.find((s) => s.modality == null && !['zone2', 'tempo', 'intervals', 'long', 'hills'].includes(s.kind));
      if (lifting) await expect(page.getByTestId('log-kind')).toHaveValue(lifting.kind);

      // The last Back Squat session before today, set by set in its order.
      const h = (await app.rpc('exercise.history', { exercise: 'Back Squat', to: '2026-11-25' })).body.value;
      const last = [...h.days[0].sets].sort((a: { position: number }, b: { position: number }) => a.position - b.position);
      const firstOfType = last.find((s: { type: string }) => s.type === 'working');
      await page.getByTestId('row-exercise-0').fill('Back Squat');
      await expect(page.getByTestId('row-previous-0')).toContainText(`${firstOfType.weightKg} kg × ${firstOfType.reps}`);
      await page.getByTestId('row-previous-0').getByRole('button').click();
      await expect(page.getByTestId('row-weight-0')).toHaveValue(String(firstOfType.weightKg));
      await expect(page.getByTestId('row-reps-0')).toHaveValue(String(firstOfType.reps));
      // A new row of the same exercise shows the next set of last time.
      await page.getByTestId('add-row').click();
      const second = last.filter((s: { type: string }) => s.type === 'working')[1];
      if (second) await expect(page.getByTestId('row-previous-1')).toContainText(`${second.weightKg} kg × ${second.reps}`);

      // Ticking a set done starts the rest; it counts down and says when rest is over.
      await page.getByTestId('rest-length').selectOption('90');
      await page.getByTestId('row-done-0').check();
      await expect(page.getByTestId('rest-clock')).toHaveText('1:30');
      await page.clock.runFor(30_000);
      await expect(page.getByTestId('rest-clock')).toHaveText('1:00');
      await page.getByTestId('rest-add').click();
      await expect(page.getByTestId('rest-clock')).toHaveText('1:15');
      await page.clock.runFor(76_000);
      await expect(page.getByTestId('rest-over')).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'Rest is over' })).toHaveCount(1);

      // Nothing is cut off at 1024 px, nor at 200 % zoom (a 512 px wide layout viewport). Real time again,
      // so the charts' resize (throttled to animation frames) follows the viewport.
      await page.clock.resume();
      for (const width of [1024, 512]) {
        await page.setViewportSize({ width, height: 900 });
        await page.waitForTimeout(300);
        const overflow = await page.evaluate(() => {
          const main = document.querySelector('main')!;
          const table = document.querySelector('[data-testid="set-table"]')!;
          const right = main.getBoundingClientRect().right;
          const wide = Array.from(main.querySelectorAll('*'))
            .filter((el) => el.getBoundingClientRect().right > right + 1 && !el.closest('.scroll'))
            .slice(0, 3)
            .map((el) => `${el.tagName}.${el.className} ${el.getAttribute('data-testid') ?? ''}`);
          return { main: main.scrollWidth - main.clientWidth, table: table.getBoundingClientRect().right - right, wide };
        });
        expect(overflow.main, overflow.wide.join(' | ')).toBeLessThanOrEqual(0);
        expect(overflow.table).toBeLessThanOrEqual(0);
        await expect(page.getByTestId('row-exercise-0')).toBeVisible();
        await shoot(page, 'training-set-table', width);
      }
      expect(errors).toEqual([]);
    } finally {
      await app.stop();
    }
  });
});
