import { describe, expect, it } from 'vitest';
import {
  addDays,
  ageOn,
  dayRange,
  daysBetween,
  isoWeek,
  isoWeekday,
  isoWeekStart,
  isValidDate,
  isValidIsoWeek,
  localDay,
  weekStartOf,
} from '../../../src/shared/dates';

describe('calendar days', () => {
  it('accepts only real dates written YYYY-MM-DD', () => {
    for (const ok of ['2026-11-26', '2024-02-29', '2000-02-29', '1999-12-31']) expect(isValidDate(ok), ok).toBe(true);
    for (const bad of ['2023-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-1-05', '26-01-05', '2026-01-05T00:00', '', 'yesterday', '2026/01/05'])
      expect(isValidDate(bad), bad).toBe(false);
  });

  it('adds days across month, year and leap boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01');
  });

  it('is immune to the machine’s time zone and DST changes', () => {
    // Europe's 2026 DST switch is on 29 March; a day is still a day.
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(dayRange('2026-03-28', '2026-03-31')).toEqual(['2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31']);
    expect(dayRange('2026-01-02', '2026-01-01')).toEqual([]);
    expect(daysBetween('2026-01-10', '2026-01-01')).toBe(-9);
  });

  it('localDay reads the local calendar, not UTC', () => {
    const d = new Date(2026, 0, 1, 0, 30); // 00:30 local on 1 January
    expect(localDay(d)).toBe('2026-01-01');
  });

  it('weekday and week start (Monday or Sunday)', () => {
    expect(isoWeekday('2026-11-23')).toBe(0); // Monday
    expect(isoWeekday('2026-11-29')).toBe(6); // Sunday
    expect(weekStartOf('2026-11-26', 'monday')).toBe('2026-11-23');
    expect(weekStartOf('2026-11-26', 'sunday')).toBe('2026-11-22');
    expect(weekStartOf('2026-11-29', 'monday')).toBe('2026-11-23');
    expect(weekStartOf('2026-11-29', 'sunday')).toBe('2026-11-29');
    expect(weekStartOf('2027-01-01', 'monday')).toBe('2026-12-28');
  });

  it('age in whole years, birthday counted on the day', () => {
    expect(ageOn('1992-05-14', '2026-05-13')).toBe(33);
    expect(ageOn('1992-05-14', '2026-05-14')).toBe(34);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
    expect(ageOn('2000-02-29', '2026-03-01')).toBe(26);
  });
});

describe('ISO-8601 weeks', () => {
  it('labels weeks by the year of their Thursday, across year boundaries', () => {
    const cases: [string, string][] = [
      ['2026-11-26', '2026-W48'],
      ['2026-01-01', '2026-W01'], // a Thursday: week 1 of its own year
      ['2025-12-29', '2026-W01'], // Monday of that week is still December
      ['2027-01-01', '2026-W53'], // Friday: 2026 has 53 weeks
      ['2027-01-03', '2026-W53'],
      ['2027-01-04', '2027-W01'],
      ['2021-01-03', '2020-W53'], // 2020 (leap year starting Wednesday) has 53
      ['2024-12-30', '2025-W01'],
      ['2023-01-01', '2022-W52'], // Sunday
      ['2023-01-02', '2023-W01'],
    ];
    for (const [day, week] of cases) expect(isoWeek(day), day).toBe(week);
  });

  it('finds the Monday of a week and round-trips', () => {
    expect(isoWeekStart('2026-W01')).toBe('2025-12-29');
    expect(isoWeekStart('2026-W53')).toBe('2026-12-28');
    expect(isoWeekStart('2020-W53')).toBe('2020-12-28');
    expect(isoWeekStart('2023-W01')).toBe('2023-01-02');
    for (let d = '2019-12-20'; d <= '2028-01-10'; d = addDays(d, 1)) {
      const w = isoWeek(d);
      const monday = isoWeekStart(w);
      expect(daysBetween(monday, d)).toBe(isoWeekday(d));
    }
  });

  it('knows which years have a week 53', () => {
    expect(isValidIsoWeek('2026-W53')).toBe(true);
    expect(isValidIsoWeek('2020-W53')).toBe(true);
    expect(isValidIsoWeek('2025-W53')).toBe(false);
    expect(isValidIsoWeek('2026-W00')).toBe(false);
    expect(isValidIsoWeek('2026-W54')).toBe(false);
    expect(isValidIsoWeek('2026-48')).toBe(false);
  });
});
