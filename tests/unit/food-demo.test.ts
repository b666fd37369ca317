import { describe, expect, it } from 'vitest';
import { call } from '../../src/main/core/dispatch';
import { dailyIntake } from '../../src/main/core/diary/daily';
import { demoScenario } from '../../src/main/core/demo/scenario';
import { foodTestContext } from './food-helpers';

describe('food demo', () => {
  it('logs realistic SR24 meals whose daily totals match the scenario, and nothing on unlogged days', () => {
    const ctx = foodTestContext('2026-11-26');
    call(ctx, 'demo.load', {});
    const scenario = demoScenario('2026-11-26');
    const intake = dailyIntake(ctx.db, scenario[0].date, scenario[scenario.length - 1].date);
    expect(scenario.some((d) => !d.logged)).toBe(true);
    const today = scenario.length - 1;
    expect(scenario[today].logged).toBe(true);
    scenario.forEach((d, i) => {
      const got = intake[i];
      if (!d.logged) {
        expect(got.intakeKcal, d.date).toBeNull();
        return;
      }
      if (i === today) {
        // A day in progress: breakfast only, well under the day's planned intake.
        expect(got.intakeKcal!).toBeLessThan(d.intakeKcal / 2);
        return;
      }
      expect(Math.abs(got.intakeKcal! - d.intakeKcal) / d.intakeKcal, `${d.date} kcal ${got.intakeKcal} vs ${d.intakeKcal}`).toBeLessThan(0.01);
      expect(Math.abs(got.proteinG! - d.proteinG) / d.proteinG, `${d.date} protein`).toBeLessThan(0.03);
      expect(Math.abs(got.fatG! - d.fatG) / d.fatG, `${d.date} fat`).toBeLessThan(0.03);
      expect(Math.abs(got.carbsG! - d.carbsG) / d.carbsG, `${d.date} carbs`).toBeLessThan(0.1);
    });
    const now = call(ctx, 'meal.list', { date: scenario[today].date });
    expect(now.meals.filter((m) => m.entries.length > 0).map((m) => m.name)).toEqual(['Breakfast']);
    const day = call(ctx, 'meal.list', { date: scenario.find((d) => d.logged)!.date });
    expect(day.meals.every((m) => m.entries.length > 0)).toBe(true);
    expect(day.meals.flatMap((m) => m.entries).every((e) => e.source === 'usda-sr24')).toBe(true);
    ctx.db.close();
  });
});
