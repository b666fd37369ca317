import { describe, expect, it } from 'vitest';
import { estimateExpenditure, RESUME_LOOKBACK_DAYS, type DailyWeighIn, type ExpenditureInput } from '../../src/main/analysis/expenditureFilter';
import type { EnergyProfile } from '../../src/main/analysis/expenditurePrior';
import type { DailyIntake, DailyTraining } from '../../src/main/analysis/dailyInputs';
import { gaussian, mulberry32 } from '../../src/main/core/demo/random';
import { addDays, daysBetween } from '../../src/shared/dates';
import { simulateAthlete } from './energy-sim';

const PROFILE: EnergyProfile = { sex: 'male', birthDate: '1994-06-01', heightCm: 180, activityLevel: 'moderate', bodyFatPct: null };
const START = '2026-01-05';

/**
 * A steady athlete: true TDEE `tdee` (no logged sessions), eating `intake(t)`, weighed every morning
 * with scale noise `noise` kg. ρ 6500 kcal/kg for the truth.
 */
function steady(days: number, tdee: (t: number) => number, intake: (t: number) => number | null, noise = 0.3, seed = 1, weighed = (_t: number) => true) {
  const rand = mulberry32(seed);
  let w = 80;
  const weights: DailyWeighIn[] = [];
  const intakes: DailyIntake[] = [];
  const training: DailyTraining[] = [];
  for (let t = 0; t < days; t++) {
    const date = addDays(START, t);
    weights.push({ date, weightKg: weighed(t) ? w + gaussian(rand) * noise : null });
    const eaten = intake(t);
    intakes.push({ date, intakeKcal: eaten, proteinG: null, carbsG: null, fatG: null, complete: eaten == null ? null : true, fast: eaten === 0 });
    training.push({ date, loadAU: 0, plannedLoadAU: 0, sessions: [], sleepHours: null, e1rmKg: {} });
    // What was really eaten on a missing day: the usual amount.
    w += ((eaten ?? intake(t - 1) ?? 2800) - tdee(t)) / 6500;
  }
  const input: ExpenditureInput = { profile: PROFILE, weights, intake: intakes, training };
  return input;
}

const last = <T,>(xs: T[]): T => xs[xs.length - 1];

describe('adaptive expenditure filter', () => {
  it('is causal: appending future days never changes an earlier estimate', () => {
    const a = simulateAthlete(3);
    const cut = a.dates[150];
    const truncated = {
      profile: a.profile,
      weights: a.weights.filter((w) => w.date <= cut),
      intake: a.intake.filter((d) => d.date <= cut),
      training: a.training.filter((d) => d.date <= cut),
    };
    const short = estimateExpenditure(truncated, cut);
    const full = estimateExpenditure({ profile: a.profile, weights: a.weights, intake: a.intake, training: a.training }, last(a.dates));
    expect(short.days.length).toBe(151);
    for (let i = 0; i < short.days.length; i++) expect(full.days[i]).toEqual(short.days[i]);
    // …and data after `to` is ignored even when passed in.
    expect(estimateExpenditure({ profile: a.profile, weights: a.weights, intake: a.intake, training: a.training }, cut).days).toEqual(short.days);
  });

  it('stays causal across a detected diet change (the water window re-filters only internal state)', () => {
    const input = steady(90, () => 2900, (t) => (t < 45 ? 2900 : 2200));
    const cutAt = addDays(START, 48); // a few days into the change: not yet detected at this point
    const short = estimateExpenditure(input, cutAt);
    const full = estimateExpenditure(input, addDays(START, 89));
    expect(full.days.some((d, i) => i > 45 && d.waterWindow)).toBe(true);
    for (let i = 0; i < short.days.length; i++) expect(full.days[i]).toEqual(short.days[i]);
  });

  it('converges from a wrong prior to the truth as data accumulates, and the band narrows', () => {
    // Prior ≈ Mifflin × 1.55 ≈ 2720; the truth is 3300.
    const input = steady(120, () => 3300, () => 3000);
    const est = estimateExpenditure(input, addDays(START, 119));
    expect(est.prior!.baseKcal).toBeLessThan(2800);
    expect(Math.abs(est.days[0].tdeeKcal - 3300)).toBeGreaterThan(500);
    expect(Math.abs(est.days[56].tdeeKcal - 3300)).toBeLessThan(150);
    expect(Math.abs(last(est.days).tdeeKcal - 3300)).toBeLessThan(100);
    expect(last(est.days).sdKcal).toBeLessThan(est.days[0].sdKcal / 2);
    expect(est.days[0].adaptive).toBe(false);
    expect(last(est.days).adaptive).toBe(true);
  });

  it('reports a 95 % band of ±1.96 SD', () => {
    const est = estimateExpenditure(steady(30, () => 2900, () => 2900), addDays(START, 29));
    for (const d of est.days) {
      expect(d.highKcal - d.tdeeKcal).toBeCloseTo(1.96 * d.sdKcal, 8);
      expect(d.tdeeKcal - d.lowKcal).toBeCloseTo(1.96 * d.sdKcal, 8);
    }
  });

  it('treats a day without logged intake as missing, never as zero; a fast counts as 0', () => {
    const full = steady(60, () => 2900, () => 2900, 0.2, 7);
    // Same weights, but a third of the days not logged.
    const missing: ExpenditureInput = { ...full, intake: full.intake.map((d, t) => (t % 3 === 1 ? { ...d, intakeKcal: null, complete: null } : d)) };
    // Same, but those days claimed as zero intake (what a wrong implementation would do).
    const zeros: ExpenditureInput = { ...full, intake: full.intake.map((d, t) => (t % 3 === 1 ? { ...d, intakeKcal: 0, fast: true } : d)) };
    const to = addDays(START, 59);
    const eFull = last(estimateExpenditure(full, to).days).tdeeKcal;
    const eMissing = last(estimateExpenditure(missing, to).days).tdeeKcal;
    const eZeros = last(estimateExpenditure(zeros, to).days).tdeeKcal;
    expect(Math.abs(eMissing - eFull)).toBeLessThan(80);
    expect(Math.abs(eMissing - 2900)).toBeLessThan(150);
    // Counting those days as fasts says the person burns far less than they eat.
    expect(eZeros).toBeLessThan(eFull - 500);
  });

  it('treats a day marked incomplete exactly like a missing day', () => {
    const base = steady(40, () => 2900, () => 2900);
    const incomplete: ExpenditureInput = { ...base, intake: base.intake.map((d, t) => (t % 4 === 0 ? { ...d, intakeKcal: null, complete: false } : d)) };
    const missing: ExpenditureInput = { ...base, intake: base.intake.map((d, t) => (t % 4 === 0 ? { ...d, intakeKcal: null, complete: null } : d)) };
    const to = addDays(START, 39);
    // The same numbers; only the day's status tells the two apart.
    const numbers = (input: ExpenditureInput) => estimateExpenditure(input, to).days.map(({ intakeStatus: _, ...d }) => d);
    expect(numbers(incomplete)).toEqual(numbers(missing));
    expect(estimateExpenditure(incomplete, to).days[4].intakeStatus).toBe('incomplete');
  });

  it('a day without a weigh-in only predicts: the estimate holds and its band widens', () => {
    const input = steady(40, () => 2900, () => 2900, 0.3, 2, (t) => t < 30);
    const est = estimateExpenditure(input, addDays(START, 39));
    const after = est.days.slice(30);
    for (let i = 1; i < after.length; i++) {
      expect(after[i].sdKcal).toBeGreaterThan(after[i - 1].sdKcal);
      expect(after[i].baseKcal).toBeCloseTo(after[0].baseKcal, -1);
    }
  });

  it('without any logged intake the weigh-ins say nothing about expenditure: it stays at the prior', () => {
    const input = steady(60, () => 3300, () => null, 0.3, 4);
    input.intake = input.intake.map((d) => ({ ...d, intakeKcal: null, complete: null, fast: false }));
    const est = estimateExpenditure(input, addDays(START, 59));
    // The base only follows body mass (κ = 10 kcal/kg × multiplier), not the unexplained loss.
    const kappa = 10 * est.prior!.multiplier;
    const massTerm = kappa * (last(est.days).weightEstimateKg - est.days[0].weightEstimateKg);
    expect(Math.abs(last(est.days).tdeeKcal - (est.prior!.baseKcal + massTerm))).toBeLessThan(25);
    expect(last(est.days).tdeeKcal).toBeLessThan(est.prior!.baseKcal);
    // …and the band never grows beyond the prior's own.
    expect(last(est.days).sdKcal).toBeLessThanOrEqual(est.prior!.sdKcal + 1e-9);
  });

  it('damps an early-diet water drop: the estimate moves much less than without damping', () => {
    // 6 weeks at maintenance, then −600 kcal/day; the scale also drops 1.5 kg of water in the first week.
    const input = steady(84, () => 2900, (t) => (t < 42 ? 2900 : 2300), 0.3, 5);
    input.weights = input.weights.map((w, t) => ({ ...w, weightKg: w.weightKg! - (t >= 42 ? 1.5 * (1 - Math.exp(-(t - 42) / 3)) : 0) }));
    const to = addDays(START, 83);
    const damped = estimateExpenditure(input, to).days;
    const undamped = estimateExpenditure(input, to, { waterDamping: false }).days;
    const worst = (days: typeof damped) => Math.max(...days.slice(42, 70).map((d) => Math.abs(d.tdeeKcal - 2900)));
    expect(worst(damped)).toBeLessThan(0.6 * worst(undamped));
    expect(worst(damped)).toBeLessThan(300);
    expect(damped.slice(42, 56).some((d) => d.waterWindow)).toBe(true);
  });

  it('down-weights a single absurd weigh-in', () => {
    const input = steady(50, () => 2900, () => 2900, 0.3, 6);
    const withTypo: ExpenditureInput = { ...input, weights: input.weights.map((w, t) => (t === 40 ? { ...w, weightKg: w.weightKg! + 8 } : w)) };
    const to = addDays(START, 49);
    const clean = estimateExpenditure(input, to).days[40].tdeeKcal;
    const typo = estimateExpenditure(withTypo, to).days[40].tdeeKcal;
    expect(Math.abs(typo - clean)).toBeLessThan(100);
  });

  it('adds the day’s logged exercise to the base, so the estimate steps with logged training', () => {
    const input = steady(30, () => 2900, () => 2900);
    const run = { id: 1, kind: 'long', modality: 'run', start: '08:00', minutes: 100, rpe: 6, distanceKm: 16, elevationGainM: null, elevationLossM: null, avgHr: null, planned: false };
    input.training = input.training.map((d, t) => (t === 20 ? { ...d, sessions: [run] } : t === 22 ? { ...d, sessions: [{ ...run, planned: true }] } : d));
    const est = estimateExpenditure(input, addDays(START, 29));
    expect(est.days[20].exerciseKcal).toBeCloseTo(16 * est.days[20].weightEstimateKg, 6);
    expect(est.days[20].tdeeKcal).toBeCloseTo(est.days[20].baseKcal + est.days[20].exerciseKcal, 8);
    expect(est.days[22].exerciseKcal).toBe(0);
  });

  it('has nothing to say without a weigh-in', () => {
    const input = steady(10, () => 2900, () => 2900);
    expect(estimateExpenditure({ ...input, weights: [] }, addDays(START, 9))).toEqual({ start: null, from: null, prior: null, days: [], checkpoints: [] });
  });
});

describe('checkpoints (a run resumed part-way)', () => {
  const cases: [string, Parameters<typeof simulateAthlete>[1], Parameters<typeof estimateExpenditure>[2], boolean][] = [
    ['diet changes and training steps', {}, {}, false],
    // Diary totals are sums of foods' decimals: window sums must not depend on where the input starts.
    ['fractional kcal', {}, {}, true],
    ['30 % of intake days missing', { missingIntake: 0.3 }, {}, false],
    ['sessions not logged', { logTraining: false }, {}, false],
    ['water damping off', {}, { waterDamping: false }, false],
  ];

  it.each(cases)('%s: resumed from any checkpoint (through JSON), the days are the same bit for bit, from 35 days of input', (_name, sim, options, fractional) => {
    let refiltered = 0;
    for (const seed of [1, 4, 7]) {
      const a = simulateAthlete(seed, sim);
      if (fractional) a.intake = a.intake.map((d) => ({ ...d, intakeKcal: d.intakeKcal == null ? null : d.intakeKcal * 1.01234567 }));
      const to = last(a.dates);
      const input = { profile: a.profile, weights: a.weights, intake: a.intake, training: a.training };
      const full = estimateExpenditure(input, to, options, { capture: () => true });
      expect(full.checkpoints.length).toBeGreaterThan(a.dates.length - 20);
      // Shifts of the logged intake re-filter the week before them: checkpoints must carry that.
      refiltered += full.days.filter((d, i) => i > 14 && d.waterWindow && !full.days[i - 1].waterWindow).length;
      for (const cp of full.checkpoints.filter((_, k) => k % 4 === 0)) {
        const from = addDays(cp.date, -RESUME_LOOKBACK_DAYS);
        const recent = { profile: a.profile, weights: a.weights.filter((w) => w.date >= from), intake: a.intake.filter((d) => d.date >= from), training: a.training.filter((d) => d.date >= from) };
        const resumed = estimateExpenditure(recent, to, options, { resume: JSON.parse(JSON.stringify(cp)), capture: () => true });
        expect(resumed.from).toBe(cp.date);
        expect(resumed.days).toEqual(full.days.slice(daysBetween(full.start!, cp.date)));
        // Checkpoints taken on a resumed run are the full run's: chains of resumes do not drift.
        expect(resumed.checkpoints).toEqual(full.checkpoints.filter((c) => c.date > cp.date));
      }
    }
    if (options?.waterDamping !== false) expect(refiltered).toBeGreaterThan(0);
  });

  it('a checkpoint after `to` is not used', () => {
    const a = simulateAthlete(2);
    const input = { profile: a.profile, weights: a.weights, intake: a.intake, training: a.training };
    const cp = estimateExpenditure(input, last(a.dates), {}, { capture: (d) => d === a.dates[200] }).checkpoints[0];
    expect(estimateExpenditure(input, a.dates[150], {}, { resume: cp })).toEqual(estimateExpenditure(input, a.dates[150]));
  });
});
