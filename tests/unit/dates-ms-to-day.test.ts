import { describe, expect, it } from 'vitest';
import { addDays, dayRange, msToDay } from '../../src/shared/dates';

describe('msToDay (arithmetic civil date)', () => {
  it('matches toISOString for every day from 1899 to 2101 and at far ends', () => {
    const DAY = 86_400_000;
    const mismatches: string[] = [];
    for (let t = Date.UTC(1899, 0, 1); t <= Date.UTC(2101, 11, 31); t += DAY) {
      const iso = new Date(t).toISOString().slice(0, 10);
      if (msToDay(t) !== iso) mismatches.push(iso);
    }
    expect(mismatches).toEqual([]);
    for (const t of [Date.UTC(600, 1, 29), Date.UTC(999, 11, 31), Date.UTC(9999, 11, 31), Date.UTC(2024, 1, 29) + 5 * 3600_000]) {
      expect(msToDay(t)).toBe(new Date(t).toISOString().slice(0, 10));
    }
  });

  it('keeps day arithmetic across leap days and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(dayRange('2025-12-30', '2026-01-02')).toEqual(['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02']);
  });
});
