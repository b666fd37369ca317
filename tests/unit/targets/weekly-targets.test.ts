import { describe, expect, it } from 'vitest';
import { checkGoal, goalBalanceKcal, reviewWeek, spreadWeek, TargetsError, type PlanDay, type PlannedSession, type WeekInput } from '../../../src/main/analysis/weeklyTargets';

const session = (kind: string, minutes: number, rpe: number, modality: string | null = null): PlannedSession => ({ kind, minutes, rpe, modality, distanceKm: null, planned: true });
const days = (sessions: PlannedSession[][]): PlanDay[] => sessions.map((s, i) => ({ date: `2026-12-${String(7 + i).padStart(2, '0')}`, sessions: s }));

/** A hybrid week: heavy legs, intervals, rest, upper body, Zone 2, long run, rest. */
const week = days([
  [session('heavy-lower', 70, 8)],
  [session('intervals', 50, 9, 'run')],
  [],
  [session('heavy-upper', 60, 7)],
  [session('zone2', 50, 4, 'run')],
  [session('long', 90, 6, 'run')],
  [],
]);

const base: WeekInput = { baseKcal: 2200, recentKcal: 2700, balanceKcal: 0, decidedKcal: null, weightKg: 80, proteinGPerKg: 1.8, days: week };
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('spreading a week', () => {
  it('maintain: the days sum to the planned week’s expenditure estimate (within rounding)', () => {
    const plan = spreadWeek(base);
    expect(plan.expenditureKcal).toBeGreaterThan(7 * 2200);
    expect(Math.abs(sum(plan.days.map((d) => d.energyKcal)) - plan.expenditureKcal)).toBeLessThanOrEqual(35);
  });

  it('with nothing planned every day gets the recent expenditure', () => {
    const plan = spreadWeek({ ...base, days: days([[], [], [], [], [], [], []]) });
    expect(plan.planned).toBe(false);
    expect(plan.days.map((d) => d.energyKcal)).toEqual(Array(7).fill(2700));
    expect(plan.days[0].reason).toMatch(/^Rest day/);
  });

  it('lose 0.5 %/wk at 80 kg: the week sums to about 0.4 kg × ρ below expenditure', () => {
    const rho = 7000;
    const balance = goalBalanceKcal({ type: 'lose', ratePct: 0.5, proteinGPerKg: 2 }, 80, rho);
    expect(balance * 7).toBeCloseTo(-0.4 * rho, 6);
    const plan = spreadWeek({ ...base, balanceKcal: Math.round(balance) });
    expect(Math.abs(sum(plan.days.map((d) => d.energyKcal)) - (plan.expenditureKcal - 0.4 * rho))).toBeLessThanOrEqual(40);
  });

  it('a harder planned day gets more carbohydrate than a rest day, and intervals more than easy running of the same length', () => {
    const plan = spreadWeek(base);
    const rest = plan.days[2];
    for (const i of [0, 1, 3, 4, 5]) expect(plan.days[i].carbsG).toBeGreaterThan(rest.carbsG);
    const same = spreadWeek({ ...base, days: days([[session('intervals', 50, 9, 'run')], [session('zone2', 50, 4, 'run')], [], [], [], [], []]) });
    expect(same.days[0].carbsG).toBeGreaterThan(same.days[1].carbsG);
    expect(plan.days[5].reason).toMatch(/^long run 90 min \(about [\d,]+ kcal\): \+\d+ g carbohydrate against a rest day/);
  });

  it('protein is the same every day (g/kg × weight), fat never under 20 % of a day’s energy', () => {
    for (const balanceKcal of [0, -500, 300]) {
      const plan = spreadWeek({ ...base, balanceKcal });
      expect(new Set(plan.days.map((d) => d.proteinG))).toEqual(new Set([144]));
      for (const d of plan.days) expect((d.fatG * 9) / d.energyKcal).toBeGreaterThanOrEqual(0.195);
    }
  });

  it('a decided number replaces expenditure + balance, spread the same way', () => {
    const plan = spreadWeek({ ...base, balanceKcal: -400, decidedKcal: 2500 });
    expect(Math.abs(sum(plan.days.map((d) => d.energyKcal)) - 7 * 2500)).toBeLessThanOrEqual(35);
    expect(plan.proposalKcalPerDay).toBe(Math.round(plan.expenditureKcal / 7 - 400));
  });

  it('refuses targets that cannot be eaten: no weight, non-positive energy, no room for carbohydrate', () => {
    expect(() => spreadWeek({ ...base, weightKg: 0 })).toThrow(/body weight/);
    expect(() => spreadWeek({ ...base, decidedKcal: -100 })).toThrow(/must be positive/);
    expect(() => spreadWeek({ ...base, decidedKcal: 900, proteinGPerKg: 3.5 })).toThrow(/cannot hold 280 g of protein/);
  });
});

describe('checking a goal', () => {
  const err = (f: () => unknown): TargetsError => {
    try {
      f();
    } catch (e) {
      return e as TargetsError;
    }
    throw new Error('no error');
  };

  it('warns above 0.7 %/wk with its source and refuses above 2 %/wk', () => {
    expect(checkGoal({ type: 'lose', ratePct: 0.5, proteinGPerKg: 2.2 })).toEqual([]);
    const [warning] = checkGoal({ type: 'lose', ratePct: 1, proteinGPerKg: 2.2 });
    expect(warning).toMatch(/faster than 0.7 %.*Garthe 2011/);
    expect(checkGoal({ type: 'gain', ratePct: 1, proteinGPerKg: 1.6 })[0]).toMatch(/most of the extra is fat.*Iraki/);
    const refused = err(() => checkGoal({ type: 'lose', ratePct: 2.5, proteinGPerKg: 2 }));
    expect(refused.field).toBe('ratePct');
    expect(refused.message).toMatch(/refused.*Garthe 2011/);
  });

  it('rejects a negative rate, a rate on maintain, and protein outside 0.8–3.5 g/kg', () => {
    expect(err(() => checkGoal({ type: 'lose', ratePct: -0.5, proteinGPerKg: 2 })).message).toMatch(/positive amount/);
    expect(err(() => checkGoal({ type: 'maintain', ratePct: 0.5, proteinGPerKg: 2 })).message).toMatch(/no rate/);
    expect(err(() => checkGoal({ type: 'gain', ratePct: 0.25, proteinGPerKg: 0.5 })).field).toBe('proteinGPerKg');
    expect(err(() => checkGoal({ type: 'gain', ratePct: 0.25, proteinGPerKg: 4 })).message).toMatch(/between 0.8 and 3.5/);
    expect(checkGoal({ type: 'maintain', ratePct: 0, proteinGPerKg: 1.2 })[0]).toMatch(/outside 1.6–2.2/);
  });
});

describe('the check-in’s review', () => {
  it('compares intake with the target, the trend with the goal and expenditure with the week before', () => {
    const r = reviewWeek({ goal: { type: 'lose', ratePct: 0.5, proteinGPerKg: 2 }, intake: [2400, null, 2600, 2500, null, null, 2500], targetKcal: 2300, trendStartKg: 80, trendEndKg: 79.6, expenditureKcal: 2850, previousExpenditureKcal: 2900 });
    expect(r).toMatchObject({ intakeKcal: 2500, completeDays: 4, trendChangeKg: -0.4, trendChangePct: -0.5, goalRatePct: -0.5, expenditureChangeKcal: -50 });
    expect(r.summary).toEqual([
      'Intake 2,500 kcal a day over 4 complete days against a target of 2,300 (+200 kcal).',
      'Trend weight −0.4 kg (−0.5 %) against the goal\'s −0.5 % a week.',
      'Estimated expenditure 2,850 kcal a day (−50 from the week before).',
    ]);
  });
});
