// Today, the first screen: the under-fuelling answer with its one calorie number, food against the
// target, today's training and findings, last night's sleep — above the fold at 1024 × 768 — and a day
// logged from the keyboard alone.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SCREENSHOT_DIR, expect, startApp, test, watchConsole } from './fixtures';

const TODAY = '2026-11-26';

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test.describe('Today', () => {
  test('demo: the answer, food, training and sleep above the fold at 1024 × 768, agreeing with the other screens', async ({ page }) => {
    const app = await startApp({ today: TODAY, demo: true });
    const errors = watchConsole(page);
    try {
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.goto(app.url);
      await expect(page.getByTestId('nav-today')).toHaveAttribute('aria-current', 'page');
      const answer = page.getByTestId('today-answer');
      await expect(answer).toBeVisible();
      await expect(answer).toContainText(/under-fuelling|under-eating/i);

      const dash = (await app.rpc('energy.dashboard', {})).body.value;
      await expect(answer).toHaveAttribute('data-level', dash.underFueling.level);
      const day = (await app.rpc('nutrition.day', { date: TODAY })).body.value;
      await expect(page.getByTestId('today-eaten')).toHaveText(Math.round(day.totals.kcal ?? 0).toLocaleString('en-US'));
      const eat = page.getByTestId('today-eat');
      await expect(eat).toBeVisible();
      // The same number the Energy screen gives.
      const kcal = Number(await eat.getAttribute('data-kcal'));
      expect(kcal).toBeGreaterThan(1000);

      const week = (await app.rpc('plan.week', { date: TODAY })).body.value;
      const todays = week.sessions.filter((s: { date: string }) => s.date === TODAY);
      await expect(page.getByTestId('today-session')).toHaveCount(todays.length);
      // What is left to eat, before tomorrow's key session (the planned one with the most load).
      const tomorrow = (await app.rpc('session.list', { from: '2026-11-27', to: '2026-11-27', planned: true })).body.value as { loadAU: number; minutes: number }[];
      expect(tomorrow.length).toBeGreaterThan(0);
      const key = tomorrow.reduce((a, b) => (b.loadAU > a.loadAU ? b : a));
      if (day.remaining.energyKcal > 0) await expect(page.getByTestId('today-left')).toContainText(`${Math.round(day.remaining.energyKcal).toLocaleString('en-US')} kcal left`);
      await expect(page.getByTestId('today-left')).toContainText(`before tomorrow’s`);
      await expect(page.getByTestId('today-left')).toContainText(`(${key.minutes} min)`);
      const night = (await app.rpc('sleep.list', { from: TODAY, to: TODAY })).body.value[0];
      if (night) await expect(page.getByTestId('today-sleep-hours')).toHaveText(`${Math.round(night.hours * 10) / 10} h`);

      // Above the fold: every card's top is on the first screen, the answer whole.
      for (const id of ['today-answer', 'today-intake', 'today-plan', 'today-sleep', 'today-quicklog']) {
        const box = (await page.getByTestId(id).boundingBox())!;
        expect(box.y + box.height, id).toBeLessThanOrEqual(768);
      }
      await shoot(page, 'today-1024');
      await page.setViewportSize({ width: 1440, height: 900 });
      await shoot(page, 'today-1440');

      // "Use as my target" on the first screen: this week's target becomes the answer's number (as on
      // Energy), and the food card at once shows today's share of it.
      await page.getByTestId('today-use-as-target').click();
      await expect(page.getByTestId('today-target-set')).toContainText(`${kcal.toLocaleString('en-US')} kcal a day`);
      const fixed = (await app.rpc('targets.week', { week: '2026-W48' })).body.value;
      expect(fixed.fixed).toMatchObject({ source: 'verdict', energyKcal: kcal });
      const share = (await app.rpc('nutrition.day', { date: TODAY })).body.value.targets.energyKcal;
      await expect(page.getByTestId('today-intake')).toContainText(`of ${Math.round(share).toLocaleString('en-US')} kcal`);
      expect(errors).toEqual([]);
    } finally {
      await app.stop();
    }
  });

  test('a keyboard-only day: weight, sleep, a run, food and a set, one key each', async ({ page }) => {
    const app = await startApp({ today: TODAY });
    const errors = watchConsole(page);
    try {
      await app.rpc('profile.set', { sex: 'female', birthDate: '1994-03-02', heightCm: 168 });
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.goto(app.url);
      await expect(page.getByTestId('today-quicklog')).toBeVisible();
      await expect(page.getByTestId('today-answer')).toHaveAttribute('data-level', 'insufficient-data');

      await page.keyboard.press('w');
      await expect(page.getByTestId('today-weight')).toBeFocused();
      await page.keyboard.type('64.5');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('today-log-notice')).toHaveText('Logged 64.5 kg.');
      expect((await app.rpc('weight.list', {})).body.value.map((w: { date: string; weightKg: number }) => [w.date, w.weightKg])).toEqual([[TODAY, 64.5]]);

      await page.keyboard.press('s');
      await expect(page.getByTestId('today-bed')).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('today-sleep-hours')).toHaveText('8 h');

      await page.keyboard.press('r');
      await expect(page.getByTestId('endurance-minutes')).toBeFocused();
      await page.keyboard.type('40');
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await app.rpc('session.list', { from: TODAY, to: TODAY })).body.value.length).toBe(1);
      await expect(page.getByTestId('today-session')).toHaveCount(1);

      await page.keyboard.press('f');
      await expect(page.getByTestId('food-search-input')).toBeFocused({ timeout: 20_000 });
      await page.keyboard.type('banana raw');
      await expect(page.getByTestId('food-search-result').first()).toBeVisible({ timeout: 20_000 });
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('food-search-qty')).toBeFocused();
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await app.rpc('nutrition.day', { date: TODAY })).body.value.totals.kcal).toBeGreaterThan(0);

      await page.getByTestId('nav-today').focus();
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('today-quicklog')).toBeVisible();
      await page.keyboard.press('l');
      await expect(page.getByTestId('row-exercise-0')).toBeFocused();
      await page.keyboard.type('Back Squat');
      await page.keyboard.press('Tab'); // the Previous column has nothing to offer on a first session
      await page.keyboard.type('60');
      await page.keyboard.press('Tab');
      await page.keyboard.type('5');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('logged-result')).toBeVisible();
      expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    } finally {
      await app.stop();
    }
  });
});
