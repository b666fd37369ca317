import { describe, expect, it } from 'vitest';
import { defaultKind, roundedTime, usualNight } from '../../../src/shared/logDefaults';

const at = (h: number, m: number) => new Date(2026, 10, 26, h, m, 40);
const KINDS = ['heavy-lower', 'heavy-upper', 'full-body', 'sport'] as const;

describe('a new session starts now, with the kind the plan or habit says', () => {
  it('rounds the current time up to 5 minutes (never before a session that just ended), staying on the day', () => {
    expect(roundedTime(at(18, 5))).toBe('18:05');
    expect(roundedTime(at(18, 6))).toBe('18:10');
    expect(roundedTime(at(6, 0))).toBe('06:00');
    expect(roundedTime(at(23, 58))).toBe('23:55');
  });

  it('takes today’s planned kind, else the last logged kind, else the fallback; only offered kinds', () => {
    expect(defaultKind('heavy-upper', 'full-body', KINDS, 'heavy-lower')).toBe('heavy-upper');
    expect(defaultKind(null, 'full-body', KINDS, 'heavy-lower')).toBe('full-body');
    expect(defaultKind('zone2', 'sport', KINDS, 'heavy-lower')).toBe('sport');
    expect(defaultKind(null, null, KINDS, 'heavy-lower')).toBe('heavy-lower');
  });
});

describe('a new night starts at the usual bed and wake times', () => {
  const TODAY = '2026-11-26';
  const night = (date: string, bed: string, wake: string) => ({ date, bed, wake });

  it('last night as logged comes first', () => {
    expect(usualNight([night(TODAY, '22:40', '06:10'), night('2026-11-25', '23:30', '07:30')], TODAY)).toEqual({ bed: '22:40', wake: '06:10' });
  });

  it('else the median of the last two weeks, a bedtime after midnight counting as late', () => {
    const nights = [night('2026-11-25', '00:20', '06:35'), night('2026-11-24', '23:40', '06:20'), night('2026-11-23', '23:50', '06:45'), night('2026-11-22', '23:55', '06:25')];
    // Bedtimes 23:40, 23:50, 23:55, 00:20 → median 23:52.5 → 23:55; wakes 06:20, 06:25, 06:35, 06:45 → 06:30.
    expect(usualNight(nights, TODAY)).toEqual({ bed: '23:55', wake: '06:30' });
  });

  it('keeps 23:00 and 07:00 with fewer than three recent nights, or only old ones', () => {
    expect(usualNight([night('2026-11-25', '22:00', '05:30'), night('2026-11-24', '22:00', '05:30')], TODAY)).toEqual({ bed: '23:00', wake: '07:00' });
    const old = ['2026-10-01', '2026-10-02', '2026-10-03'].map((d) => night(d, '22:00', '05:30'));
    expect(usualNight(old, TODAY)).toEqual({ bed: '23:00', wake: '07:00' });
  });
});
