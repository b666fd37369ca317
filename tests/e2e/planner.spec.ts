import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SCREENSHOT_DIR, shootView, startApp, test, watchConsole } from './fixtures';

// Today is fixed to Thu 26 Nov 2026: the planner shows Mon 23 – Sun 29 Nov.
const TODAY = '2026-11-26';

async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Session card of a planned session by its title. */
const card = (page: Page, title: string) => page.locator(`[data-testid^="session-"][data-title="${title}"]`);

async function addFromTemplate(page: Page, template: string, day: string): Promise<void> {
  await page.getByTestId('tpl-select').selectOption({ label: template });
  await page.getByTestId('tpl-day').selectOption(day);
  await page.getByTestId('tpl-add').click();
  await expect(card(page, template)).toHaveCount(1);
}

test.describe('planner', () => {
  test('build a week from templates, drag a session into a conflict, see why, move it back', async ({ page }) => {
    const app = await startApp({ today: TODAY });
    const errors = watchConsole(page);
    try {
      await page.setViewportSize({ width: 1400, height: 1300 });
      await page.goto(app.url);
      await page.getByTestId('nav-planner').click();
      await expect(page.getByTestId('week-range')).toHaveText('23 – 29 Nov');
      await expect(page.getByTestId('no-findings')).toBeVisible();
      await screenshots(page, 'planner-empty');

      // Build the week: four templates with the form, one dragged from the palette onto Thu 18:00.
      await addFromTemplate(page, 'Heavy legs', '2026-11-23');
      await addFromTemplate(page, 'Zone 2 run', '2026-11-24');
      await addFromTemplate(page, 'Heavy upper', '2026-11-25');
      await addFromTemplate(page, 'Hill run', '2026-11-28');
      await addFromTemplate(page, 'Mobility', '2026-11-29');
      const tempo = page.locator('[data-testid^="template-"][data-name="Tempo run"]');
      await tempo.dragTo(page.getByTestId('slot-2026-11-26-18:00'));
      await expect(card(page, 'Tempo run')).toHaveAttribute('data-start', '18:00');
      await expect(card(page, 'Tempo run')).toHaveAttribute('data-date', '2026-11-26');
      await expect(page.getByTestId('planned-count')).toHaveText('6');

      const hillCode = page.locator('[data-testid="finding"][data-code="hills-near-heavy-lower"]');
      await expect(hillCode).toHaveCount(0);

      // Drag the hill run from Saturday to Tuesday 09:00: 24 h 50 min after heavy legs.
      await card(page, 'Hill run').dragTo(page.getByTestId('slot-2026-11-24-09:00'));
      await expect(card(page, 'Hill run')).toHaveAttribute('data-date', '2026-11-24');
      await expect(hillCode).toHaveCount(1);
      await expect(hillCode).toContainText('24 h 50 min after Heavy legs (Mon 23 Nov 07:00)');
      await expect(hillCode).toContainText('keep 48 h between them');
      await expect(hillCode).toContainText('Source: Bontemps 2020');
      await expect(hillCode.locator('.badge')).toHaveText('warning');
      // …and inline, on both sessions it concerns.
      const hillId = (await card(page, 'Hill run').getAttribute('data-testid'))!.replace('session-', '');
      const legsId = (await card(page, 'Heavy legs').getAttribute('data-testid'))!.replace('session-', '');
      await expect(page.getByTestId(`session-findings-${hillId}`)).toHaveAttribute('data-codes', /hills-near-heavy-lower/);
      await expect(page.getByTestId(`session-findings-${legsId}`)).toHaveAttribute('data-codes', /hills-near-heavy-lower/);
      await screenshots(page, 'planner-conflict');

      // Move it back to Saturday: the warning goes.
      await card(page, 'Hill run').dragTo(page.getByTestId('slot-2026-11-28-09:00'));
      await expect(card(page, 'Hill run')).toHaveAttribute('data-date', '2026-11-28');
      await expect(hillCode).toHaveCount(0);
      await expect(page.getByTestId(`session-findings-${legsId}`)).toHaveCount(0);

      // Mark Monday's session done with what actually happened.
      await card(page, 'Heavy legs').click();
      await page.getByTestId('ed-mark-done').click();
      await page.getByTestId('ed-minutes').fill('75');
      await page.getByTestId('ed-done-save').click();
      await expect(card(page, 'Heavy legs')).toHaveAttribute('data-planned', 'false');
      await expect(page.getByTestId('completed-count')).toHaveText('1');
      await expect(page.getByTestId('planned-count')).toHaveText('5');

      // Copy the week forward and look at next week.
      await page.getByTestId('copy-week').click();
      await expect(page.getByRole('status')).toContainText('copied');
      await page.getByTestId('week-next').click();
      await expect(page.getByTestId('week-range')).toHaveText('30 Nov – 6 Dec');
      await expect(page.getByTestId('planned-count')).toHaveText('6');
      await expect(card(page, 'Tempo run')).toHaveAttribute('data-date', '2026-12-03');

      expect(errors).toEqual([]);
    } finally {
      await app.stop();
    }
  });

  test('the demo week: findings on the calendar and in the list', async ({ page }) => {
    const app = await startApp({ today: TODAY, demo: true });
    const errors = watchConsole(page);
    try {
      await page.setViewportSize({ width: 1400, height: 1300 });
      await page.goto(app.url);
      await page.getByTestId('nav-planner').click();
      const list = page.getByTestId('finding');
      await expect(list.first()).toBeVisible();
      const codes = await list.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
      expect(codes).toEqual(expect.arrayContaining(['no-low-stress-day', 'high-stress-streak', 'hills-near-heavy-lower']));
      // Every finding in the list carries its source.
      for (const text of await list.allInnerTexts()) {
        expect(text).toMatch(/Source: \S.{10,}/); // a paper, or the guidance and what is our choice, in plain words
        expect(text).not.toMatch(/science\.md|§/);
      }
      await expect(page.getByTestId('day-finding-no-low-stress-day')).toBeVisible();
      await expect(page.getByTestId('day-2026-11-23')).toHaveAttribute('data-stress', 'high');
      await screenshots(page, 'planner');
      await shootView(page, 'planner-demo', 1024);
      expect(errors).toEqual([]);
    } finally {
      await app.stop();
    }
  });
});

test.describe('training log', () => {
  test('log a lifting session with sets, see e1RM and a PR', async ({ page }) => {
    const app = await startApp({ today: TODAY });
    const errors = watchConsole(page);
    try {
      await page.setViewportSize({ width: 1400, height: 1300 });
      await page.goto(app.url);
      await page.getByTestId('nav-training').click();

      async function logSquats(date: string, kg: string, reps: string, rpe: string): Promise<void> {
        await page.getByTestId('log-date').fill(date);
        await page.getByTestId('row-exercise-0').fill('Back Squat');
        await page.getByTestId('row-weight-0').fill(kg);
        await page.getByTestId('row-reps-0').fill(reps);
        await page.getByTestId('row-effort-0').fill(rpe);
        await page.getByTestId('add-row').click();
        await page.getByTestId('add-row').click();
        await page.getByTestId('row-type-2').selectOption('drop');
        await page.getByTestId('row-weight-2').fill('80');
        await page.getByTestId('row-reps-2').fill('8');
        await page.getByTestId('log-save').click();
        // The result of this save, not the one before it (both say "Logged 3 sets").
        const label = new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).replace(',', '');
        await expect(page.getByTestId('logged-result')).toContainText(label, { timeout: 15_000 });
      }

      await logSquats('2026-11-23', '100', '5', '8');
      const sets = page.getByTestId('logged-set');
      await expect(sets).toHaveCount(3);
      // 100 kg × 5 @ RPE 8 = 7 reps to failure → 81.1 % → e1RM 123.3 (science.md §6); drop sets get none.
      await expect(sets.nth(0)).toHaveAttribute('data-e1rm', '123.3');
      expect(await sets.nth(0).innerText()).toContain('estimated max 123.3 kg');
      await expect(sets.nth(2)).toHaveAttribute('data-e1rm', '');

      await logSquats('2026-11-26', '105', '5', '8');
      await expect(sets.nth(0)).toHaveAttribute('data-e1rm', '129.47');
      const pr = page.locator('[data-testid="pr-badge"][data-type="best-e1rm"]');
      await expect(pr).toContainText('Back Squat: best estimated max 129.5 kg');
      await expect(page.locator('[data-testid="pr-badge"][data-type="heaviest-weight"]')).toContainText('105 kg');
      await expect(page.locator('[data-testid="pr-row"][data-exercise="Back Squat"]')).toHaveAttribute('data-e1rm', '129.47');
      await expect(page.getByTestId('history-row')).toHaveCount(2);
      await expect(page.locator('[data-testid="muscle-row"][data-muscle="quads"]')).toHaveAttribute('data-sets', '4');
      await screenshots(page, 'training-logged');

      // An unknown exercise is refused with close matches; nothing is logged.
      await page.getByTestId('row-exercise-0').fill('Back Sqat');
      await page.getByTestId('row-weight-0').fill('60');
      await page.getByTestId('row-reps-0').fill('5');
      await page.getByTestId('log-save').click();
      await expect(page.getByTestId('log-error')).toContainText('Close matches: Back Squat');
      await expect(page.getByTestId('history-row')).toHaveCount(2);
      expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    } finally {
      await app.stop();
    }
  });

  test('screens with demo data: training log and sleep', async ({ page }) => {
    const app = await startApp({ today: TODAY, demo: true });
    const errors = watchConsole(page);
    try {
      await page.setViewportSize({ width: 1400, height: 1300 });
      await page.goto(app.url);
      await page.getByTestId('nav-training').click();
      await expect(page.getByTestId('pr-row').first()).toBeVisible();
      await expect(page.getByTestId('history-row').first()).toBeVisible();
      await screenshots(page, 'training');
      await page.getByTestId('nav-sleep').click();
      await expect(page.getByTestId('sleep-row').first()).toHaveAttribute('data-date', TODAY);
      await screenshots(page, 'sleep');

      // The profile's units and week start reach these screens.
      const before = (await app.rpc('lift.prs', { exercise: 'Back Squat' })).body.value.records[0].heaviest.weightKg as number;
      expect((await app.rpc('profile.set', { weightUnit: 'lb', distanceUnit: 'mi', weekStart: 'sunday' })).status).toBe(200);
      // A fresh start (the token lives in the URL fragment only, so reload by navigating away and back).
      await page.goto('about:blank');
      await page.goto(app.url);
      await page.getByTestId('nav-training').click();
      const heaviest = page.locator('[data-testid="pr-row"][data-exercise="Back Squat"] td').nth(1);
      await expect(heaviest).toContainText(`${Math.round((before / 0.45359237) * 10) / 10} lb`);
      await page.getByTestId('nav-planner').click();
      await expect(page.getByTestId('week-range')).toHaveText('22 – 28 Nov');
      await card(page, 'Long run').click();
      await expect(page.getByText('Distance (mi)')).toBeVisible();
      await expect(page.getByTestId('ed-distance')).toHaveValue(String(Math.round((17 / 1.609344) * 100) / 100));
      expect(errors).toEqual([]);
    } finally {
      await app.stop();
    }
  });

  test('sleep: log a night, see it listed; a bad night is refused', async ({ page }) => {
    const app = await startApp({ today: TODAY });
    const errors = watchConsole(page);
    try {
      await page.goto(app.url);
      await page.getByTestId('nav-sleep').click();
      await expect(page.getByTestId('sleep-empty')).toBeVisible();
      await screenshots(page, 'sleep-empty');
      await page.getByTestId('sleep-bed').fill('23:15');
      await page.getByTestId('sleep-wake').fill('06:45');
      await page.getByTestId('sleep-quality').selectOption('4');
      await page.getByTestId('sleep-save').click();
      const row = page.getByTestId('sleep-row');
      await expect(row).toHaveCount(1);
      await expect(row).toHaveAttribute('data-date', TODAY);
      await expect(row.locator('td').nth(3)).toHaveAttribute('data-hours', '7.5');
      // Same bed and wake time: a 24 h night, not a night's sleep.
      await page.getByTestId('sleep-date').fill('2026-11-25');
      await page.getByTestId('sleep-bed').fill('07:00');
      await page.getByTestId('sleep-wake').fill('07:00');
      await page.getByTestId('sleep-save').click();
      await expect(page.getByTestId('sleep-error')).toContainText('not within 24 h of the bedtime');
      await expect(row).toHaveCount(1);
      expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    } finally {
      await app.stop();
    }
  });
});
