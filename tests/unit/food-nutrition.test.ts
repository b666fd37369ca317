import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_TARGETS, macroTargets } from '../../src/main/analysis/nutritionTargets';
import type { CoreContext } from '../../src/main/core/context';
import { call, dispatch } from '../../src/main/core/dispatch';
import { weightSeries } from '../../src/main/core/handlers/weight';
import { targetWeight } from '../../src/main/core/handlers/diary';
import { addDays } from '../../src/shared/dates';
import { foodTestContext } from './food-helpers';

describe('macroTargets (pure)', () => {
  it('gives protein 1.6–2.2 g/kg (Morton 2018): 80 kg → 128–176 g (science.md §4)', () => {
    const t = macroTargets(DEFAULT_TARGETS, 80);
    expect(t.proteinG).toMatchObject({ min: 128, max: 176 });
    expect(t.proteinG!.source).toMatch(/Morton/);
    expect(t.carbsG).toMatchObject({ min: 400, max: 560 });
    expect(t.fatG).toBeNull(); // needs an energy target
  });

  it('gives fat 20–35 % of the energy target at 9 kcal/g', () => {
    const t = macroTargets({ ...DEFAULT_TARGETS, energyKcal: 2700 }, null);
    expect(t.fatG).toMatchObject({ min: 60, max: 105 });
    expect(t.proteinG).toBeNull(); // needs a body weight
  });
});

const TODAY = '2026-11-26';
let ctx: CoreContext;
beforeEach(() => {
  ctx = foodTestContext(TODAY);
});
afterEach(() => ctx.db.close());

describe('nutrition.day', () => {
  it('uses the weight trend for per-kg targets and sums micronutrients against FDA 2016 daily values', () => {
    call(ctx, 'weight.add', { date: '2026-11-20', weightKg: 80 });
    call(ctx, 'meal.add', { date: TODAY, meal: 'Lunch', food: { id: '05064', qty: 200, unit: 'g' } });
    call(ctx, 'meal.add', { date: TODAY, meal: 'Snacks', quick: { kcal: 100 } });
    const d = call(ctx, 'nutrition.day', { date: TODAY });
    expect(d.weightKg).toBe(80);
    expect(d.weightBasis).toBe('trend');
    expect(d.targets.proteinG).toMatchObject({ min: 128, max: 176 });
    expect(d.totals).toMatchObject({ kcal: 430, proteinG: 62.04 });
    const iron = d.nutrients.find((n) => n.key === 'ironMg')!;
    expect(iron.amount).toBe(2.08); // 1.04 mg/100 g × 2
    expect(iron.entriesWithout).toBe(1); // the quick add
    expect(iron.percentDv).toBe(11.6); // of 18 mg
    const vitA = d.nutrients.find((n) => n.key === 'vitaminAIu')!;
    expect(vitA.percentDv).toBeNull();
    expect(vitA.dvNote).toMatch(/IU/);
    expect(d.dailyValuesSource).toMatch(/FDA 2016/);
    expect(d.nutrients.find((n) => n.key === 'vitaminDUg')!.amount).toBe(0.25); // 5 IU/100 g → 0.125 µg
  });

  it('has no per-kg targets before any weigh-in and applies targets the user sets', () => {
    expect(call(ctx, 'nutrition.day', { date: TODAY }).targets.proteinG).toBeNull();
    call(ctx, 'nutrition.setTargets', { energyKcal: 2500, proteinGPerKg: { min: 1.8, max: 2.0 } });
    call(ctx, 'weight.add', { date: TODAY, weightKg: 70 });
    const t = call(ctx, 'nutrition.day', { date: TODAY }).targets;
    expect(t).toMatchObject({ energyKcal: 2500, proteinG: { min: 126, max: 140 }, fatG: { min: 55.6, max: 97.2 } });
    expect(dispatch(ctx, 'nutrition.setTargets', { energyKcal: 100 })).toMatchObject({ ok: false, error: { field: 'energyKcal', message: expect.stringMatching(/between 800 and 8000/) } });
    expect(dispatch(ctx, 'nutrition.setTargets', { proteinGPerKg: { min: 3, max: 2 } })).toMatchObject({ ok: false, error: { field: 'proteinGPerKg' } });
  });

  it('takes the same weight trend as the full history (a 150-day window is enough)', () => {
    // Two years of weigh-ins with gaps, drifting from 90 to 75 kg.
    for (let i = 0; i < 730; i += 1 + (i % 5)) call(ctx, 'weight.add', { date: addDays(TODAY, -i), weightKg: 75 + (15 * i) / 730 + ((i * 7) % 3) * 0.3 });
    for (const date of [TODAY, addDays(TODAY, -200), addDays(TODAY, -400)]) {
      const full = weightSeries(ctx.db, date, date)[0].trendKg!;
      expect(targetWeight(ctx, date).weightKg).toBe(Math.round(full * 10) / 10);
    }
  });
});
