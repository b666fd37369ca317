// The weight feature's end-to-end flow, shared by browser mode (weight.spec.ts) and the desktop app
// (electron.spec.ts) so the two cannot drift apart: the same test ids, inputs and expectations run
// over either transport. Only how a test reaches the contract directly differs (`rpc`).
import { expect, type Page } from '@playwright/test';

/** A contract call straight to the core, answering the envelope `{ok, value}` / `{ok:false, error}`. */
export type Rpc = (method: string, input: unknown) => Promise<{ ok: boolean; value?: any; error?: { code: string; message: string; field?: string } }>;

export type WeightSeries = {
  unit: string;
  from: string;
  to: string;
  points: { date: string; value: number; count: number }[];
  trend: { date: string; value: number }[];
};

/** The flow's fixed "today" (HYBRID_PLANNER_TODAY): the app must be started with it. */
export const WEIGHT_FLOW_TODAY = '2026-11-26';

export async function chartSeries(page: Page): Promise<WeightSeries> {
  const raw = await page.getByTestId('weight-chart').getAttribute('data-series');
  return JSON.parse(raw ?? 'null') as WeightSeries;
}

export const pointsOf = async (page: Page): Promise<[string, number][]> => (await chartSeries(page)).points.map((p) => [p.date, p.value]);

export async function addWeighIn(page: Page, date: string, weight: string, bodyFat = ''): Promise<void> {
  await page.getByTestId('weight-date').fill(date);
  await page.getByTestId('weight-value').fill(weight);
  await page.getByTestId('weight-bodyfat').fill(bodyFat);
  await page.getByTestId('weight-submit').click();
}

async function weighIns(rpc: Rpc): Promise<{ id: number; date: string; weightKg: number; bodyFatPct: number | null }[]> {
  const r = await rpc('weight.list', {});
  expect(r.ok, JSON.stringify(r.error)).toBe(true);
  return r.value;
}

/**
 * The weight screen's whole flow on an empty app that is already open: set a profile, add three weigh-ins
 * through the UI, see them in the list and on the chart (its data, not just a canvas), a same-day mean,
 * edit one, delete one (with undo offered), switch to pounds and see converted values, log in pounds.
 */
export async function weightFlow(page: Page, rpc: Rpc): Promise<void> {
  const TODAY = WEIGHT_FLOW_TODAY;
  await expect(page.getByTestId('welcome')).toBeVisible();

  // Profile (the other way to a first profile besides the welcome), then units and heart rates in Settings
  await page.getByTestId('nav-profile').click();
  await expect(page.getByTestId('profile-new')).toBeVisible();
  await page.getByTestId('profile-sex-female').check();
  await page.getByTestId('profile-birthDate').fill('1990-04-12');
  await expect(page.getByTestId('profile-age')).toHaveText('Age 36');
  await page.getByTestId('profile-heightCm').fill('168');
  await page.getByTestId('profile-bodyFatPct').fill('24');
  await page.getByTestId('profile-activityLevel').selectOption('active');
  await page.getByTestId('profile-save').click();
  await expect(page.getByTestId('profile-saved')).toBeVisible();
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-distanceUnit-mi').check();
  await expect(page.getByTestId('settings-units-saved')).toHaveText('✓ Distance unit saved');
  await page.getByTestId('settings-weekStart-sunday').check();
  await expect(page.getByTestId('settings-units-saved')).toHaveText('✓ Week start saved');
  await page.getByTestId('settings-hrRest').fill('54');
  await page.getByTestId('settings-hrMax').fill('186');
  await page.getByTestId('settings-hrThreshold').fill('167');
  await page.getByTestId('settings-hr-save').click();
  await expect(page.getByTestId('settings-hr-saved')).toBeVisible();
  expect((await rpc('profile.get', {})).value).toMatchObject({
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
  await expect(page.getByTestId('welcome')).toBeHidden();

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
  const sameDay = (await weighIns(rpc)).filter((w) => w.date === '2026-11-26');
  expect(sameDay).toHaveLength(2);
  await page.getByTestId(`delete-${sameDay.find((w) => w.weightKg === 80)!.id}`).click();
  await expect(page.getByTestId('day-mean-2026-11-26')).toHaveText('79.6');

  // Edit one
  const list = await weighIns(rpc);
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
  expect((await weighIns(rpc)).find((w) => w.id === nov25.id)!.weightKg).toBe(80.2);

  // Delete one (and the undo is offered)
  const nov24 = list.find((w) => w.date === '2026-11-24')!;
  await page.getByTestId(`delete-${nov24.id}`).click();
  await expect(page.getByTestId('weight-undo')).toBeVisible();
  await expect(page.getByTestId(`weighin-${nov24.id}`)).toHaveCount(0);
  await expect.poll(() => pointsOf(page)).toEqual([
    ['2026-11-25', 80.2],
    ['2026-11-26', 79.6],
  ]);
  expect((await weighIns(rpc)).map((w) => w.date)).toEqual(['2026-11-26', '2026-11-25']);

  // Pounds: everything shown converts from the stored kilograms
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-weightUnit-lb').check();
  await expect(page.getByTestId('settings-units-saved')).toHaveText('✓ Weight unit saved');
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
  const stored = (await weighIns(rpc)).find((w) => w.date === '2026-11-23')!;
  expect(stored.weightKg).toBeCloseTo(77.1107029, 6);
  // Editing only the body fat of a pound weigh-in does not nudge its stored kilograms.
  await page.getByTestId(`edit-${nov25.id}`).click();
  await expect(page.getByTestId('weight-value')).toHaveValue('176.81');
  await page.getByTestId('weight-bodyfat').fill('23');
  await page.getByTestId('weight-submit').click();
  await expect(page.getByTestId('weight-list')).toContainText('23 %');
  const after = (await weighIns(rpc)).find((w) => w.id === nov25.id)!;
  expect(after).toMatchObject({ weightKg: 80.2, bodyFatPct: 23 });
}
