// The weight feature end to end in browser mode: profile, weigh-ins through the UI, the chart's data,
// edit, delete, units; bad input names its field and leaves the database as it was.
import type { Page } from '@playwright/test';
import { expect, startApp, test, watchConsole, type AppServer } from './fixtures';
import { addWeighIn, WEIGHT_FLOW_TODAY, weightFlow } from './weight-flow';

const TODAY = WEIGHT_FLOW_TODAY;

/** Opens the app afresh (the token lives in the page's memory only, so a plain reload loses it). */
async function open(page: Page, app: AppServer): Promise<void> {
  await page.goto('about:blank');
  await page.goto(app.url);
}

/** Everything the database holds that these screens write. */
async function dbState(app: AppServer): Promise<unknown> {
  const [weights, profile] = await Promise.all([app.rpc('weight.list', {}), app.rpc('profile.get', {})]);
  return { weights: weights.body, profile: profile.body };
}

test.describe('weight', () => {
  let app: AppServer & { stop(): Promise<void> };
  test.beforeEach(async () => {
    app = await startApp({ today: TODAY });
  });
  test.afterEach(async () => {
    await app.stop();
  });

  test('set a profile, log, see, edit and delete weigh-ins, then switch to pounds', async ({ page }) => {
    const errors = watchConsole(page);
    await page.goto(app.url);
    await weightFlow(page, async (method, input) => (await app.rpc(method, input)).body);
    expect(errors).toEqual([]);
  });

  test('bad input names the field and changes nothing', async ({ page }) => {
    const errors = watchConsole(page);
    await app.rpc('profile.set', { sex: 'male', birthDate: '1988-02-03', heightCm: 181 });
    await app.rpc('weight.add', { date: '2026-11-20', weightKg: 82 });
    const before = await dbState(app);
    await page.goto(app.url);
    await page.getByTestId('nav-weight').click();
    await expect(page.getByTestId('day-mean-2026-11-20')).toHaveText('82.0');

    const cases: { date: string; weight: string; bodyFat?: string; field: string; message: RegExp }[] = [
      { date: '2026-11-25', weight: '19.9', field: 'weightKg', message: /^Weight must be between 20 and 400 kg\.$/ },
      { date: '2026-11-25', weight: '400.5', field: 'weightKg', message: /^Weight must be between 20 and 400 kg\.$/ },
      { date: '2026-11-27', weight: '80', field: 'date', message: /^The date 2026-11-27 is in the future; weigh-ins can be logged up to today \(2026-11-26\)\.$/ },
      { date: '2026-02-30', weight: '80', field: 'date', message: /^Date must be a real date written YYYY-MM-DD\.$/ },
      { date: '26/11/2026', weight: '80', field: 'date', message: /^Date must be a real date written YYYY-MM-DD\.$/ },
      { date: '2026-11-25', weight: 'eighty', field: 'weightKg', message: /^Weight must be a number, like 80\.5 \(you typed “eighty”\)\.$/ },
      { date: '2026-11-25', weight: '', field: 'weightKg', message: /^Weight is required\.$/ },
      { date: '2026-11-25', weight: '80', bodyFat: 'lean', field: 'bodyFatPct', message: /^Body fat must be a number/ },
      { date: '2026-11-25', weight: '80', bodyFat: '75', field: 'bodyFatPct', message: /^Body fat must be between 3 and 60 %\.$/ },
    ];
    for (const c of cases) {
      await addWeighIn(page, c.date, c.weight, c.bodyFat ?? '');
      await expect(page.getByTestId(`error-${c.field}`), `${c.field} for ${c.date} / ${c.weight}`).toHaveText(c.message);
      // Only the named field is marked.
      await expect(page.locator('[data-testid^="error-"]')).toHaveCount(1);
      expect(await dbState(app)).toEqual(before);
    }

    // Editing with bad input leaves the weigh-in as it was.
    const id = (await app.rpc('weight.list', {})).body.value[0].id;
    await page.getByTestId(`edit-${id}`).click();
    await page.getByTestId('weight-value').fill('500');
    await page.getByTestId('weight-submit').click();
    await expect(page.getByTestId('error-weightKg')).toHaveText('Weight must be between 20 and 400 kg.');
    await page.getByTestId('weight-date').fill('2026-12-01');
    await page.getByTestId('weight-value').fill('81');
    await page.getByTestId('weight-submit').click();
    await expect(page.getByTestId('error-date')).toContainText('is in the future');
    expect(await dbState(app)).toEqual(before);
    await page.getByTestId('weight-cancel').click();

    // In pounds, the limit is explained in the unit that was typed.
    await app.rpc('profile.set', { weightUnit: 'lb' });
    const beforeLb = await dbState(app);
    await open(page, app);
    await page.getByTestId('nav-weight').click();
    await addWeighIn(page, '2026-11-25', '900');
    await expect(page.getByTestId('error-weightKg')).toHaveText('Weight must be between 20 and 400 kg (900 lb is 408.2 kg).');
    expect(await dbState(app)).toEqual(beforeLb);

    // Profile fields
    await page.getByTestId('nav-profile').click();
    await expect(page.getByTestId('profile-heightCm')).toHaveValue('181');
    const profileCases: { field: string; value: string; message: RegExp }[] = [
      { field: 'heightCm', value: 'tall', message: /^Height must be a number, like 180/ },
      { field: 'heightCm', value: '300', message: /^Height must be between 100 and 250 cm\.$/ },
      { field: 'bodyFatPct', value: '2', message: /^Body fat must be between 3 and 60 %\.$/ },
      { field: 'birthDate', value: '2027-01-01', message: /^Birth date is in the future\.$/ },
      { field: 'birthDate', value: '1990-13-01', message: /^Birth date must be a real date written YYYY-MM-DD\.$/ },
    ];
    for (const c of profileCases) {
      await open(page, app);
      await page.getByTestId('nav-profile').click();
      await expect(page.getByTestId('profile-heightCm')).toHaveValue('181');
      await page.getByTestId(`profile-${c.field}`).fill(c.value);
      await page.getByTestId('profile-save').click();
      await expect(page.getByTestId(`error-${c.field}`), `${c.field} = ${c.value}`).toHaveText(c.message);
      expect(await dbState(app)).toEqual(beforeLb);
    }
    // Heart rates, in Settings: the form's checks, the core's range, and rates that contradict each other.
    const heartCases: { field: string; value: string; message: RegExp }[] = [
      { field: 'hrRest', value: '55.5', message: /^Resting heart rate must be a whole number/ },
      { field: 'hrMax', value: '300', message: /^Maximum heart rate must be between 25 and 250 bpm\.$/ },
    ];
    for (const c of heartCases) {
      await open(page, app);
      await page.getByTestId('nav-settings').click();
      await page.getByTestId(`settings-${c.field}`).fill(c.value);
      await page.getByTestId('settings-hr-save').click();
      await expect(page.getByTestId(`settings-error-${c.field}`), `${c.field} = ${c.value}`).toHaveText(c.message);
      expect(await dbState(app)).toEqual(beforeLb);
    }
    await open(page, app);
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-hrRest').fill('120');
    await page.getByTestId('settings-hrMax').fill('110');
    await page.getByTestId('settings-hr-save').click();
    await expect(page.getByTestId('settings-error-hrRest')).toHaveText('Resting heart rate must be below maximum heart rate.');
    expect(await dbState(app)).toEqual(beforeLb);

    // Rejected calls answer 4xx, which Chromium logs as failed resource loads; anything else fails.
    expect(errors.filter((e) => !/Failed to load resource: the server responded with a status of 400/.test(e))).toEqual([]);
  });
});
