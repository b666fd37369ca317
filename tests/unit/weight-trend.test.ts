import { describe, expect, it } from 'vitest';
import { weightTrend } from '../../src/main/analysis/weightTrend';

describe('Hacker’s Diet trend (science.md §2)', () => {
  it('reproduces the worked example T0 = 80.0, W = 79.0, 79.5, 80.4', () => {
    const t = weightTrend(
      [
        { date: '2026-01-02', weightKg: 79.0 },
        { date: '2026-01-03', weightKg: 79.5 },
        { date: '2026-01-04', weightKg: 80.4 },
      ],
      '2026-01-02',
      '2026-01-04',
      80.0,
    );
    expect(t.map((p) => p.trendKg)).toEqual([expect.closeTo(79.9, 10), expect.closeTo(79.86, 10), expect.closeTo(79.914, 10)]);
  });

  it('starts at the first weigh-in, carries over gaps, and uses α = 1 − 0.9^k after k days', () => {
    const t = weightTrend(
      [
        { date: '2026-01-01', weightKg: 80 },
        { date: '2026-01-04', weightKg: 77 },
      ],
      '2026-01-01',
      '2026-01-05',
    );
    expect(t[0].trendKg).toBe(80);
    expect(t[1].trendKg).toBe(80);
    expect(t[2].trendKg).toBe(80);
    expect(t[3].trendKg).toBeCloseTo(80 + (1 - 0.9 ** 3) * (77 - 80), 10);
    expect(t[4]).toEqual({ date: '2026-01-05', weightKg: null, trendKg: t[3].trendKg });
  });

  it('is null before the first weigh-in', () => {
    const t = weightTrend([{ date: '2026-01-03', weightKg: 70 }], '2026-01-01', '2026-01-03');
    expect(t.map((p) => p.trendKg)).toEqual([null, null, 70]);
  });
});
