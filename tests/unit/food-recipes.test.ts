import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../src/main/core/context';
import { call, dispatch } from '../../src/main/core/dispatch';
import { foodTestContext, snapshotTables } from './food-helpers';

const TODAY = '2026-11-26';
let ctx: CoreContext;
beforeEach(() => {
  ctx = foodTestContext(TODAY);
});
afterEach(() => ctx.db.close());

function rejects(method: string, input: unknown, code: string, message: RegExp, field?: string): void {
  const before = snapshotTables(ctx.db);
  const r = dispatch(ctx, method, input);
  expect(r.ok, JSON.stringify(r)).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe(code);
  expect(r.error.message).toMatch(message);
  if (field) expect(r.error.field).toBe(field);
  expect(snapshotTables(ctx.db)).toEqual(before);
}

// 100 g dry oats (08120: 379 kcal, 13.15 g protein /100 g) + 244 g whole milk (01077: 61 kcal,
// 3.15 g protein /100 g) + 118 g banana (09040: 89 kcal, 1.09 g protein /100 g), 2 servings.
const PORRIDGE = {
  name: 'Porridge',
  servings: 2,
  ingredients: [
    { foodId: '08120', qty: 100, unit: 'g' },
    { foodId: '01077', qty: 1, unit: 'cup' },
    { foodId: '09040', qty: 118, unit: 'g' },
  ],
};
const PORRIDGE_KCAL = 379 + 61 * 2.44 + 89 * 1.18;
const PORRIDGE_PROTEIN = 13.15 + 3.15 * 2.44 + 1.09 * 1.18;

describe('recipes', () => {
  it('computes nutrients per serving from the ingredients and logs by servings', () => {
    const r = call(ctx, 'recipe.create', PORRIDGE);
    expect(r.id).toMatch(/^r\d+$/);
    expect(r.recipe!.totalGrams).toBe(462);
    expect(r.recipe!.servingGrams).toBe(231);
    expect(r.kcalPer100g).toBeCloseTo((PORRIDGE_KCAL / 462) * 100, 6);
    expect(r.measures.map((m) => [m.name, m.grams])).toEqual([
      ['serving', 231],
      ['whole recipe', 462],
    ]);
    const e = call(ctx, 'meal.add', { date: TODAY, meal: 'Breakfast', food: { id: r.id, qty: 1, unit: 'serving' } });
    expect(e.kcal).toBeCloseTo(PORRIDGE_KCAL / 2, 6);
    expect(e.proteinG).toBeCloseTo(PORRIDGE_PROTEIN / 2, 6);
    expect(call(ctx, 'food.search', { query: 'porridge' }).results[0]).toMatchObject({ id: r.id, source: 'recipe' });
  });

  it('uses the cooked weight for per-100 g values when given, and servings are unchanged by it', () => {
    const r = call(ctx, 'recipe.create', { ...PORRIDGE, cookedWeightG: 700 });
    expect(r.kcalPer100g).toBeCloseTo((PORRIDGE_KCAL / 700) * 100, 6);
    expect(r.recipe!.servingGrams).toBe(350);
    const e = call(ctx, 'meal.add', { date: TODAY, meal: 'Breakfast', food: { id: r.id, qty: 1, unit: 'serving' } });
    expect(e.kcal).toBeCloseTo(PORRIDGE_KCAL / 2, 6);
  });

  it('editing a recipe never changes what was already logged', () => {
    const r = call(ctx, 'recipe.create', PORRIDGE);
    const before = call(ctx, 'meal.add', { date: TODAY, meal: 'Breakfast', food: { id: r.id, qty: 1, unit: 'serving' } });
    const edited = call(ctx, 'recipe.update', { id: r.id, servings: 4, ingredients: [{ foodId: '08120', qty: 200, unit: 'g' }] });
    expect(edited.recipe!.ingredients).toHaveLength(1);
    expect(edited.kcalPer100g).toBe(379);
    const entry = call(ctx, 'meal.list', { date: TODAY }).meals[0].entries[0];
    expect(entry.kcal).toBe(before.kcal);
    expect(entry.proteinG).toBe(before.proteinG);
  });

  it('follows an edited custom-food ingredient (recipes are live, entries are snapshots)', () => {
    const whey = call(ctx, 'customFood.create', { name: 'Whey', basis: '100g', nutrients: { energyKcal: 400, proteinG: 80, carbsG: 8, fatG: 6 } });
    const shake = call(ctx, 'recipe.create', { name: 'Shake', servings: 1, ingredients: [{ foodId: whey.id, qty: 30, unit: 'g' }, { foodId: '01077', qty: 250, unit: 'g' }] });
    const kcal = (30 * 4 + 250 * 0.61) / 280 * 100;
    expect(shake.kcalPer100g).toBeCloseTo(kcal, 6);
    call(ctx, 'customFood.update', { id: whey.id, name: 'Whey', basis: '100g', nutrients: { energyKcal: 370, proteinG: 75, carbsG: 8, fatG: 6 } });
    expect(call(ctx, 'food.get', { id: shake.id }).kcalPer100g).toBeCloseTo((30 * 3.7 + 250 * 0.61) / 280 * 100, 6);
  });

  it('a nutrient is unknown in the recipe when any ingredient lacks it', () => {
    const mystery = call(ctx, 'customFood.create', { name: 'Mystery sauce', basis: '100g', nutrients: { energyKcal: 100 } });
    const r = call(ctx, 'recipe.create', { name: 'Chicken with sauce', servings: 1, ingredients: [{ foodId: '05064', qty: 150, unit: 'g' }, { foodId: mystery.id, qty: 50, unit: 'g' }] });
    expect(r.kcalPer100g).toBeCloseTo((165 * 1.5 + 50) / 2, 6);
    expect(r.proteinPer100g).toBeNull();
    expect(r.nutrientsPer100g.proteinG).toBeUndefined();
  });

  it('refuses a recipe without ingredients, with an empty name, or with an unknown ingredient', () => {
    rejects('recipe.create', { name: 'Nothing', servings: 1, ingredients: [] }, 'invalid_input', /at least one ingredient/, 'ingredients');
    rejects('recipe.create', { ...PORRIDGE, name: '   ' }, 'invalid_input', /name must not be empty/, 'name');
    rejects('recipe.create', { ...PORRIDGE, servings: 0 }, 'invalid_input', /servings must be more than 0/, 'servings');
    rejects(
      'recipe.create',
      { name: 'X', servings: 1, ingredients: [{ foodId: '08120', qty: 10, unit: 'g' }, { foodId: '99998', qty: 10, unit: 'g' }] },
      'not_found',
      /No food in USDA SR24 with id "99998"/,
      'ingredients.1.foodId',
    );
    rejects('recipe.create', { name: 'X', servings: 1, ingredients: [{ foodId: '08120', qty: -1, unit: 'g' }] }, 'invalid_input', /more than 0/, 'ingredients.0.qty');
  });

  it('refuses a recipe that contains itself, directly or through another recipe', () => {
    const a = call(ctx, 'recipe.create', { name: 'Base', servings: 1, ingredients: [{ foodId: '08120', qty: 50, unit: 'g' }] });
    const b = call(ctx, 'recipe.create', { name: 'Bowl', servings: 1, ingredients: [{ foodId: a.id, qty: 1, unit: 'serving' }] });
    rejects('recipe.update', { id: a.id, ingredients: [{ foodId: a.id, qty: 1, unit: 'serving' }] }, 'invalid_input', /cannot contain itself/, 'ingredients.0.foodId');
    rejects('recipe.update', { id: a.id, ingredients: [{ foodId: '08120', qty: 50, unit: 'g' }, { foodId: b.id, qty: 1, unit: 'serving' }] }, 'invalid_input', /"Bowl" .* contains this recipe/, 'ingredients.1.foodId');
    // Nesting without a cycle is fine.
    expect(call(ctx, 'food.get', { id: b.id }).kcalPer100g).toBe(379);
  });

  it('refuses to edit a recipe through customFood.update and vice versa', () => {
    const r = call(ctx, 'recipe.create', PORRIDGE);
    rejects('customFood.update', { id: r.id, name: 'x', basis: '100g', nutrients: { energyKcal: 1 } }, 'invalid_input', /is a recipe, not a custom food/, 'id');
    rejects('recipe.update', { id: '05064', name: 'x' }, 'invalid_input', /is a USDA SR24 food, not a recipe/, 'id');
  });
});

describe('custom foods', () => {
  it('stores per-serving values as per 100 g and keeps several serving sizes', () => {
    const f = call(ctx, 'customFood.create', {
      name: 'Protein powder',
      brand: 'Acme',
      basis: 'serving',
      serving: { name: 'scoop', grams: 30 },
      servings: [{ name: 'half scoop', grams: 15 }, { name: 'tbsp', grams: 8 }],
      nutrients: { energyKcal: 120, proteinG: 24, carbsG: 3, fatG: 1.5, sodiumMg: 50 },
    });
    expect(f).toMatchObject({ source: 'custom', brand: 'Acme', kcalPer100g: 400, proteinPer100g: 80 });
    expect(f.nutrientsPer100g.sodiumMg).toBeCloseTo(166.666666667, 6);
    expect(f.nutrientsPer100g.fiberG).toBeUndefined(); // not entered = unknown
    expect(f.measures.map((m) => [m.name, m.grams])).toEqual([
      ['scoop', 30],
      ['half scoop', 15],
      ['tbsp', 8],
    ]);
    expect(f.custom).toMatchObject({ basis: 'serving', basisServing: { name: 'scoop', grams: 30 }, entered: { energyKcal: 120 } });
    expect(call(ctx, 'meal.add', { date: TODAY, meal: 'Snacks', food: { id: f.id, qty: 2, unit: 'scoop' } })).toMatchObject({ kcal: 240, proteinG: 48 });
    expect(call(ctx, 'food.search', { query: 'acme' }).results[0].id).toBe(f.id);
    expect(call(ctx, 'customFood.list', {}).map((x) => x.id)).toEqual([f.id]);
  });

  it('ids never collide: c and r ids count up and are never reused', () => {
    const a = call(ctx, 'customFood.create', { name: 'A', basis: '100g', nutrients: { energyKcal: 1 } });
    const r = call(ctx, 'recipe.create', { name: 'R', servings: 1, ingredients: [{ foodId: a.id, qty: 10, unit: 'g' }] });
    call(ctx, 'food.delete', { id: a.id });
    const b = call(ctx, 'customFood.create', { name: 'B', basis: '100g', nutrients: { energyKcal: 1 } });
    expect([a.id, r.id, b.id]).toEqual(['c1', 'r2', 'c3']);
  });

  it('refuses impossible or incomplete custom foods, writing nothing', () => {
    rejects('customFood.create', { name: '', basis: '100g', nutrients: { energyKcal: 100 } }, 'invalid_input', /name must not be empty/, 'name');
    rejects('customFood.create', { name: 'X', basis: '100g', nutrients: { proteinG: 10 } }, 'invalid_input', /energy \(kcal\) is required/, 'nutrients.energyKcal');
    rejects('customFood.create', { name: 'X', basis: 'serving', nutrients: { energyKcal: 100 } }, 'invalid_input', /serving .* is required/, 'serving');
    rejects('customFood.create', { name: 'X', basis: '100g', nutrients: { energyKcal: 100, proteinG: -1 } }, 'invalid_input', /protein cannot be negative/, 'nutrients.proteinG');
    rejects('customFood.create', { name: 'X', basis: '100g', nutrients: { energyKcal: 100, proteinG: 60, fatG: 60 } }, 'invalid_input', /add up to 120 g per 100 g/, 'nutrients');
    rejects('customFood.create', { name: 'X', basis: 'serving', serving: { name: 'bar', grams: 10 }, nutrients: { energyKcal: 200 } }, 'invalid_input', /2000 kcal per 100 g/, 'nutrients.energyKcal');
    rejects('customFood.create', { name: 'X', basis: '100g', nutrients: { energyKcal: 100, vitaminZ: 1 } }, 'invalid_input', /Unknown field: vitaminZ/);
    rejects('food.delete', { id: '05064' }, 'invalid_input', /only your own custom foods and recipes/);
  });
});
