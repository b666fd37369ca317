import { describe, expect, it } from 'vitest';
import { energyDashboard } from '../../src/main/analysis/energyDashboard';
import type { DailyIntake, DailyTraining } from '../../src/main/analysis/dailyInputs';
import type { DailyWeighIn } from '../../src/main/analysis/expenditureFilter';
import type { EnergyProfile } from '../../src/main/analysis/expenditurePrior';
import { classifyIntake } from '../../src/main/analysis/underFuelingLogging';
import { addDays, dayRange } from '../../src/shared/dates';
import { windowLossRate } from '../../src/shared/lossRate';

// Hand-made histories through the whole dashboard: which logged days count.
const PROFILE: EnergyProfile = { sex: 'male', birthDate: '1992-05-14', heightCm: 180, activityLevel: 'moderate', bodyFatPct: null };
const TODAY = '2026-11-26';
const HALF = [addDays(TODAY, -3), addDays(TODAY, -6), addDays(TODAY, -9), addDays(TODAY, -12)];
const training = (date: string): DailyTraining => ({ date, loadAU: 0, plannedLoadAU: 0, sessions: [], sleepHours: 7.5, e1rmKg: {} });
const day = (date: string, kcal: number | null, confirmed = false): DailyIntake => ({
  date,
  intakeKcal: kcal,
  proteinG: kcal == null ? null : 160,
  carbsG: kcal == null ? null : 330,
  fatG: kcal == null ? null : 90,
  complete: kcal == null ? null : true,
  fast: false,
  confirmed,
});

/**
 * A maintenance eater at a steady 80 kg (the prior, Mifflin × 1.55, is ≈ 2,730 kcal): 2,750 kcal
 * logged on the last 28 days, but four past days and today hold only breakfast (900 kcal).
 */
function history(confirmHalfDays = false, halfKcal: number | null = 900) {
  const dates = dayRange(addDays(TODAY, -59), TODAY);
  const weights: DailyWeighIn[] = dates.map((date, t) => ({ date, weightKg: t % 4 === 3 ? null : 80 + ((t * 7) % 5) * 0.1 - 0.2 }));
  const intake = dates.map((date, t) => {
    if (t < 32) return day(date, null);
    if (date === TODAY || HALF.includes(date)) return day(date, halfKcal, confirmHalfDays);
    return day(date, 2750);
  });
  return energyDashboard({ profile: PROFILE, weights, intake, training: dates.map(training), from: addDays(TODAY, -27), to: TODAY, today: TODAY });
}

describe('a half-logged today and four half-logged past days', () => {
  const dash = history();
  const row = (date: string) => dash.days.find((d) => d.date === date)!;

  it('leave a maintenance verdict ok', () => {
    expect(dash.underFueling.level).toBe('ok');
    expect(dash.underFueling.currentIntakeKcal).toBe(2750);
    expect(dash.underFueling.logging).toMatchObject({ completeDays: 23, partialDays: 4, provisionalDays: 1, suspectUnderLogging: false });
  });

  it('are shown with what was logged, as provisional (today) and partly logged (the past four), and feed no average', () => {
    expect(row(TODAY)).toMatchObject({ intakeKcal: 900, intakeStatus: 'provisional', balanceKcal: null, eaKcalPerKgFfm: null });
    for (const d of HALF) expect(row(d), d).toMatchObject({ intakeKcal: 900, intakeStatus: 'partial', balanceKcal: null });
    expect(row(addDays(TODAY, -1)).intake7dAvgKcal).toBe(2750);
    const week = dash.weeks.at(-1)!;
    expect(week.intakeKcalAvg).toBe(2750);
  });

  it('do not pull the expenditure estimate down: it is that of the same days left blank', () => {
    const blank = history(false, null);
    for (const d of [...HALF, TODAY]) expect(Math.abs(row(d).tdeeKcal! - blank.days.find((b) => b.date === d)!.tdeeKcal!), d).toBeLessThan(3);
    expect(Math.abs(dash.latest.tdeeKcal! - blank.latest.tdeeKcal!)).toBeLessThan(3);
    expect(history(true).latest.tdeeKcal!).toBeLessThan(dash.latest.tdeeKcal! - 100);
  });

  it('count once the user says they were complete', () => {
    const confirmed = history(true);
    expect(confirmed.days.at(-1)!.intakeStatus).toBe('complete');
    expect(confirmed.underFueling.logging).toMatchObject({ completeDays: 28, partialDays: 0, provisionalDays: 0 });
    expect(confirmed.underFueling.currentIntakeKcal!).toBeLessThan(2500);
  });
});

describe('classifying a logged day', () => {
  const logged = (kcal: number, over: Partial<Parameters<typeof classifyIntake>[0]> = {}) => ({ date: '2026-11-20', intakeKcal: kcal, complete: true, fast: false, ...over });
  it.each([
    ['half of the estimate is complete', logged(1400), 2800, 'complete'],
    ['just under half looks partly logged', logged(1399), 2800, 'partial'],
    ['without an estimate it is complete', logged(500), null, 'complete'],
    ['marked complete counts whatever it holds', logged(500, { confirmed: true }), 2800, 'complete'],
    ['today is provisional', logged(2800, { date: '2026-11-26' }), 2800, 'provisional'],
    ['a day to come is provisional', logged(2800, { date: '2026-11-27' }), 2800, 'provisional'],
    ['today marked complete counts', logged(900, { date: '2026-11-26', confirmed: true }), 2800, 'complete'],
    ['a fast counts as 0', logged(0, { fast: true }), 2800, 'fast'],
    ['marked incomplete is left out', { date: '2026-11-20', intakeKcal: null, complete: false, fast: false }, 2800, 'incomplete'],
  ])('%s', (_name, d, tdee, status) => {
    expect(classifyIntake(d, tdee, TODAY)).toBe(status);
  });
});

describe('the loss rate', () => {
  it('is one number on Weight and Energy: the verdict reads the shared window rate', () => {
    const trend = [80, ...Array.from({ length: 28 }, (_, t) => 80 - (t + 1) * 0.025)];
    const rate = windowLossRate(trend)!;
    expect(rate).toMatchObject({ pctPerWeek: 0.22, spanDays: 28 });
    expect(rate.kgPerWeek).toBeCloseTo(0.175, 10);
    // Without the day before, it starts at the first known trend; under 14 days it is not shown.
    expect(windowLossRate([null, ...trend.slice(1)])!.spanDays).toBe(27);
    expect(windowLossRate([...Array(16).fill(null), ...trend.slice(16)])).toBeNull();
  });
});
