import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SCREENSHOT_DIR, expect, startApp, test, watchConsole } from './fixtures';
import { addDays } from '../../src/shared/dates';

const TODAY = '2026-11-26';
const TOMORROW = '2026-11-27';

type Series = { key: string; value: number; target: { min: number; max: number } | null; status: string }[];
const series = async (page: Page): Promise<Series> => JSON.parse((await page.getByTestId('day-totals').getAttribute('data-series')) ?? '[]');
const energy = async (page: Page) => (await series(page)).find((s) => s.key === 'energy')!.value;

/** Light and dark screenshots of the whole diary (the app scrolls inside <main>, so grow the viewport to fit). */
async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const size = page.viewportSize()!;
  const height = await page.evaluate(() => (document.querySelector('main')?.scrollHeight ?? 0) + 8);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(size);
}

/** Types a query, moves to the food with `id` using the arrow keys, Enter, amount, Enter. */
async function logByKeyboard(page: Page, query: string, id: string, qty: string): Promise<void> {
  const input = page.getByTestId('food-search-input');
  await expect(input).toBeFocused();
  await page.keyboard.type(query);
  await expect(page.getByTestId('food-search-results')).toHaveAttribute('data-query', query);
  const results = page.getByTestId('food-search-result');
  await expect(results.first()).toBeVisible();
  await expect(page.locator(`[data-testid="food-search-result"][data-food-id="${id}"]`)).toBeVisible();
  const ids = await results.evaluateAll((els) => els.map((e) => e.getAttribute('data-food-id')));
  const index = ids.indexOf(id);
  expect(index, `${id} in results for "${query}": ${ids.join(', ')}`).toBeGreaterThanOrEqual(0);
  expect(index, 'the food should be near the top').toBeLessThan(3);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-testid="food-search-result"][aria-selected="true"]')).toHaveAttribute('data-food-id', id);
  await page.keyboard.press('Enter');
  const qtyInput = page.getByTestId('food-search-qty');
  await expect(qtyInput).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(qty);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('food-search-amount')).toHaveCount(0);
  await expect(input).toBeFocused();
}

test('food diary: keyboard logging, quick add, copy, recipe, totals and undo', async ({ page }) => {
  test.setTimeout(180_000);
  const app = await startApp({ today: TODAY });
  const errors = watchConsole(page);
  try {
    // A weigh-in and an energy target give the bars their targets (protein 1.6–2.2 g/kg × 80 kg).
    expect((await app.rpc('weight.add', { date: '2026-11-20', weightKg: 80 })).status).toBe(200);
    expect((await app.rpc('nutrition.setTargets', { energyKcal: 2500 })).status).toBe(200);

    await page.goto(app.url);
    await page.getByTestId('nav-diary').click();
    // First run: the SR24 tables are built (with a progress indication) before the day shows.
    await expect(page.getByTestId('diary-date')).toHaveAttribute('data-date', TODAY, { timeout: 30_000 });
    await expect(page.getByTestId('food-db-building')).toHaveCount(0);
    await shoot(page, 'food-day-empty');
    expect(await energy(page)).toBe(0);
    const protein0 = (await series(page)).find((s) => s.key === 'protein')!;
    expect(protein0.target).toEqual({ min: 128, max: 176 });

    // Keyboard only: "/" focuses the search, Shift+Tab reaches the meal, type-ahead picks Breakfast.
    await page.keyboard.press('/');
    await expect(page.getByTestId('food-search-input')).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByTestId('log-meal')).toBeFocused();
    await page.keyboard.type('Breakfast');
    await expect(page.getByTestId('log-meal')).toHaveValue('Breakfast');
    await page.keyboard.press('Tab');
    await logByKeyboard(page, 'bananas', '09040', '118');
    await logByKeyboard(page, 'oats', '20038', '60');
    await page.keyboard.type('chick bre roas');
    await expect(page.locator('[data-testid="food-search-result"][data-food-id="05064"]')).toBeVisible();
    await shoot(page, 'food-search');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await logByKeyboard(page, 'chick bre roas', '05064', '200');
    // An everyday word offers the form people eat first: cooked pasta, not corn pasta.
    await page.keyboard.type('pasta');
    await expect(page.getByTestId('food-search-results')).toHaveAttribute('data-query', 'pasta');
    const firstPasta = page.getByTestId('food-search-result').first();
    await expect(firstPasta).toHaveAttribute('data-food-id', '20121');
    await expect(firstPasta).toContainText('Spaghetti, cooked');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');

    const breakfast = page.getByTestId('meal-breakfast');
    await expect(breakfast.getByTestId('entry')).toHaveCount(3);
    // 118 g banana (89 kcal/100 g) + 60 g oats (389) + 200 g roasted chicken breast (165) = 105.02 + 233.4 + 330
    await expect.poll(() => energy(page)).toBe(668.4);
    const proteinBar = (await series(page)).find((s) => s.key === 'protein')!;
    expect(proteinBar.value).toBeCloseTo(1.09 * 1.18 + 16.89 * 0.6 + 62.04, 1);
    await expect(page.getByTestId('progress-protein')).toHaveAttribute('data-status', 'below');

    // Quick-add a snack.
    const snacks = page.getByTestId('meal-snacks');
    await snacks.getByTestId('quick-add').click();
    await expect(snacks.getByTestId('quick-kcal')).toBeFocused(); // quick add is ready to type
    await snacks.getByTestId('quick-kcal').fill('220');
    await snacks.getByTestId('quick-protein').fill('20');
    await snacks.getByTestId('quick-label').fill('Protein bar');
    await snacks.getByTestId('quick-label').press('Enter');
    await expect(snacks.getByTestId('entry')).toHaveCount(1);
    await expect(snacks.getByTestId('entry')).toContainText('Protein bar');
    await expect.poll(() => energy(page)).toBe(888.4);

    // Copy breakfast to the next day.
    await breakfast.getByTestId('copy-meal').click();
    await expect(breakfast.getByTestId('copy-date')).toHaveValue(TOMORROW);
    await breakfast.getByTestId('copy-save').click();
    await page.getByTestId('next-day').click();
    await expect(page.getByTestId('diary-date')).toHaveAttribute('data-date', TOMORROW);
    await expect(page.getByTestId('meal-breakfast').getByTestId('entry')).toHaveCount(3);
    await expect(page.getByTestId('meal-snacks').getByTestId('entry')).toHaveCount(0);
    await expect.poll(() => energy(page)).toBe(668.4);
    const copied = (await app.rpc('meal.list', { date: TOMORROW })).body.value;
    expect(copied.meals[0].entries.map((e: { foodId: string }) => e.foodId)).toEqual(['09040', '20038', '05064']);
    await page.getByTestId('prev-day').click();
    await expect(page.getByTestId('diary-date')).toHaveAttribute('data-date', TODAY);

    // Create a recipe (keyboard in the ingredient search) and log one serving.
    await page.getByTestId('tab-foods').click();
    await page.getByTestId('new-recipe').click();
    await page.getByTestId('recipe-name').fill('Overnight oats');
    await page.getByTestId('recipe-servings').fill('2');
    const ing = page.getByTestId('ingredient-search-input');
    await ing.click();
    await page.keyboard.type('oats');
    await expect(page.locator('[data-testid="ingredient-search-result"]').first()).toHaveAttribute('data-food-id', '20038');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('80');
    await page.keyboard.press('Enter');
    await page.keyboard.type('whole milk');
    await expect(page.locator('[data-testid="ingredient-search-result"]').first()).toHaveAttribute('data-food-id', '01077');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('240');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('recipe-ingredients').locator('li')).toHaveCount(2);
    await expect(page.getByTestId('recipe-summary')).toContainText('229 kcal');
    await shoot(page, 'food-recipe');
    await page.getByTestId('recipe-save').click();
    await expect(page.getByTestId('recipe-row')).toHaveCount(1);
    await expect(page.getByTestId('recipe-row')).toContainText('Overnight oats');

    await page.getByTestId('tab-day').click();
    await page.getByTestId('meal-dinner').getByTestId('add-food').click();
    await expect(page.getByTestId('log-meal')).toHaveValue('Dinner');
    await expect(page.getByTestId('food-search-input')).toBeFocused();
    await page.keyboard.type('overnight');
    await expect(page.locator('[data-testid="food-search-result"]').first()).toHaveAttribute('data-food-id', /^r\d+$/);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('food-search-unit')).toHaveValue(/^m:/); // one serving by default
    await expect(page.getByTestId('food-search-qty')).toHaveValue('1');
    // Switching the unit converts the amount: one serving is 160 g, and back again.
    const serving = await page.getByTestId('food-search-unit').inputValue();
    await page.getByTestId('food-search-unit').selectOption('g');
    await expect(page.getByTestId('food-search-qty')).toHaveValue('160');
    await expect(page.getByTestId('food-search-preview')).toContainText('160 g');
    await page.getByTestId('food-search-unit').selectOption(serving);
    await expect(page.getByTestId('food-search-qty')).toHaveValue('1');
    await page.getByTestId('food-search-qty').focus();
    await page.keyboard.press('Enter');
    const dinner = page.getByTestId('meal-dinner');
    await expect(dinner.getByTestId('entry')).toHaveCount(1);
    await expect(dinner.getByTestId('entry')).toContainText('1 × serving');
    // One serving = (80 g oats × 3.89 + 240 g milk × 0.61) / 2 = 228.8 kcal
    await expect.poll(() => energy(page)).toBe(1117.2);

    // Delete with undo.
    await snacks.getByTestId('entry-delete').click();
    await expect(page.getByTestId('undo-toast')).toContainText('Deleted Protein bar');
    await expect.poll(() => energy(page)).toBe(897.2);
    await page.getByTestId('undo').click();
    await expect(snacks.getByTestId('entry')).toHaveCount(1);
    await expect.poll(() => energy(page)).toBe(1117.2);

    // The nutrient detail view: micronutrients against daily values.
    await page.getByTestId('toggle-nutrients').click();
    await expect(page.getByTestId('nutrient-ironMg')).toContainText('%');
    await expect(page.getByTestId('nutrient-table')).toContainText('FDA 2016');
    await shoot(page, 'food-day-nutrients');

    // The report agrees with the screen.
    const report = (await app.rpc('report.get', { from: TODAY, to: TOMORROW })).body.value;
    expect(report.days.map((d: { intakeKcal: number }) => d.intakeKcal)).toEqual([1117.22, 668.42]);
    expect(errors).toEqual([]);
  } finally {
    await app.stop();
  }
});

test('first run: the food database build shows how many foods are written', async ({ page }) => {
  test.setTimeout(120_000);
  const app = await startApp({ today: TODAY });
  const errors = watchConsole(page);
  try {
    // Every value the bar shows, as the user sees it change.
    await page.addInitScript(() => {
      const seen: { done: number; total: number; text: string }[] = [];
      (window as unknown as { __foodBuild: typeof seen }).__foodBuild = seen;
      const record = () => {
        const bar = document.querySelector('[data-testid="food-db-progress"]');
        if (!bar) return;
        const entry = { done: Number(bar.getAttribute('data-done')), total: Number(bar.getAttribute('data-total')), text: document.querySelector('[data-testid="food-db-count"]')?.textContent?.trim() ?? '' };
        const last = seen[seen.length - 1];
        if (!last || last.done !== entry.done || last.total !== entry.total || last.text !== entry.text) seen.push(entry);
      };
      new MutationObserver(record).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    // Hold the sixth step (after 4,000 foods) so the screen can be read and shot mid-way.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let steps = 0;
    await page.route('**/rpc/foods.buildStep', async (route) => {
      steps++;
      if (steps === 6) await held;
      await route.continue();
    });

    await page.goto(app.url);
    await page.getByTestId('nav-diary').click();
    const bar = page.getByTestId('food-db-progress');
    await expect(bar).toHaveAttribute('data-done', '4000', { timeout: 30_000 });
    await expect(bar).toHaveAttribute('aria-valuenow', '4000');
    await expect(bar).toHaveAttribute('aria-valuemax', '8858');
    await expect(page.getByTestId('food-db-count')).toHaveText('4,000 of 8,858 foods (45 %)');
    // The bar eases to its width (a short transition): wait for it to settle on 45 %.
    const fill = () => bar.locator('.fill').evaluate((el) => el.getBoundingClientRect().width / el.parentElement!.getBoundingClientRect().width);
    await expect.poll(fill).toBeGreaterThan(0.4);
    expect(await fill()).toBeLessThan(0.5);
    await shoot(page, 'food-building');
    release();

    await expect(page.getByTestId('diary-date')).toHaveAttribute('data-date', TODAY, { timeout: 30_000 });
    await expect(page.getByTestId('food-db-building')).toHaveCount(0);
    const seen = await page.evaluate(() => (window as unknown as { __foodBuild: { done: number; total: number; text: string }[] }).__foodBuild);
    const counted = seen.filter((s) => s.total > 0);
    // Real progress: every step's count in order; the last step (all 8,858) gives way to the day.
    expect(counted.map((s) => s.done)).toEqual([0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000]);
    expect(counted.every((s) => s.total === 8858)).toBe(true);
    expect(counted.map((s) => s.text)).toContain('8,000 of 8,858 foods (90 %)');
    expect((await app.rpc('foods.status', {})).body.value).toMatchObject({ built: true, usdaFoods: 8858 });
    expect(errors).toEqual([]);
  } finally {
    await app.stop();
  }
});

test('targets: energy from the expenditure estimate, carbohydrate by the day’s training, both changeable', async ({ page }) => {
  test.setTimeout(120_000);
  const app = await startApp({ today: TODAY });
  const errors = watchConsole(page);
  try {
    const ok = async (method: string, input: unknown) => expect((await app.rpc(method, input)).status, method).toBe(200);
    await ok('profile.set', { sex: 'male', birthDate: '1992-05-14', heightCm: 180, activityLevel: 'moderate' });
    // Three weeks of weigh-ins and logged food: enough for an estimate.
    for (let i = 21; i >= 1; i--) {
      const date = new Date(Date.parse(`${TODAY}T12:00:00Z`) - i * 86_400_000).toISOString().slice(0, 10);
      if (i % 2 === 1) await ok('weight.add', { date, weightKg: 80 + i * 0.01 });
      await ok('meal.add', { date, meal: 'Dinner', quick: { kcal: 2600, proteinG: 140, carbsG: 300, fatG: 80 } });
    }
    const tdee = (await app.rpc('energy.dashboard', { from: TODAY, to: TODAY })).body.value.latest.tdeeKcal as number;
    const weightKg = (await app.rpc('nutrition.day', { date: TODAY })).body.value.weightKg as number;
    const target = (key: string) => series(page).then((all) => all.find((x) => x.key === key)!.target);

    await page.goto(app.url);
    await page.getByTestId('nav-diary').click();
    await expect(page.getByTestId('diary-date')).toHaveAttribute('data-date', TODAY, { timeout: 30_000 });
    // Energy: the estimate, said so.
    await expect(page.getByTestId('basis-energy')).toHaveAttribute('data-kind', 'expenditure');
    await expect(page.getByTestId('basis-energy')).toContainText(`Energy ${(Math.round(tdee / 10) * 10).toLocaleString('en-US')} kcal: your estimated expenditure`);
    expect(await target('energy')).toEqual({ min: Math.round(tdee / 10) * 10, max: Math.round(tdee / 10) * 10 });
    // Carbohydrate: a rest day is light, 3–5 g/kg.
    await expect(page.getByTestId('basis-carbs')).toContainText('Carbohydrate 3–5 g/kg for light training (under 45 min/day): no training on this day. Thomas, Erdman & Burke 2016.');
    expect(await target('carbs')).toEqual({ min: Math.round(3 * weightKg * 10) / 10, max: Math.round(5 * weightKg * 10) / 10 });
    await expect(page.getByTestId('basis-protein')).toContainText(`Protein 1.6–2.2 g/kg × ${weightKg} kg (weight trend): Morton et al. 2018`);

    // Two hours planned today: 6–10 g/kg.
    await ok('session.add', { date: TODAY, start: '17:00', kind: 'long', modality: 'run', minutes: 120, rpe: 6, planned: true });
    await page.getByTestId('next-day').click();
    await page.getByTestId('prev-day').click();
    await expect(page.getByTestId('basis-carbs')).toContainText('Carbohydrate 6–10 g/kg for 1–3 h of training a day: 2 h planned on this day.');
    expect(await target('carbs')).toEqual({ min: Math.round(6 * weightKg * 10) / 10, max: Math.round(10 * weightKg * 10) / 10 });
    await shoot(page, 'food-targets');

    // Fix both in the diary; the bars and the notes follow.
    await page.getByTestId('edit-targets').click();
    await expect(page.getByTestId('targets-energy-estimate')).toBeChecked();
    await expect(page.getByTestId('targets-carbs-training')).toBeChecked();
    await page.getByTestId('targets-energy-fixed').check();
    await page.getByTestId('targets-energy-kcal').fill('2300');
    await page.getByTestId('targets-carbs-fixed').check();
    await page.getByTestId('targets-carbs-min').fill('4');
    await page.getByTestId('targets-carbs-max').fill('6');
    await shoot(page, 'food-targets-form');
    await page.getByTestId('targets-save').click();
    await expect(page.getByTestId('targets-form')).toHaveCount(0);
    await expect(page.getByTestId('basis-energy')).toHaveText('Energy 2,300 kcal: the target you set.');
    await expect(page.getByTestId('basis-carbs')).toHaveText('Carbohydrate 4–6 g/kg: the band you set.');
    await expect.poll(() => target('energy')).toEqual({ min: 2300, max: 2300 });
    expect(await target('carbs')).toEqual({ min: Math.round(4 * weightKg * 10) / 10, max: Math.round(6 * weightKg * 10) / 10 });
    expect(await target('fat')).toEqual({ min: Math.round(((2300 * 0.2) / 9) * 10) / 10, max: Math.round(((2300 * 0.35) / 9) * 10) / 10 });

    // A bad band is refused with the field named, nothing saved.
    await page.getByTestId('edit-targets').click();
    await page.getByTestId('targets-protein-min').fill('3');
    await page.getByTestId('targets-protein-max').fill('2');
    await page.getByTestId('targets-save').click();
    await expect(page.getByTestId('targets-form').getByRole('alert')).toContainText('protein band must be within 0–5 g/kg with min ≤ max');
    expect((await app.rpc('nutrition.targets', {})).body.value.proteinGPerKg).toEqual({ min: 1.6, max: 2.2 });
    // Back to following the data.
    await page.getByTestId('targets-protein-min').fill('1.6');
    await page.getByTestId('targets-protein-max').fill('2.2');
    await page.getByTestId('targets-energy-estimate').check();
    await page.getByTestId('targets-carbs-training').check();
    await page.getByTestId('targets-save').click();
    await expect(page.getByTestId('basis-energy')).toHaveAttribute('data-kind', 'expenditure');
    await expect(page.getByTestId('basis-carbs')).toHaveAttribute('data-kind', 'training');
    expect((await app.rpc('nutrition.targets', {})).body.value).toMatchObject({ energyKcal: null, carbsGPerKg: null });
    // The one refused save answered 400, which the browser logs; nothing else.
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    expect(errors).toHaveLength(1);
  } finally {
    await app.stop();
  }
});

test('meal slots: rename one and add one in the diary, on every day', async ({ page }) => {
  test.setTimeout(120_000);
  const app = await startApp({ today: TODAY });
  const errors = watchConsole(page);
  try {
    await page.goto(app.url);
    await page.getByTestId('nav-diary').click();
    await expect(page.getByTestId('diary-date')).toHaveAttribute('data-date', TODAY, { timeout: 30_000 });
    const names = () => page.locator('[data-testid^="meal-"][data-meal-id] h2').allTextContents().then((t) => t.map((x) => x.replace('✎', '').trim()));
    expect(await names()).toEqual(['Breakfast', 'Lunch', 'Dinner', 'Snacks']);

    // Rename Lunch by keyboard: ✎, type, Enter.
    await page.getByTestId('meal-lunch').getByTestId('rename-meal').click();
    await expect(page.getByTestId('rename-input')).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Post-run lunch');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('meal-post-run-lunch')).toBeVisible();
    expect(await names()).toEqual(['Breakfast', 'Post-run lunch', 'Dinner', 'Snacks']);
    await expect(page.getByTestId('log-meal').locator('option')).toHaveText(['Breakfast', 'Post-run lunch', 'Dinner', 'Snacks']);
    // A name another meal has is refused, nothing renamed.
    await page.getByTestId('meal-dinner').getByTestId('rename-meal').click();
    await page.getByTestId('rename-input').fill('breakfast');
    await page.getByTestId('rename-save').click();
    await expect(page.getByTestId('meal-dinner').getByRole('alert')).toHaveText('There is already a meal called "breakfast".');
    await page.getByTestId('rename-input').press('Escape');
    expect(await names()).toEqual(['Breakfast', 'Post-run lunch', 'Dinner', 'Snacks']);

    // Add a meal: it comes last, can be logged to, and is there on other days too.
    await page.getByTestId('add-meal').click();
    await expect(page.getByTestId('add-meal-input')).toBeFocused();
    await page.keyboard.type('Second breakfast');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('meal-second-breakfast')).toBeVisible();
    expect(await names()).toEqual(['Breakfast', 'Post-run lunch', 'Dinner', 'Snacks', 'Second breakfast']);
    const second = page.getByTestId('meal-second-breakfast');
    await second.getByTestId('quick-add').click();
    await second.getByTestId('quick-kcal').fill('310');
    await second.getByTestId('quick-label').fill('Toast');
    await second.getByTestId('quick-label').press('Enter');
    await expect(second.getByTestId('entry')).toContainText('Toast');
    await page.getByTestId('add-meal').click();
    await page.getByTestId('add-meal-input').fill('snacks');
    await page.getByTestId('add-meal-save').click();
    await expect(page.getByTestId('add-meal-error')).toHaveText('There is already a meal called "snacks".');
    await page.getByTestId('add-meal-input').press('Escape');
    await page.getByTestId('next-day').click();
    await expect(page.getByTestId('diary-date')).toHaveAttribute('data-date', TOMORROW);
    expect(await names()).toEqual(['Breakfast', 'Post-run lunch', 'Dinner', 'Snacks', 'Second breakfast']);

    const day = (await app.rpc('meal.list', { date: TODAY })).body.value;
    expect(day.meals.map((m: { name: string }) => m.name)).toEqual(['Breakfast', 'Post-run lunch', 'Dinner', 'Snacks', 'Second breakfast']);
    expect(day.meals[4].entries.map((e: { name: string; kcal: number }) => [e.name, e.kcal])).toEqual([['Toast', 310]]);
    // Two refused names answered 409, which the browser logs; nothing else.
    expect(errors.filter((e) => !/status of 409/.test(e))).toEqual([]);
  } finally {
    await app.stop();
  }
});

test('food diary with demo data: screenshots of a full day', async ({ page }) => {
  const app = await startApp({ today: TODAY, demo: true });
  const errors = watchConsole(page);
  try {
    await page.goto(app.url);
    await page.getByTestId('nav-diary').click();
    await expect(page.getByTestId('meal-breakfast').getByTestId('entry').first()).toBeVisible();
    // The demo's today is under way (breakfast only); yesterday is a full day.
    await expect(page.getByTestId('day-provisional')).toBeVisible();
    await shoot(page, 'food-day-in-progress');
    await page.getByTestId('prev-day').click();
    await expect(page.getByTestId('meal-dinner').getByTestId('entry').first()).toBeVisible();
    const totals = (await app.rpc('meal.list', { date: addDays(TODAY, -1) })).body.value.totals;
    await expect.poll(() => energy(page)).toBe(Math.round(totals.kcal * 10) / 10);
    await shoot(page, 'food-day-full');
    await page.getByTestId('tab-foods').click();
    await page.getByTestId('new-custom-food').click();
    await page.getByTestId('cf-name').fill('Protein bar');
    await page.getByTestId('cf-serving-grams').fill('60');
    await page.getByTestId('cf-energyKcal').fill('220');
    await page.getByTestId('cf-proteinG').fill('20');
    await page.getByTestId('cf-save').click();
    await expect(page.getByTestId('custom-row')).toContainText('Protein bar');
    expect(errors).toEqual([]);
  } finally {
    await app.stop();
  }
});

test('About credits USDA ARS, SR24', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByTestId('nav-about').click();
  await expect(page.getByTestId('food-credit')).toContainText('USDA ARS, SR24');
});
