// Display helpers for the food screens (renderer only).
import type { Output } from '../../../../shared/contract';
import { round } from '../../../../shared/units';

export type FoodHit = Output<'food.search'>['results'][number];
export type DayLog = Output<'meal.list'>;
export type Entry = DayLog['meals'][number]['entries'][number];
export type NutritionDay = Output<'nutrition.day'>;

export const grams = (v: number | null | undefined, digits = 1): string => {
  if (v == null) return '—';
  return round(v, digits).toLocaleString('en-US');
};

/** "150 g", "2 × cup, chopped (280 g)", "1 serving (231 g)" */
export function amountText(e: Pick<Entry, 'kind' | 'qty' | 'unit' | 'grams'>): string {
  if (e.kind === 'quick') return 'quick add';
  const qty = grams(e.qty, 2);
  if (e.unit === 'g') return `${qty} g`;
  if (e.unit === 'oz' || e.unit === 'lb' || e.unit === 'kg') return `${qty} ${e.unit} (${grams(e.grams, 0)} g)`;
  return `${qty} × ${e.unit} (${grams(e.grams, 0)} g)`;
}

export interface UnitOption {
  /** Value of the <select>: 'g' | 'oz' | 'lb' | 'm:<measureId>' */
  value: string;
  label: string;
  /** Grams of one unit. */
  grams: number;
  unit: string;
  measureId?: number;
}

export function unitOptions(food: Pick<FoodHit, 'measures'>): UnitOption[] {
  return [
    ...food.measures.map((m) => ({ value: `m:${m.id}`, label: `${m.name} (${grams(m.grams, m.grams < 10 ? 1 : 0)} g)`, grams: m.grams, unit: m.name, measureId: m.id })),
    { value: 'g', label: 'g', grams: 1, unit: 'g' },
    { value: 'oz', label: 'oz (28.35 g)', grams: 28.349523125, unit: 'oz' },
    { value: 'lb', label: 'lb (453.6 g)', grams: 453.59237, unit: 'lb' },
  ];
}

/**
 * The amount in another unit for the same grams, so switching "100 g" of banana to "medium" gives
 * 0.85 medium, not 100 bananas. Rounded to what a person would type: whole grams, 2 decimals otherwise.
 */
export function convertAmount(qty: number | null, from: string, to: string, options: UnitOption[]): number | null {
  const a = options.find((o) => o.value === from);
  const b = options.find((o) => o.value === to);
  if (qty == null || !(qty > 0) || !a || !b || a.value === b.value) return qty;
  const converted = (qty * a.grams) / b.grams;
  const digits = b.value === 'g' && converted >= 10 ? 0 : 2;
  const rounded = round(converted, digits);
  // A tiny amount never rounds to nothing: keep it positive so it stays a valid entry.
  return rounded > 0 ? rounded : round(converted, 4);
}

/** The amount offered first: what the user logged last time, else one serving (recipes, custom foods), else 100 g. */
export function defaultAmount(food: FoodHit): { qty: number; unit: string } {
  const opts = unitOptions(food);
  if (food.usage?.lastQty && food.usage.lastUnit) {
    const u = food.usage.lastUnit;
    const match = opts.find((o) => o.unit === u);
    if (match) return { qty: food.usage.lastQty, unit: match.value };
  }
  if (food.source !== 'usda-sr24' && food.measures[0]) return { qty: 1, unit: `m:${food.measures[0].id}` };
  return { qty: 100, unit: 'g' };
}

export const sourceLabel = (s: string): string => (s === 'usda-sr24' ? 'USDA' : s === 'custom' ? 'My food' : s === 'recipe' ? 'Recipe' : s);
