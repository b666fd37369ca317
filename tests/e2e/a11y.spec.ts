// Accessibility: axe (WCAG 2 A and AA rules) on every screen in the navigation, light and dark, with the
// demo history loaded and on an empty database. No serious or critical violation may remain.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, startApp, test } from './fixtures';

const TODAY = '2026-11-26';

async function screens(page: Page): Promise<string[]> {
  return page.locator('nav [data-testid^="nav-"]').evaluateAll((links) => links.map((l) => l.getAttribute('data-testid')!));
}

// The audits are split into parts that run side by side: every part opens the app and checks every
// PARTS-th screen, so together they cover the whole navigation.
const PARTS = 3;

async function audit(page: Page, label: string, part: number): Promise<string[]> {
  const found: string[] = [];
  const ids = (await screens(page)).filter((_, i) => i % PARTS === part);
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) {
    await page.getByTestId(id).click();
    // Screens load their data after the click; charts paint after that.
    await page.waitForTimeout(400);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.waitForTimeout(100);
      // Only colours change with the theme: the dark pass checks contrast, the light pass everything.
      const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
      const result = await (colorScheme === 'dark' ? axe.withRules(['color-contrast']) : axe).analyze();
      for (const v of result.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
        found.push(`${label} ${id} ${colorScheme}: ${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      }
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

test.describe('accessibility', () => {
  for (let part = 0; part < PARTS; part++) {
    test(`every screen, light and dark, with the demo history: no serious or critical axe violation (part ${part + 1} of ${PARTS})`, async ({ page }) => {
      test.setTimeout(180_000);
      const app = await startApp({ today: TODAY, demo: true });
      try {
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(app.url);
        expect((await screens(page)).length).toBeGreaterThan(5);
        expect(await audit(page, 'demo', part)).toEqual([]);
      } finally {
        await app.stop();
      }
    });

    test(`every screen, light and dark, on an empty database (part ${part + 1} of ${PARTS})`, async ({ page }) => {
      test.setTimeout(180_000);
      const app = await startApp({ today: TODAY });
      try {
        await page.setViewportSize({ width: 1024, height: 768 });
        await page.goto(app.url);
        expect(await audit(page, 'empty', part)).toEqual([]);
      } finally {
        await app.stop();
      }
    });
  }
});
