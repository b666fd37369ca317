// Food search: SQLite FTS5 finds the candidates (every query word, in any order, as a prefix of a
// stemmed name word), then a small ranking model orders them. The model is a design choice (D),
// tuned against the search-quality table in tests/unit/food-search-quality.table.ts:
//
//   score = 3 × word match (exact > prefix; the name's first parts weigh most)
//         + 1.5 × coverage (how much of the name the query explains: "Honey" beats "Honey loaf")
//         + head match (the query names the food itself, not an ingredient: "Milk, whole" for
//           "whole milk", not "Cheese, mozzarella, whole milk")
//         + prior (see staticPrior: whole/raw/"all varieties" foods and SR24's most thoroughly
//           analysed staples up; baby food, brands, fast food, deprecated down)
//         + usage (the user's frequent and recent foods up)
//
// Prepared statements and the in-memory ranking data (names as stemmed terms, priors, usage) are
// built once per connection and refreshed when the food tables change (our own writes call
// `foodsChanged`/`usageChanged`; another connection's writes are seen through PRAGMA data_version).
import type Database from 'better-sqlite3';
import { cleanNumber } from '../../../shared/food/nutrients';
import { daysBetween } from '../../../shared/dates';
import { decodeTerms, ftsTerm, queryTerms, type QueryTerm } from './text';

export type FoodSource = 'usda-sr24' | 'custom' | 'recipe';

export interface MeasureInfo {
  id: number;
  name: string;
  /** Grams of ONE unit (SR24's grams divided by its amount). */
  grams: number;
  /** As SR24 gives it: `amount` units weigh `amountGrams`. */
  amount: number;
  amountGrams: number;
}

export interface UsageInfo {
  uses: number;
  lastDate: string;
  lastQty: number | null;
  lastUnit: string | null;
}

export interface FoodHit {
  id: string;
  name: string;
  source: FoodSource;
  brand: string | null;
  deprecated: boolean;
  kcalPer100g: number | null;
  proteinPer100g: number | null;
  carbsPer100g: number | null;
  fatPer100g: number | null;
  measures: MeasureInfo[];
  usage: UsageInfo | null;
}

interface IndexedFood {
  id: number;
  ref: string;
  name: string;
  brand: string | null;
  source: FoodSource;
  deprecated: boolean;
  kcal: number | null;
  protein: number | null;
  carbs: number | null;
  fat: number | null;
  terms: string[];
  /** Weight of each term's position in the name (first parts weigh most). */
  weight: number[];
  /** Terms that count for coverage (category heads like "Fish" do not). */
  coverageTerms: number;
  countsForCoverage: boolean[];
  /** Terms naming a processing step (PROCESS_TERMS), minus "without salt". */
  processed: string[];
  /** Index of the term that names the food itself (after a category head like "Fish"), or -1. */
  headAt: number;
  prior: number;
}

interface Usage {
  uses: number;
  lastDate: string;
  lastQty: number | null;
  lastUnit: string | null;
}

export interface SearchOptions {
  limit?: number;
  includeDeprecated?: boolean;
  sources?: FoodSource[];
  /** "Today", for how recent a food's last use is. */
  today: string;
}

// ---- static prior (D) ----

// SR24's own markers of a representative, generic entry.
const GENERIC_PHRASES = [/all commercial varieties/i, /year round average/i, /\ball varieties\b/i, /\ball types\b/i, /\ball grades\b/i];
const BASIC_WORDS = new Set(['raw', 'plain']);
// Processing a user would say if they meant it: "banana" means the fresh fruit, not the dried one,
// "tofu" not fried tofu. Stemmed (core/food/text.ts). A food with one of these that the query does
// not mention ranks a little lower.
const PROCESS_TERMS = new Set(['fri', 'can', 'frozen', 'dri', 'dehydr', 'powder', 'sweeten', 'batter', 'candi', 'pickl', 'smoke', 'salt', 'concentr', 'syrup']);
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
  'game meat', 'mollusks', 'crustaceans', 'fast foods', 'babyfood', 'snacks', 'candies', 'restaurant',
  'usda commodity', 'fruit', 'vegetables', 'pork, fresh', 'pork, cured', 'lamb, domestic', 'veal',
]);

/** How many leading parts of a name are a category (0, 1 or 2). */
function categoryParts(name: string): number {
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
  terms: string[];
  hasEnergy: boolean;
  /** How many of the app's nutrients SR24 gives for the food. */
  knownNutrients: number;
  measures: number;
}

/**
 * How likely a food is what someone means before reading the query. SR24 has no popularity data;
 * it does analyse its staple foods most thoroughly and lists more household measures for them
 * (bananas: 8 measures, 41 of our 42 nutrients; a formulated product: 1 measure, ~25), so data
 * completeness stands in for popularity.
 */
export function staticPrior(f: PriorInput): number {
  let p = 0;
  if (f.source === 'usda-sr24') {
    p += GROUP_PRIOR[Math.floor(f.id / 1000)] ?? 0;
    if (/babyfood|infant formula|toddler/i.test(f.name)) p -= 1;
    // Brand names are written in capitals in SR24 ("KELLOGG'S", "CAMPBELL Soup Company").
    if (/\b[A-Z][A-Z'&.]{2,}\b/.test(f.name)) p -= 0.6;
    if (GENERIC_PHRASES.some((re) => re.test(f.name))) p += 0.4;
    if (f.terms.some((t) => BASIC_WORDS.has(t))) p += 0.4;
    if (SUBSTITUTE.test(f.name)) p -= 1.5;
    p += 0.8 * Math.min(1, Math.max(0, (f.knownNutrients - 25) / 15));
    p += 0.2 * Math.log2(1 + f.measures);
  } else {
    p += 1; // the user's own foods and recipes
  }
  if (f.deprecated) p -= 2;
  if (!f.hasEnergy) p -= 1.5;
  // Fewer words = more generic; a gentle nudge that breaks ties between near-identical entries.
  p -= 0.03 * f.terms.length;
  return p;
}

// ---- the per-connection index ----

interface Statements {
  match: Database.Statement;
  dataVersion: Database.Statement;
  fingerprint: Database.Statement;
  usageFingerprint: Database.Statement;
  measures: Database.Statement;
}

class FoodSearchIndex {
  foods = new Map<number, IndexedFood>();
  usage = new Map<number, Usage>();
  private stmts: Statements;
  private dataVersion = -1;
  private fingerprint = '';
  private usageFingerprint = '';
  private cache = new Map<string, number[]>();

  constructor(private db: Database.Database) {
    this.stmts = {
      match: db.prepare('SELECT rowid FROM food_fts WHERE food_fts MATCH ?').pluck(),
      dataVersion: db.prepare('PRAGMA data_version').pluck(),
      fingerprint: db.prepare(
        `SELECT (SELECT value FROM settings WHERE key = 'food.sr24.version') || ':' ||
                (SELECT COUNT(*) || ':' || IFNULL(MAX(updated_at), '') FROM food WHERE source != 'usda-sr24')`,
      ).pluck(),
      usageFingerprint: db.prepare("SELECT COUNT(*) || ':' || IFNULL(SUM(uses), 0) || ':' || IFNULL(MAX(last_at), '') FROM food_usage").pluck(),
      measures: db.prepare('SELECT id, food_id, amount, name, grams FROM food_measure WHERE food_id = ? ORDER BY position'),
    };
  }

  /** Brings the ranking data up to date; cheap when nothing changed. */
  refresh(force = false): void {
    const dv = this.stmts.dataVersion.get() as number;
    if (!force && dv === this.dataVersion) return;
    this.dataVersion = dv;
    const fp = String(this.stmts.fingerprint.get());
    if (force || fp !== this.fingerprint) this.loadFoods(fp);
    const ufp = String(this.stmts.usageFingerprint.get());
    if (force || ufp !== this.usageFingerprint) this.loadUsage(ufp);
  }

  markFoodsChanged(): void {
    this.dataVersion = -1;
    this.fingerprint = '';
    this.cache.clear();
  }

  markUsageChanged(): void {
    this.dataVersion = -1;
    this.usageFingerprint = '';
    this.cache.clear();
  }

  private loadFoods(fp: string): void {
    const rows = this.db
      .prepare(
        `SELECT id, ref, name, brand, source, deprecated, kcal, protein_g, carbs_g, fat_g,
                known_nutrients AS known, measure_count AS measures, search_terms AS terms
         FROM food WHERE archived = 0`,
      )
      .all() as {
      id: number;
      ref: string;
      name: string;
      brand: string | null;
      source: FoodSource;
      deprecated: number;
      kcal: number | null;
      protein_g: number | null;
      carbs_g: number | null;
      fat_g: number | null;
      known: number;
      measures: number;
      terms: string;
    }[];
    this.foods.clear();
    for (const r of rows) this.foods.set(r.id, this.indexRow(r));
    this.fingerprint = fp;
    this.cache.clear();
  }

  private indexRow(r: {
    id: number;
    ref: string;
    name: string;
    brand: string | null;
    source: FoodSource;
    deprecated: number;
    kcal: number | null;
    protein_g: number | null;
    carbs_g: number | null;
    fat_g: number | null;
    known: number;
    measures: number;
    terms: string;
  }): IndexedFood {
    const { terms, part } = decodeTerms(r.terms);
    const category = r.source === 'usda-sr24' ? categoryParts(r.name) : 0;
    const weight = part.map((p) => (p <= category ? 1 : p === category + 1 ? 0.8 : p === category + 2 ? 0.7 : 0.55));
    const countsForCoverage = part.map((p) => p >= category);
    const coverageTerms = Math.max(1, countsForCoverage.filter(Boolean).length);
    return {
      id: r.id,
      ref: r.ref,
      name: r.name,
      brand: r.brand,
      source: r.source,
      deprecated: r.deprecated === 1,
      kcal: r.kcal,
      protein: r.protein_g,
      carbs: r.carbs_g,
      fat: r.fat_g,
      terms,
      weight,
      countsForCoverage,
      coverageTerms,
      processed: terms.filter((t, i) => PROCESS_TERMS.has(t) && !(t === 'salt' && (terms[i - 1] === 'without' || terms[i - 2] === 'without'))),
      headAt: part.indexOf(category),
      prior: staticPrior({
        id: r.id,
        name: r.name,
        source: r.source,
        deprecated: r.deprecated === 1,
        terms,
        hasEnergy: r.kcal !== null,
        knownNutrients: r.known,
        measures: r.measures,
      }),
    };
  }

  private loadUsage(fp: string): void {
    const rows = this.db.prepare('SELECT food_id, uses, last_date, last_qty, last_unit FROM food_usage WHERE uses > 0').all() as {
      food_id: number;
      uses: number;
      last_date: string;
      last_qty: number | null;
      last_unit: string | null;
    }[];
    this.usage.clear();
    for (const r of rows) this.usage.set(r.food_id, { uses: r.uses, lastDate: r.last_date, lastQty: r.last_qty, lastUnit: r.last_unit });
    this.usageFingerprint = fp;
    this.cache.clear();
  }

  usageBoost(id: number, today: string): number {
    const u = this.usage.get(id);
    if (!u) return 0;
    const age = Math.max(0, daysBetween(u.lastDate, today));
    const recency = age <= 7 ? 1 : age <= 30 ? 0.8 : age <= 180 ? 0.5 : 0.25;
    return Math.min(2.5, 0.9 * Math.log2(1 + u.uses)) * recency + (age <= 3 ? 0.4 : 0);
  }

  /** FTS5 candidates: every term as a prefix (stem or as typed), all required, or any when `anyTerm`. */
  candidates(terms: QueryTerm[], anyTerm: boolean): number[] {
    const parts = terms.map((t) => (t.raw !== t.term && !t.raw.startsWith(t.term) ? `(${ftsTerm(t.term, true)} OR ${ftsTerm(t.raw, true)})` : ftsTerm(t.term, true)));
    const q = parts.join(anyTerm ? ' OR ' : ' AND ');
    let ids = this.cache.get(q);
    if (!ids) {
      ids = this.stmts.match.all(q) as number[];
      if (this.cache.size > 300) this.cache.delete(this.cache.keys().next().value as string);
      this.cache.set(q, ids);
    }
    return ids;
  }

  measuresOf(id: number): MeasureInfo[] {
    return (this.stmts.measures.all(id) as { id: number; amount: number; name: string; grams: number }[]).map((m) => ({
      id: m.id,
      name: m.name,
      grams: cleanNumber(m.grams / m.amount),
      amount: m.amount,
      amountGrams: m.grams,
    }));
  }

  hit(f: IndexedFood): FoodHit {
    const u = this.usage.get(f.id);
    return {
      id: f.ref,
      name: f.name,
      source: f.source,
      brand: f.brand,
      deprecated: f.deprecated,
      kcalPer100g: f.kcal,
      proteinPer100g: f.protein,
      carbsPer100g: f.carbs,
      fatPer100g: f.fat,
      measures: this.measuresOf(f.id),
      usage: u ? { uses: u.uses, lastDate: u.lastDate, lastQty: u.lastQty, lastUnit: u.lastUnit } : null,
    };
  }
}

const indexes = new WeakMap<Database.Database, FoodSearchIndex>();

function indexFor(db: Database.Database): FoodSearchIndex {
  let ix = indexes.get(db);
  if (!ix) {
    ix = new FoodSearchIndex(db);
    indexes.set(db, ix);
  }
  ix.refresh();
  return ix;
}

/** Our own writes to foods (custom foods, recipes, a rebuild) call this so search sees them at once. */
export function foodsChanged(db: Database.Database): void {
  indexes.get(db)?.markFoodsChanged();
}
/** Our own diary writes call this (recent/frequent ranking). */
export function usageChanged(db: Database.Database): void {
  indexes.get(db)?.markUsageChanged();
}

/** How well the query explains one food (see the model at the top of this file). */
function scoreFood(f: IndexedFood, terms: QueryTerm[]): { score: number; matched: number } {
  let matchSum = 0;
  let matched = 0;
  let covered = 0;
  let head = 0;
  const used = new Uint8Array(f.terms.length);
  for (const q of terms) {
    let best = 0;
    let bestAt = -1;
    let bestQuality = 0;
    for (let i = 0; i < f.terms.length; i++) {
      const t = f.terms[i];
      let quality = 0;
      if (t === q.term || t === q.raw) quality = 1;
      else if (t.startsWith(q.term) || t.startsWith(q.raw)) quality = q.raw.length >= 3 ? 0.6 : 0.4;
      if (quality === 0) continue;
      const s = quality * f.weight[i];
      if (s > best) {
        best = s;
        bestAt = i;
        bestQuality = quality;
      }
    }
    if (bestAt >= 0) {
      matched++;
      matchSum += best;
      if (bestAt === f.headAt) head = Math.max(head, bestQuality);
      if (!used[bestAt]) {
        used[bestAt] = 1;
        if (f.countsForCoverage[bestAt]) covered += bestQuality === 1 ? 1 : 0.5;
      }
    }
  }
  const coverage = covered / f.coverageTerms;
  let processing = 0;
  for (const p of f.processed) if (!terms.some((q) => p.startsWith(q.term) || q.term.startsWith(p))) processing = 0.8;
  return { score: (3 * matchSum) / terms.length + 1.5 * coverage + head + f.prior - processing, matched };
}

export interface SearchResult {
  results: FoodHit[];
  /** 'all' = every word matched; 'some' = nothing matched every word, so foods matching some are shown. */
  match: 'all' | 'some' | 'none';
}

export function searchFoods(db: Database.Database, query: string, opts: SearchOptions): SearchResult {
  const ix = indexFor(db);
  const limit = opts.limit ?? 20;
  const terms = queryTerms(query);
  if (terms.length === 0) return { results: [], match: 'none' };
  const keep = (f: IndexedFood | undefined): f is IndexedFood =>
    f !== undefined && (opts.includeDeprecated || !f.deprecated) && (!opts.sources || opts.sources.includes(f.source));

  let match: SearchResult['match'] = 'all';
  let ids = ix.candidates(terms, false);
  let pool = ids.map((id) => ix.foods.get(id)).filter(keep);
  if (pool.length === 0 && terms.length > 1) {
    // Nothing has every word ("greek yogurt" in SR24): rank foods by how many words they match.
    match = 'some';
    ids = ix.candidates(terms, true);
    pool = ids.map((id) => ix.foods.get(id)).filter(keep);
  }
  if (pool.length === 0) return { results: [], match: 'none' };

  const scored = pool.map((f) => {
    const { score, matched } = scoreFood(f, terms);
    // In "some" mode, each missing word costs more than any ranking signal can give back.
    const penalty = (terms.length - matched) * 4;
    return { f, s: score - penalty + ix.usageBoost(f.id, opts.today) - f.id * 1e-9 };
  });
  scored.sort((a, b) => b.s - a.s);
  return { results: scored.slice(0, limit).map(({ f }) => ix.hit(f)), match };
}

/** The user's foods by most recent use (recent) or by number of uses (frequent). */
export function usageList(db: Database.Database, kind: 'recent' | 'frequent', limit: number): FoodHit[] {
  const ix = indexFor(db);
  const list = [...ix.usage.entries()]
    .filter(([id]) => ix.foods.has(id))
    .sort(([ia, a], [ib, b]) =>
      kind === 'recent' ? b.lastDate.localeCompare(a.lastDate) || b.uses - a.uses || ia - ib : b.uses - a.uses || b.lastDate.localeCompare(a.lastDate) || ia - ib,
    )
    .slice(0, limit);
  return list.map(([id]) => ix.hit(ix.foods.get(id)!));
}

/** For tests and the benchmark: drop the cached ranking data of a connection. */
export function resetSearchIndex(db: Database.Database): void {
  indexes.delete(db);
}
