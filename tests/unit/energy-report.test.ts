import { describe, expect, it, vi } from 'vitest';
import { call } from '../../src/main/core/dispatch';
import * as foodDaily from '../../src/main/core/diary/daily';
import * as trainingDaily from '../../src/main/core/training/daily';
import { computeEnergyDashboard, readEnergyInputs } from '../../src/main/core/daily/facts';
import { sleepHoursByDay } from '../../src/main/core/sleep/store';
import { addDays } from '../../src/shared/dates';
import { round } from '../../src/shared/units';
import { foodTestContext } from './food-helpers';
import { snapshotContext } from './fixtures';

// The report reads food's, training's and sleep's per-day records once (through the per-day read
// model) and slices them; these tests hold the sliced fields to what the domains' own readers say,
// and count the reads.
vi.mock('../../src/main/core/diary/daily', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/main/core/diary/daily')>();
  return { ...actual, dailyIntake: vi.fn(actual.dailyIntake) };
});
vi.mock('../../src/main/core/training/daily', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/main/core/training/daily')>();
  return { ...actual, dailyTraining: vi.fn(actual.dailyTraining) };
});

const TODAY = '2026-11-26';

/** The training domain's records with the sleep domain's night on each day: what the report's days carry. */
function trainingWithSleep(ctx: { db: Parameters<typeof sleepHoursByDay>[0] }, from: string, to: string) {
  const sleep = sleepHoursByDay(ctx.db, from, to);
  return trainingDaily.dailyTraining(ctx.db, from, to).map((d) => ({ ...d, sleepHours: sleep.get(d.date) ?? null }));
}

function demoContext() {
  return snapshotContext('demo', () => {
    const ctx = foodTestContext(TODAY);
    call(ctx, 'demo.load', {});
    // A second weigh-in on one day (the day's weight is the mean), a quick add without macros and an
    // incomplete day, so the slices meet every shape of record.
    call(ctx, 'weight.add', { date: '2026-11-20', weightKg: 79.1 });
    call(ctx, 'meal.add', { date: '2026-11-21', meal: 'Snacks', quick: { kcal: 300 } });
    call(ctx, 'day.setComplete', { date: '2026-11-22', complete: false });
    return ctx;
  });
}

describe('report.get assembled from one read of each domain', () => {
  const ranges: [string, string][] = [
    // From before the first weigh-in to today; a stretch in the middle; a single day.
    [addDays(TODAY, -100), TODAY],
    ['2026-10-05', '2026-10-19'],
    ['2026-11-22', '2026-11-22'],
  ];

  it.each(ranges)('%s → %s: food, training and weight fields equal the domains’ own readers', (from, to) => {
    const ctx = demoContext();
    const report = call(ctx, 'report.get', { from, to });
    const intake = foodDaily.dailyIntake(ctx.db, from, to);
    const training = trainingWithSleep(ctx, from, to);
    const weight = call(ctx, 'weight.trend', { from, to });
    expect(report.days.map((d) => d.date)).toEqual(intake.map((d) => d.date));
    report.days.forEach((d, i) => {
      const t = training[i];
      expect(d).toMatchObject({
        weightKg: weight.days[i].weightKg,
        trendKg: weight.days[i].trendKg,
        intakeKcal: intake[i].intakeKcal,
        proteinG: intake[i].proteinG,
        carbsG: intake[i].carbsG,
        fatG: intake[i].fatG,
        // Today (and a day that looks partly logged) keeps what was logged but is not complete yet.
        complete: d.intakeStatus === 'provisional' || d.intakeStatus === 'partial' ? null : intake[i].complete,
        loadAU: t.loadAU,
        plannedLoadAU: t.plannedLoadAU,
        sleepHours: t.sleepHours,
        e1rmKg: t.e1rmKg,
      });
    });
    const dash = call(ctx, 'energy.dashboard', { from, to });
    report.days.forEach((d, i) => {
      expect(d.tdeeKcal).toBe(dash.days[i].tdeeKcal == null ? null : round(dash.days[i].tdeeKcal!, 0));
      expect(d.eaKcalPerKgFfm).toBe(dash.days[i].eaKcalPerKgFfm == null ? null : round(dash.days[i].eaKcalPerKgFfm!, 1));
    });
    expect(report.underFueling).toEqual(dash.underFueling);
    ctx.db.close();
  });

  it('the demo has what these comparisons need (else they prove little)', () => {
    const ctx = demoContext();
    const r = call(ctx, 'report.get', { from: '2026-11-16', to: '2026-11-22' });
    expect(r.days.filter((d) => d.intakeKcal != null).length).toBeGreaterThan(3);
    expect(r.days.some((d) => d.complete === false)).toBe(true);
    expect(r.days.some((d) => Object.keys(d.e1rmKg).length > 0)).toBe(true);
    expect(r.days.some((d) => d.sleepHours != null)).toBe(true);
    ctx.db.close();
  });

  it('training history before the shown days carries sessions and load only, and the dashboard is the same as on full records', () => {
    const ctx = demoContext();
    const from = '2026-11-02';
    const inputs = readEnergyInputs(ctx, from, TODAY);
    expect(inputs.detailFrom).toBe('2026-10-30'); // the under-fuelling window starts before the first Monday shown
    const full = trainingWithSleep(ctx, inputs.historyFrom, TODAY);
    expect(inputs.training.map((d) => d.date)).toEqual(full.map((d) => d.date));
    const split = full.findIndex((d) => d.date === inputs.detailFrom);
    expect(full.slice(0, split).some((d) => d.sleepHours != null && d.sessions.length > 0)).toBe(true);
    expect(inputs.training.slice(0, split)).toEqual(full.slice(0, split).map((d) => ({ ...d, sleepHours: null, e1rmKg: {} })));
    expect(inputs.training.slice(split)).toEqual(full.slice(split));
    const dashboard = computeEnergyDashboard(ctx, from, TODAY, inputs);
    expect(dashboard).toEqual(computeEnergyDashboard(ctx, from, TODAY, { ...inputs, training: full }));
    ctx.db.close();
  });

  it('reads intake and training once per report', () => {
    const ctx = demoContext();
    vi.mocked(foodDaily.dailyIntake).mockClear();
    vi.mocked(trainingDaily.dailyTraining).mockClear();
    call(ctx, 'report.get', { from: addDays(TODAY, -83), to: TODAY });
    expect(foodDaily.dailyIntake).toHaveBeenCalledTimes(1);
    expect(trainingDaily.dailyTraining).toHaveBeenCalledTimes(1);
    ctx.db.close();
  });
});
