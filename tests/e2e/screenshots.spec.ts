// Screenshots for the README and docs/, taken by the suite (written into docs/screenshots by
// `npm run screenshots`; see SCREENSHOT_DIR in fixtures.ts).
// "Today" is fixed so the demo history, and therefore every pixel, is the same on every run.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SCREENSHOT_DIR, startApp, test, watchConsole } from './fixtures';

const TODAY = '2026-11-26';
const SCHEMES = ['light', 'dark'] as const;

async function shoot(page: Page, name: string, scheme: (typeof SCHEMES)[number]): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.mouse.move(0, 0); // no hover state or tooltip in the picture
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${scheme}.png`), animations: 'disabled', caret: 'hide' });
}

test.describe('screenshots', () => {
  for (const scheme of SCHEMES) {
    test(`empty app, ${scheme}`, async ({ page }) => {
      const app = await startApp({ today: TODAY });
      try {
        const errors = watchConsole(page);
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(app.url);
        await expect(page.getByTestId('welcome')).toBeVisible();
        await shoot(page, 'empty', scheme);
        expect(errors).toEqual([]);
      } finally {
        await app.stop();
      }
    });

    test(`today, weight and profile with demo data, ${scheme}`, async ({ page }) => {
      const app = await startApp({ today: TODAY, demo: true });
      try {
        const errors = watchConsole(page);
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width: 1280, height: 1000 });
        await page.goto(app.url);
        await expect(page.getByTestId('today-answer')).toBeVisible();
        await shoot(page, 'today', scheme);
        await page.getByTestId('nav-weight').click();
        await expect(page.getByTestId('weight-chart')).toHaveAttribute('data-painted', /\d+/);
        const series = JSON.parse((await page.getByTestId('weight-chart').getAttribute('data-series'))!);
        expect(series.points.length).toBeGreaterThan(60);
        await shoot(page, 'weight', scheme);

        await page.getByTestId('nav-profile').click();
        await expect(page.getByTestId('profile-heightCm')).toHaveValue('180');
        await shoot(page, 'profile', scheme);
        expect(errors).toEqual([]);
      } finally {
        await app.stop();
      }
    });
  }
});
