import { describe, expect, it } from 'vitest';
import { monotony } from '../../src/main/analysis/trainingLoad';
import { call } from '../../src/main/core/dispatch';
import type { CoreContext } from '../../src/main/core/context';
import { Insights } from '../../src/shared/contract/insights';
import { Report } from '../../src/shared/contract/report';
import { isoWeek, weekLabel, weekLabelStart } from '../../src/shared/dates';
import { round } from '../../src/shared/units';
import { testContext } from './helpers';

// Weeks are formed from the profile's week start in the report, the weekly stress load and the
// Energy table. A Sunday-start week is labelled with the ISO week of its Monday (the day after).
const TODAY = '2026-11-26'; // a Thursday

/** Four sessions around the weekend of 21–22 Nov: Sunday 15 and Sunday 22 fall in different weeks under the two starts. */
function week(weekStart: 'monday' | 'sunday'): CoreContext {
  const ctx = testContext(TODAY);
  call(ctx, 'profile.set', { sex: 'female', birthDate: '1990-01-01', heightCm: 170, weekStart });
  call(ctx, 'session.add', { date: '2026-11-15', start: '09:00', kind: 'heavy-lower', minutes: 60, rpe: 5 }); // 300 AU, a Sunday
  call(ctx, 'session.add', { date: '2026-11-16', start: '07:00', kind: 'zone2', minutes: 40, rpe: 3 }); // 120 AU, Monday
  call(ctx, 'session.add', { date: '2026-11-21', start: '10:00', kind: 'sport', minutes: 30, rpe: 4 }); // 120 AU, Saturday
  call(ctx, 'session.add', { date: '2026-11-22', start: '09:00', kind: 'heavy-upper', minutes: 40, rpe: 8 }); // 320 AU, Sunday
  return ctx;
}

describe('week boundaries follow the profile\'s week start', () => {
  it('labels a Sunday-start week with the ISO week of its Monday, and reads the label back', () => {
    expect(weekLabel('2026-11-22', 'sunday')).toBe('2026-W48');
    expect(weekLabel('2026-11-23', 'monday')).toBe('2026-W48');
    expect(weekLabelStart('2026-W48', 'sunday')).toBe('2026-11-22');
    expect(weekLabelStart('2026-W48', 'monday')).toBe('2026-11-23');
    // Across a year end: the Sunday of 3 Jan 2027 starts 2027-W01, the one before it 2026-W53.
    expect(weekLabel('2027-01-03', 'sunday')).toBe('2027-W01');
    expect(weekLabel('2026-12-27', 'sunday')).toBe('2026-W53');
    expect(weekLabelStart('2027-W01', 'sunday')).toBe('2027-01-03');
    for (const start of ['2025-12-28', '2026-03-29', '2026-12-27', '2027-01-03']) expect(weekLabelStart(weekLabel(start, 'sunday'), 'sunday')).toBe(start);
  });

  it('Monday start: report weeks run Monday to Sunday', () => {
    const ctx = week('monday');
    const report = Report.parse(call(ctx, 'report.get', { from: '2026-11-16', to: TODAY }));
    expect(report.weeks.map((w) => w.week)).toEqual(['2026-W47', '2026-W48']);
    expect(report.weeks[0].load).toEqual({ strengthAU: 320, enduranceAU: 120, otherAU: 120, totalAU: 560 });
    expect(report.weeks[0].monotony).toBe(round(monotony([120, 0, 0, 0, 0, 120, 320])!, 3));
    expect(report.weeks[1].load.totalAU).toBe(0);
  });

  it('Sunday start: report, stress load and the Energy table run Sunday to Saturday', () => {
    const ctx = week('sunday');
    const report = Report.parse(call(ctx, 'report.get', { from: '2026-11-16', to: TODAY }));
    // The range's first day (Monday 16) sits in the week that began on Sunday 15.
    expect(report.weeks.map((w) => w.week)).toEqual(['2026-W47', '2026-W48']);
    expect(report.weeks[0].load).toEqual({ strengthAU: 300, enduranceAU: 120, otherAU: 120, totalAU: 540 });
    expect(report.weeks[0].monotony).toBe(round(monotony([300, 120, 0, 0, 0, 0, 120])!, 3));
    expect(report.weeks[0].strain).toBe(round(540 * monotony([300, 120, 0, 0, 0, 0, 120])!, 1));
    expect(report.weeks[1].load).toEqual({ strengthAU: 320, enduranceAU: 0, otherAU: 0, totalAU: 320 });
    expect(report.weeks[1].monotony).toBeNull(); // Thursday: the week is not over

    const ins = Insights.parse(call(ctx, 'insights.get', { from: '2026-11-16', to: TODAY }));
    expect(ins.weeks.map((w) => [w.week, w.from, w.to])).toEqual([
      ['2026-W47', '2026-11-15', '2026-11-21'],
      ['2026-W48', '2026-11-22', '2026-11-28'],
    ]);
    expect(ins.weeks[0].days.map((d) => d.loadAU)).toEqual([300, 120, 0, 0, 0, 0, 120]);
    expect(ins.weeks[1].days.map((d) => d.date)).toEqual(['2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26']);

    const energy = call(ctx, 'energy.dashboard', { from: '2026-11-16', to: TODAY });
    expect(energy.weeks.map((w) => [w.week, w.from, w.to])).toEqual([
      ['2026-W47', '2026-11-15', '2026-11-21'],
      ['2026-W48', '2026-11-22', '2026-11-28'],
    ]);
  });

  it('changing the week start moves the weeks at once (the cached profile is dropped)', () => {
    const ctx = week('monday');
    expect(call(ctx, 'report.get', { from: '2026-11-16', to: TODAY }).weeks[0].load.totalAU).toBe(560);
    call(ctx, 'profile.set', { weekStart: 'sunday' });
    const weeks = call(ctx, 'report.get', { from: '2026-11-16', to: TODAY }).weeks;
    expect(weeks[0].load.totalAU).toBe(540);
    expect(weeks.map((w) => w.week)).toEqual([isoWeek('2026-11-16'), isoWeek('2026-11-23')]);
  });
});
