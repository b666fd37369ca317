// The static half of the search ranking (D): how likely a food is what someone means before the
// query is read, and which part of its name names the food. Computed once when a food is written
// (SR24 build, custom food / recipe save) and stored with it; SR24 foods are also numbered in this
// order in the full-text index, so a very broad query can stop after the likeliest few hundred.
import { everydayPrior, rawIsEaten } from './everyday';

export type FoodSource = 'usda-sr24' | 'custom' | 'recipe';

/** Bump when staticPrior or the SR24 search order changes: the SR24 search rows are rebuilt. */
export const RANKING_VERSION = 3; // 3: the curated everyday list (everyday.ts)

// SR24's own markers of a representative, generic entry.
const GENERIC_PHRASES = [/all commercial varieties/i, /year round average/i, /\ball varieties\b/i, /\ball types\b/i, /\ball grades\b/i];
const BASIC_WORDS = new Set(['raw', 'plain']);
// Substitutes for the food the query names ("Bacon, meatless").
const SUBSTITUTE = /\b(meatless|imitation|substitute|analog|vegetarian)\b|-like\b/i;
// SR24 food groups (first two digits of the NDB number) that are rarely what an adult means.
const GROUP_PRIOR: Record<number, number> = {
  3: -2.5, // baby foods
  7: -0.4, // sausages and luncheon meats (deli versions of whole foods)
  21: -1.2, // fast foods
  22: -0.8, // meals, entrees
  35: -1.5, // American Indian / Alaska Native foods
  36: -1.2, // restaurant foods
  42: -0.4, // later additions: mostly formulated products
  43: -0.4,
  44: -0.4,
};
// Leading parts that name a class, not the food: users type "salmon", not "fish salmon", and
// "bacon", not "pork cured bacon" (SR24's wording). The part after them names the food.
const CATEGORY_HEADS = new Set([
  'fish', 'beverages', 'alcoholic beverage', 'nuts', 'seeds', 'spices', 'cereals', 'cereals ready-to-eat',
  'game meat', 'mollusks', 'salad dressing', 'crustaceans', 'fast foods', 'babyfood', 'snacks', 'candies', 'restaurant',
  'usda commodity', 'fruit', 'vegetables', 'pork, fresh', 'pork, cured', 'lamb, domestic', 'veal',
]);

/**
 * Processing a user would say if they meant it: "banana" means the fresh fruit, not the dried one,
 * "tofu" not fried tofu. Stemmed terms (core/food/text.ts). A food with one of these that the query
 * does not mention ranks a little lower.
 */
export const PROCESS_TERMS = new Set(['fri', 'can', 'frozen', 'dri', 'dehydr', 'powder', 'sweeten', 'batter', 'candi', 'pickl', 'smoke', 'salt', 'concentr', 'syrup']);

/** How many leading comma-separated parts of an SR24 name are a category (0, 1 or 2). */
export function categoryParts(name: string): number {
  const parts = name.toLowerCase().split(',').map((p) => p.trim());
  if (parts.length > 2 && CATEGORY_HEADS.has(`${parts[0]}, ${parts[1]}`)) return 2;
  if (parts.length > 1 && CATEGORY_HEADS.has(parts[0])) return 1;
  return 0;
}

export interface PriorInput {
  id: number;
  name: string;
  source: FoodSource;
  deprecated: boolean;
  /** Stemmed name terms. */
  terms: string[];
  hasEnergy: boolean;
  /** How many of the app's nutrients the food has a value for. */
  knownNutrients: number;
  measures: number;
}

/**
 * SR24 has no popularity data; it does analyse its staple foods most thoroughly and lists more
 * household measures for them (bananas: 8 measures, 41 of our 42 nutrients; a formulated product:
 * 1 measure, ~25), so data completeness stands in for popularity.
 */
export function staticPrior(f: PriorInput): number {
  let p = 0;
  if (f.source === 'usda-sr24') {
    p += GROUP_PRIOR[Math.floor(f.id / 1000)] ?? 0;
    if (/babyfood|infant formula|toddler/i.test(f.name)) p -= 1;
    // Brand names are written in capitals in SR24 ("KELLOGG'S", "CAMPBELL Soup Company").
    if (/\b[A-Z][A-Z'&.]{2,}\b/.test(f.name)) p -= 0.6;
    if (GENERIC_PHRASES.some((re) => re.test(f.name))) p += 0.4;
    // Raw is the plain form of a fruit or vegetable, not of meat or fish (people log them cooked).
    if (f.terms.some((t) => BASIC_WORDS.has(t) && (t !== 'raw' || rawIsEaten(f.id)))) p += 0.4;
    if (SUBSTITUTE.test(f.name)) p -= 1.5;
    p += 0.8 * Math.min(1, Math.max(0, (f.knownNutrients - 25) / 15));
    p += 0.2 * Math.log2(1 + f.measures);
    p += everydayPrior(f.id, f.name);
  } else {
    p += 1; // the user's own foods and recipes
  }
  if (f.deprecated) p -= 2;
  if (!f.hasEnergy) p -= 1.5;
  // Fewer words = more generic; a gentle nudge that breaks ties between near-identical entries.
  p -= 0.03 * f.terms.length;
  return Math.round(p * 1e6) / 1e6;
}
