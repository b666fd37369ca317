// Every SQL statement on the food catalogue: food rows (SR24, custom foods, recipes), their household
// measures, recipe ingredients and the recent/frequent usage. Typed rows in, domain objects out.
// Writes to the user's foods say so through the change feed ('foods'): search and anything derived
// from the catalogue drop what they hold.
import type Database from 'better-sqlite3';
import type { Measure } from '../../../../shared/contract/food';
import { cleanNumber, type NutrientValues } from '../../../../shared/food/nutrients';
import { statement } from '../../../store/statements';
import { recordChange } from '../../changes';
import type { FoodSource } from '../ranking';

/** A food as the domain sees it: everything but the nutrient snapshots (foodNutrients reads those). */
export interface Food {
  id: number;
  source: FoodSource;
  ref: string;
  name: string;
  brand: string | null;
  deprecated: boolean;
  archived: boolean;
  kcal: number | null;
  proteinG: number | null;
  carbsG: number | null;
  fatG: number | null;
  /** A custom food's basis as entered ('100g' or per 'serving', of basisGrams). */
  basis: '100g' | 'serving' | null;
  basisGrams: number | null;
  /** The static ranking (ranking.ts) and the food's rowid in its FTS5 table. */
  prior: number;
  rank: number;
}

interface FoodRow {
  id: number;
  source: FoodSource;
  ref: string;
  name: string;
  brand: string | null;
  deprecated: number;
  archived: number;
  kcal: number | null;
  protein_g: number | null;
  carbs_g: number | null;
  fat_g: number | null;
  basis: '100g' | 'serving' | null;
  basis_grams: number | null;
  search_prior: number;
  search_rank: number;
}

export const FOOD_COLUMNS = 'id, source, ref, name, brand, deprecated, archived, kcal, protein_g, carbs_g, fat_g, basis, basis_grams, search_prior, search_rank';

export function toFood(r: FoodRow): Food {
  return {
    id: r.id,
    source: r.source,
    ref: r.ref,
    name: r.name,
    brand: r.brand,
    deprecated: r.deprecated === 1,
    archived: r.archived === 1,
    kcal: r.kcal,
    proteinG: r.protein_g,
    carbsG: r.carbs_g,
    fatG: r.fat_g,
    basis: r.basis,
    basisGrams: r.basis_grams,
    prior: r.search_prior,
    rank: r.search_rank,
  };
}

export function foodByRef(db: Database.Database, ref: string): Food | undefined {
  const r = statement(db, `SELECT ${FOOD_COLUMNS} FROM food WHERE ref = ?`).get(ref) as FoodRow | undefined;
  return r && toFood(r);
}

export function foodById(db: Database.Database, id: number): Food | undefined {
  const r = statement(db, `SELECT ${FOOD_COLUMNS} FROM food WHERE id = ?`).get(id) as FoodRow | undefined;
  return r && toFood(r);
}

/** The user's live custom foods or recipes, by name. */
export function userFoods(db: Database.Database, source: 'custom' | 'recipe'): Food[] {
  return (statement(db, `SELECT ${FOOD_COLUMNS} FROM food WHERE source = ? AND archived = 0 ORDER BY name COLLATE NOCASE`).all(source) as FoodRow[]).map(toFood);
}

/** A food's nutrients per 100 g, and what the user entered for a custom food (null otherwise). */
export function foodNutrients(db: Database.Database, id: number): { per100g: NutrientValues; entered: Record<string, number> | null } {
  const r = statement(db, 'SELECT nutrients, entered FROM food WHERE id = ?').get(id) as { nutrients: string; entered: string | null } | undefined;
  return { per100g: r ? (JSON.parse(r.nutrients) as NutrientValues) : {}, entered: r?.entered ? (JSON.parse(r.entered) as Record<string, number>) : null };
}

export function foodCounts(db: Database.Database): { usda: number; custom: number; recipes: number } {
  const r = statement(
    db,
    `SELECT SUM(source = 'usda-sr24') AS usda, SUM(source = 'custom' AND archived = 0) AS custom,
            SUM(source = 'recipe' AND archived = 0) AS recipes FROM food`,
  ).get() as { usda: number | null; custom: number | null; recipes: number | null };
  return { usda: r.usda ?? 0, custom: r.custom ?? 0, recipes: r.recipes ?? 0 };
}

/** How many household measures the SR24 foods have. */
export function sr24MeasureCount(db: Database.Database): number {
  return statement(db, "SELECT COUNT(*) FROM food_measure m JOIN food f ON f.id = m.food_id WHERE f.source = 'usda-sr24'").pluck().get() as number;
}

// ---- measures ----

interface MeasureRow {
  id: number;
  amount: number;
  name: string;
  grams: number;
}
const toMeasure = (m: MeasureRow): Measure => ({ id: m.id, name: m.name, grams: cleanNumber(m.grams / m.amount), amount: m.amount, amountGrams: m.grams });

export function measuresOf(db: Database.Database, foodId: number): Measure[] {
  return (statement(db, 'SELECT id, amount, name, grams FROM food_measure WHERE food_id = ? ORDER BY position').all(foodId) as MeasureRow[]).map(toMeasure);
}

function writeMeasures(db: Database.Database, foodId: number, measures: { name: string; grams: number }[]): void {
  statement(db, 'DELETE FROM food_measure WHERE food_id = ?').run(foodId);
  const ins = statement(db, 'INSERT INTO food_measure (food_id, position, amount, name, grams) VALUES (?, ?, 1, ?, ?)');
  measures.forEach((m, i) => ins.run(foodId, i, m.name, m.grams));
}

// ---- the user's foods ----

export function maxFoodId(db: Database.Database): number {
  return (statement(db, 'SELECT MAX(id) FROM food').pluck().get() as number | null) ?? 0;
}

/** What saving a custom food or recipe writes into its food row. */
export interface UserFoodValues {
  name: string;
  brand: string | null;
  per100g: NutrientValues;
  measures: { name: string; grams: number }[];
  /** Encoded search terms (text.ts) and static prior (ranking.ts). */
  terms: string;
  prior: number;
  /** Custom foods only: the basis, its grams and the values as entered. */
  basis?: '100g' | 'serving';
  basisGrams?: number | null;
  entered?: NutrientValues;
}

const macroColumns = (v: NutrientValues) => [v.energyKcal ?? null, v.proteinG ?? null, v.carbsG ?? null, v.fatG ?? null] as const;

/** Inserts or updates a custom food's row and measures. */
export function writeCustomFood(db: Database.Database, id: number, ref: string, v: UserFoodValues, now: string, exists: boolean): void {
  const values = [
    v.name, v.brand, ...macroColumns(v.per100g), JSON.stringify(v.per100g), Object.keys(v.per100g).length, v.measures.length, v.terms, v.prior,
    v.basis ?? '100g', v.basisGrams ?? null, JSON.stringify(v.entered ?? {}), now,
  ];
  if (exists) {
    statement(
      db,
      `UPDATE food SET name = ?, brand = ?, kcal = ?, protein_g = ?, carbs_g = ?, fat_g = ?, nutrients = ?, known_nutrients = ?,
         measure_count = ?, search_terms = ?, search_prior = ?, basis = ?, basis_grams = ?, entered = ?, updated_at = ? WHERE id = ?`,
    ).run(...values, id);
  } else {
    statement(
      db,
      `INSERT INTO food (name, brand, kcal, protein_g, carbs_g, fat_g, nutrients, known_nutrients, measure_count, search_terms,
         search_prior, basis, basis_grams, entered, updated_at, created_at, id, ref, search_rank, source)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'custom')`,
    ).run(...values, now, id, ref, id);
  }
  writeMeasures(db, id, v.measures);
  recordChange(db, 'foods');
}

// ---- recipes ----

export interface Ingredient {
  foodId: number;
  grams: number;
  qty: number;
  unit: string;
}
interface IngredientRow {
  food_id: number;
  grams: number;
  qty: number;
  unit: string;
}
const toIngredient = (r: IngredientRow): Ingredient => ({ foodId: r.food_id, grams: r.grams, qty: r.qty, unit: r.unit });

export function ingredientsOf(db: Database.Database, recipeId: number): Ingredient[] {
  return (statement(db, 'SELECT food_id, grams, qty, unit FROM recipe_ingredient WHERE recipe_id = ? ORDER BY position').all(recipeId) as IngredientRow[]).map(toIngredient);
}

export interface RecipeInfo {
  servings: number;
  cookedWeightG: number | null;
}
export function recipeInfo(db: Database.Database, recipeId: number): RecipeInfo {
  const r = statement(db, 'SELECT servings, cooked_weight_g FROM recipe WHERE food_id = ?').get(recipeId) as { servings: number; cooked_weight_g: number | null };
  return { servings: r.servings, cookedWeightG: r.cooked_weight_g };
}

/** Recipes that have this food as an ingredient. */
export function recipesUsing(db: Database.Database, foodId: number): number[] {
  return statement(db, 'SELECT DISTINCT recipe_id FROM recipe_ingredient WHERE food_id = ?').pluck().all(foodId) as number[];
}

/** Inserts or updates a recipe: its food row, servings, ingredients and its two measures. */
export function writeRecipe(db: Database.Database, id: number, ref: string, v: UserFoodValues, info: RecipeInfo, ingredients: Ingredient[], now: string, exists: boolean): void {
  const values = [v.name, ...macroColumns(v.per100g), JSON.stringify(v.per100g), Object.keys(v.per100g).length, v.measures.length, v.terms, v.prior, now];
  if (exists) {
    statement(
      db,
      `UPDATE food SET name = ?, kcal = ?, protein_g = ?, carbs_g = ?, fat_g = ?, nutrients = ?, known_nutrients = ?, measure_count = ?,
         search_terms = ?, search_prior = ?, updated_at = ? WHERE id = ?`,
    ).run(...values, id);
    statement(db, 'UPDATE recipe SET servings = ?, cooked_weight_g = ? WHERE food_id = ?').run(info.servings, info.cookedWeightG, id);
    statement(db, 'DELETE FROM recipe_ingredient WHERE recipe_id = ?').run(id);
  } else {
    statement(
      db,
      `INSERT INTO food (name, kcal, protein_g, carbs_g, fat_g, nutrients, known_nutrients, measure_count, search_terms, search_prior,
         updated_at, created_at, id, ref, search_rank, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'recipe')`,
    ).run(...values, now, id, ref, id);
    statement(db, 'INSERT INTO recipe (food_id, servings, cooked_weight_g) VALUES (?, ?, ?)').run(id, info.servings, info.cookedWeightG);
  }
  const ins = statement(db, 'INSERT INTO recipe_ingredient (recipe_id, position, food_id, grams, qty, unit) VALUES (?, ?, ?, ?, ?, ?)');
  ingredients.forEach((r, i) => ins.run(id, i, r.foodId, r.grams, r.qty, r.unit));
  writeMeasures(db, id, v.measures);
  recordChange(db, 'foods');
}

/** A recipe whose ingredient changed: its nutrients and measures follow (its ingredients stay). */
export function updateRecipeNutrients(db: Database.Database, recipeId: number, per100g: NutrientValues, measures: { name: string; grams: number }[], now: string): void {
  statement(db, 'UPDATE food SET kcal = ?, protein_g = ?, carbs_g = ?, fat_g = ?, nutrients = ?, known_nutrients = ?, updated_at = ? WHERE id = ?').run(
    ...macroColumns(per100g),
    JSON.stringify(per100g),
    Object.keys(per100g).length,
    now,
    recipeId,
  );
  writeMeasures(db, recipeId, measures);
  recordChange(db, 'foods');
}

export function writeArchived(db: Database.Database, id: number, archived: boolean, now: string): void {
  statement(db, 'UPDATE food SET archived = ?, updated_at = ? WHERE id = ?').run(archived ? 1 : 0, now, id);
  recordChange(db, 'foods');
}

// ---- recent and frequent foods ----

export interface Usage {
  uses: number;
  lastDate: string;
  lastAt: string;
  lastQty: number | null;
  lastUnit: string | null;
}
interface UsageRow {
  food_id: number;
  uses: number;
  last_date: string;
  last_at: string;
  last_qty: number | null;
  last_unit: string | null;
}
const toUsage = (r: UsageRow): Usage => ({ uses: r.uses, lastDate: r.last_date, lastAt: r.last_at, lastQty: r.last_qty, lastUnit: r.last_unit });

export function usageOf(db: Database.Database, foodId: number): Usage | undefined {
  const r = statement(db, 'SELECT food_id, uses, last_date, last_at, last_qty, last_unit FROM food_usage WHERE food_id = ? AND uses > 0').get(foodId) as UsageRow | undefined;
  return r && toUsage(r);
}

/** Every used food's usage, in table order. */
export function allUsage(db: Database.Database): Map<number, Usage> {
  const rows = statement(db, 'SELECT food_id, uses, last_date, last_at, last_qty, last_unit FROM food_usage WHERE uses > 0').all() as UsageRow[];
  return new Map(rows.map((r) => [r.food_id, toUsage(r)]));
}

/** Sets a food's usage to what the live diary says (none: the food is no longer logged anywhere). */
export function writeUsage(db: Database.Database, foodId: number, u: Usage | null): void {
  if (!u) {
    statement(db, 'DELETE FROM food_usage WHERE food_id = ?').run(foodId);
    return;
  }
  statement(
    db,
    `INSERT INTO food_usage (food_id, uses, last_date, last_at, last_qty, last_unit) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(food_id) DO UPDATE SET uses = excluded.uses, last_date = excluded.last_date, last_at = excluded.last_at,
       last_qty = excluded.last_qty, last_unit = excluded.last_unit`,
  ).run(foodId, u.uses, u.lastDate, u.lastAt, u.lastQty, u.lastUnit);
}

/** A new diary entry of a food: one more use, and the latest amount if it is the latest day. */
export function noteUse(db: Database.Database, foodId: number, date: string, qty: number | null, unit: string | null, at: string): void {
  statement(
    db,
    `INSERT INTO food_usage (food_id, uses, last_date, last_at, last_qty, last_unit) VALUES (?, 1, ?, ?, ?, ?)
     ON CONFLICT(food_id) DO UPDATE SET uses = food_usage.uses + 1,
       last_at = CASE WHEN excluded.last_date >= food_usage.last_date THEN excluded.last_at ELSE food_usage.last_at END,
       last_qty = CASE WHEN excluded.last_date >= food_usage.last_date THEN excluded.last_qty ELSE food_usage.last_qty END,
       last_unit = CASE WHEN excluded.last_date >= food_usage.last_date THEN excluded.last_unit ELSE food_usage.last_unit END,
       last_date = MAX(food_usage.last_date, excluded.last_date)`,
  ).run(foodId, date, at, qty, unit);
}

/** Whether the user made any food or recipe of their own (SR24's built-in foods are not theirs). */
export function hasUserFoods(db: Database.Database): boolean {
  return statement(db, "SELECT EXISTS(SELECT 1 FROM food WHERE source != 'usda-sr24')").pluck().get() === 1;
}
