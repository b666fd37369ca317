import { describe, expect, it } from 'vitest';
import { estimateExpenditure, RESUME_LOOKBACK_DAYS, type DailyWeighIn, type ExpenditureInput } from '../../src/main/analysis/expenditureFilter';
import type { EnergyProfile } from '../../src/main/analysis/expenditurePrior';
import type { DailyIntake, DailyTraining } from '../../src/main/analysis/dailyInputs';
import { gaussian, mulberry32 } from '../../src/main/core/demo/random';
import { addDays, daysBetween } from '../../src/shared/dates';
import { simulateAthlete } from './energy-sim';

// Which logged days the expenditure filter takes in: the verdict's counted days only. A half-logged
// past day, today and later, and a day marked incomplete are unknown intake, like a day with nothing
// logged; a fully logged (or confirmed) day still counts.
const PROFILE: EnergyProfile = { sex: 'male', birthDate: '1994-06-01', heightCm: 180, activityLevel: 'moderate', bodyFatPct: null };
const START = '2026-01-05';
const DAYS = 60;
const date = (t: number) => addDays(START, t);

/** A maintenance eater (2,900 kcal, true expenditure 2,900) weighed every morning; `edit` rewrites days. */
function history(edit: (d: DailyIntake, t: number) => DailyIntake = (d) => d): ExpenditureInput {
  const rand = mulberry32(3);
  const weights: DailyWeighIn[] = [];
  const intake: DailyIntake[] = [];
  const training: DailyTraining[] = [];
  for (let t = 0; t < DAYS; t++) {
    weights.push({ date: date(t), weightKg: 80 + gaussian(rand) * 0.4 });
    intake.push(edit({ date: date(t), intakeKcal: 2900, proteinG: null, carbsG: null, fatG: null, complete: true, fast: false }, t));
    training.push({ date: date(t), loadAU: 0, plannedLoadAU: 0, sessions: [], sleepHours: null, e1rmKg: {} });
  }
  return { profile: PROFILE, weights, intake, training };
}
const unknown = (d: DailyIntake): DailyIntake => ({ ...d, intakeKcal: null, complete: null });
const to = date(DAYS - 1);
const HALF = 40; // breakfast only on this day
const final = (input: ExpenditureInput) => estimateExpenditure(input, to).days.at(-1)!;

describe('the days the expenditure filter counts', () => {
  it('takes a half-logged past day as unknown intake: the estimate is that of the day left blank', () => {
    const half = estimateExpenditure(history((d, t) => (t === HALF ? { ...d, intakeKcal: 900 } : d)), to);
    const blank = estimateExpenditure(history((d, t) => (t === HALF ? unknown(d) : d)), to);
    expect(half.days[HALF].intakeStatus).toBe('partial');
    expect(blank.days[HALF].intakeStatus).toBe('missing');
    for (const t of [HALF + 1, HALF + 7, DAYS - 1]) expect(Math.abs(half.days[t].tdeeKcal - blank.days[t].tdeeKcal)).toBeLessThan(3);
    // Counted as eaten, the 2,000 missing kcal would read as expenditure lower than the truth.
    const counted = final(history((d, t) => (t === HALF ? { ...d, intakeKcal: 900, confirmed: true } : d)));
    expect(counted.tdeeKcal).toBeLessThan(final(history()).tdeeKcal - 20);
  });

  it('still counts a fully logged day, and a low day at or above half the expected expenditure', () => {
    const full = estimateExpenditure(history(), to);
    expect(full.days.every((d) => d.intakeStatus === 'complete')).toBe(true);
    const low = estimateExpenditure(history((d, t) => (t === HALF ? { ...d, intakeKcal: 1600 } : d)), to);
    expect(low.days[HALF].intakeStatus).toBe('complete');
    const blank = final(history((d, t) => (t === HALF ? unknown(d) : d)));
    expect(Math.abs(low.days.at(-1)!.tdeeKcal - blank.tdeeKcal)).toBeGreaterThan(5);
  });

  it('judges the first day against the prior, a later one against the estimate carried from the day before', () => {
    const run = (t0: number, kcal: number) => estimateExpenditure(history((d, t) => (t === t0 ? { ...d, intakeKcal: kcal } : d)), to);
    const prior = run(0, 2900).prior!.baseKcal;
    expect(run(0, prior / 2 - 5).days[0].intakeStatus).toBe('partial');
    expect(run(0, prior / 2 + 5).days[0].intakeStatus).toBe('complete');
    // Day 40's expected expenditure is what the filter carried into its morning from day 39.
    const before = estimateExpenditure(history(), date(HALF - 1)).days.at(-1)!.baseKcal;
    expect(run(HALF, before / 2 - 20).days[HALF].intakeStatus).toBe('partial');
    expect(run(HALF, before / 2 + 20).days[HALF].intakeStatus).toBe('complete');
  });

  it('takes today and later days as unknown until they are over, and a day marked incomplete as missing', () => {
    const today = date(50);
    const live = estimateExpenditure({ ...history(), today }, to);
    expect(live.days.slice(0, 50).every((d) => d.intakeStatus === 'complete')).toBe(true);
    expect(live.days.slice(50).every((d) => d.intakeStatus === 'provisional')).toBe(true);
    const blank = estimateExpenditure(history((d, t) => (t >= 50 ? unknown(d) : d)), to);
    expect(live.days.map((d) => d.tdeeKcal)).toEqual(blank.days.map((d) => d.tdeeKcal));
    // Today marked complete counts.
    const confirmed = estimateExpenditure({ ...history((d, t) => (t === 50 ? { ...d, confirmed: true } : d)), today }, to);
    expect(confirmed.days[50].intakeStatus).toBe('complete');
    const incomplete = estimateExpenditure(history((d, t) => (t === HALF ? { ...d, intakeKcal: null, complete: false } : d)), to);
    expect(incomplete.days[HALF].intakeStatus).toBe('incomplete');
    expect(incomplete.days.at(-1)!.tdeeKcal).toBe(final(history((d, t) => (t === HALF ? unknown(d) : d))).tdeeKcal);
  });

  it('resumed from a checkpoint after half-logged days, gives the same days bit for bit', () => {
    for (const seed of [1, 5]) {
      const a = simulateAthlete(seed);
      // Every 9th logged day holds a third of what was eaten.
      a.intake = a.intake.map((d, t) => (t % 9 === 4 && d.intakeKcal != null ? { ...d, intakeKcal: d.intakeKcal / 3 } : d));
      const today = a.dates[a.dates.length - 20];
      const input = { profile: a.profile, weights: a.weights, intake: a.intake, training: a.training, today };
      const end = a.dates[a.dates.length - 1];
      const full = estimateExpenditure(input, end, {}, { capture: () => true });
      expect(full.days.filter((d) => d.intakeStatus === 'partial').length).toBeGreaterThan(10);
      for (const cp of full.checkpoints.filter((_, k) => k % 7 === 0)) {
        const from = addDays(cp.date, -RESUME_LOOKBACK_DAYS);
        const recent = { ...input, weights: a.weights.filter((w) => w.date >= from), intake: a.intake.filter((d) => d.date >= from), training: a.training.filter((d) => d.date >= from) };
        const resumed = estimateExpenditure(recent, end, {}, { resume: JSON.parse(JSON.stringify(cp)) });
        expect(resumed.days).toEqual(full.days.slice(daysBetween(full.start!, cp.date)));
      }
    }
  });
});
