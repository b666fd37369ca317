// The weight feature end to end in browser mode: profile, weigh-ins through the UI, the chart's data,
// edit, delete, units; bad input names its field and leaves the database as it was.
import type { Page } from '@playwright/test';
import { expect, startApp, test, watchConsole, type AppServer } from './fixtures';

const TODAY = '2026-11-26';

type Series = {
  unit: string;
  from: string;
  to: string;
  points: { date: string; value: number; count: number }[];
  trend: { date: string; value: number }[];
};

async function chartSeries(page: Page): Promise<Series> {
  const raw = await page.getByTestId('weight-chart').getAttribute('data-series');
  return JSON.parse(raw ?? 'null') as Series;
}

const pointsOf = async (page: Page) => (await chartSeries(page)).points.map((p) => [p.date, p.value]);

/** Opens the app afresh (the token lives in the page's memory only, so a plain reload loses it). */
async function open(page: Page, app: AppServer): Promise<void> {
  await page.goto('about:blank');
  await page.goto(app.url);
}

async function addWeighIn(page: Page, date: string, weight: string, bodyFat = ''): Promise<void> {
  await page.getByTestId('weight-date').fill(date);
  await page.getByTestId('weight-value').fill(weight);
  await page.getByTestId('weight-bodyfat').fill(bodyFat);
  await page.getByTestId('weight-submit').click();
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
    await expect(page.getByTestId('empty-state')).toBeVisible();

    // Profile
    await page.getByTestId('nav-profile').click();
    await expect(page.getByTestId('profile-new')).toBeVisible();
    await page.getByTestId('profile-sex-female').check();
    await page.getByTestId('profile-birthDate').fill('1990-04-12');
    await expect(page.getByTestId('profile-age')).toHaveText('Age 36');
    await page.getByTestId('profile-heightCm').fill('168');
    await page.getByTestId('profile-bodyFatPct').fill('24');
    await page.getByTestId('profile-activityLevel').selectOption('active');
    await page.getByTestId('profile-distanceUnit-mi').check();
    await page.getByTestId('profile-weekStart-sunday').check();
    await page.getByTestId('profile-hrRest').fill('54');
    await page.getByTestId('profile-hrMax').fill('186');
    await page.getByTestId('profile-hrThreshold').fill('167');
    await page.getByTestId('profile-save').click();
    await expect(page.getByTestId('profile-saved')).toBeVisible();
    expect((await app.rpc('profile.get', {})).body.value).toMatchObject({
      sex: 'female',
      birthDate: '1990-04-12',
      heightCm: 168,
      weightUnit: 'kg',
      distanceUnit: 'mi',
      weekStart: 'sunday',
      activityLevel: 'active',
      bodyFatPct: 24,
      hrRest: 54,
      hrMax: 186,
      hrThreshold: 167,
    });
    await expect(page.getByTestId('empty-state')).toBeHidden();

    // Three weigh-ins through the UI
    await page.getByTestId('nav-weight').click();
    await expect(page.getByTestId('weight-chart-empty')).toBeVisible();
    await addWeighIn(page, '2026-11-24', '80.4', '24.5');
    await expect(page.getByTestId('weight-notice')).toContainText('Logged 80.4 kg');
    await addWeighIn(page, '2026-11-25', '80,0'); // a comma works as the decimal separator
    await addWeighIn(page, '2026-11-26', '79.6');
    await expect(page.getByTestId('day-mean-2026-11-26')).toHaveText('79.6');
    await expect(page.getByTestId('day-mean-2026-11-25')).toHaveText('80.0');
    await expect(page.getByTestId('day-mean-2026-11-24')).toHaveText('80.4');
    await expect(page.getByTestId('weight-list')).toContainText('24.5 %');

    await expect.poll(() => pointsOf(page)).toEqual([
      ['2026-11-24', 80.4],
      ['2026-11-25', 80],
      ['2026-11-26', 79.6],
    ]);
    let s = await chartSeries(page);
    expect(s.unit).toBe('kg');
    expect(s.to).toBe(TODAY);
    // Hacker's Diet trend: 80.4 → 80.4 + 0.1·(80 − 80.4) = 80.36 → 80.36 + 0.1·(79.6 − 80.36) = 80.284
    expect(s.trend.map((t) => [t.date, t.value])).toEqual([
      ['2026-11-24', 80.4],
      ['2026-11-25', 80.36],
      ['2026-11-26', 80.28],
    ]);
    await expect(page.getByTestId('stat-trend')).toContainText('80.3');
    await expect(page.getByTestId('stat-count')).toHaveText('3');
    await expect(page.getByTestId('weight-chart').locator('canvas')).toBeVisible();

    // A second weigh-in on the same day: the day shows the mean
    await addWeighIn(page, '2026-11-26', '80.0');
    await expect(page.getByTestId('day-mean-2026-11-26')).toContainText('79.8');
    await expect(page.getByTestId('day-mean-2026-11-26')).toContainText('mean of 2');
    await expect.poll(async () => (await chartSeries(page)).points.at(-1)).toMatchObject({ date: '2026-11-26', value: 79.8, count: 2 });
    const sameDay = (await app.rpc('weight.list', {})).body.value.filter((w: { date: string }) => w.date === '2026-11-26');
    expect(sameDay).toHaveLength(2);
    await page.getByTestId(`delete-${sameDay.find((w: { weightKg: number }) => w.weightKg === 80).id}`).click();
    await expect(page.getByTestId('day-mean-2026-11-26')).toHaveText('79.6');

    // Edit one
    const list = (await app.rpc('weight.list', {})).body.value as { id: number; date: string; weightKg: number }[];
    const nov25 = list.find((w) => w.date === '2026-11-25')!;
    await page.getByTestId(`edit-${nov25.id}`).click();
    await expect(page.getByTestId('weight-value')).toHaveValue('80');
    await page.getByTestId('weight-value').fill('80.2');
    await page.getByTestId('weight-submit').click();
    await expect(page.getByTestId('day-mean-2026-11-25')).toHaveText('80.2');
    await expect.poll(() => pointsOf(page)).toEqual([
      ['2026-11-24', 80.4],
      ['2026-11-25', 80.2],
      ['2026-11-26', 79.6],
    ]);
    expect((await app.rpc('weight.list', {})).body.value.find((w: { id: number }) => w.id === nov25.id).weightKg).toBe(80.2);

    // Delete one (and the undo is offered)
    const nov24 = list.find((w) => w.date === '2026-11-24')!;
    await page.getByTestId(`delete-${nov24.id}`).click();
    await expect(page.getByTestId('weight-undo')).toBeVisible();
    await expect(page.getByTestId(`weighin-${nov24.id}`)).toHaveCount(0);
    await expect.poll(() => pointsOf(page)).toEqual([
      ['2026-11-25', 80.2],
      ['2026-11-26', 79.6],
    ]);
    expect((await app.rpc('weight.list', {})).body.value.map((w: { date: string }) => w.date)).toEqual(['2026-11-26', '2026-11-25']);

    // Pounds: everything shown converts from the stored kilograms
    await page.getByTestId('nav-profile').click();
    await page.getByTestId('profile-weightUnit-lb').check();
    await page.getByTestId('profile-save').click();
    await expect(page.getByTestId('profile-saved')).toBeVisible();
    await page.getByTestId('nav-weight').click();
    await expect(page.locator('label[for=weight-value]')).toHaveText('Weight (lb)');
    await expect(page.getByTestId('day-mean-2026-11-25')).toHaveText('176.8'); // 80.2 kg
    await expect(page.getByTestId('day-mean-2026-11-26')).toHaveText('175.5'); // 79.6 kg
    await expect.poll(() => pointsOf(page)).toEqual([
      ['2026-11-25', 176.81],
      ['2026-11-26', 175.49],
    ]);
    s = await chartSeries(page);
    expect(s.unit).toBe('lb');
    // A weigh-in typed in pounds is stored in kilograms.
    await addWeighIn(page, '2026-11-23', '170');
    await expect(page.getByTestId('day-mean-2026-11-23')).toHaveText('170.0');
    const stored = (await app.rpc('weight.list', {})).body.value.find((w: { date: string }) => w.date === '2026-11-23');
    expect(stored.weightKg).toBeCloseTo(77.1107029, 6);
    // Editing only the body fat of a pound weigh-in does not nudge its stored kilograms.
    await page.getByTestId(`edit-${nov25.id}`).click();
    await expect(page.getByTestId('weight-value')).toHaveValue('176.81');
    await page.getByTestId('weight-bodyfat').fill('23');
    await page.getByTestId('weight-submit').click();
    await expect(page.getByTestId('weight-list')).toContainText('23 %');
    const after = (await app.rpc('weight.list', {})).body.value.find((w: { id: number }) => w.id === nov25.id);
    expect(after).toMatchObject({ weightKg: 80.2, bodyFatPct: 23 });

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
      { field: 'hrRest', value: '55.5', message: /^Resting heart rate must be a whole number/ },
      { field: 'hrMax', value: '300', message: /^Maximum heart rate must be between 25 and 250 bpm\.$/ },
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
    // Heart rates that contradict each other
    await open(page, app);
    await page.getByTestId('nav-profile').click();
    await page.getByTestId('profile-hrRest').fill('120');
    await page.getByTestId('profile-hrMax').fill('110');
    await page.getByTestId('profile-save').click();
    await expect(page.getByTestId('error-hrRest')).toHaveText('Resting heart rate must be below maximum heart rate.');
    expect(await dbState(app)).toEqual(beforeLb);

    // Rejected calls answer 4xx, which Chromium logs as failed resource loads; anything else fails.
    expect(errors.filter((e) => !/Failed to load resource: the server responded with a status of 400/.test(e))).toEqual([]);
  });
});
