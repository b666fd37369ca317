import { describe, expect, it } from 'vitest';
import { call } from '../../../src/main/core/dispatch';
import { testContext } from '../helpers';

describe('demo: training, lifts and sleep', () => {
  it('loads 12 weeks of sessions with sets, nights, and a planned coming week with findings', () => {
    const ctx = testContext('2026-11-26');
    call(ctx, 'demo.load', {});
    const past = call(ctx, 'session.list', { from: '2026-09-04', to: '2026-11-26' });
    expect(past.length).toBeGreaterThan(70);
    expect(past.every((s) => !s.planned)).toBe(true);
    const planned = call(ctx, 'session.list', { from: '2026-11-27', to: '2026-12-03' });
    expect(planned.length).toBeGreaterThanOrEqual(7);
    expect(planned.every((s) => s.planned)).toBe(true);
    expect(call(ctx, 'sleep.list', {})).toHaveLength(84);
    const prs = call(ctx, 'lift.prs', {});
    expect(prs.records.map((r) => r.exercise)).toEqual(expect.arrayContaining(['Back Squat', 'Bench Press', 'Deadlift', 'Pull-up']));
    // Pull-ups carry body weight: their e1RM exists because the demo has weigh-ins.
    expect(prs.records.find((r) => r.exercise === 'Pull-up')?.bestE1rm?.e1rmKg).toBeGreaterThan(70);
    const next = call(ctx, 'plan.check', { from: '2026-11-30', to: '2026-12-06' }).findings.map((f) => f.code);
    expect(next).toEqual(expect.arrayContaining(['hills-near-heavy-lower', 'high-stress-streak']));
    const report = call(ctx, 'report.get', { from: '2026-11-23', to: '2026-11-26' });
    expect(report.days[0].e1rmKg['Back Squat']).toBeGreaterThan(100);
    expect(report.days.every((d) => d.sleepHours != null)).toBe(true);
  });
});
