import { describe, expect, it } from 'vitest';
import { call } from '../../src/main/core/dispatch';
import { DEMO_DAYS } from '../../src/main/core/demo/scenario';
import { addDays } from '../../src/shared/dates';
import { foodTestContext } from './food-helpers';

// The demo as the app loads it (SR24 meals, sessions with sets, sleep, weigh-ins): the verdicts the
// e2e story checks, with room to spare, so a small change elsewhere does not flip them.
const TODAY = '2026-11-26';
const MAINTENANCE_END = addDays(TODAY, -(DEMO_DAYS - 42));

describe('the demo story through energy.dashboard', () => {
  const ctx = foodTestContext(TODAY);
  call(ctx, 'demo.load', {});

  it('maintenance: ok, every signal clear of its watch threshold, carbohydrate clear of the band boundary', () => {
    const uf = call(ctx, 'energy.dashboard', { to: MAINTENANCE_END }).underFueling;
    expect(uf.level).toBe('ok');
    for (const r of uf.reasons) {
      expect(r.status, r.code).toBe('ok');
      // At least 5 % of the threshold away from it (which side is "worse" depends on the signal).
      expect(Math.abs(r.value! - r.watchThreshold!), `${r.code} ${r.value} vs ${r.watchThreshold}`).toBeGreaterThan(Math.abs(r.watchThreshold!) * 0.05);
    }
    // Light band (under 45 min/day) with minutes to spare; the carbohydrate eaten would not be ok in
    // the next band up, so this margin is what keeps the verdict.
    expect(uf.carbohydrateBand.load).toBe('light');
    expect(uf.carbohydrateBand.trainingMinPerDay).toBeLessThanOrEqual(41);
  });

  it('deficit: high — energy, protein and energy availability at watch, the lifts falling beyond their noise', () => {
    const uf = call(ctx, 'energy.dashboard', { to: TODAY }).underFueling;
    expect(uf.level).toBe('high');
    for (const code of ['deficit', 'weight-loss-rate', 'protein', 'energy-availability']) expect(uf.reasons.find((r) => r.code === code)!.status, code).toBe('watch');
    const lifts = uf.reasons.find((r) => r.code === 'strength-trend')!;
    expect(lifts.status).toBe('high');
    expect(lifts.value!).toBeLessThan(lifts.highThreshold!);
    expect(uf.carbohydrateBand.load).toBe('moderate');
    // Sleep and carbohydrate are context, not reasons.
    expect(uf.context.map((r) => r.code)).toEqual(['sleep', 'carbohydrate']);
  });

  it('today is under way (breakfast only): shown as provisional, kept out of the verdict', () => {
    const dash = call(ctx, 'energy.dashboard', { to: TODAY });
    const today = dash.days.at(-1)!;
    expect(today).toMatchObject({ date: TODAY, intakeStatus: 'provisional', balanceKcal: null, eaKcalPerKgFfm: null });
    expect(today.intakeKcal!).toBeGreaterThan(0);
    expect(dash.underFueling.logging).toMatchObject({ provisionalDays: 1, partialDays: 0, suspectUnderLogging: false });
    const report = call(ctx, 'report.get', { from: TODAY, to: TODAY });
    expect(report.days[0]).toMatchObject({ intakeKcal: today.intakeKcal, complete: null, intakeStatus: 'provisional' });
    expect(report.underFueling.suggestedIntakeKcal).toBe(dash.underFueling.suggestedIntakeKcal);
  });
});
