// Foods as the handlers see them: look-up by public id, details, amounts → grams, and the user's
// custom foods and recipes (nutrients per 100 g are computed once, when they are saved).
import type Database from 'better-sqlite3';
import type { FoodDetail, Measure } from '../../../shared/contract/food';
import { NUTRIENTS, cleanNumber, type NutrientValues } from '../../../shared/food/nutrients';
import { G_PER_OZ, KG_PER_LB } from '../../../shared/units';
import { AppError, invalid } from '../../errors';
import { indexUserFood } from './searchText';
import {
  foodById,
  foodByRef,
  foodNutrients,
  ingredientsOf,
  maxFoodId,
  measuresOf,
  recipeInfo,
  recipesUsing,
  updateRecipeNutrients,
  usageOf,
  writeArchived,
  writeCustomFood,
  writeRecipe,
  type Food,
  type Ingredient,
} from './store/foods';
import { staticPrior } from './ranking';
import { decodeTerms, encodeTerms } from './text';

export type { Food } from './store/foods';
export { measuresOf } from './store/foods';

/** Custom foods and recipes count up from here, so they never meet an SR24 number. */
export const USER_FOOD_BASE = 1_000_000;

/** A food by public id; unknown ids are a not_found error naming the id. */
export function getFood(db: Database.Database, ref: string, field = 'id'): Food {
  const food = foodByRef(db, ref);
  if (!food) {
    const what = ref.startsWith('c') ? 'custom food' : ref.startsWith('r') ? 'recipe' : 'food in USDA SR24';
    throw new AppError('not_found', `No ${what} with id "${ref}".`, field);
  }
  return food;
}

/** A food's nutrients per 100 g ({} for a food that is gone). */
export const per100gOf = (db: Database.Database, food: Pick<Food, 'id'>): NutrientValues => foodNutrients(db, food.id).per100g;

// ---- amounts ----

const WEIGHT_UNITS: Record<string, { unit: string; grams: number }> = {
  g: { unit: 'g', grams: 1 },
  gram: { unit: 'g', grams: 1 },
  grams: { unit: 'g', grams: 1 },
  kg: { unit: 'kg', grams: 1000 },
  oz: { unit: 'oz', grams: G_PER_OZ },
  ounce: { unit: 'oz', grams: G_PER_OZ },
  ounces: { unit: 'oz', grams: G_PER_OZ },
  lb: { unit: 'lb', grams: KG_PER_LB * 1000 },
  lbs: { unit: 'lb', grams: KG_PER_LB * 1000 },
  pound: { unit: 'lb', grams: KG_PER_LB * 1000 },
  pounds: { unit: 'lb', grams: KG_PER_LB * 1000 },
};

export interface ResolvedAmount {
  grams: number;
  qty: number;
  /** 'g', 'oz', 'lb', 'kg' or the measure's name. */
  unit: string;
  /** Grams of one unit. */
  unitGrams: number;
}

/**
 * A measure by name: case-insensitive, exactly or by a unique prefix. SR24 sometimes lists one name
 * twice (1 cup = 246 g and 0.5 cup = 124 g); an exact name then means the first one listed with
 * amount 1, else the first listed.
 */
function findMeasure(measures: Measure[], name: string, field = 'unit'): Measure {
  const want = name.trim().toLowerCase();
  const exact = measures.filter((m) => m.name.toLowerCase() === want);
  if (exact.length) return exact.find((m) => m.amount === 1) ?? exact[0];
  const prefixed = measures.filter((m) => m.name.toLowerCase().startsWith(want));
  const names = [...new Set(prefixed.map((m) => m.name))];
  if (names.length === 1) return prefixed.find((m) => m.amount === 1) ?? prefixed[0];
  if (names.length > 1) {
    throw invalid(field, `"${name}" matches several measures: ${names.map((n) => `"${n}"`).join(', ')}. Type more of the name.`);
  }
  const available = [...new Set(measures.map((m) => m.name))];
  throw invalid(
    field,
    `"${name}" is not a unit of this food. Use g, oz, lb or kg${available.length ? `, or one of its measures: ${available.map((n) => `"${n}"`).join(', ')}` : ' (it has no household measures)'}.`,
  );
}

export function resolveAmount(measures: Measure[], qty: number, unit: string, measureId?: number, field = 'unit'): ResolvedAmount {
  if (!(qty > 0) || !Number.isFinite(qty)) throw invalid('qty', 'The amount must be a number above 0.');
  if (measureId !== undefined) {
    const m = measures.find((x) => x.id === measureId);
    if (!m) throw invalid('measureId', `Measure ${measureId} does not belong to this food.`);
    return { grams: cleanNumber(qty * m.grams), qty, unit: m.name, unitGrams: m.grams };
  }
  const w = WEIGHT_UNITS[unit.trim().toLowerCase()];
  if (w) return { grams: cleanNumber(qty * w.grams), qty, unit: w.unit, unitGrams: w.grams };
  const m = findMeasure(measures, unit, field);
  return { grams: cleanNumber(qty * m.grams), qty, unit: m.name, unitGrams: m.grams };
}

/** Above this one entry needs an explicit confirm (a typo like 2000 instead of 200 g is common). */
const CONFIRM_ABOVE_G = 5000;
/** Above this an amount is refused outright. */
const MAX_ENTRY_G = 50_000;

export function checkAmount(grams: number, foodName: string, confirm: boolean | undefined): void {
  if (grams > MAX_ENTRY_G) throw invalid('qty', `${cleanNumber(grams / 1000)} kg of ${foodName} in one entry is more than the ${MAX_ENTRY_G / 1000} kg limit.`);
  if (grams > CONFIRM_ABOVE_G && !confirm) {
    throw new AppError(
      'needs_confirmation',
      `That is ${Math.round(grams) / 1000} kg of ${foodName} in one entry; over ${CONFIRM_ABOVE_G / 1000} kg needs a confirmation that the amount is right.`,
      'confirm',
    );
  }
}

// ---- details ----

export function foodDetail(db: Database.Database, food: Food): FoodDetail {
  const usage = usageOf(db, food.id);
  const measures = measuresOf(db, food.id);
  const { per100g, entered } = foodNutrients(db, food.id);
  let recipe: FoodDetail['recipe'] = null;
  if (food.source === 'recipe') {
    const r = recipeInfo(db, food.id);
    const ingredients = ingredientsOf(db, food.id).map((i) => {
      const f = foodById(db, i.foodId);
      return {
        foodId: f?.ref ?? String(i.foodId),
        name: f?.name ?? '(food no longer available)',
        qty: i.qty,
        unit: i.unit,
        grams: i.grams,
        kcal: f?.kcal == null ? null : cleanNumber((f.kcal * i.grams) / 100),
      };
    });
    const totalGrams = r.cookedWeightG ?? ingredients.reduce((s, i) => s + i.grams, 0);
    recipe = { servings: r.servings, cookedWeightG: r.cookedWeightG, totalGrams: cleanNumber(totalGrams), servingGrams: cleanNumber(totalGrams / r.servings), ingredients };
  }
  return {
    id: food.ref,
    name: food.name,
    source: food.source,
    brand: food.brand,
    deprecated: food.deprecated,
    archived: food.archived,
    kcalPer100g: food.kcal,
    proteinPer100g: food.proteinG,
    carbsPer100g: food.carbsG,
    fatPer100g: food.fatG,
    measures,
    usage: usage ? { uses: usage.uses, lastDate: usage.lastDate, lastQty: usage.lastQty, lastUnit: usage.lastUnit } : null,
    nutrientsPer100g: per100g,
    custom:
      food.source === 'custom'
        ? {
            basis: food.basis ?? '100g',
            basisServing: food.basis === 'serving' && measures[0] ? { name: measures[0].name, grams: measures[0].grams } : null,
            entered: entered ?? per100g,
          }
        : null,
    recipe,
  };
}

// ---- writing custom foods and recipes ----

const nextUserFoodId = (db: Database.Database): number => Math.max(maxFoodId(db) + 1, USER_FOOD_BASE + 1);

/** The stored search terms of one of the user's foods: its name and brand (search.ts indexes them). */
function searchTerms(name: string, brand: string | null): string {
  return encodeTerms(brand ? `${name}, ${brand}` : name);
}

/** The static ranking of one of the user's foods (ranking.ts). */
function userPrior(id: number, source: 'custom' | 'recipe', terms: string, per100g: NutrientValues, measures: number): number {
  return staticPrior({ id, name: '', source, deprecated: false, terms: decodeTerms(terms).terms, hasEnergy: per100g.energyKcal !== undefined, knownNutrients: Object.keys(per100g).length, measures });
}

/** Sanity checks on per-100 g values: physics, not taste. */
function checkPer100g(per100g: NutrientValues): void {
  const kcal = per100g.energyKcal;
  // Pure fat is ~900 kcal per 100 g; allow a little rounding on labels.
  if (kcal !== undefined && kcal > 950) throw invalid('nutrients.energyKcal', `Energy works out at ${Math.round(kcal)} kcal per 100 g; nothing edible has more than about 900 (pure fat). Check the serving weight.`);
  const mass = (per100g.proteinG ?? 0) + (per100g.carbsG ?? 0) + (per100g.fatG ?? 0);
  if (mass > 105) throw invalid('nutrients', `Protein, carbohydrate and fat add up to ${Math.round(mass)} g per 100 g of food, which is impossible. Check the amounts and the serving weight.`);
}

export interface CustomFoodInput {
  name: string;
  brand?: string | null;
  basis: '100g' | 'serving';
  serving?: { name: string; grams: number } | null;
  servings?: { name: string; grams: number }[];
  nutrients: Record<string, number | undefined>;
}

export function saveCustomFood(db: Database.Database, input: CustomFoodInput, now: string, existing?: Food): Food {
  const entered: NutrientValues = {};
  for (const n of NUTRIENTS) {
    const v = input.nutrients[n.key];
    if (v !== undefined) entered[n.key] = v;
  }
  let factor = 1;
  const measures: { name: string; grams: number }[] = [];
  if (input.basis === 'serving') {
    if (!input.serving) throw invalid('serving', 'Nutrients are per serving, so the serving (its name and weight in grams) is required.');
    factor = 100 / input.serving.grams;
    measures.push(input.serving);
  } else if (input.serving) {
    measures.push(input.serving);
  }
  for (const s of input.servings ?? []) {
    if (!measures.some((m) => m.name.toLowerCase() === s.name.toLowerCase())) measures.push(s);
  }
  const per100g: NutrientValues = {};
  for (const k in entered) per100g[k] = cleanNumber(entered[k] * factor);
  checkPer100g(per100g);
  const brand = input.brand?.trim() || null;

  const id = existing?.id ?? nextUserFoodId(db);
  const ref = existing?.ref ?? `c${id - USER_FOOD_BASE}`;
  const terms = searchTerms(input.name, brand);
  const prior = userPrior(id, 'custom', terms, per100g, measures.length);
  writeCustomFood(db, id, ref, { name: input.name, brand, per100g, measures, terms, prior, basis: input.basis, basisGrams: input.serving?.grams ?? null, entered }, now, !!existing);
  recomputeRecipesUsing(db, id, now);
  indexUserFood(db, id);
  return foodById(db, id)!;
}

/**
 * Per-100 g nutrients of a recipe from its ingredients. A nutrient is known only if every
 * ingredient gives it: a partial sum would pass an underestimate off as the recipe's value.
 */
function recipeNutrients(db: Database.Database, ingredients: Ingredient[], cookedWeightG: number | null): { per100g: NutrientValues; totalGrams: number } {
  const rawGrams = ingredients.reduce((s, i) => s + i.grams, 0);
  const totalGrams = cookedWeightG ?? rawGrams;
  const sums: NutrientValues = {};
  const missing = new Set<string>();
  for (const ing of ingredients) {
    const v = foodNutrients(db, ing.foodId).per100g;
    for (const n of NUTRIENTS) {
      if (v[n.key] === undefined) missing.add(n.key);
      else sums[n.key] = (sums[n.key] ?? 0) + (v[n.key] * ing.grams) / 100;
    }
  }
  const per100g: NutrientValues = {};
  for (const n of NUTRIENTS) if (!missing.has(n.key) && sums[n.key] !== undefined) per100g[n.key] = cleanNumber((sums[n.key] * 100) / totalGrams);
  return { per100g, totalGrams };
}

/** True when `candidate` is `recipeId` or (through its own ingredients) contains it. */
function contains(db: Database.Database, candidate: number, recipeId: number, seen = new Set<number>()): boolean {
  if (candidate === recipeId) return true;
  if (seen.has(candidate)) return false;
  seen.add(candidate);
  return ingredientsOf(db, candidate).some((i) => contains(db, i.foodId, recipeId, seen));
}

export interface RecipeInput {
  name: string;
  servings: number;
  cookedWeightG?: number | null;
  ingredients: { foodId: string; qty: number; unit: string; measureId?: number }[];
}

const recipeMeasures = (totalGrams: number, servings: number) => [
  { name: 'serving', grams: cleanNumber(totalGrams / servings) },
  { name: 'whole recipe', grams: cleanNumber(totalGrams) },
];

export function saveRecipe(db: Database.Database, input: RecipeInput, now: string, existing?: Food): Food {
  if (input.ingredients.length === 0) throw invalid('ingredients', 'A recipe needs at least one ingredient.');
  const id = existing?.id ?? nextUserFoodId(db);
  const ref = existing?.ref ?? `r${id - USER_FOOD_BASE}`;
  const rows: Ingredient[] = input.ingredients.map((ing, i) => {
    const field = `ingredients.${i}.foodId`;
    const food = getFood(db, ing.foodId, field);
    if (food.kcal === null) throw invalid(field, `"${food.name}" (${food.ref}) has no energy value in its data, so it cannot go into a recipe.`);
    if (food.source === 'recipe' && contains(db, food.id, id)) {
      throw invalid(field, food.id === id ? `A recipe cannot contain itself.` : `"${food.name}" (${food.ref}) contains this recipe, so adding it would make the recipe contain itself.`);
    }
    const amount = resolveAmount(measuresOf(db, food.id), ing.qty, ing.unit, ing.measureId, `ingredients.${i}.unit`);
    if (amount.grams > MAX_ENTRY_G) throw invalid(`ingredients.${i}.qty`, `${amount.grams / 1000} kg of ${food.name} is over the ${MAX_ENTRY_G / 1000} kg limit.`);
    return { foodId: food.id, grams: amount.grams, qty: amount.qty, unit: amount.unit };
  });
  const cooked = input.cookedWeightG ?? null;
  const { per100g, totalGrams } = recipeNutrients(db, rows, cooked);
  const terms = searchTerms(input.name, null);
  const prior = userPrior(id, 'recipe', terms, per100g, 2);
  const measures = recipeMeasures(totalGrams, input.servings);
  writeRecipe(db, id, ref, { name: input.name, brand: null, per100g, measures, terms, prior }, { servings: input.servings, cookedWeightG: cooked }, rows, now, !!existing);
  recomputeRecipesUsing(db, id, now);
  indexUserFood(db, id);
  return foodById(db, id)!;
}

/** Recipes that use a changed food follow it (logged entries do not: they keep their snapshot). */
function recomputeRecipesUsing(db: Database.Database, foodId: number, now: string, seen = new Set<number>()): void {
  for (const recipeId of recipesUsing(db, foodId)) {
    if (seen.has(recipeId)) continue;
    seen.add(recipeId);
    const r = recipeInfo(db, recipeId);
    const { per100g, totalGrams } = recipeNutrients(db, ingredientsOf(db, recipeId), r.cookedWeightG);
    updateRecipeNutrients(db, recipeId, per100g, recipeMeasures(totalGrams, r.servings), now);
    recomputeRecipesUsing(db, recipeId, now, seen);
  }
}

/** Deleting a custom food or recipe hides it (search, lists); entries and recipes keep working. */
export function setArchived(db: Database.Database, food: Food, archived: boolean, now: string): void {
  if (food.source === 'usda-sr24') throw invalid('id', `${food.ref} is a USDA SR24 food; only your own custom foods and recipes can be deleted.`);
  writeArchived(db, food.id, archived, now);
  indexUserFood(db, food.id);
}
