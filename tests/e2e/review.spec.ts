// The weekly review in Chromium (browser mode): with the demo it shows the demo week's planner
// findings, sentences and numbers as review.week answers them, the Insights load chart's data, links
// to the other screens, previous/next week, and exports a PNG and a PDF; an empty database says what
// to log. Light and dark screenshots; axe finds no serious or critical violation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, SCREENSHOT_DIR, startApp, test, watchConsole, shootView } from './fixtures';
import { addDays } from '../../src/shared/dates';

const TODAY = '2026-11-26';

const json = async (l: Locator, attr: string) => JSON.parse((await l.getAttribute(attr))!);

async function openReview(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('nav-review').click();
  await expect(page.getByTestId('review-view')).toBeVisible();
}


async function noSeriousViolations(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).include('[data-testid="review-view"]').withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('Weekly review', () => {
  test('demo week: findings, sentences, load chart data, links, other weeks, PNG and PDF', async ({ page }) => {
    const app = await startApp({ today: TODAY, demo: true });
    try {
      const errors = watchConsole(page);
      await page.setViewportSize({ width: 1280, height: 1000 });
      await openReview(page, app.url);
      const week = (await app.rpc('review.week', {})).body.value;
      const plan = (await app.rpc('plan.week', { date: TODAY })).body.value;
      expect(week.week).toBe('2026-W48');
      await expect(page.getByTestId('review-range')).toContainText('23 – 29 Nov · so far, through Thu 26 Nov');

      // The demo week's planner findings, the same as the Planner's.
      const findings = page.getByTestId('review-finding');
      await expect(findings).toHaveCount(plan.findings.length);
      expect(plan.findings.length).toBeGreaterThan(0);
      expect(await findings.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')))).toEqual(plan.findings.map((f: { code: string }) => f.code));
      expect(week.findings).toEqual(plan.findings);
      await expect(findings.first()).toContainText(plan.findings[0].message);

      // The sentences are review.week's, and say nothing about causes.
      const summary = page.getByTestId('review-summary').locator('li');
      expect(await summary.allInnerTexts()).toEqual(week.summary);
      expect((await page.getByTestId('review-summary').innerText()).toLowerCase()).not.toMatch(/because|caused|due to/);

      // Planned vs done: the week's numbers and each day's sessions.
      await expect(page.getByTestId('review-sessions')).toContainText(`${week.sessions.done} done`);
      await expect(page.getByTestId('review-sessions')).toContainText(`${week.sessions.ahead} still ahead`);
      const monday = week.days[0];
      await expect(page.getByTestId(`review-day-${monday.date}`)).toContainText(`${monday.loadAU}`);

      // The load chart draws insights.get's weeks for the eight weeks ending with this one.
      const chart = page.getByTestId('review-load-chart');
      await expect(chart).toHaveAttribute('data-painted', /\d+/);
      const ins = (await app.rpc('insights.get', { from: addDays(week.from, -49), to: week.through })).body.value;
      const drawn = await json(chart, 'data-series');
      expect(drawn).toEqual(ins.weeks.map((w: { week: string; strengthAU: number; enduranceAU: number; otherAU: number; totalAU: number }) => ({ week: w.week, strengthAU: w.strengthAU, enduranceAU: w.enduranceAU, otherAU: w.otherAU, totalAU: w.totalAU })));
      expect(drawn).toHaveLength(8);
      expect(drawn.at(-1)).toMatchObject({ week: week.week, totalAU: week.load.totalAU, strengthAU: week.load.strengthAU });
      expect(await json(chart, 'data-axes')).toEqual(['Week starting', 'Load points a week (minutes × effort 0–10)']);
      expect(await json(chart, 'data-legend')).toEqual(['Strength', 'Endurance', 'Other (sport, mobility)']);
      await expect(page.getByTestId('review-load-chart-table').locator('tbody tr')).toHaveCount(8);
      await chart.scrollIntoViewIfNeeded();
      const probe = await json(chart, 'data-probe');
      const box = (await chart.locator('canvas').boundingBox())!;
      await page.mouse.move(box.x + probe.x, box.y + probe.y);
      await expect(chart).toHaveAttribute('data-tooltip', /Strength: [\d,]+ load points[\s\S]*Sameness/);

      // Energy: the under-fuelling level of the Energy screen, and each day's intake.
      const energy = (await app.rpc('energy.dashboard', {})).body.value;
      await expect(page.getByTestId('review-underfueling-level')).toHaveText({ ok: 'OK', watch: 'Watch', high: 'High', 'insufficient-data': 'Not enough data' }[energy.underFueling.level as string]!);
      await expect(page.getByTestId(`review-energy-${monday.date}`)).toContainText(Math.round(monday.intakeKcal).toLocaleString('en-US'));
      await expect(page.getByTestId('review-sleep-avg')).toContainText(`${week.sleep.avgHours.toFixed(1)} h`);

      await noSeriousViolations(page);
      await shootView(page, 'review-demo', 1024);
      await shootView(page, 'review-demo', 1600);

      // PNG: a real image file of the review.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('review-export-png').click()]);
      expect(download.suggestedFilename()).toBe('review-2026-W48.png');
      await download.saveAs(join(SCREENSHOT_DIR, 'review-export-png.png'));
      const png = readFileSync((await download.path())!);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(png.length).toBeGreaterThan(20_000);
      await expect(page.getByTestId('review-export-note')).toContainText('Saved review-2026-W48.png');

      // PDF: the button prints; the print stylesheet shows the review alone, and it prints to a PDF.
      await page.evaluate(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => void ((window as unknown as { printed: number }).printed += 1);
      });
      await page.getByTestId('review-export-pdf').click();
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('nav[aria-label="Main"]')).toBeHidden();
      await expect(page.getByTestId('review-export-pdf')).toBeHidden();
      await expect(page.getByTestId('review-summary')).toBeVisible();
      const pdf = await page.pdf();
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(20_000);
      await page.emulateMedia({ media: 'screen' });

      // Previous and next week.
      await expect(page.getByTestId('review-next')).toBeDisabled();
      await page.getByTestId('review-prev').click();
      await expect(page.getByTestId('review-range')).toContainText('16 – 22 Nov');
      const prev = (await app.rpc('review.week', { week: '2026-W47' })).body.value;
      await expect(page.getByTestId('review-finding')).toHaveCount(prev.findings.length);
      expect(await page.getByTestId('review-summary').locator('li').allInnerTexts()).toEqual(prev.summary);
      await expect.poll(async () => (await json(page.getByTestId('review-load-chart'), 'data-series')).at(-1).week).toBe('2026-W47');
      await page.getByTestId('review-next').click();
      await expect(page.getByTestId('review-range')).toContainText('23 – 29 Nov');

      // Links to each chart's screen, and back from them.
      await page.getByTestId('review-energy').getByRole('link', { name: 'Energy' }).click();
      await expect(page.getByTestId('energy-view')).toBeVisible();
      await page.getByTestId('link-review').click();
      await expect(page.getByTestId('review-view')).toBeVisible();
      await page.getByTestId('review-load').getByRole('link', { name: 'Insights' }).click();
      await expect(page.getByTestId('insights-view')).toBeVisible();
      await page.getByTestId('link-review').click();
      await page.getByTestId('review-findings').getByRole('link', { name: 'Planner' }).click();
      await expect(page.getByTestId('week-range')).toBeVisible();
      await page.getByTestId('link-review').click();
      await page.getByTestId('review-lifts').getByRole('link', { name: 'Training log' }).click();
      await expect(page.getByTestId('nav-training')).toHaveAttribute('aria-current', 'page');
      expect(errors).toEqual([]);
    } finally {
      await app.stop();
    }
  });

  test('empty database: the review says what to log', async ({ page }) => {
    const app = await startApp({ today: TODAY });
    try {
      const errors = watchConsole(page);
      await openReview(page, app.url);
      await expect(page.getByTestId('review-empty')).toContainText('Nothing logged in 23 – 29 Nov yet');
      await expect(page.getByTestId('review-empty')).toContainText('Training log');
      await expect(page.getByTestId('review-empty')).toContainText('Food diary');
      await expect(page.getByTestId('review-summary')).toHaveCount(0);
      await expect(page.getByTestId('review-export-png')).toBeDisabled();
      await noSeriousViolations(page);
      await shootView(page, 'review-empty', 1024);
      expect(errors).toEqual([]);
    } finally {
      await app.stop();
    }
  });
});
