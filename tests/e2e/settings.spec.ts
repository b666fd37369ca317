// The Settings screen: a theme that overrides the system's and survives a reload (axe-clean in both),
// meals renamed, reordered and added as the diary then shows them, heart rates, and units.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SCREENSHOT_DIR, expect, startApp, test, watchConsole } from './fixtures';

const TODAY = '2026-11-26';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

async function seriousAxe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

test('the theme chosen in Settings overrides the system, survives a reload, and passes axe', async ({ page }) => {
  test.setTimeout(120_000);
  const app = await startApp({ today: TODAY, demo: true });
  try {
    const errors = watchConsole(page);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(app.url);
    await page.getByTestId('nav-settings').click();
    await expect(page.getByTestId('settings-theme-system')).toBeChecked();
    expect(await background(page)).toBe('rgb(246, 247, 249)');

    // Dark on a light system, chosen with the keyboard.
    await page.getByTestId('settings-theme-system').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('settings-theme-saved')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await background(page)).toBe('rgb(17, 20, 24)');
    expect((await app.rpc('settings.get', {})).body.value).toEqual({ theme: 'dark' });
    expect(await seriousAxe(page)).toEqual([]);
    // Charts take the chosen theme too: Energy's chart on a dark card, axe-clean.
    await page.getByTestId('nav-energy').click();
    await page.waitForTimeout(400);
    expect(await seriousAxe(page)).toEqual([]);

    // Kept in the database: a reload starts dark although the system is light.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await background(page)).toBe('rgb(17, 20, 24)');

    // Light on a dark system.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-theme-light').check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await background(page)).toBe('rgb(246, 247, 249)');
    expect(await seriousAxe(page)).toEqual([]);

    // System again: the page follows the system's dark.
    await page.getByTestId('settings-theme-system').check();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
    expect(await background(page)).toBe('rgb(17, 20, 24)');
    expect((await app.rpc('settings.get', {})).body.value).toEqual({ theme: 'system' });
    expect(errors).toEqual([]);
  } finally {
    await app.stop();
  }
});

test('meals, heart rates and units from Settings reach the diary, the profile and the screens', async ({ page }) => {
  test.setTimeout(120_000);
  const app = await startApp({ today: TODAY, demo: true });
  try {
    const errors = watchConsole(page);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(app.url);
    await page.getByTestId('nav-settings').click();
    await expect(page.getByTestId('settings-slot')).toHaveCount(4);
    await expect(page.getByText('The diary shows 4 meals in this order.')).toBeVisible();
    const slots = (await app.rpc('mealSlot.list', {})).body.value as { id: number; name: string }[];
    const snacks = slots.find((s) => s.name === 'Snacks')!;

    // Rename with Enter, move up with the keyboard (the focus stays on the moved meal), add one.
    await page.getByTestId(`slot-name-${snacks.id}`).fill('Pre-workout');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('settings-slots-status')).toHaveText('✓ Renamed to Pre-workout');
    await page.getByTestId(`slot-up-${snacks.id}`).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('settings-slots-status')).toHaveText('✓ Pre-workout moved up');
    await expect(page.getByTestId(`slot-up-${snacks.id}`)).toBeFocused();
    await page.getByTestId('slot-new').fill('Supper');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('settings-slot')).toHaveCount(5);
    await expect(page.getByText('The diary shows 5 meals in this order.')).toBeVisible();
    const order = ['Breakfast', 'Lunch', 'Pre-workout', 'Dinner', 'Supper'];
    expect(((await app.rpc('meal.list', { date: TODAY })).body.value.meals as { name: string }[]).map((m) => m.name)).toEqual(order);

    // Heart rates: a word is refused in the form, a number is saved to the profile.
    await page.getByTestId('settings-hrRest').fill('fast');
    await page.getByTestId('settings-hr-save').click();
    await expect(page.getByTestId('settings-error-hrRest')).toContainText('Resting heart rate must be a number');
    await expect(page.getByTestId('settings-hrRest')).toBeFocused();
    await page.getByTestId('settings-hrRest').fill('52');
    await page.getByTestId('settings-hrThreshold').fill('300');
    await page.getByTestId('settings-hr-save').click();
    await expect(page.getByTestId('settings-error-hrThreshold')).toContainText('between 25 and 250 bpm');
    await page.getByTestId('settings-hrThreshold').fill('171');
    await page.getByTestId('settings-hr-save').click();
    await expect(page.getByTestId('settings-hr-saved')).toBeVisible();
    expect((await app.rpc('profile.get', {})).body.value).toMatchObject({ hrRest: 52, hrThreshold: 171 });

    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    for (const [width, height] of [[1024, 768], [1440, 1000]] as const) {
      await page.setViewportSize({ width, height });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.mouse.move(0, 0);
        await page.locator('main').evaluate((m) => m.scrollTo(0, 0));
        await page.screenshot({ path: join(SCREENSHOT_DIR, `settings-${width}-${colorScheme}.png`), animations: 'disabled', caret: 'hide' });
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });

    // A name already used is refused with the core's message, and the field shows the old name again.
    await page.getByTestId(`slot-name-${snacks.id}`).fill('lunch');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('settings-slots-error')).toContainText('There is already a meal called "lunch"');
    await expect(page.getByTestId(`slot-name-${snacks.id}`)).toHaveValue('Pre-workout');

    // Pounds: the weight screen asks and shows pounds at once.
    await page.getByTestId('settings-weightUnit-lb').check();
    await expect(page.getByTestId('settings-units-saved')).toHaveText('✓ Weight unit saved');
    await page.getByTestId('nav-weight').click();
    await expect(page.locator('label[for=weight-value]')).toHaveText('Weight (lb)');
    // The food screen lists the meals in the new order.
    await page.getByTestId('nav-diary').click();
    await expect(page.getByRole('heading', { level: 2, name: 'Pre-workout' })).toBeVisible();
    expect(errors.filter((e) => !/status of (400|409)/.test(e))).toEqual([]);
  } finally {
    await app.stop();
  }
});
