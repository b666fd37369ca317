import { beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../src/shared/dates';
import { call } from '../../../src/main/core/dispatch';
import { computeEnergyDashboard } from '../../../src/main/core/daily/facts';
import type { CoreContext } from '../../../src/main/core/context';
import { testContext } from '../helpers';

// Thursday; the coming week is 2026-W50, Monday 2026-12-07 to Sunday 2026-12-13.
const TODAY = '2026-12-03';
const MONDAY = '2026-12-07';
let ctx: CoreContext;

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const errorOf = (f: () => unknown): { code: string; message: string; field?: string } => {
  try {
    f();
  } catch (e) {
    return e as { code: string; message: string; field?: string };
  }
  throw new Error('expected an error');
};

beforeEach(() => {
  ctx = testContext(TODAY);
  call(ctx, 'profile.set', { sex: 'male', birthDate: '1990-03-01', heightCm: 180 });
  for (let d = '2026-11-05'; d <= TODAY; d = addDays(d, 1)) call(ctx, 'weight.add', { date: d, weightKg: 80 });
  call(ctx, 'session.add', { date: MONDAY, start: '07:00', kind: 'heavy-lower', minutes: 70, rpe: 8, planned: true });
  call(ctx, 'session.add', { date: addDays(MONDAY, 5), start: '08:00', kind: 'long', modality: 'run', minutes: 90, rpe: 6, planned: true });
});

describe('weekly targets from the estimator', () => {
  it('before any goal or check-in, targets propose maintenance: the week sums to the expected expenditure', () => {
    const t = call(ctx, 'targets.week', {});
    expect(t).toMatchObject({ week: '2026-W50', weekStart: MONDAY, basis: 'proposal', goal: null, weightKg: 80 });
    expect(t.days.map((d) => d.date)).toEqual(Array.from({ length: 7 }, (_, i) => addDays(MONDAY, i)));
    expect(Math.abs((t.energyKcal as number) - (t.expenditureKcal as number))).toBeLessThanOrEqual(35);
    expect(t.days[5].reason).toMatch(/^long run 90 min/);
    expect(t.days[5].carbsG).toBeGreaterThan(t.days[2].carbsG);
    expect(new Set(t.days.map((d) => d.proteinG)).size).toBe(1);
  });

  it('lose 0.5 %/wk at 80 kg: about 0.4 kg × the estimator’s ρ a week below maintenance', () => {
    const maintain = call(ctx, 'targets.week', {});
    const g = call(ctx, 'goal.set', { type: 'lose' });
    expect(g).toEqual({ goal: { type: 'lose', ratePct: 0.5, proteinGPerKg: 2.2, setOn: TODAY }, warnings: [] });
    const lose = call(ctx, 'targets.week', {});
    const rho = computeEnergyDashboard(ctx, addDays(MONDAY, -7), addDays(MONDAY, -1)).latest.rhoKcalPerKg as number;
    expect(rho).toBeGreaterThan(1816);
    expect(lose.rhoKcalPerKg).toBe(Math.round(rho));
    expect(Math.abs((maintain.energyKcal as number) - (lose.energyKcal as number) - 0.4 * rho)).toBeLessThanOrEqual(45);
    expect(lose.note).toMatch(/for the goal \(0\.4 kg a week × [\d,]+ kcal\/kg\)/);
  });

  it('a user who weighs in pounds reads the goal in pounds a week', () => {
    call(ctx, 'profile.set', { weightUnit: 'lb' });
    call(ctx, 'goal.set', { type: 'lose' });
    expect(call(ctx, 'targets.week', {}).note).toMatch(/for the goal \(0\.88 lb a week × [\d,]+ kcal\/lb\)/);
  });

  it('a --week in the past or future gives that week; bad weeks are refused', () => {
    expect(call(ctx, 'targets.week', { week: '2026-W49' }).weekStart).toBe('2026-11-30');
    expect(errorOf(() => call(ctx, 'targets.week', { week: '2026-W60' })).message).toMatch(/real ISO week/);
    expect(errorOf(() => call(ctx, 'targets.week', { week: '1850-W10' })).message).toMatch(/from 1900-W02 to 2100-W52/);
    expect(call(ctx, 'targets.week', { week: '1900-W02' })).toMatchObject({ weekStart: '1900-01-08', basis: 'none' });
  });

  it('a user whose week starts on Sunday gets Sunday-to-Saturday weeks', () => {
    call(ctx, 'profile.set', { weekStart: 'sunday' });
    expect(call(ctx, 'targets.week', {}).weekStart).toBe('2026-12-06');
  });

  it('without a weigh-in there are no targets, and it says what to log', () => {
    const empty = testContext(TODAY);
    const t = call(empty, 'targets.week', {});
    expect(t).toMatchObject({ energyKcal: null, days: [], basis: 'none' });
    expect(t.note).toMatch(/log a weigh-in/);
  });
});

describe('bad input changes nothing', () => {
  it('rates outside 0–2 %/wk, protein outside 0.8–3.5 g/kg and negative targets are refused with clear messages', () => {
    expect(errorOf(() => call(ctx, 'goal.set', { type: 'lose', ratePct: 2.5 })).message).toMatch(/above 2 %.*refused.*Garthe 2011/);
    expect(errorOf(() => call(ctx, 'goal.set', { type: 'gain', ratePct: -0.5 })).message).toMatch(/positive/);
    expect(errorOf(() => call(ctx, 'goal.set', { type: 'maintain', ratePct: 0.5 })).message).toMatch(/no rate/);
    expect(errorOf(() => call(ctx, 'goal.set', { type: 'gain', proteinGPerKg: 4 })).message).toMatch(/between 0.8 and 3.5 g\/kg/);
    expect(errorOf(() => call(ctx, 'targets.fix', { energyKcal: -200 })).message).toMatch(/between 800 and 8000 kcal/);
    expect(errorOf(() => call(ctx, 'targets.checkinSave', { energyKcal: -1 })).message).toMatch(/between 800 and 8000 kcal/);
    expect(call(ctx, 'goal.get', {})).toEqual({ goal: null, warnings: [] });
    expect(call(ctx, 'targets.week', {}).basis).toBe('proposal');
    expect(call(ctx, 'targets.history', {})).toEqual([]);
  });

  it('a fast rate is kept with its warning and source', () => {
    const g = call(ctx, 'goal.set', { type: 'lose', ratePct: 1 });
    expect(g.warnings[0]).toMatch(/faster than 0.7 %.*Garthe 2011/);
    expect(call(ctx, 'targets.week', {}).warnings).toEqual(g.warnings);
  });
});

describe('check-ins and fixed targets', () => {
  it('a check-in reviews last week and, accepted, holds the proposal for the week; history is kept', () => {
    call(ctx, 'goal.set', { type: 'lose' });
    const view = call(ctx, 'targets.checkin', {});
    expect(view).toMatchObject({ week: '2026-W50', due: false, done: null, review: { week: '2026-W49', goalRatePct: -0.5, trendChangeKg: 0 } });
    expect(view.review.summary[1]).toBe("Trend weight ±0 kg (±0 %) against the goal's −0.5 % a week.");
    const saved = call(ctx, 'targets.checkinSave', {});
    expect(saved.basis).toBe('checkin');
    expect(Math.abs(sum(saved.days.map((d) => d.energyKcal)) - 7 * (view.proposal.proposalKcalPerDay as number))).toBeLessThanOrEqual(35);
    const edited = call(ctx, 'targets.checkinSave', { energyKcal: 2600 });
    expect(Math.abs((edited.energyKcal as number) - 7 * 2600)).toBeLessThanOrEqual(35);
    expect(call(ctx, 'targets.history', {}).map((c) => [c.week, c.decision, c.energyKcal])).toEqual([
      ['2026-W50', 'edited', 2600],
      ['2026-W50', 'accepted', view.proposal.proposalKcalPerDay],
    ]);
    expect(call(ctx, 'targets.checkin', {}).done?.decision).toBe('edited');
  });

  it('a new goal recomputes a week still ahead even after a check-in', () => {
    call(ctx, 'goal.set', { type: 'lose' });
    call(ctx, 'targets.checkinSave', {});
    call(ctx, 'goal.set', { type: 'gain' });
    const t = call(ctx, 'targets.week', {});
    expect(t.basis).toBe('proposal');
    expect(t.goalBalanceKcal).toBeGreaterThan(0);
  });

  it('a fixed target is never replaced silently: not by the proposal, a check-in or a new goal', () => {
    const fixed = call(ctx, 'targets.fix', { energyKcal: 2500 });
    expect(fixed).toMatchObject({ basis: 'fixed', fixed: { energyKcal: 2500, source: 'hand', toWeekStart: null } });
    expect(Math.abs((fixed.energyKcal as number) - 7 * 2500)).toBeLessThanOrEqual(35);
    call(ctx, 'goal.set', { type: 'lose', ratePct: 0.3 });
    expect(call(ctx, 'targets.week', {}).basis).toBe('fixed');
    const kept = call(ctx, 'targets.checkinSave', {});
    expect(kept.basis).toBe('checkin');
    expect(call(ctx, 'targets.history', {})[0]).toMatchObject({ decision: 'kept-fixed', energyKcal: 2500 });
    expect(call(ctx, 'targets.week', { week: '2026-W52' }).basis).toBe('fixed');
    const replaced = call(ctx, 'targets.checkinSave', { replaceFixed: true });
    expect(call(ctx, 'targets.history', {})[0]).toMatchObject({ decision: 'accepted', energyKcal: replaced.proposalKcalPerDay });
  });

  it('a fixed target for some weeks ends; a cleared one gives the proposal back; one set after a check-in wins', () => {
    call(ctx, 'targets.fix', { energyKcal: 2400, weeks: 2, source: 'verdict' });
    expect(call(ctx, 'targets.week', { week: '2026-W51' }).note).toMatch(/from the under-fuelling advice/);
    expect(call(ctx, 'targets.week', { week: '2026-W52' }).basis).toBe('proposal');
    call(ctx, 'targets.checkinSave', { energyKcal: 2700 });
    expect(call(ctx, 'targets.week', {}).basis).toBe('checkin');
    call(ctx, 'targets.fix', { energyKcal: 2450 });
    expect(call(ctx, 'targets.week', {})).toMatchObject({ basis: 'fixed', fixed: { energyKcal: 2450 } });
    call(ctx, 'targets.fix', { energyKcal: null, week: '2026-W51' });
    expect(call(ctx, 'targets.week', { week: '2026-W51' }).basis).toBe('proposal');
  });
});

describe('the food day view', () => {
  it('shows the planned day’s targets and what is left once a goal is set', () => {
    const before = call(ctx, 'nutrition.day', { date: MONDAY });
    expect(before.targetPlan).toBeNull();
    call(ctx, 'goal.set', { type: 'lose' });
    const t = call(ctx, 'targets.week', {});
    const day = call(ctx, 'nutrition.day', { date: MONDAY });
    expect(day.targetPlan).toEqual({ week: '2026-W50', basis: 'proposal', reason: t.days[0].reason });
    expect(day.targets.energyKcal).toBe(t.days[0].energyKcal);
    expect(day.targets.carbsG).toMatchObject({ min: t.days[0].carbsG, max: t.days[0].carbsG });
    expect(day.targetBasis.energy.kind).toBe('plan');
    expect(day.remaining).toEqual({ energyKcal: t.days[0].energyKcal, proteinG: t.days[0].proteinG, carbsG: t.days[0].carbsG, fatG: t.days[0].fatG });
  });

  it('an energy target set by hand in the diary counts as fixed: the proposal never replaces it silently', () => {
    call(ctx, 'nutrition.setTargets', { energyKcal: 2300 });
    expect(call(ctx, 'nutrition.day', { date: MONDAY }).targetPlan).toBeNull();
    call(ctx, 'goal.set', { type: 'lose' });
    const t = call(ctx, 'targets.week', {});
    expect(t).toMatchObject({ basis: 'fixed', fixed: { energyKcal: 2300, source: 'hand' } });
    expect(t.note).toMatch(/set by hand in the food diary/);
    expect(Math.abs((t.energyKcal as number) - 7 * 2300)).toBeLessThanOrEqual(35);
    const day = call(ctx, 'nutrition.day', { date: MONDAY });
    expect(day.targetPlan?.basis).toBe('fixed');
    expect(day.targets.energyKcal).toBe(t.days[0].energyKcal);
    call(ctx, 'targets.fix', { energyKcal: null });
    expect(call(ctx, 'targets.week', {}).basis).toBe('proposal');
  });
});
