// The Insights view in Chromium (browser mode): the sleep-vs-lift scatter and the weekly stress load
// show what insights.get and report.get answer for the same range, with axes, legend and tooltips.
import type { Locator, Page } from '@playwright/test';
import { expect, shootView, startApp, test, watchConsole } from './fixtures';
import { addDays } from '../../src/shared/dates';

const TODAY = '2026-11-26';
const FROM = addDays(TODAY, -83); // the view opens on 12 weeks

async function openInsights(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('nav-insights').click();
  await expect(page.getByTestId('insights-view')).toBeVisible();
}

const json = async (l: Locator, attr: string) => JSON.parse((await l.getAttribute(attr))!);


/** Hovers the chart's first data point and returns the tooltip's text. */
async function tooltipOf(page: Page, chart: Locator): Promise<string> {
  await chart.scrollIntoViewIfNeeded();
  const probe = await json(chart, 'data-probe');
  const box = (await chart.locator('canvas').boundingBox())!;
  await page.mouse.move(box.x + probe.x, box.y + probe.y);
  await expect(chart).toHaveAttribute('data-tooltip', /\S/);
  return (await chart.getAttribute('data-tooltip'))!;
}

test.describe('Insights view', () => {
  test('demo data: both charts draw what insights.get and report.get answer', async ({ page }) => {
    const app = await startApp({ today: TODAY, demo: true });
    try {
      const errors = watchConsole(page);
      await openInsights(page, app.url);
      const ins = (await app.rpc('insights.get', { from: FROM, to: TODAY })).body.value;
      const report = (await app.rpc('report.get', { from: FROM, to: TODAY })).body.value;

      // Sleep vs lift: the pooled main lifts first, every pair a point, the fitted line and its band.
      const sleep = page.getByTestId('sleep-lift-chart');
      await expect(sleep).toHaveAttribute('data-painted', /\d+/);
      const pooled = ins.sleepVsLift.find((r: { exercise: string }) => r.exercise === 'All main lifts');
      const reported = report.sleepVsLift.find((r: { exercise: string }) => r.exercise === 'All main lifts');
      expect(pooled.n).toBeGreaterThanOrEqual(10);
      const drawn = await json(sleep, 'data-series');
      expect(drawn.exercise).toBe('All main lifts');
      expect(drawn.points).toEqual(pooled.points);
      expect(drawn.line).toEqual(pooled.line);
      await expect(page.getByTestId('sleep-lift-chart-table').locator('tbody tr')).toHaveCount(reported.n);
      await expect(page.getByTestId('sleep-lift-n')).toHaveText(String(reported.n));
      await expect(page.getByTestId('sleep-lift-r')).toContainText(`r = ${reported.r.toFixed(2)}`);
      await expect(page.getByTestId('sleep-lift-spearman')).toHaveText(`ρ = ${reported.spearman.toFixed(2)}`);
      await expect(page.getByTestId('sleep-lift-sentence')).toContainText(`n = ${reported.n}`);
      await expect(page.getByTestId('sleep-lift-sentence')).not.toContainText('because');
      expect(await json(sleep, 'data-axes')).toEqual(['Prior-night sleep (h)', 'Performance (% of 28-day best estimated max)']);
      const legend: string[] = await json(sleep, 'data-legend');
      expect(legend).toEqual(expect.arrayContaining(['Back Squat', 'Deadlift', 'Fitted line', 'Fit 95 % band']));
      expect(await tooltipOf(page, sleep)).toMatch(/Slept \d+\.\d h · \d+\.\d % of 28-day best/);

      // One lift at a time from the picker: its own points and numbers, r hidden under 10 days or shown.
      await page.getByTestId('sleep-lift-pick').selectOption('Back Squat');
      const squat = ins.sleepVsLift.find((r: { exercise: string }) => r.exercise === 'Back Squat');
      await expect.poll(async () => (await json(sleep, 'data-series')).exercise).toBe('Back Squat');
      expect((await json(sleep, 'data-series')).points).toEqual(squat.points);
      await expect(page.getByTestId('sleep-lift-n')).toHaveText(String(squat.n));
      await expect(page.getByTestId('sleep-lift-small')).toBeVisible();

      // Weekly stress: the report's weeks and loads by family, monotony and strain in the table.
      const stress = page.getByTestId('stress-chart');
      await expect(stress).toHaveAttribute('data-painted', /\d+/);
      const weeks = await json(stress, 'data-series');
      expect(weeks).toEqual(report.weeks.map((w: { week: string; load: object }) => ({ week: w.week, ...w.load })));
      expect(await json(stress, 'data-axes')).toEqual(['Week starting', 'Load points a week (minutes × effort 0–10)']);
      expect(await json(stress, 'data-legend')).toEqual(['Strength', 'Endurance', 'Other (sport, mobility)']);
      expect(await tooltipOf(page, stress)).toMatch(/Strength: [\d,]+ load points[\s\S]*Sameness/);
      const done = report.weeks.at(-2);
      const row = page.getByTestId(`stress-week-${done.week}`);
      await expect(row).toContainText(done.monotony.toFixed(2));
      await expect(row).toContainText(Math.round(done.strain).toLocaleString('en-US'));
      await expect(page.getByTestId('stress-chart-table').locator('tbody tr')).toHaveCount(report.weeks.length);
      // Days marked: the server's high-stress days carry the mark.
      const high = ins.weeks.flatMap((w: { days: { date: string; highStress: boolean }[] }) => w.days).filter((d: { highStress: boolean }) => d.highStress);
      expect(high.length).toBeGreaterThan(0);
      await expect(page.getByTestId(`day-${high.at(-1).date}`)).toHaveAttribute('data-stress', 'high');

      // Acute and chronic load, fitness/fatigue/form, the ratio in words after 28 days of history.
      const model = page.getByTestId('load-model-chart');
      expect(await json(model, 'data-series')).toEqual(ins.days.map((d: { date: string; acute: number; chronic: number }) => ({ date: d.date, acute: d.acute, chronic: d.chronic })));
      expect(await json(model, 'data-legend')).toEqual(['Recent load (7-day average)', 'Usual load (28-day average)']);
      await expect(page.getByTestId('pmc-ctl')).toHaveText(Math.round(ins.days.at(-1).ctl).toLocaleString('en-US'));
      await expect(page.getByTestId('acwr-text')).toContainText(ins.days.at(-1).ratio.toFixed(2));
      await expect(page.getByTestId('stress-card')).toContainText('population SD');
      for (const source of ['Foster 2001', 'Williams 2017', 'Banister']) await expect(page.getByTestId('stress-card')).toContainText(source);

      await page.getByTestId('sleep-lift-pick').selectOption('All main lifts');
      await shootView(page, 'insights-demo', 1024);
      await shootView(page, 'insights-demo', 1600);
      expect(errors).toEqual([]);
    } finally {
      await app.stop();
    }
  });

  test('empty database: each card says what to log', async ({ page }) => {
    const app = await startApp({ today: TODAY });
    try {
      const errors = watchConsole(page);
      await openInsights(page, app.url);
      await expect(page.getByTestId('sleep-lift-chart-empty')).toContainText('Log sleep and working sets of a main lift on the same mornings');
      await expect(page.getByTestId('stress-chart-empty')).toContainText('minutes and how hard they felt');
      await expect(page.getByTestId('sleep-lift-pick')).toHaveCount(0);
      await shootView(page, 'insights-empty', 1024);
      expect(errors).toEqual([]);
    } finally {
      await app.stop();
    }
  });
});
