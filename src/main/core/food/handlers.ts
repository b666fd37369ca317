import type { FoodHit } from '../../../shared/contract/food';
import type { CoreContext } from '../context';
import { buildFoodDatabase, buildFoodDatabaseStep, ensureFoodDatabase, foodDbStatus } from './build';
import { foodDetail, getFood, saveCustomFood, saveRecipe, setArchived, type Food } from './foods';
import { searchFoods, usageList } from './search';
import { sr24MeasureCount, userFoods } from './store/foods';
import { invalid } from '../../errors';
import type { DomainHandlers } from '../handlerTypes';

const FOOD_CREDIT = 'USDA ARS, SR24';

function userFood(ctx: CoreContext, id: string, source: 'custom' | 'recipe'): Food {
  const row = getFood(ctx.db, id);
  if (row.source !== source) {
    throw invalid('id', `${id} is ${row.source === 'usda-sr24' ? 'a USDA SR24 food' : row.source === 'custom' ? 'a custom food' : 'a recipe'}, not ${source === 'custom' ? 'a custom food' : 'a recipe'}.`);
  }
  return row;
}

function userFoodList(ctx: CoreContext, source: 'custom' | 'recipe'): FoodHit[] {
  ensureFoodDatabase(ctx);
  return userFoods(ctx.db, source).map((food) => {
    const { archived: _a, nutrientsPer100g: _n, custom: _c, recipe: _r, ...hit } = foodDetail(ctx.db, food);
    return hit;
  });
}

export const foodHandlers: DomainHandlers<
  | 'foods.status'
  | 'foods.build'
  | 'foods.buildStep'
  | 'food.search'
  | 'food.get'
  | 'food.recent'
  | 'food.frequent'
  | 'customFood.create'
  | 'customFood.update'
  | 'customFood.list'
  | 'recipe.create'
  | 'recipe.update'
  | 'recipe.list'
  | 'food.delete'
  | 'food.restore'
> = {
  'foods.status': (_input, ctx) => ({ ...foodDbStatus(ctx.db), credit: FOOD_CREDIT }),
  'foods.build': (input, ctx) => {
    const status = foodDbStatus(ctx.db);
    if (status.built && !status.outdated && !input.force) {
      return { foods: status.usdaFoods, measures: sr24MeasureCount(ctx.db), ms: 0, version: status.version! };
    }
    return buildFoodDatabase(ctx.db, ctx.progress);
  },
  'foods.buildStep': (input, ctx) => buildFoodDatabaseStep(ctx.db, { force: input.force }, ctx.progress),
  'food.search': (input, ctx) => {
    ensureFoodDatabase(ctx);
    const r = searchFoods(ctx.db, input.query, { limit: input.limit, includeDeprecated: input.includeDeprecated, sources: input.sources, today: ctx.today() });
    return { query: input.query, ...r };
  },
  'food.get': (input, ctx) => {
    ensureFoodDatabase(ctx);
    return foodDetail(ctx.db, getFood(ctx.db, input.id));
  },
  'food.recent': (input, ctx) => {
    ensureFoodDatabase(ctx);
    return usageList(ctx.db, 'recent', input.limit ?? 10);
  },
  'food.frequent': (input, ctx) => {
    ensureFoodDatabase(ctx);
    return usageList(ctx.db, 'frequent', input.limit ?? 10);
  },
  'customFood.create': (input, ctx) => {
    ensureFoodDatabase(ctx);
    const row = ctx.db.transaction(() => saveCustomFood(ctx.db, input, ctx.now().toISOString()))();
    return foodDetail(ctx.db, row);
  },
  'customFood.update': (input, ctx) => {
    ensureFoodDatabase(ctx);
    const { id, ...fields } = input;
    const existing = userFood(ctx, id, 'custom');
    const row = ctx.db.transaction(() => saveCustomFood(ctx.db, fields, ctx.now().toISOString(), existing))();
    return foodDetail(ctx.db, row);
  },
  'customFood.list': (_input, ctx) => userFoodList(ctx, 'custom'),
  'recipe.create': (input, ctx) => {
    ensureFoodDatabase(ctx);
    const row = ctx.db.transaction(() => saveRecipe(ctx.db, input, ctx.now().toISOString()))();
    return foodDetail(ctx.db, row);
  },
  'recipe.update': (input, ctx) => {
    ensureFoodDatabase(ctx);
    const existing = userFood(ctx, input.id, 'recipe');
    const current = foodDetail(ctx.db, existing).recipe!;
    const merged = {
      name: input.name ?? existing.name,
      servings: input.servings ?? current.servings,
      cookedWeightG: input.cookedWeightG === undefined ? current.cookedWeightG : input.cookedWeightG,
      ingredients: input.ingredients ?? current.ingredients.map((i) => ({ foodId: i.foodId, qty: i.qty, unit: i.unit })),
    };
    const row = ctx.db.transaction(() => saveRecipe(ctx.db, merged, ctx.now().toISOString(), existing))();
    return foodDetail(ctx.db, row);
  },
  'recipe.list': (_input, ctx) => userFoodList(ctx, 'recipe'),
  'food.delete': (input, ctx) => {
    const row = getFood(ctx.db, input.id);
    if (row.archived) throw invalid('id', `${row.name} (${row.ref}) is already deleted.`);
    ctx.db.transaction(() => setArchived(ctx.db, row, true, ctx.now().toISOString()))();
    return { id: row.ref, name: row.name, source: row.source };
  },
  'food.restore': (input, ctx) => {
    const row = getFood(ctx.db, input.id);
    if (!row.archived) throw invalid('id', `${row.name} (${row.ref}) is not deleted.`);
    ctx.db.transaction(() => setArchived(ctx.db, row, false, ctx.now().toISOString()))();
    return foodDetail(ctx.db, getFood(ctx.db, input.id));
  },
};
