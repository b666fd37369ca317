// The estimator against a real change of expenditure and a change of diet, on 24 simulated athletes
// (fixed seeds): how far it follows, whether its band stays honest, and the weight change a week it
// derives. Thresholds are asserted on the cohort (the figures themselves: `npm run bench`).
import { describe, expect, it } from 'vitest';
import { estimateExpenditure } from '../../src/main/analysis/expenditureFilter';
import { accuracy, rateResponse, simulateAthlete, stepResponse } from './energy-sim';

const SEEDS = Array.from({ length: 24 }, (_, i) => i + 1);
// The filter without the jump test: its random walk alone (as before the test was added).
const NO_JUMPS = { changeWindowDays: 0 };

describe('an unlogged +400 kcal/day change of expenditure, intake unchanged', () => {
  const now = stepResponse(SEEDS, 400, false);
  const slow = stepResponse(SEEDS, 400, false, NO_JUMPS);

  it('is followed faster than by the random walk alone (half within 3 weeks)', () => {
    expect(now.halfTimeDays).not.toBeNull();
    expect(now.halfTimeDays!).toBeLessThanOrEqual(23);
    expect(now.halfTimeDays!).toBeLessThan(slow.halfTimeDays!);
    expect(now.followed21).toBeGreaterThan(slow.followed21 + 0.02);
  });

  it('widens the band while the weigh-ins disagree, so it holds the truth more often after the step', () => {
    expect(now.widthAfter21).toBeGreaterThan(now.widthBefore * 1.1);
    expect(now.coverageAfter21).toBeGreaterThan(slow.coverageAfter21 + 0.1);
    expect(now.coverageAfter60).toBeGreaterThan(slow.coverageAfter60 + 0.1);
  });
});

describe('accuracy where nothing jumps stays within the documented bounds', () => {
  it('RMSE ≤ 85 kcal/day and |bias| ≤ 50 on the main cohort (day 28 on, 21 days after steps left out)', () => {
    const runs = SEEDS.map((seed) => {
      const athlete = simulateAthlete(seed);
      const est = estimateExpenditure({ profile: athlete.profile, weights: athlete.weights, intake: athlete.intake, training: athlete.training }, athlete.dates[athlete.dates.length - 1]);
      const offset = athlete.dates.indexOf(est.start!);
      return { athlete, estimate: athlete.dates.map((_, i) => est.days[i - offset]?.tdeeKcal ?? NaN) };
    });
    const acc = accuracy(runs);
    expect(acc.rmse).toBeLessThanOrEqual(85);
    expect(Math.abs(acc.bias)).toBeLessThanOrEqual(50);
  });
});

describe('the weight change a week from the energy balance', () => {
  const r = rateResponse(SEEDS, -500);

  it('shows half of a new −500 kcal/day rate within a week, where the 28-day trend needs two', () => {
    expect(r.trueKgPerWeek).toBeLessThan(-0.4);
    expect(r.filterHalfTimeDays!).toBeLessThanOrEqual(7);
    expect(r.trend28HalfTimeDays!).toBeGreaterThan(r.filterHalfTimeDays! + 5);
  });

  it('is closer to the true tissue change than the trend’s 7-day change (no water swing)', () => {
    expect(r.filterMeanAbsError).toBeLessThan(r.trend7MeanAbsError * 0.8);
    expect(r.filterMeanAbsError).toBeLessThan(r.trend28MeanAbsError * 0.6);
  });
});
