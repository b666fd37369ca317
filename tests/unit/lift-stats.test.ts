import { describe, expect, it } from 'vitest';
import { performanceIndex, sleepVsLift, POOLED_LABEL } from '../../src/main/analysis/liftPerformance';
import { round } from '../../src/shared/units';
import { averageRanks, fisherInterval, fitBand, linearFit, pearson, spearman, tQuantile975 } from '../../src/main/analysis/statistics';

describe('statistics (science.md §7)', () => {
  it('Fisher-z 95 % interval of r = 0.30: n 20 → [−0.164, 0.656], n 60 → [0.050, 0.515]', () => {
    const a = fisherInterval(0.3, 20)!;
    expect([round(a.low, 3), round(a.high, 3)]).toEqual([-0.164, 0.656]);
    const b = fisherInterval(0.3, 60)!;
    expect([round(b.low, 3), round(b.high, 3)]).toEqual([0.05, 0.515]);
    expect(fisherInterval(0.3, 3)).toBeNull();
  });

  it('Pearson r on a hand-computed series, null without spread', () => {
    // x̄ 3, ȳ 4: Sxy 6, Sxx 10, Syy 6 → r = 6/√60.
    expect(pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])).toBeCloseTo(6 / Math.sqrt(60), 10);
    expect(pearson([1, 2, 3], [4, 4, 4])).toBeNull();
    expect(pearson([1], [2])).toBeNull();
  });

  it('Spearman ρ with ties takes average ranks (hand-computed 7.25 / 9.5)', () => {
    const x = [6, 7, 7, 8, 5];
    const y = [95, 100, 98, 102, 98];
    expect(averageRanks(x)).toEqual([2, 3.5, 3.5, 5, 1]);
    expect(averageRanks(y)).toEqual([1, 4, 2.5, 5, 2.5]);
    // Rank deviations from 3: x (−1, .5, .5, 2, −2), y (−2, 1, −.5, 2, −.5): Σxy 7.25, Σx² 9.5, Σy² 9.5.
    expect(spearman(x, y)).toBeCloseTo(7.25 / 9.5, 10);
    expect(spearman(x, y)).toBeCloseTo(0.7632, 4);
  });

  it('t(0.975, df): table values and the expansion beyond 30', () => {
    expect(tQuantile975(1)).toBe(12.706);
    expect(tQuantile975(3)).toBe(3.182);
    expect(tQuantile975(10)).toBe(2.228);
    expect(tQuantile975(30)).toBe(2.042);
    // Exact values: 2.0395 (31), 2.0211 (40), 2.0003 (60), 1.9799 (120), 1.9600 (∞).
    expect(tQuantile975(31)).toBeCloseTo(2.0395, 3);
    expect(tQuantile975(40)).toBeCloseTo(2.0211, 3);
    expect(tQuantile975(60)).toBeCloseTo(2.0003, 3);
    expect(tQuantile975(120)).toBeCloseTo(1.9799, 3);
    expect(tQuantile975(1e9)).toBeCloseTo(1.96, 3);
    expect(() => tQuantile975(0)).toThrow();
  });

  it('least-squares line with the slope interval and the band (hand-computed)', () => {
    // slope 6/10, intercept 4 − 0.6·3; SSE 2.4 → s = √0.8; t(3) = 3.182.
    const fit = linearFit([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])!;
    expect(fit.slope).toBeCloseTo(0.6, 10);
    expect(fit.intercept).toBeCloseTo(2.2, 10);
    expect(fit.s).toBeCloseTo(Math.sqrt(0.8), 10);
    const half = (3.182 * Math.sqrt(0.8)) / Math.sqrt(10);
    expect(fit.slopeLow).toBeCloseTo(0.6 - half, 10);
    expect(fit.slopeHigh).toBeCloseTo(0.6 + half, 10);
    expect(fit.slopeLow).toBeCloseTo(-0.3, 3);
    const mid = fitBand(fit, 3);
    expect(mid.y).toBeCloseTo(4, 10);
    expect(mid.high - mid.y).toBeCloseTo(3.182 * Math.sqrt(0.8) * Math.sqrt(1 / 5), 10);
    // The band widens away from x̄.
    const edge = fitBand(fit, 6);
    expect(edge.high - edge.y).toBeGreaterThan(mid.high - mid.y);
    expect(linearFit([1, 2], [1, 2])).toBeNull();
    expect(linearFit([2, 2, 2], [1, 2, 3])).toBeNull();
  });
});

describe('performance index: % of the best e1RM of the 28 days before', () => {
  // Back Squat on days 0, 3, 7, 28, 29 (110, 102, 98, 100, 104 kg e1RM); day 28's window is days
  // 0–27 (holds day 0's 110), day 29's is days 1–28 (day 0 has left it).
  const days = Array.from({ length: 30 }, () => ({ e1rmKg: {} as Record<string, number> }));
  days[0].e1rmKg = { 'Back Squat': 110 };
  days[3].e1rmKg = { 'Back Squat': 102, 'Bench Press': 80 };
  days[7].e1rmKg = { 'Back Squat': 98 };
  days[28].e1rmKg = { 'Back Squat': 100 };
  days[29].e1rmKg = { 'Back Squat': 104, 'Bench Press': 84 };

  it('on a hand-computed series', () => {
    const idx = performanceIndex(days);
    expect(idx).toHaveLength(30);
    expect(idx[0]).toEqual({}); // no history yet
    expect(idx[3]['Back Squat']).toBeCloseTo((102 / 110) * 100, 10); // 92.727
    expect(idx[3]['Bench Press']).toBeUndefined();
    expect(idx[7]['Back Squat']).toBeCloseTo((98 / 110) * 100, 10); // 89.091
    expect(idx[28]['Back Squat']).toBeCloseTo((100 / 110) * 100, 10); // 90.909
    expect(idx[29]['Back Squat']).toBeCloseTo((104 / 102) * 100, 10); // 101.961: a PR over the window reads above 100
    expect(idx[29]['Bench Press']).toBeCloseTo((84 / 80) * 100, 10); // day 3 is 26 days back: in the window
  });

  it('history days before `skip` count but are not returned', () => {
    const idx = performanceIndex(days, 28);
    expect(idx).toHaveLength(2);
    expect(idx[0]['Back Squat']).toBeCloseTo((100 / 110) * 100, 10);
  });
});

describe('sleep vs lift', () => {
  const day = (sleepHours: number | null, pct: Record<string, number>) => ({ sleepHours, performancePct: pct });

  it('pairs the night with the day, hides r below 10 pairs, pools only main lifts with 10 pairs each', () => {
    const days = [];
    for (let i = 0; i < 12; i++) days.push(day(6 + (i % 4) * 0.5, { 'Back Squat': 95 + (i % 4) * 2 + (i % 3), 'Lat Pulldown': 100 }));
    for (let i = 0; i < 5; i++) days.push(day(7, { 'Bench Press': 100 + i }));
    days.push(day(null, { 'Back Squat': 50 })); // no night logged: no pair
    const rows = sleepVsLift(days);
    expect(rows.map((r) => r.exercise)).toEqual(['Back Squat', 'Bench Press', 'Lat Pulldown', POOLED_LABEL]);
    const squat = rows[0];
    expect(squat.n).toBe(12);
    const x = squat.pairs.map((p) => p.sleepHours);
    const y = squat.pairs.map((p) => p.performancePct);
    expect(squat.r).toBeCloseTo(pearson(x, y)!, 12);
    expect(squat.rLow).not.toBeNull();
    expect(squat.slopePctPerHour).toBeCloseTo(linearFit(x, y)!.slope, 12);
    const bench = rows[1];
    expect(bench.n).toBe(5);
    expect([bench.r, bench.rLow, bench.rHigh]).toEqual([null, null, null]);
    expect(bench.spearman).toBeNull(); // sleep does not vary
    // The pool holds the squat only: the bench has 5 pairs, the pulldown is not a main lift.
    const pooled = rows[3];
    expect(pooled.n).toBe(12);
    expect(pooled.r).toBeCloseTo(squat.r!, 12);
  });

  it('an empty log gives the pooled row alone, all null', () => {
    const rows = sleepVsLift([]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ exercise: POOLED_LABEL, n: 0, r: null, rLow: null, rHigh: null, spearman: null, slopePctPerHour: null });
  });
});
