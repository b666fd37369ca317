// Settings ask for the first threshold in plain words; the planner's Zone 2 check uses it.
// Screenshots of the heart-rate card (light and dark, 1024 px and wide, empty and filled), and axe.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, SCREENSHOT_DIR, startApp, test, watchConsole } from './fixtures';

const TODAY = '2026-11-26';

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), animations: 'disabled', caret: 'hide', fullPage: true });
}

async function axe(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
}

test('the first threshold is asked in plain words, saved, refused above the threshold, and used for Zone 2', async ({ page }) => {
  const app = await startApp({ today: TODAY });
  try {
    const errors = watchConsole(page);
    await app.rpc('profile.set', { sex: 'male', birthDate: '1990-05-01', heightCm: 180, hrMax: 190, hrThreshold: 170 });
    await page.setViewportSize({ width: 1024, height: 900 });
    await page.goto(app.url);
    await page.getByTestId('nav-settings').click();
    const field = page.getByTestId('settings-hrLt1');
    await expect(field).toHaveValue('');
    await expect(page.getByText('Heart rate at the top of easy, conversational effort — your first threshold.')).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await shoot(page, `settings-first-threshold-empty-1024-${scheme}`);
    }
    await axe(page);

    // At or above the hard 30-minute threshold: the field says why, nothing is saved.
    await field.fill('172');
    await page.getByTestId('settings-hr-save').click();
    await expect(page.getByTestId('settings-error-hrLt1')).toContainText('must be below the threshold heart rate');
    expect((await app.rpc('profile.get', {})).body.value.hrLt1).toBeNull();

    await field.fill('148');
    await page.getByTestId('settings-hr-save').click();
    await expect(page.getByTestId('settings-hr-saved')).toBeVisible();
    expect((await app.rpc('profile.get', {})).body.value).toMatchObject({ hrThreshold: 170, hrLt1: 148 });
    for (const [width, label] of [[1024, '1024'], [1600, 'wide']] as const) {
      await page.setViewportSize({ width, height: 900 });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await shoot(page, `settings-first-threshold-full-${label}-${scheme}`);
      }
    }
    await axe(page);

    // The planner judges a logged Zone 2 run against it: 156 bpm is clearly above 148.
    await app.rpc('session.add', { date: '2026-11-24', start: '18:00', kind: 'zone2', modality: 'run', minutes: 45, rpe: 4, avgHr: 156 });
    const findings = (await app.rpc('plan.check', { week: '2026-W48' })).body.value.findings;
    expect(findings.find((f: { code: string }) => f.code === 'easy-session-too-hard').message).toContain('Zone 2 ceiling of 148 bpm (your first threshold');
    // The one refused save above answers 400 (the browser logs it); nothing else may.
    expect(errors).toEqual(['Failed to load resource: the server responded with a status of 400 (Bad Request)']);
  } finally {
    await app.stop();
  }
});
