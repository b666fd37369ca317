// The Targets screen in Chromium (browser mode): set a goal, see the planned week's per-day targets
// with their reasons (the same numbers targets.week answers), complete a check-in, and find the day's
// planned targets in the food diary. Screenshots (empty and full, light and dark, 1024 px and wide); axe.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, shootView, startApp, test, watchConsole } from './fixtures';

const TODAY = '2026-12-03';

async function axeViolations(page: Page): Promise<string[]> {
  // The screen itself (the shell around it is not this view's).
  const r = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa']).analyze();
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('Targets screen', () => {
  test('empty: says what to log, and refuses an unsafe rate with its source', async ({ page }) => {
    const app = await startApp({ today: TODAY });
    try {
      const errors = watchConsole(page);
      await page.goto(app.url);
      await page.getByTestId('nav-targets').click();
      await expect(page.getByTestId('week-basis')).toHaveText('No targets yet');
      await expect(page.getByTestId('week-note')).toContainText('log a weigh-in');
      await page.getByTestId('goal-type').selectOption('lose');
      await page.getByTestId('goal-rate').fill('2.5');
      await page.getByTestId('goal-save').click();
      await expect(page.getByTestId('goal-error')).toContainText('Garthe 2011');
      expect((await app.rpc('goal.get', {})).body.value.goal).toBeNull();
      expect(await axeViolations(page)).toEqual([]);
      for (const width of [1024, 1440]) await shootView(page, 'targets-empty', width);
      expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    } finally {
      await app.stop();
    }
  });

  test('demo: set a goal, see the planned week day by day with reasons, complete a check-in', async ({ page }) => {
    const app = await startApp({ today: TODAY, demo: true });
    try {
      const errors = watchConsole(page);
      // Plan the coming week: a long run on Saturday on top of the demo's sessions.
      const plan = await app.rpc('session.add', { date: '2026-12-12', start: '08:00', kind: 'long', modality: 'run', minutes: 90, rpe: 6, planned: true });
      expect(plan.status).toBe(200);
      await page.goto(app.url);
      await page.getByTestId('nav-targets').click();
      // The demo's food diary has an energy target set by hand: it holds until the user chooses otherwise.
      await expect(page.getByTestId('week-basis')).toHaveText('Fixed target');
      await expect(page.getByTestId('week-note')).toContainText('set by hand in the food diary');

      await page.getByTestId('goal-type').selectOption('lose');
      await page.getByTestId('goal-rate').fill('0.5');
      await page.getByTestId('goal-save').click();
      await expect(page.getByRole('status')).toContainText('Goal saved: lose 0.5 % a week');
      await expect(page.getByTestId('week-basis')).toHaveText('Fixed target');

      const week = (await app.rpc('targets.week', {})).body.value;
      expect(week.week).toBe('2026-W50');
      const rows = page.getByTestId('target-day');
      await expect(rows).toHaveCount(7);
      for (const [i, d] of week.days.entries()) {
        await expect(rows.nth(i)).toHaveAttribute('data-carbs', String(d.carbsG));
        await expect(rows.nth(i).getByTestId('target-reason')).toHaveText(d.reason);
      }
      await expect(page.getByTestId('week-energy')).toHaveText(`${week.energyKcal.toLocaleString('en-US')} kcal`);
      const saturday = rows.nth(5);
      await expect(saturday.getByTestId('target-reason')).toContainText('long run 90 min');
      const rest = week.days.find((d: { reason: string }) => d.reason.startsWith('Rest day'));
      expect(Number(await saturday.getAttribute('data-carbs'))).toBeGreaterThan(rest.carbsG);
      expect(new Set(week.days.map((d: { proteinG: number }) => d.proteinG)).size).toBe(1);

      // The check-in: last week reviewed, the proposal chosen over the fixed target, the history kept.
      const checkin = page.getByTestId('checkin');
      await expect(page.getByTestId('checkin-review').locator('li')).toHaveCount(3);
      await expect(page.getByTestId('checkin-review')).toContainText("against the goal's −0.5 % a week");
      await expect(page.getByTestId('checkin-proposal')).toHaveText(`${week.proposalKcalPerDay.toLocaleString('en-US')} kcal a day`);
      await expect(page.getByTestId('checkin-accept')).toHaveText('Keep my fixed target');
      await page.getByTestId('checkin-replace').click();
      await expect(page.getByTestId('checkin-notice')).toContainText('Check-in saved for the week of 7 Dec');
      await expect(checkin.getByTestId('checkin-status')).toContainText('proposal accepted');
      await expect(page.getByTestId('week-basis')).toHaveText('From your check-in');
      await expect(page.getByTestId('checkin-history').locator('tbody tr')).toHaveCount(1);
      await expect(page.getByTestId('week-note')).toContainText(`${week.proposalKcalPerDay.toLocaleString('en-US')} kcal a day from your check-in`);
      expect((await app.rpc('targets.history', {})).body.value[0]).toMatchObject({ week: '2026-W50', decision: 'accepted', energyKcal: week.proposalKcalPerDay });
      // Edited: the user's own number, a new row in the history.
      await page.getByTestId('checkin-redo').click();
      await page.getByTestId('checkin-energy').fill('-300');
      await page.getByTestId('checkin-edit').click();
      await expect(page.getByTestId('checkin-error')).toContainText('between 800 and 8000 kcal');
      await page.getByTestId('checkin-energy').fill('2600');
      await page.getByTestId('checkin-edit').click();
      await expect(checkin.getByTestId('checkin-status')).toContainText('2,600 kcal a day (your number)');
      await expect(page.getByTestId('checkin-history').locator('tbody tr')).toHaveCount(2);
      expect((await app.rpc('targets.week', {})).body.value.energyKcal).toBe(Number((await page.getByTestId('week-targets').getAttribute('data-energy'))!));

      expect(await axeViolations(page)).toEqual([]);
      for (const width of [1024, 1440]) await shootView(page, 'targets-full', width);

      // The food diary shows today's planned targets (this week: the diary's own number spread by training) and what is left.
      const day = (await app.rpc('nutrition.day', { date: TODAY })).body.value;
      expect(day.targetPlan.week).toBe('2026-W49');
      await page.getByTestId('nav-diary').click();
      await expect(page.getByTestId('plan-reason')).toContainText('This day\'s targets come from your plan for the week of 30 Nov on the Targets screen (a fixed target)');
      await expect(page.getByTestId('basis-carbs')).toContainText(day.targetPlan.reason);
      await expect(page.getByTestId('progress-energy')).toContainText(day.remaining.energyKcal >= 0 ? `${day.remaining.energyKcal.toLocaleString('en-US')} kcal left` : 'over');
      await shootView(page, 'food-day-planned', 1440);
      expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    } finally {
      await app.stop();
    }
  });
});
