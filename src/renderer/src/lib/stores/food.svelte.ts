// The food diary's data: the shown day (entries, totals against targets, frequent foods, meal
// slots), the first-run build of the food tables, and every food and diary write the screens make.
// Forms keep their own state in their components.
import type { Input, Output } from '../../../../shared/contract';
import { call } from '../api';

type DayLog = Output<'meal.list'>;
type Slot = { id: number; name: string; position: number };

class FoodStore {
  log = $state.raw<DayLog | null>(null);
  nutrition = $state.raw<Output<'nutrition.day'> | null>(null);
  frequent = $state.raw<Output<'food.frequent'>>([]);
  slots = $state.raw<Slot[]>([]);
  /** First-run build of the food tables: foods written of the total (null when not building). */
  building = $state<{ done: number; total: number; message: string } | null>(null);

  /** A fresh diary, as each time the view opens. */
  open(): void {
    this.log = this.nutrition = null;
    this.frequent = [];
    this.slots = [];
    this.building = null;
  }

  /** One day's entries and totals; throws what the core answered. */
  async load(date: string): Promise<void> {
    const [l, n, f] = await Promise.all([call('meal.list', { date }), call('nutrition.day', { date }), call('food.frequent', { limit: 6 })]);
    this.log = l;
    this.nutrition = n;
    this.frequent = f;
    this.slots = l.meals.map(({ id, name, position }) => ({ id, name, position }));
  }

  /** Builds the food tables if they are missing or outdated, one step (about 1,000 foods) per call so the bar moves. */
  async ensureFoods(): Promise<void> {
    try {
      const status = await call('foods.status', {});
      if (!status.built || status.outdated) {
        this.building = { done: 0, total: 0, message: 'Reading the USDA SR24 foods…' };
        for (;;) {
          const step = await call('foods.buildStep', {});
          this.building = { done: step.done, total: step.total, message: step.message };
          if (step.finished) break;
        }
      }
    } finally {
      this.building = null;
    }
  }

  // The diary
  addEntry = (input: Input<'meal.add'>) => call('meal.add', input);
  updateEntry = (input: Input<'meal.update'>) => call('meal.update', input);
  deleteEntry = (id: number) => call('meal.delete', { id });
  restoreEntry = (id: number) => call('meal.restore', { id });
  copy = (input: Input<'meal.copy'>) => call('meal.copy', input);
  setComplete = (date: string, complete: boolean) => call('day.setComplete', { date, complete });
  setFast = (date: string, fast: boolean) => call('day.setFast', { date, fast });
  addSlot = (name: string) => call('mealSlot.add', { name });
  renameSlot = (id: number, name: string) => call('mealSlot.rename', { id, name });

  // The food catalogue
  search = (input: Input<'food.search'>) => call('food.search', input);
  recent = (limit: number) => call('food.recent', { limit });
  getFood = (id: string) => call('food.get', { id });
  deleteFood = (id: string) => call('food.delete', { id });
  restoreFood = (id: string) => call('food.restore', { id });
  myFoods = () => Promise.all([call('customFood.list', {}), call('recipe.list', {})]);
  createCustomFood = (input: Input<'customFood.create'>) => call('customFood.create', input);
  updateCustomFood = (input: Input<'customFood.update'>) => call('customFood.update', input);
  createRecipe = (input: Input<'recipe.create'>) => call('recipe.create', input);
  updateRecipe = (input: Input<'recipe.update'>) => call('recipe.update', input);

  // Targets
  targets = () => call('nutrition.targets', {});
  setTargets = (input: Input<'nutrition.setTargets'>) => call('nutrition.setTargets', input);
}

export const food = new FoodStore();
