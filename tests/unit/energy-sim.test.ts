// Validation by simulation: the estimator against 24 simulated athletes with a
// known true TDEE. Loose assertions here; `npm run bench` (scripts/bench/energy.ts) reports the
// precise figures.
import { describe, expect, it } from 'vitest';
import { estimateExpenditure } from '../../src/main/analysis/expenditureFilter';
import { accuracy, simulateAthlete, type SimAthlete, type SimOptions } from './energy-sim';

const SEEDS = Array.from({ length: 24 }, (_, i) => i + 1);

/** The estimate on every simulated day (NaN before the first weigh-in). */
function estimateFor(a: SimAthlete): { tdee: number[]; low: number[]; high: number[] } {
  const est = estimateExpenditure({ profile: a.profile, weights: a.weights, intake: a.intake, training: a.training }, a.dates[a.dates.length - 1]);
  const offset = a.dates.indexOf(est.start!);
  const at = (i: number) => est.days[i - offset];
  return {
    tdee: a.dates.map((_, i) => at(i)?.tdeeKcal ?? NaN),
    low: a.dates.map((_, i) => at(i)?.lowKcal ?? NaN),
    high: a.dates.map((_, i) => at(i)?.highKcal ?? NaN),
  };
}

function cohort(opts: Partial<SimOptions> = {}) {
  return SEEDS.map((seed) => {
    const athlete = simulateAthlete(seed, opts);
    return { athlete, ...estimateFor(athlete) };
  });
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('the simulator', () => {
  it('is deterministic per seed and has the promised noise and gaps', () => {
    const a = simulateAthlete(5);
    expect(simulateAthlete(5)).toEqual(a);
    const missingW = a.weights.filter((w) => w.weightKg == null).length / a.weights.length;
    const missingI = a.intake.filter((d) => d.intakeKcal == null).length / a.intake.length;
    expect(missingW).toBeGreaterThan(0.08);
    expect(missingW).toBeLessThan(0.22);
    expect(missingI).toBeGreaterThan(0.08);
    expect(missingI).toBeLessThan(0.22);
    // Scale noise σ ≈ 0.6 kg around true weight + water.
    const resid = a.weights.map((w, t) => (w.weightKg == null ? null : w.weightKg - a.truth.weightKg[t] - a.truth.waterKg[t])).filter((x): x is number => x != null);
    const sd = Math.sqrt(mean(resid.map((r) => r * r)));
    expect(sd).toBeGreaterThan(0.5);
    expect(sd).toBeLessThan(0.7);
    // The true TDEE steps when the training plan changes.
    expect(a.steps.length).toBeGreaterThanOrEqual(2);
  });
});

describe('estimator accuracy on 24 simulated athletes', () => {
  const main = cohort();

  it('RMSE and bias from day 28 on, leaving out 21 days after each step, are within the targets', () => {
    const acc = accuracy(main.map((r) => ({ athlete: r.athlete, estimate: r.tdee })));
    expect(acc.n).toBeGreaterThan(3000);
    expect(acc.rmse).toBeLessThan(120);
    expect(Math.abs(acc.bias)).toBeLessThan(50);
  });

  it('the 95 % band covers the true TDEE on most days', () => {
    let inside = 0;
    let n = 0;
    for (const r of main) {
      for (let t = 28; t < r.tdee.length; t++) {
        const truth = r.athlete.truth.tdeeKcal[t];
        if (truth >= r.low[t] && truth <= r.high[t]) inside += 1;
        n += 1;
      }
    }
    expect(inside / n).toBeGreaterThan(0.9);
  });

  it('copes with an unlogged change of everyday activity (±150–250 kcal/day)', () => {
    const acc = accuracy(cohort({ neatStep: true }).map((r) => ({ athlete: r.athlete, estimate: r.tdee })));
    expect(acc.rmse).toBeLessThan(120);
    expect(Math.abs(acc.bias)).toBeLessThan(50);
  });

  it('missing 30 % of intake days does not bias it', () => {
    const none = accuracy(cohort({ missingIntake: 0 }).map((r) => ({ athlete: r.athlete, estimate: r.tdee })));
    const thirty = accuracy(cohort({ missingIntake: 0.3 }).map((r) => ({ athlete: r.athlete, estimate: r.tdee })));
    expect(Math.abs(thirty.bias)).toBeLessThan(50);
    expect(Math.abs(thirty.bias - none.bias)).toBeLessThan(25);
    expect(thirty.rmse).toBeLessThan(130);
  });
});

describe('a step in true TDEE: +20 miles a week of running', () => {
  const cache = new Map<string, { step: number; errorAt21: number }[]>();
  const stepRuns = (logTraining: boolean, missingIntake = 0.15) => {
    const key = `${logTraining}|${missingIntake}`;
    if (!cache.has(key)) cache.set(key, computeStepRuns(logTraining, missingIntake));
    return cache.get(key)!;
  };
  const computeStepRuns = (logTraining: boolean, missingIntake: number) =>
    SEEDS.map((seed) => {
      const athlete = simulateAthlete(seed, { plans: ['lifting', 'lifting+run20mi'], diet: [{ day: 0, offsetKcal: 0 }], days: 200, logTraining, missingIntake });
      const est = estimateFor(athlete);
      const s = athlete.steps[0];
      const avg = (xs: number[], a: number, b: number) => mean(xs.slice(a, b));
      const step = avg(athlete.truth.tdeeKcal, s, s + 28) - avg(athlete.truth.tdeeKcal, s - 28, s);
      // Weekly means around day s + 21: the error three weeks after the step.
      const errorAt21 = avg(est.tdee, s + 18, s + 25) - avg(athlete.truth.tdeeKcal, s + 18, s + 25);
      return { step, errorAt21 };
    });

  it('is a step of about +400 kcal/day', () => {
    const steps = stepRuns(true).map((r) => r.step);
    expect(mean(steps)).toBeGreaterThan(300);
    expect(mean(steps)).toBeLessThan(450);
  });

  it('is tracked within 3 weeks when the sessions are logged', () => {
    const runs = stepRuns(true);
    expect(mean(runs.map((r) => Math.abs(r.errorAt21)))).toBeLessThan(80);
    expect(Math.abs(mean(runs.map((r) => r.errorAt21)))).toBeLessThan(50);
  });

  it('with 30 % of intake days missing it is still tracked, without bias', () => {
    const runs = stepRuns(true, 0.3);
    expect(mean(runs.map((r) => Math.abs(r.errorAt21)))).toBeLessThan(90);
    expect(Math.abs(mean(runs.map((r) => r.errorAt21)))).toBeLessThan(50);
  });

  it('from intake and weight alone (no sessions logged) more than half of it is found within 3 weeks', () => {
    const runs = stepRuns(false);
    const remaining = mean(runs.map((r) => -r.errorAt21 / r.step));
    expect(remaining).toBeLessThan(0.5);
    expect(remaining).toBeGreaterThan(-0.2);
  });
});
