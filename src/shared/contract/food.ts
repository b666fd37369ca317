import { z } from 'zod';
import { NUTRIENTS } from '../food/nutrients';
import { Day, Empty, Id, method } from './common';

// The food database (USDA SR24 + the user's custom foods and recipes): build, search, details.

/** SR24 foods keep their 5-digit number ("05064"); custom foods are "c12", recipes "r3". */
export const FoodId = z
  .string({ error: 'food id must be text such as "05064" (USDA SR24), "c12" (custom food) or "r3" (recipe)' })
  .trim()
  .regex(/^(\d{5}|[cr][1-9]\d*)$/, { message: 'food id must look like "05064" (USDA SR24), "c12" (custom food) or "r3" (recipe)' });

export const FoodSource = z.enum(['usda-sr24', 'custom', 'recipe']);

export const Measure = z.object({
  id: z.number().int(),
  name: z.string(),
  /** Grams of ONE unit of the measure (SR24's grams ÷ its amount). */
  grams: z.number(),
  /** As SR24 lists it: `amount` units weigh `amountGrams`. */
  amount: z.number(),
  amountGrams: z.number(),
});
export type Measure = z.infer<typeof Measure>;

export const FoodUsage = z.object({
  uses: z.number().int(),
  lastDate: Day,
  lastQty: z.number().nullable(),
  lastUnit: z.string().nullable(),
});

export const FoodHit = z.object({
  id: z.string(),
  name: z.string(),
  source: FoodSource,
  brand: z.string().nullable(),
  deprecated: z.boolean(),
  kcalPer100g: z.number().nullable(),
  proteinPer100g: z.number().nullable(),
  carbsPer100g: z.number().nullable(),
  fatPer100g: z.number().nullable(),
  measures: z.array(Measure),
  usage: FoodUsage.nullable(),
});
export type FoodHit = z.infer<typeof FoodHit>;

export const AmountUnitHelp = 'unit must be "g", "oz", "lb", "kg" or the name of one of the food’s measures';

export const Ingredient = z.object({
  foodId: z.string(),
  name: z.string(),
  qty: z.number(),
  unit: z.string(),
  grams: z.number(),
  kcal: z.number().nullable(),
});

export const FoodDetail = FoodHit.extend({
  archived: z.boolean(),
  /** Every known nutrient per 100 g (a missing key = unknown). */
  nutrientsPer100g: z.record(z.string(), z.number()),
  /** Custom foods: what the user entered and on which basis. */
  custom: z
    .object({
      basis: z.enum(['100g', 'serving']),
      basisServing: z.object({ name: z.string(), grams: z.number() }).nullable(),
      entered: z.record(z.string(), z.number()),
    })
    .nullable(),
  recipe: z
    .object({
      servings: z.number(),
      cookedWeightG: z.number().nullable(),
      totalGrams: z.number(),
      servingGrams: z.number(),
      ingredients: z.array(Ingredient),
    })
    .nullable(),
});
export type FoodDetail = z.infer<typeof FoodDetail>;

const positive = (label: string, unit: string, max: number) =>
  z
    .number({ error: (iss) => (iss.input === undefined ? `${label} is required` : `${label} must be a number`) })
    .finite({ message: `${label} must be a number` })
    .gt(0, { message: `${label} must be more than 0 ${unit}` })
    .max(max, { message: `${label} must be at most ${max} ${unit}` });

const FoodName = z
  .string({ error: 'name is required' })
  .trim()
  .min(1, { message: 'name must not be empty' })
  .max(200, { message: 'name must be at most 200 characters' });

const ServingSize = z
  .object({
    name: z.string({ error: 'serving name is required' }).trim().min(1, { message: 'serving name must not be empty' }).max(100),
    grams: positive('serving weight', 'g', 5000),
  })
  .strict();

/** Nutrient amounts by key (src/shared/food/nutrients.ts); a key left out is unknown. Energy is required. */
export const NutrientInput = z
  .object(
    Object.fromEntries(
      NUTRIENTS.map((n) => [
        n.key,
        z
          .number({ error: `${n.label.toLowerCase()} must be a number (${n.unit})` })
          .finite({ message: `${n.label.toLowerCase()} must be a number (${n.unit})` })
          .min(0, { message: `${n.label.toLowerCase()} cannot be negative` })
          .max(100_000, { message: `${n.label.toLowerCase()} is too large` })
          .optional(),
      ]),
    ) as Record<string, z.ZodOptional<z.ZodNumber>>,
  )
  .strict()
  .refine((v) => v.energyKcal !== undefined, { message: 'energy (kcal) is required', path: ['energyKcal'] });

const CustomFoodFields = {
  name: FoodName,
  brand: z.string().trim().max(100).nullable().optional(),
  /** Whether `nutrients` are per 100 g or per `serving`. */
  basis: z.enum(['100g', 'serving'], { error: 'basis must be "100g" or "serving"' }),
  /** The serving the nutrients are given for (required when basis is "serving"). */
  serving: ServingSize.nullable().optional(),
  /** More serving sizes (e.g. "scoop" 30 g, "bar" 60 g). */
  servings: z.array(ServingSize).max(20).optional(),
  nutrients: NutrientInput,
};

export const RecipeIngredientInput = z
  .object({
    foodId: FoodId,
    qty: positive('ingredient amount', 'units', 100_000),
    unit: z.string({ error: AmountUnitHelp }).trim().min(1, { message: AmountUnitHelp }),
    measureId: Id.optional(),
  })
  .strict();

const RecipeFields = {
  name: FoodName,
  servings: positive('servings', 'servings', 1000),
  /** Weight after cooking, if weighed; else the ingredients' raw weight is used. */
  cookedWeightG: positive('cooked weight', 'g', 100_000).nullable().optional(),
  ingredients: z.array(RecipeIngredientInput).max(200, { message: 'a recipe can have at most 200 ingredients' }),
};

export const foodMethods = {
  'foods.status': method(
    'Whether the bundled USDA SR24 food database is built into this data file, and how many foods it has.',
    Empty,
    z.object({
      built: z.boolean(),
      outdated: z.boolean(),
      usdaFoods: z.number().int(),
      customFoods: z.number().int(),
      recipes: z.number().int(),
      version: z.string().nullable(),
      credit: z.string(),
    }),
  ),
  'foods.build': method(
    'Build (or rebuild) the USDA SR24 food tables from the bundled resource; reports progress.',
    z.object({ force: z.boolean().optional() }).strict(),
    z.object({ foods: z.number().int(), measures: z.number().int(), ms: z.number(), version: z.string() }),
  ),
  'foods.buildStep': method(
    'Build the USDA SR24 food tables one part at a time so a screen can show how far it is: the first call reads the resource, each later one writes the next 1,000 foods; call again (same options) until finished.',
    z.object({ force: z.boolean().optional() }).strict(),
    z.object({
      done: z.number().int(),
      total: z.number().int(),
      finished: z.boolean(),
      message: z.string(),
      result: z.object({ foods: z.number().int(), measures: z.number().int(), ms: z.number(), version: z.string() }).nullable(),
    }),
  ),
  'food.search': method(
    'Search foods: words in any order, prefixes while typing, plurals; common and your own foods first.',
    z
      .object({
        query: z.string({ error: 'query must be text' }).max(200, { message: 'query must be at most 200 characters' }),
        limit: z.number().int().min(1, { message: 'limit must be between 1 and 100' }).max(100, { message: 'limit must be between 1 and 100' }).optional(),
        includeDeprecated: z.boolean().optional(),
        sources: z.array(FoodSource).optional(),
      })
      .strict(),
    z.object({ query: z.string(), match: z.enum(['all', 'some', 'none']), results: z.array(FoodHit) }),
  ),
  'food.get': method('One food with every nutrient per 100 g, its measures and, for recipes, the ingredients.', z.object({ id: FoodId }).strict(), FoodDetail),
  'food.recent': method('Foods you logged most recently.', z.object({ limit: z.number().int().min(1).max(100).optional() }).strict(), z.array(FoodHit)),
  'food.frequent': method('Foods you log most often.', z.object({ limit: z.number().int().min(1).max(100).optional() }).strict(), z.array(FoodHit)),
  'customFood.create': method('Create a custom food (nutrients per 100 g or per serving; several serving sizes).', z.object(CustomFoodFields).strict(), FoodDetail),
  'customFood.update': method(
    'Edit a custom food. Entries already logged keep the nutrients they were logged with.',
    z.object({ id: FoodId, ...CustomFoodFields }).strict(),
    FoodDetail,
  ),
  'customFood.list': method('Your custom foods.', Empty, z.array(FoodHit)),
  'recipe.create': method('Create a recipe from ingredients; nutrients are computed per serving.', z.object(RecipeFields).strict(), FoodDetail),
  'recipe.update': method(
    'Edit a recipe. Entries already logged keep the nutrients they were logged with.',
    z
      .object({
        id: FoodId,
        name: FoodName.optional(),
        servings: RecipeFields.servings.optional(),
        cookedWeightG: RecipeFields.cookedWeightG,
        ingredients: RecipeFields.ingredients.optional(),
      })
      .strict(),
    FoodDetail,
  ),
  'recipe.list': method('Your recipes.', Empty, z.array(FoodHit)),
  'food.delete': method(
    'Delete a custom food or recipe (hidden from search; logged entries are kept). Undo with food.restore.',
    z.object({ id: FoodId }).strict(),
    z.object({ id: z.string(), name: z.string(), source: FoodSource }),
  ),
  'food.restore': method('Undo deleting a custom food or recipe.', z.object({ id: FoodId }).strict(), FoodDetail),
};
