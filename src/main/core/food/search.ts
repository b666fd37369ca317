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
// Speed: SR24 foods are numbered in the FTS5 index by their prior (ranking.ts), so a broad query
// ("ch") reads only the likeliest SR24_CAP of them; the user's own foods come newest first, capped
// too; foods the user has logged are always considered. Checked against exhaustive scoring: on the
// benchmark's queries a cap of 400 changed the top 3 of one query ("roasted") and 800 of none;
// 500 is the compromise.
// Prepared statements, the ranking data (stemmed names, priors, usage), measures and recent
// results are kept per connection and refreshed when the food tables change (our own writes call
// `foodsChanged`/`usageChanged`; another connection's writes are seen through PRAGMA data_version).
import type Database from 'better-sqlite3';
import { cleanNumber } from '../../../shared/food/nutrients';
import { daysBetween } from '../../../shared/dates';
import { PROCESS_TERMS, categoryParts, type FoodSource } from './ranking';
import { decodeTerms, ftsTerm, queryTerms, type QueryTerm } from './text';

export type { FoodSource } from './ranking';

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
  weight: Float64Array;
  /** How many terms count for coverage (category heads like "Fish" do not). */
  coverageTerms: number;
  countsForCoverage: Uint8Array;
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

// ---- the per-connection index ----

/** SR24 candidates read per query, likeliest first (see the note at the top). */
export const SR24_CAP = 500;
/** Candidates read per source for a query of one or two letters. */
export const SHORT_CAP = 150;
/** The user's own foods read per query, newest first. */
export const USER_FOODS_CAP = 300;

interface FoodRow {
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
  terms: string;
  rank: number;
  prior: number;
}

function indexRow(r: FoodRow): IndexedFood {
  const { terms, part } = decodeTerms(r.terms);
  const category = r.source === 'usda-sr24' ? categoryParts(r.name) : 0;
  const n = terms.length;
  const weight = new Float64Array(n);
  const countsForCoverage = new Uint8Array(n);
  let coverageTerms = 0;
  for (let i = 0; i < n; i++) {
    const p = part[i];
    weight[i] = p <= category ? 1 : p === category + 1 ? 0.8 : p === category + 2 ? 0.7 : 0.55;
    if (p >= category) {
      countsForCoverage[i] = 1;
      coverageTerms++;
    }
  }
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
    coverageTerms: Math.max(1, coverageTerms),
    processed: terms.filter((t, i) => PROCESS_TERMS.has(t) && !(t === 'salt' && (terms[i - 1] === 'without' || terms[i - 2] === 'without'))),
    headAt: part.indexOf(category),
    prior: r.prior,
  };
}

class FoodSearchIndex {
  foods = new Map<number, IndexedFood>();
  /** SR24 foods by FTS rowid (their rank by prior). */
  private byRank: (IndexedFood | undefined)[] = [];
  usage = new Map<number, Usage>();
  private measures = new Map<number, MeasureInfo[]>();
  private candidates = new Map<string, IndexedFood[]>();
  /** Recent complete (not capped) candidate pools, newest last, for narrowing while typing. */
  private recentPools: { terms: QueryTerm[]; pool: IndexedFood[] }[] = [];
  private results = new Map<string, SearchResult>();
  private dataVersion = -1;
  private fingerprint = '';
  private usageFingerprint = '';
  private readonly sr24Match: Database.Statement;
  private readonly userMatch: Database.Statement;
  private readonly dataVersionStmt: Database.Statement;
  private readonly fingerprintStmt: Database.Statement;
  private readonly usageFingerprintStmt: Database.Statement;
  private readonly measuresStmt: Database.Statement;

  constructor(private db: Database.Database) {
    this.sr24Match = db.prepare('SELECT rowid FROM food_fts WHERE food_fts MATCH ? LIMIT ?').pluck();
    this.userMatch = db.prepare('SELECT rowid FROM user_food_fts WHERE user_food_fts MATCH ? ORDER BY rowid DESC LIMIT ?').pluck();
    this.dataVersionStmt = db.prepare('PRAGMA data_version').pluck();
    this.fingerprintStmt = db
      .prepare(
        `SELECT IFNULL((SELECT value FROM settings WHERE key = 'food.sr24.version'), '') || ':' ||
                (SELECT COUNT(*) || ':' || IFNULL(MAX(updated_at), '') FROM food WHERE source != 'usda-sr24')`,
      )
      .pluck();
    this.usageFingerprintStmt = db.prepare("SELECT COUNT(*) || ':' || IFNULL(SUM(uses), 0) || ':' || IFNULL(MAX(last_at), '') FROM food_usage").pluck();
    this.measuresStmt = db.prepare('SELECT id, amount, name, grams FROM food_measure WHERE food_id = ? ORDER BY position');
  }

  /** Brings the ranking data up to date; costs one PRAGMA when nothing changed. */
  refresh(): void {
    const dv = this.dataVersionStmt.get() as number;
    if (dv === this.dataVersion) return;
    this.dataVersion = dv;
    const fp = String(this.fingerprintStmt.get());
    if (fp !== this.fingerprint) this.loadFoods(fp);
    const ufp = String(this.usageFingerprintStmt.get());
    if (ufp !== this.usageFingerprint) this.loadUsage(ufp);
  }

  markFoodsChanged(): void {
    this.dataVersion = -1;
    this.fingerprint = '';
  }

  markUsageChanged(): void {
    this.dataVersion = -1;
    this.usageFingerprint = '';
  }

  clearCaches(): void {
    this.candidates.clear();
    this.results.clear();
    this.recentPools = [];
  }

  /**
   * While typing, each keystroke narrows the last query: "chick b" → "chick br". If an earlier
   * pool was complete (not cut by a cap) and every term now extends its term there (as typed and as
   * stemmed), the new candidates are exactly those of that pool that match: filter instead of FTS.
   */
  private narrowed(terms: QueryTerm[]): IndexedFood[] | undefined {
    for (let k = this.recentPools.length - 1; k >= 0; k--) {
      const prev = this.recentPools[k];
      if (prev.terms.length > terms.length) continue;
      if (!prev.terms.every((p, i) => terms[i].term.startsWith(p.term) && terms[i].raw.startsWith(p.raw))) continue;
      return prev.pool.filter((f) => terms.every((t) => hasTerm(f, t)));
    }
    return undefined;
  }

  private remember(terms: QueryTerm[], pool: IndexedFood[]): void {
    this.recentPools.push({ terms, pool });
    if (this.recentPools.length > 16) this.recentPools.shift();
  }

  private loadFoods(fp: string): void {
    const rows = this.db
      .prepare(
        `SELECT id, ref, name, brand, source, deprecated, kcal, protein_g, carbs_g, fat_g, search_terms AS terms,
                search_rank AS rank, search_prior AS prior
         FROM food WHERE archived = 0`,
      )
      .all() as FoodRow[];
    this.foods.clear();
    this.byRank = [];
    for (const r of rows) {
      const f = indexRow(r);
      this.foods.set(r.id, f);
      if (r.source === 'usda-sr24') this.byRank[r.rank] = f;
    }
    this.fingerprint = fp;
    this.measures.clear();
    this.clearCaches();
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
    this.clearCaches();
  }

  usageBoost(id: number, today: string): number {
    const u = this.usage.get(id);
    if (!u) return 0;
    const age = Math.max(0, daysBetween(u.lastDate, today));
    const recency = age <= 7 ? 1 : age <= 30 ? 0.8 : age <= 180 ? 0.5 : 0.25;
    return Math.min(2.5, 0.9 * Math.log2(1 + u.uses)) * recency + (age <= 3 ? 0.4 : 0);
  }

  /**
   * FTS5 candidates: every term as a prefix (stem or as typed), all required, or any when
   * `anyTerm`; the likeliest SR24 foods, the newest own foods, and every logged food that matches.
   */
  candidatesFor(terms: QueryTerm[], anyTerm: boolean): IndexedFood[] {
    const parts = terms.map((t) => (t.raw !== t.term && !t.raw.startsWith(t.term) ? `(${ftsTerm(t.term, true)} OR ${ftsTerm(t.raw, true)})` : ftsTerm(t.term, true)));
    const q = parts.join(anyTerm ? ' OR ' : ' AND ');
    let pool = this.candidates.get(q);
    if (pool) return pool;
    pool = anyTerm ? undefined : this.narrowed(terms);
    if (pool) {
      this.remember(terms, pool);
      this.candidates.set(q, pool);
      return pool;
    }
    pool = [];
    // One or two typed letters match thousands of foods and say little: the prior decides anyway.
    const short = terms.length === 1 && terms[0].raw.length <= 2;
    const sr24Cap = short ? SHORT_CAP : SR24_CAP;
    const userCap = short ? SHORT_CAP : USER_FOODS_CAP;
    const sr24 = this.sr24Match.all(q, sr24Cap) as number[];
    const user = this.userMatch.all(q, userCap) as number[];
    for (const rank of sr24) {
      const f = this.byRank[rank];
      if (f) pool.push(f);
    }
    for (const id of user) {
      const f = this.foods.get(id);
      if (f) pool.push(f);
    }
    if (this.usage.size > 0) {
      const seen = new Set(pool.map((f) => f.id));
      for (const id of this.usage.keys()) {
        if (seen.has(id)) continue;
        const f = this.foods.get(id);
        if (f && (anyTerm ? terms.some((t) => hasTerm(f, t)) : terms.every((t) => hasTerm(f, t)))) pool.push(f);
      }
    }
    if (this.candidates.size >= 500) this.candidates.delete(this.candidates.keys().next().value as string);
    this.candidates.set(q, pool);
    if (!anyTerm && sr24.length < sr24Cap && user.length < userCap) this.remember(terms, pool);
    return pool;
  }

  cachedResult(key: string): SearchResult | undefined {
    return this.results.get(key);
  }

  storeResult(key: string, r: SearchResult): void {
    if (this.results.size >= 300) this.results.delete(this.results.keys().next().value as string);
    this.results.set(key, r);
  }

  measuresOf(id: number): MeasureInfo[] {
    let m = this.measures.get(id);
    if (!m) {
      m = (this.measuresStmt.all(id) as { id: number; amount: number; name: string; grams: number }[]).map((x) => ({
        id: x.id,
        name: x.name,
        grams: cleanNumber(x.grams / x.amount),
        amount: x.amount,
        amountGrams: x.grams,
      }));
      this.measures.set(id, m);
    }
    return m;
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
      measures: this.measuresOf(f.id).map((m) => ({ ...m })),
      usage: u ? { uses: u.uses, lastDate: u.lastDate, lastQty: u.lastQty, lastUnit: u.lastUnit } : null,
    };
  }
}

/** Whether a query term is (a prefix of) one of the food's terms, as FTS5 would match it. */
function hasTerm(f: IndexedFood, q: QueryTerm): boolean {
  for (const t of f.terms) if (t.startsWith(q.term) || t.startsWith(q.raw)) return true;
  return false;
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

/** Set by scoreFood: how many query terms the food matched (avoids an object per candidate). */
let lastMatched = 0;

/** How well the query explains one food (see the model at the top of this file). */
function scoreFood(f: IndexedFood, terms: QueryTerm[]): number {
  let matchSum = 0;
  let matched = 0;
  let covered = 0;
  let head = 0;
  const n = f.terms.length;
  let used = 0; // bit set of matched term indexes (names have < 32 terms; longer ones just skip the check)
  for (let k = 0; k < terms.length; k++) {
    const q = terms[k];
    let best = 0;
    let bestAt = -1;
    let bestQuality = 0;
    for (let i = 0; i < n; i++) {
      const t = f.terms[i];
      let quality: number;
      if (t === q.term || t === q.raw) quality = 1;
      else if (t.startsWith(q.term) || t.startsWith(q.raw)) quality = q.raw.length >= 3 ? 0.6 : 0.4;
      else continue;
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
      if (bestAt === f.headAt && bestQuality > head) head = bestQuality;
      const bit = bestAt < 31 ? 1 << bestAt : 0;
      if (bit === 0 || (used & bit) === 0) {
        used |= bit;
        if (f.countsForCoverage[bestAt]) covered += bestQuality === 1 ? 1 : 0.5;
      }
    }
  }
  let processing = 0;
  for (let j = 0; j < f.processed.length && processing === 0; j++) {
    const p = f.processed[j];
    let asked = false;
    for (let k = 0; k < terms.length && !asked; k++) asked = p.startsWith(terms[k].term) || terms[k].term.startsWith(p);
    if (!asked) processing = 0.8;
  }
  lastMatched = matched;
  return (3 * matchSum) / terms.length + (1.5 * covered) / f.coverageTerms + head + f.prior - processing;
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
  const key = `${terms.map((t) => t.raw).join(' ')}|${limit}|${opts.includeDeprecated ? 1 : 0}|${opts.sources?.join(',') ?? ''}|${opts.today}`;
  const cached = ix.cachedResult(key);
  if (cached) return cached;

  const keep = (f: IndexedFood) => (opts.includeDeprecated || !f.deprecated) && (!opts.sources || opts.sources.includes(f.source));
  let match: SearchResult['match'] = 'all';
  let pool = ix.candidatesFor(terms, false);
  if (!pool.some(keep) && terms.length > 1) {
    // Nothing has every word ("greek yogurt" in SR24): rank foods by how many words they match.
    match = 'some';
    pool = ix.candidatesFor(terms, true);
  }
  const hasUsage = ix.usage.size > 0;
  // Keep the best `limit` in a small sorted array instead of sorting every candidate.
  const top: { f: IndexedFood; s: number }[] = [];
  for (const f of pool) {
    if (!keep(f)) continue;
    const score = scoreFood(f, terms);
    // In "some" mode, each missing word costs more than any ranking signal can give back.
    const s = score - (terms.length - lastMatched) * 4 + (hasUsage ? ix.usageBoost(f.id, opts.today) : 0) - f.id * 1e-9;
    if (top.length === limit && s <= top[top.length - 1].s) continue;
    let i = top.length;
    while (i > 0 && top[i - 1].s < s) i--;
    top.splice(i, 0, { f, s });
    if (top.length > limit) top.pop();
  }
  const result: SearchResult = top.length ? { results: top.map(({ f }) => ix.hit(f)), match } : { results: [], match: 'none' };
  ix.storeResult(key, result);
  return result;
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

/** For the benchmark: forget cached candidates and results (the cost of a query never typed before). */
export function clearSearchCache(db: Database.Database): void {
  indexes.get(db)?.clearCaches();
}

/** For tests and the benchmark: drop the cached ranking data of a connection. */
export function resetSearchIndex(db: Database.Database): void {
  indexes.delete(db);
}
