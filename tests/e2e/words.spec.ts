// Plain words first with the term in a tooltip, messages in the user's units, and new entries that
// start from what the plan and the log say (not from fixed hours).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, SCREENSHOT_DIR, shootView, startApp, test, watchConsole } from './fixtures';

const TODAY = '2026-11-26';

async function open(page: Page, nav: string, ready: string): Promise<void> {
  await page.getByTestId(`nav-${nav}`).click();
  await expect(page.getByTestId(ready)).toBeVisible();
}

async function axeClean(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

test.describe('plain words and units', () => {
  test('a term on Energy explains itself on hover, on keyboard focus and to a screen reader; Escape hides it', async ({ page }) => {
    const app = await startApp({ today: TODAY, demo: true });
    const errors = watchConsole(page);
    try {
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.goto(app.url);
      await open(page, 'energy', 'underfueling');
      const row = page.getByTestId('underfueling-reasons').getByTestId('reason-energy-availability');
      const term = row.getByRole('button', { name: 'Food energy left after training' });
      const tip = row.getByRole('tooltip');
      await expect(tip).toBeHidden();

      await term.hover();
      await expect(tip).toBeVisible();
      await expect(tip).toContainText('Energy availability (EA)');
      await expect(tip).toContainText('fat-free mass');
      const box = (await row.boundingBox())!;
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.screenshot({ path: join(SCREENSHOT_DIR, `energy-term-tooltip-1024-${colorScheme}.png`), clip: { x: box.x - 8, y: box.y - 8, width: 560, height: 240 } });
      }
      await page.emulateMedia({ colorScheme: 'light' });
      await page.mouse.move(0, 0);
      await expect(tip).toBeHidden();

      await term.focus();
      await expect(tip).toBeVisible();
      await expect(term).toHaveAccessibleDescription(/Energy availability \(EA\): \(food eaten − energy spent exercising\)/);
      await page.keyboard.press('Escape');
      await expect(tip).toBeHidden();
      await term.blur();

      // No jargon left bare in the verdict (the terms live in the hidden tooltips), no "science.md" anywhere.
      await expect(page.getByTestId('underfueling')).not.toContainText('science.md');
      expect(await page.getByTestId('underfueling-reasons').innerText()).not.toMatch(/\bFFM\b|\bEA\b/);
      await axeClean(page);
      await shootView(page, 'energy-verdict', 1024);
      expect(errors).toEqual([]);
    } finally {
      await app.stop();
    }
  });

  test('an lb profile reads lb in the Energy verdict, a per-kg figure only beside its per-lb one', async ({ page }) => {
    const app = await startApp({ today: TODAY, demo: true });
    try {
      expect((await app.rpc('profile.set', { weightUnit: 'lb', distanceUnit: 'mi' })).status).toBe(200);
      await page.goto(app.url);
      await open(page, 'energy', 'underfueling');
      const verdict = page.getByTestId('underfueling');
      await expect(verdict.getByTestId('reason-protein')).toContainText('g/lb');
      const text = (await verdict.innerText()).replace(/\/lb \([^)]*\/kg\)/g, '/lb');
      expect(text).toMatch(/\d lb\b/);
      expect(text).not.toMatch(/\bkg\b/);
      expect(text).not.toMatch(/\bkm\b/);
    } finally {
      await app.stop();
    }
  });
});

test.describe('defaults from the plan and the log', () => {
  test('a new session starts now (up to 5 min) with the planned or last kind; a night at last night’s times', async ({ page }) => {
    test.setTimeout(120_000);
    const app = await startApp({ today: TODAY, demo: true });
    const errors = watchConsole(page);
    try {
      await page.clock.setFixedTime(new Date(2026, 10, 26, 18, 7, 30));
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.goto(app.url);
      await expect(page.getByTestId('today-answer')).toBeVisible();
      await axeClean(page);
      await shootView(page, 'today', 1024);

      // Today's S: the night ending today as logged, else the usual one (the demo logs every night).
      const nights = (await app.rpc('sleep.list', { from: '2026-11-12', to: TODAY })).body.value as { date: string; bed: string; wake: string }[];
      const last = nights.find((n) => n.date === TODAY);
      expect(last).toBeDefined();
      await page.keyboard.press('s');
      await expect(page.getByTestId('today-wake')).toHaveValue(last!.wake);
      await expect(page.getByTestId('today-bed')).toHaveValue(last!.bed);
      await page.keyboard.press('Escape');

      await open(page, 'training', 'log-start');
      await expect(page.getByTestId('log-start')).toHaveValue('18:10');
      const planned = (await app.rpc('session.list', { from: TODAY, to: TODAY, planned: true })).body.value as { kind: string; modality: string | null }[];
      const done = (await app.rpc('session.list', { from: '2026-10-01', to: TODAY, planned: false })).body.value as { kind: string; setCount: number }[];
      const lifting = planned.find((s) => s.modality == null && !['zone2', 'tempo', 'intervals', 'long', 'hills', 'mobility'].includes(s.kind));
      const expected = lifting?.kind ?? done.filter((s) => s.setCount > 0).at(-1)!.kind;
      await expect(page.getByTestId('log-kind')).toHaveValue(expected);

      await open(page, 'insights', 'stress-card');
      await page.waitForTimeout(400);
      await axeClean(page);
      await shootView(page, 'insights-demo', 1024);
      expect(errors).toEqual([]);
    } finally {
      await app.stop();
    }
  });
});

test('the other screens that explain terms stay free of serious axe findings, light and dark', async ({ page }) => {
  test.setTimeout(120_000);
  const app = await startApp({ today: TODAY, demo: true });
  try {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(app.url);
    for (const [nav, ready] of [['planner', 'planned-count'], ['training', 'log-start'], ['review', 'review-plan']] as const) {
      await open(page, nav, ready);
      await expect(page.locator('button.term').first()).toBeVisible();
      await page.waitForTimeout(400);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await axeClean(page);
      }
      await page.emulateMedia({ colorScheme: 'light' });
    }
  } finally {
    await app.stop();
  }
});
