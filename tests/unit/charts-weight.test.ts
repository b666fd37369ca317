import { describe, expect, it } from 'vitest';
import { groupWeighInsByDay, weightChartData, weightRangeBounds, type WeightChartDay } from '../../src/shared/charts/weight';
import { weightTrend } from '../../src/main/analysis/weightTrend';
import { addDays, dayRange } from '../../src/shared/dates';
import { kgToLb } from '../../src/shared/units';

/** Days as weight.trend returns them: one per day, trend from the analysis function. */
function days(weights: Record<string, number>, from: string, to: string): WeightChartDay[] {
  return weightTrend(
    Object.entries(weights).map(([date, weightKg]) => ({ date, weightKg })),
    from,
    to,
  );
}

describe('weightRangeBounds', () => {
  it('ends every range today and spans its number of days', () => {
    expect(weightRangeBounds('week', '2026-11-26', null)).toEqual({ from: '2026-11-20', to: '2026-11-26' });
    expect(weightRangeBounds('month', '2026-11-26', null)).toEqual({ from: '2026-10-28', to: '2026-11-26' });
    expect(weightRangeBounds('quarter', '2026-11-26', null)).toEqual({ from: '2026-08-28', to: '2026-11-26' });
    expect(weightRangeBounds('year', '2026-11-26', null)).toEqual({ from: '2025-11-27', to: '2026-11-26' });
  });

  it('starts "all" at the first weigh-in, but shows at least a week', () => {
    expect(weightRangeBounds('all', '2026-11-26', '2016-03-01')).toEqual({ from: '2016-03-01', to: '2026-11-26' });
    expect(weightRangeBounds('all', '2026-11-26', '2026-11-25')).toEqual({ from: '2026-11-20', to: '2026-11-26' });
    expect(weightRangeBounds('all', '2026-11-26', null)).toEqual({ from: '2026-11-20', to: '2026-11-26' });
  });
});

describe('weightChartData', () => {
  it('gives one point per weighed day and the trend on every day from the first weigh-in', () => {
    const s = weightChartData({
      days: days({ '2026-11-21': 80, '2026-11-23': 79, '2026-11-24': 79.5 }, '2026-11-20', '2026-11-26'),
      weighInDates: ['2026-11-21', '2026-11-23', '2026-11-23', '2026-11-24'],
      unit: 'kg',
    });
    expect(s.bucketDays).toBe(1);
    expect(s.from).toBe('2026-11-20');
    expect(s.to).toBe('2026-11-26');
    expect(s.points.map((p) => [p.date, p.value, p.count])).toEqual([
      ['2026-11-21', 80, 1],
      ['2026-11-23', 79, 2],
      ['2026-11-24', 79.5, 1],
    ]);
    // No trend before the first weigh-in (the 20th); carried over the days without one.
    expect(s.trend.map((t) => t.date)).toEqual(dayRange('2026-11-21', '2026-11-26'));
    const t23 = 80 + (1 - 0.9 ** 2) * (79 - 80); // a 2-day gap: α = 1 − 0.9² (science.md §2)
    const t24 = t23 + 0.1 * (79.5 - t23);
    expect(s.trend.find((t) => t.date === '2026-11-23')!.value).toBeCloseTo(t23, 2);
    expect(s.trend.at(-1)!.value).toBeCloseTo(t24, 2);
    expect(s.summary.latestTrend).toBeCloseTo(t24, 2);
    expect(s.summary.change).toBeCloseTo(t24 - 80, 2);
    expect(s.summary.weighIns).toBe(4);
  });

  it('converts to pounds at the edge, from the kg it is given', () => {
    const input = days({ '2026-11-25': 80, '2026-11-26': 81 }, '2026-11-20', '2026-11-26');
    const kg = weightChartData({ days: input, unit: 'kg' });
    const lb = weightChartData({ days: input, unit: 'lb' });
    expect(lb.unit).toBe('lb');
    expect(lb.points.map((p) => p.value)).toEqual([176.37, 178.57]);
    expect(lb.trend.map((t) => t.value)).toEqual(kg.trend.map((t) => Math.round(kgToLb(t.value) * 100) / 100));
    expect(lb.yAxis!.min).toBeLessThan(176.37);
    expect(lb.yAxis!.max).toBeGreaterThan(178.57);
  });

  it('is empty but well-formed without weigh-ins', () => {
    const s = weightChartData({ days: days({}, '2026-11-20', '2026-11-26'), unit: 'kg' });
    expect(s.points).toEqual([]);
    expect(s.trend).toEqual([]);
    expect(s.yAxis).toBeNull();
    expect(s.summary).toEqual({ latestTrend: null, change: null, weighIns: 0 });
    expect(weightChartData({ days: [], unit: 'kg' }).points).toEqual([]);
  });

  it('shows the carried trend in a range with no weigh-ins of its own', () => {
    const s = weightChartData({ days: days({ '2026-10-01': 82 }, '2026-11-20', '2026-11-26'), unit: 'kg' });
    expect(s.points).toEqual([]);
    expect(s.trend).toHaveLength(7);
    expect(s.trend.every((t) => t.value === 82)).toBe(true);
    expect(s.summary.change).toBe(0);
  });

  it('sorts days given in any order', () => {
    const input = days({ '2026-11-22': 80, '2026-11-24': 81 }, '2026-11-20', '2026-11-26');
    const s = weightChartData({ days: [...input].reverse(), unit: 'kg' });
    expect(s.points.map((p) => p.date)).toEqual(['2026-11-22', '2026-11-24']);
  });

  it('groups a 10-year range into weekly means ending today, so it stays a few hundred points', () => {
    const to = '2026-11-26';
    const from = addDays(to, -3652);
    const weights: Record<string, number> = {};
    for (const [i, d] of dayRange(from, to).entries()) if (i % 3 !== 1) weights[d] = 70 + (i % 10) / 10;
    const s = weightChartData({ days: days(weights, from, to), unit: 'kg', maxPoints: 600 });
    expect(s.bucketDays).toBe(7);
    expect(s.points.length).toBeLessThanOrEqual(600);
    expect(s.points.at(-1)!.to).toBe(to);
    expect(s.points.at(-1)!.from).toBe(addDays(to, -6));
    expect(s.trend.at(-1)!.date).toBe(to);
    // The last bucket's value is the mean of its weighed days.
    const last = dayRange(addDays(to, -6), to).filter((d) => weights[d] !== undefined);
    const mean = last.reduce((a, d) => a + weights[d], 0) / last.length;
    expect(s.points.at(-1)!.value).toBeCloseTo(mean, 2);
    expect(s.points.at(-1)!.count).toBe(last.length);
    expect(s.summary.weighIns).toBe(Object.keys(weights).length);
  });

  it('picks coarser buckets when weekly ones are still too many', () => {
    const to = '2026-11-26';
    const from = addDays(to, -3652);
    const s = weightChartData({ days: days({ [from]: 80, [to]: 78 }, from, to), unit: 'kg', maxPoints: 200 });
    expect(s.bucketDays).toBe(28);
    expect(s.points).toHaveLength(2);
  });
});

describe('groupWeighInsByDay', () => {
  it('groups newest day first with the mean of the day in the display unit', () => {
    const g = groupWeighInsByDay(
      [
        { id: 3, date: '2026-11-25', weightKg: 80.4, bodyFatPct: null },
        { id: 1, date: '2026-11-24', weightKg: 80, bodyFatPct: 18 },
        { id: 2, date: '2026-11-25', weightKg: 79.6, bodyFatPct: null },
      ],
      'lb',
    );
    expect(g.map((d) => d.date)).toEqual(['2026-11-25', '2026-11-24']);
    expect(g[0].entries.map((e) => e.id)).toEqual([2, 3]);
    expect(g[0].meanValue).toBe(176.37); // mean 80 kg
    expect(g[1].entries[0].value).toBe(176.37);
    expect(g[1].entries[0].bodyFatPct).toBe(18);
  });
});
