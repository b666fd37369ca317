import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { performanceIndex, sleepVsLift, POOLED_LABEL } from '../../src/main/analysis/liftPerformance';
import { loadModels, weekLoad } from '../../src/main/analysis/trainingLoad';
import { call } from '../../src/main/core/dispatch';
import { dailyFacts, LOAD_HISTORY_DAYS } from '../../src/main/core/daily/facts';
import { sleepHoursByDay } from '../../src/main/core/sleep/store';
import { dailySessions, dailyTraining } from '../../src/main/core/training/daily';
import { Report } from '../../src/shared/contract/report';
import { addDays, isoWeek } from '../../src/shared/dates';
import { round } from '../../src/shared/units';
import { foodTestContext } from './food-helpers';
import { snapshotContext } from './fixtures';

// report.get's training-stress weeks and sleep-vs-lift rows, through dispatch on the demo, held to
// the pure functions run on the training and sleep domains' own readers.
const TODAY = '2026-11-26';
const demo = () =>
  snapshotContext('demo-stress', () => {
    const ctx = foodTestContext(TODAY);
    call(ctx, 'demo.load', {});
    return ctx;
  });

const r = (v: number | null, digits: number) => (v === null ? null : round(v, digits));

describe('report.get: weekly stress load and sleep vs lift on the demo', () => {
  const from = '2026-06-01';
  const to = TODAY;

  it('weeks carry load by family, monotony and strain as weekLoad computes them from the sessions', () => {
    const ctx = demo();
    const report = Report.parse(call(ctx, 'report.get', { from, to }));
    expect(report.weeks.length).toBeGreaterThan(20);
    const first = '2026-06-01'; // a Monday: the first week starts on the range's first day
    report.weeks.forEach((w, i) => {
      const wFrom = addDays(first, 7 * i);
      expect(w.week).toBe(isoWeek(wFrom));
      const wTo = [addDays(wFrom, 6), to].sort()[0];
      const expected = weekLoad(dailySessions(ctx.db, wFrom, wTo));
      expect(w.load).toEqual({
        strengthAU: round(expected.strengthAU, 1),
        enduranceAU: round(expected.enduranceAU, 1),
        otherAU: round(expected.otherAU, 1),
        totalAU: round(expected.totalAU, 1),
      });
      expect(w.monotony).toBe(r(expected.monotony, 3));
      expect(w.strain).toBe(r(expected.strain, 1));
    });
    // Weeks before the demo's history have no load and no monotony (SD 0); trained weeks have both;
    // the running week (to = Thursday) has its load so far and no monotony.
    expect(report.weeks[0]).toMatchObject({ load: { totalAU: 0 }, monotony: null, strain: null });
    const trained = report.weeks.filter((w) => w.load.strengthAU > 0 && w.load.enduranceAU > 0 && w.monotony !== null);
    expect(trained.length).toBeGreaterThan(4);
    expect(report.weeks.at(-1)!.load.totalAU).toBeGreaterThan(0);
    expect(report.weeks.at(-1)!.monotony).toBeNull();
    expect(report.weeks.at(-1)!.strain).toBeNull();
  });

  it('sleepVsLift rows are the pure functions’ over the prior night and the performance index', () => {
    const ctx = demo();
    const report = Report.parse(call(ctx, 'report.get', { from, to }));
    const history = dailyTraining(ctx.db, addDays(from, -28), to, { sleep: false });
    const index = performanceIndex(history, 28);
    const sleep = sleepHoursByDay(ctx.db, from, to);
    const expected = sleepVsLift(history.slice(28).map((d, i) => ({ sleepHours: sleep.get(d.date) ?? null, performancePct: index[i] })));
    expect(report.sleepVsLift).toEqual(
      expected.map((s) => ({
        exercise: s.exercise,
        n: s.n,
        r: r(s.r, 3),
        rLow: r(s.rLow, 3),
        rHigh: r(s.rHigh, 3),
        spearman: r(s.spearman, 3),
        slopePctPerHour: r(s.slopePctPerHour, 2),
      })),
    );
    const pooled = report.sleepVsLift.at(-1)!;
    expect(pooled.exercise).toBe(POOLED_LABEL);
    expect(pooled.n).toBeGreaterThanOrEqual(10);
    expect(pooled.r).not.toBeNull();
    expect(report.sleepVsLift.map((s) => s.exercise)).toContain('Back Squat');
  });

  it('r fields are null below 10 pairs (the default 28 days)', () => {
    const report = call(demo(), 'report.get', {});
    for (const row of report.sleepVsLift.filter((s) => s.n < 10)) expect([row.r, row.rLow, row.rHigh]).toEqual([null, null, null]);
    expect(report.sleepVsLift.at(-1)!.exercise).toBe(POOLED_LABEL);
  });

  it('daily facts: acute/chronic load and fitness/fatigue per day as loadModels gives them', () => {
    const ctx = demo();
    const { days } = dailyFacts(ctx, from, to);
    const loads = dailySessions(ctx.db, addDays(from, -LOAD_HISTORY_DAYS), to).map((d) => d.loadAU);
    const models = loadModels(loads).slice(LOAD_HISTORY_DAYS);
    expect(days.map((d) => d.loadModel)).toEqual(models);
    expect(days.at(-1)!.loadModel.ctl).toBeGreaterThan(0);
  });

  it('after writes, the warm cache answers what a fresh connection computes', () => {
    const ctx = demo();
    const before = call(ctx, 'report.get', { from, to });
    // A heavier squat (a new index and the 28 days after it), an endurance session, a moved and a
    // deleted night on lift days.
    call(ctx, 'set.add', { date: '2026-11-18', exercise: 'Back Squat', weightKg: 180, reps: 3, rpe: 9 });
    call(ctx, 'session.add', { date: '2026-11-19', start: '12:00', kind: 'zone2', minutes: 50, rpe: 4, modality: 'run' });
    const nights = call(ctx, 'sleep.list', { from: '2026-10-01', to: '2026-11-20' });
    call(ctx, 'sleep.update', { id: nights[0].id, hours: 4.5 });
    call(ctx, 'sleep.delete', { id: nights[3].id });
    const warm = call(ctx, 'report.get', { from, to });
    expect(warm.sleepVsLift).not.toEqual(before.sleepVsLift);
    expect(warm.weeks).not.toEqual(before.weeks);
    const db = new Database(ctx.db.serialize());
    const fresh = call({ ...ctx, db }, 'report.get', { from, to });
    expect(warm.weeks).toEqual(fresh.weeks);
    expect(warm.sleepVsLift).toEqual(fresh.sleepVsLift);
    expect(dailyFacts(ctx, from, to).days).toEqual(dailyFacts({ ...ctx, db }, from, to).days);
    db.close();
  });
});
