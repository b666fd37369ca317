// Seed-only bench suite: ten years of food diary on the shared 10-year database, from the synthetic
// history's intake (scripts/bench/synthetic.ts), so the report and the energy dashboard are measured
// on a diary like a real one. Everyday meals of real SR24 foods (a few entries a meal), some quick
// adds (with macros, and now and then energy only), ~5 % of days with nothing logged and ~3 %
// logged in part and marked incomplete.
//
// The rows are the ones `meal.add` writes (writeDiary below; a unit test holds it to `addEntry`).
import type { CoreContext } from '../../src/main/core/context';
import { ensureFoodDatabase } from '../../src/main/core/food/build';
import { listSlots, refreshUsage } from '../../src/main/core/diary/diary';
import { insertEntry, writeDayMark } from '../../src/main/core/diary/store';
import { getFood, measuresOf, per100gOf, resolveAmount, type Food } from '../../src/main/core/food/foods';
import { gaussian } from '../../src/main/core/demo/random';
import type { Measure } from '../../src/shared/contract/food';
import { scaleNutrients, type NutrientValues } from '../../src/shared/food/nutrients';
import { performance } from 'node:perf_hooks';
import type { SyntheticDay, SyntheticHistory } from './synthetic';
import type { BenchSuite } from './types';
import { solve3 } from '../../src/main/analysis/solve3';

type MealName = 'Breakfast' | 'Lunch' | 'Dinner' | 'Snacks';
interface Portion {
  id: string;
  grams: number;
}
export interface Per100 {
  kcal: number;
  p: number;
  f: number;
}
interface Quick {
  label: string;
  kcal: number;
  proteinG?: number;
  carbsG?: number;
  fatG?: number;
}

// SR24 numbers: oats, milk, eggs, whole-wheat bread, yogurt, blueberries, banana; rice, spaghetti,
// quinoa, black beans; salmon, potato, ground beef, sweet potato, broccoli; almonds, apple, peanut butter.
const BREAKFASTS: Portion[][] = [
  [{ id: '08120', grams: 80 }, { id: '01077', grams: 250 }],
  [{ id: '01123', grams: 150 }, { id: '18075', grams: 70 }],
  [{ id: '01117', grams: 245 }, { id: '09050', grams: 100 }],
  [{ id: '08120', grams: 80 }, { id: '09040', grams: 118 }],
];
const LUNCHES: Portion[][] = [[{ id: '20045', grams: 220 }], [{ id: '20121', grams: 250 }], [{ id: '20137', grams: 200 }, { id: '16015', grams: 100 }]];
const DINNERS: Portion[][] = [
  [{ id: '15237', grams: 150 }, { id: '11674', grams: 300 }],
  [{ id: '23573', grams: 120 }, { id: '20121', grams: 250 }],
  [{ id: '11508', grams: 300 }, { id: '01123', grams: 100 }],
  [{ id: '20045', grams: 250 }, { id: '11090', grams: 150 }],
];
const SNACKS: Portion[][] = [[{ id: '09040', grams: 118 }], [{ id: '12061', grams: 30 }], [{ id: '09003', grams: 180 }], [{ id: '16098', grams: 32 }]];
/** Solved per day with the portion factor: chicken in the lunch box (protein) and olive oil at dinner (fat). */
const CHICKEN = '05064';
const OIL = '04053';
const SHAKE: Quick = { label: 'Protein shake', kcal: 160, proteinG: 30, carbsG: 5, fatG: 2 };

export interface PlannedDay {
  meals: { meal: MealName; items: Portion[]; quick?: Quick }[];
  incomplete: boolean;
}

/**
 * One synthetic day's diary: the meals whose totals land on the day's intake, protein and fat
 * (portions scaled; chicken and oil solved), or null for a day with nothing logged.
 */
export function planDiaryDay(day: SyntheticDay, rand: () => number, per100: (id: string) => Per100): PlannedDay | null {
  if (rand() < 0.05) return null;
  const incomplete = rand() < 0.03;
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  // Protein drifts down in the cuts (the under-fuelling story), fat is about 28 % of energy.
  const gPerKg = (day.phase === 'cut' ? 1.6 : day.phase === 'bulk' ? 2.0 : 1.85) + gaussian(rand) * 0.12;
  const proteinG = day.trueWeightKg * gPerKg;
  const fatG = (day.intakeKcal * (0.28 + gaussian(rand) * 0.02)) / 9;
  const breakfast = pick(BREAKFASTS);
  const lunch = pick(LUNCHES);
  const dinner = pick(DINNERS);
  const snackQuick = rand() < 0.12 ? SHAKE : null;
  const snack = snackQuick ? [] : pick(SNACKS);
  // Now and then dinner is eaten out and logged as an energy-only quick add (macros unknown).
  const dinnerOut: Quick | null = rand() < 0.02 ? { label: 'Restaurant dinner', kcal: Math.round(800 + rand() * 500) } : null;

  const quickKcal = (snackQuick?.kcal ?? 0) + (dinnerOut?.kcal ?? 0);
  const quickP = snackQuick?.proteinG ?? 0;
  const quickF = snackQuick?.fatG ?? 0;
  const scaled = [...breakfast, ...lunch, ...(dinnerOut ? [] : dinner), ...snack];
  const fixed = { kcal: 0, p: 0, f: 0 };
  for (const it of scaled) {
    const v = per100(it.id);
    fixed.kcal += (v.kcal * it.grams) / 100;
    fixed.p += (v.p * it.grams) / 100;
    fixed.f += (v.f * it.grams) / 100;
  }
  const c = per100(CHICKEN);
  const o = per100(OIL);
  const x = solve3(
    [
      [fixed.kcal, c.kcal / 100, o.kcal / 100],
      [fixed.p, c.p / 100, o.p / 100],
      [fixed.f, c.f / 100, o.f / 100],
    ],
    [day.intakeKcal - quickKcal, proteinG - quickP, fatG - quickF],
  );
  // Out of reach with these meals (e.g. a very low day): scale the portions to the energy alone.
  const plan =
    x && x[0] >= 0.4 && x[0] <= 3 && x[1] >= 0 && x[1] <= 600 && x[2] >= 0
      ? { scale: x[0], chicken: x[1], oil: x[2] }
      : { scale: Math.max(0.3, (day.intakeKcal - quickKcal) / fixed.kcal), chicken: 0, oil: 0 };
  const portion = (items: Portion[]) => items.map((it) => ({ id: it.id, grams: Math.max(5, Math.round(it.grams * plan.scale)) }));
  const extra = (id: string, grams: number): Portion[] => (Math.round(grams) >= 1 ? [{ id, grams: Math.round(grams) }] : []);
  const meals: PlannedDay['meals'] = [
    { meal: 'Breakfast', items: portion(breakfast) },
    { meal: 'Lunch', items: [...portion(lunch), ...extra(CHICKEN, plan.chicken)] },
    dinnerOut ? { meal: 'Dinner', items: [], quick: dinnerOut } : { meal: 'Dinner', items: [...portion(dinner), ...extra(OIL, plan.oil)] },
    snackQuick ? { meal: 'Snacks', items: [], quick: snackQuick } : { meal: 'Snacks', items: portion(snack) },
  ];
  // An incomplete day: the first two meals were logged, the rest forgotten.
  return { meals: incomplete ? meals.slice(0, 2) : meals, incomplete };
}

/** The whole diary, day by day (null = nothing logged that day). Deterministic. */
export function planDiary(history: SyntheticHistory, per100: (id: string) => Per100): { date: string; plan: PlannedDay | null }[] {
  const rand = history.random('food-diary');
  return history.days.map((day) => ({ date: day.date, plan: planDiaryDay(day, rand, per100) }));
}

/** Per-100 g energy, protein and fat of an SR24 food, as the food domain reads it. */
export function per100Reader(ctx: CoreContext): (id: string) => Per100 {
  const cache = new Map<string, Per100>();
  return (id) => {
    let v = cache.get(id);
    if (!v) {
      const n = per100gOf(ctx.db, getFood(ctx.db, id));
      v = { kcal: n.energyKcal ?? 0, p: n.proteinG ?? 0, f: n.fatG ?? 0 };
      cache.set(id, v);
    }
    return v;
  };
}

/**
 * Writes the planned diary through the diary's store in the caller's transaction: the rows
 * `addEntry` and `setComplete` write (same snapshot, position, name and usage rules, checked
 * against them by tests/unit/bench-seed.test.ts), without resolving each food and meal again.
 */
export function writeDiary(ctx: CoreContext, planned: { date: string; plan: PlannedDay | null }[]): { entries: number; days: number } {
  const db = ctx.db;
  const createdAt = ctx.now().toISOString();
  const slotId = new Map(listSlots(db).map((s) => [s.name, s.id]));
  const foods = new Map<string, { food: Food; measures: Measure[]; per100g: NutrientValues }>();
  const foodOf = (ref: string) => {
    let f = foods.get(ref);
    if (!f) {
      const food = getFood(db, ref, 'food.id');
      f = { food, measures: measuresOf(db, food.id), per100g: per100gOf(db, food) };
      foods.set(ref, f);
    }
    return f;
  };
  let entries = 0;
  let days = 0;
  for (const { date, plan } of planned) {
    if (!plan) continue;
    days += 1;
    for (const m of plan.meals) {
      const slot = slotId.get(m.meal)!;
      const none = { grams: null, qty: null, unit: null, unitGrams: null, per100g: null };
      if (m.quick) {
        const q = m.quick;
        const totals: NutrientValues = { energyKcal: q.kcal };
        if (q.proteinG != null) totals.proteinG = q.proteinG;
        if (q.carbsG != null) totals.carbsG = q.carbsG;
        if (q.fatG != null) totals.fatG = q.fatG;
        insertEntry(db, { date, slotId: slot, kind: 'quick', food: null, name: q.label.trim() || 'Quick add', ...none, totals, createdAt });
        entries += 1;
      }
      for (const it of m.items) {
        const { food, measures, per100g } = foodOf(it.id);
        const amount = resolveAmount(measures, it.grams, 'g');
        const name = food.brand ? `${food.name} (${food.brand})` : food.name;
        insertEntry(db, { date, slotId: slot, kind: 'food', food, name, ...amount, per100g, totals: scaleNutrients(per100g, amount.grams), createdAt });
        entries += 1;
      }
    }
    if (plan.incomplete) writeDayMark(db, date, 0, 0);
  }
  // Recent and frequent foods, as the incremental updates of each addEntry would have left them.
  for (const { food } of foods.values()) refreshUsage(db, food.id);
  return { entries, days };
}

export function seedFoodDiary(ctx: CoreContext, history: SyntheticHistory): { entries: number; days: number } {
  // The SR24 tables must exist before a food can be logged (meal.add builds them the same way).
  ensureFoodDatabase(ctx);
  return writeDiary(ctx, planDiary(history, per100Reader(ctx)));
}

/** Seeds only: the figures on this diary are measured by the core (report) and energy suites. */
export const seedFoodSuite: BenchSuite = {
  name: 'seed-food',
  seed: (ctx, history) => {
    const t0 = performance.now();
    const { entries, days } = seedFoodDiary(ctx, history);
    console.log(`  seed-food: ${entries} diary entries on ${days} of ${history.days.length} days (${Math.round(performance.now() - t0)} ms)`);
  },
  run: () => [],
};
