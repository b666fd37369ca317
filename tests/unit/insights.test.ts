import { describe, expect, it } from 'vitest';
import { call } from '../../src/main/core/dispatch';
import { dailyFacts } from '../../src/main/core/daily/facts';
import { Insights } from '../../src/shared/contract/insights';
import { Report } from '../../src/shared/contract/report';
import { addDays } from '../../src/shared/dates';
import { foodTestContext } from './food-helpers';
import { snapshotContext } from './fixtures';
import { testContext } from './helpers';

// insights.get reads the per-day read model only: its summary numbers are report.get's, to the digit.
const TODAY = '2026-11-26';
const demo = () =>
  snapshotContext('demo-insights', () => {
    const ctx = foodTestContext(TODAY);
    call(ctx, 'demo.load', {});
    return ctx;
  });

describe('insights.get on the demo', () => {
  const from = addDays(TODAY, -83);
  const to = TODAY;

  it('defaults to the 84 days ending today', () => {
    const ins = Insights.parse(call(demo(), 'insights.get', {}));
    expect(ins.range).toEqual({ from, to });
    expect(ins.days).toHaveLength(84);
  });

  it('equals report.get for the same range: weeks, loads, monotony, strain and sleep-vs-lift rows', () => {
    const ctx = demo();
    const ins = Insights.parse(call(ctx, 'insights.get', { from, to }));
    const report = Report.parse(call(ctx, 'report.get', { from, to }));
    expect(ins.weeks.map((w) => w.week)).toEqual(report.weeks.map((w) => w.week));
    ins.weeks.forEach((w, i) => {
      const rw = report.weeks[i];
      expect({ strengthAU: w.strengthAU, enduranceAU: w.enduranceAU, otherAU: w.otherAU, totalAU: w.totalAU }).toEqual(rw.load);
      expect(w.monotony).toBe(rw.monotony);
      expect(w.strain).toBe(rw.strain);
      // The days of the week inside the range carry the report's loads.
      for (const d of w.days) {
        const rd = report.days.find((x) => x.date === d.date);
        if (rd) expect(d.loadAU).toBeCloseTo(rd.loadAU, 1);
      }
      expect(w.days.reduce((t, d) => t + d.loadAU, 0)).toBeCloseTo(w.totalAU, 0);
    });
    expect(ins.sleepVsLift.map(({ exercise, n, r, rLow, rHigh, spearman, slopePctPerHour }) => ({ exercise, n, r, rLow, rHigh, spearman, slopePctPerHour }))).toEqual(report.sleepVsLift);
    expect(ins.sleepVsLift.at(-1)!.exercise).toBe('All main lifts');
    for (const row of ins.sleepVsLift) expect(row.points).toHaveLength(row.n);
  });

  it('the daily load models are the read model\'s, and high-stress days are the heavy ones', () => {
    const ctx = demo();
    const ins = Insights.parse(call(ctx, 'insights.get', { from, to }));
    const facts = dailyFacts(ctx, from, to);
    ins.days.forEach((d, i) => {
      const m = facts.days[i].loadModel;
      expect(d.acute).toBeCloseTo(m.acuteAU, 1);
      expect(d.chronic).toBeCloseTo(m.chronicAU, 1);
      expect(d.ctl).toBeCloseTo(m.ctl, 1);
      expect(d.atl).toBeCloseTo(m.atl, 1);
      expect(d.tsb).toBeCloseTo(m.tsb, 1);
    });
    const days = ins.weeks.flatMap((w) => w.days);
    expect(days.some((d) => d.highStress)).toBe(true);
    for (const d of days) {
      if (d.highStress || d.easy) expect(d.loadAU).toBeGreaterThan(0);
      expect(d.highStress && d.easy).toBe(false);
    }
    // Against the chronic load of the day before (where the range has it).
    const chronic = new Map(ins.days.map((d) => [d.date, d.chronic]));
    for (const d of days) {
      const before = chronic.get(addDays(d.date, -1));
      if (before === undefined) continue;
      if (d.highStress) expect(d.loadAU).toBeGreaterThanOrEqual(1.5 * before - 0.1);
      if (d.easy) expect(d.loadAU).toBeLessThan(0.5 * before + 0.1);
    }
  });

  it('the regression line runs through the points\' sleep span with its band around it', () => {
    const row = Insights.parse(call(demo(), 'insights.get', { from, to })).sleepVsLift.find((s) => s.n >= 3)!;
    expect(row.line.length).toBeGreaterThan(2);
    const xs = row.points.map((p) => p.sleepHours);
    expect(row.line[0].sleepHours).toBeCloseTo(Math.min(...xs), 2);
    expect(row.line.at(-1)!.sleepHours).toBeCloseTo(Math.max(...xs), 2);
    for (const p of row.line) expect(p.low <= p.pct && p.pct <= p.high).toBe(true);
  });
});

describe('insights.get on an empty database', () => {
  it('answers with no lifts, rest weeks and no ratio', () => {
    const ins = Insights.parse(call(testContext(TODAY), 'insights.get', {}));
    expect(ins.sleepVsLift).toEqual([expect.objectContaining({ exercise: 'All main lifts', n: 0, points: [], line: [] })]);
    expect(ins.weeks.every((w) => w.totalAU === 0)).toBe(true);
    expect(ins.days.every((d) => d.ratio === null)).toBe(true);
  });

  it('shows the acute:chronic ratio only from 28 days after the first session', () => {
    const ctx = testContext(TODAY);
    const first = addDays(TODAY, -40);
    call(ctx, 'session.add', { date: first, start: '07:00', kind: 'zone2', minutes: 60, rpe: 5 });
    const ins = Insights.parse(call(ctx, 'insights.get', { from: addDays(TODAY, -30), to: TODAY }));
    const shown = ins.days.filter((d) => d.ratio !== null).map((d) => d.date);
    expect(shown[0]).toBe(addDays(first, 27));
  });
});
