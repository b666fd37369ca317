// Food search: SQLite FTS5 finds the candidates (every query word, in any order, as a prefix of a
// stemmed name word or of the word as written; searchText.ts keeps the tables), then a small ranking
// model orders them. The model is a design choice (D), tuned against the search-quality table in
// tests/unit/food-search-quality.table.ts:
//
//   score = 3 × word match (exact > prefix; the name's first parts weigh most)
//         + 1.5 × coverage (how much of the name the query explains: "Honey" beats "Honey loaf")
//         + head match (the query names the food itself, not an ingredient: "Milk, whole" for
//           "whole milk", not "Cheese, mozzarella, whole milk")
//         + prior (see staticPrior: whole/raw/"all varieties" foods, SR24's most thoroughly
//           analysed staples and the curated everyday foods of everyday.ts up; baby food, brands,
//           fast food, human milk, animal fats, deprecated down)
//         + usage (the user's frequent and recent foods up)
//
// Speed: food_fts numbers SR24 foods by their prior (ranking.ts; food.search_rank), so a broad query
// ("ch") reads only the likeliest SR24_CAP of them (ORDER BY rowid LIMIT); the user's own foods come
// newest first (user_food_fts by id, descending), capped too; foods the user has logged are always
// considered. Checked against exhaustive scoring: on the benchmark's queries a cap of 400 changed the
// top 3 of one query ("roasted") and 800 of none; 500 is the compromise.
// A word of one or two letters next to longer ones ("chicken b", typed on the way to "breast") is
// not handed to FTS5: ANDing a one-letter prefix, which most foods have, with the other words cost
// FTS5 up to ~1 ms alone. FTS5 reads the first `cap` foods having the longer words and the short
// word is checked in memory (termIndex.ts, integer comparisons); so while such a word is being typed,
// the candidates are those among the first `cap` matches of the other words. And while typing, a
// keystroke that only refines the last query is answered from that query's matches when FTS5 returned
// all of them (Half.narrowed): exactly what FTS5 would say, without asking it again.
// A food's ranking data (its name as term ids, prior, head, processing: rankingData.ts) is computed
// the first time FTS5 names it as a candidate and kept per connection with usage, measures and
// recent results; nothing is loaded up front, so the first search after start costs what its own
// candidates cost. What is kept is dropped through the change feed (core/changes.ts): a catalogue
// write ('foods') or anything the feed cannot vouch for ('all') drops the foods, a diary write (its
// days) reloads the usage.
import type Database from 'better-sqlite3';
import type { FoodHit, Measure } from '../../../shared/contract/food';
import { daysBetween } from '../../../shared/dates';
import { changeFeed, type ChangeFeed } from '../changes';
import { USER_FOOD_BASE } from './foods';
import { allUsage, measuresOf, type Food, type Usage } from './store/foods';
import { sr24IdsByRank } from './store/build';
import { hasTermWithPrefix, liveUserFoods, matchRowids, searchableById } from './store/search';
import type { FoodSource } from './ranking';
import { PROCESS_LIST, QueryRanges, Segments, rankFoods, type IndexedFood } from './rankingData';
import { ensureSearchText, ftsWord } from './searchText';
import { MAX_MATCH_SCORE, matchedTerms, scoreFood, type PreparedQuery } from './scoring';
import { queryTerms, type QueryTerm } from './text';

export interface SearchOptions {
  limit?: number;
  includeDeprecated?: boolean;
  sources?: FoodSource[];
  /** "Today", for how recent a food's last use is. */
  today: string;
  /** Score every candidate, none passed over by its bound (tests check the bound changes nothing). */
  exhaustive?: boolean;
}

export interface SearchResult {
  results: FoodHit[];
  /** 'all' = every word matched; 'some' = nothing matched every word, so foods matching some are shown. */
  match: 'all' | 'some' | 'none';
}

/** SR24 candidates read per query, likeliest first (see the note at the top). */
const SR24_CAP = 500;
/** Candidates read per source for a query of one or two letters. */
const SHORT_CAP = 150;
/** The user's own foods read per query, newest first. */
const USER_FOODS_CAP = 300;

let queryCounter = 0;

/**
 * The foods of one FTS5 table as FTS5 numbers them (SR24: search rank; the user's own: id), loaded
 * when first named, and the matches of recent queries for narrowing.
 */
class Half {
  /**
   * By FTS5 rowid − base (SR24 ranks count from 1, the user's foods from USER_FOOD_BASE): the food,
   * or null for a rowid with no live food (never asked again). An array: every keystroke looks up
   * hundreds of rowids.
   */
  private readonly byRowid: (IndexedFood | null | undefined)[] = [];
  private readonly base: number;
  /**
   * Every match of recent queries (FTS5 answered with fewer than the cap), newest last. While typing,
   * each keystroke refines the last query ("chick b" → "chick br"): when every word now extends its
   * word there, as typed and as stemmed, the new matches are exactly those of that list that have the
   * words — found in memory instead of asking FTS5 again.
   */
  private recent: { terms: QueryTerm[]; foods: IndexedFood[] }[] = [];

  constructor(
    readonly name: 'sr24' | 'user',
    private readonly index: FoodSearchIndex,
  ) {
    this.base = name === 'user' ? USER_FOOD_BASE : 0;
  }

  private readonly known = new Map<string, boolean>();
  private readonly segments = new Segments();

  /**
   * Whether no name here has the word (stem or as typed, as a prefix). A food already held that has
   * it says no at once; otherwise FTS5's vocabulary says, once per word.
   */
  matchesNothing(db: Database.Database, t: QueryTerm): boolean {
    if (this.segments.hasPrefix(t.term) || (t.raw !== t.term && this.segments.hasPrefix(t.raw))) return false;
    const key = `${t.term} ${t.raw}`;
    let none = this.known.get(key);
    if (none === undefined) {
      none = !hasTermWithPrefix(db, this.name, t.term) && (t.raw === t.term || !hasTermWithPrefix(db, this.name, t.raw));
      this.known.set(key, none);
    }
    return none;
  }

  rowidOf(f: IndexedFood): number {
    return this.name === 'sr24' ? f.food.rank : f.food.id;
  }

  /** The foods behind these rowids, in the same order; loads (and ranks the data of) any not seen yet. */
  foodsAt(db: Database.Database, rowids: number[]): (IndexedFood | null)[] {
    const { byRowid, base } = this;
    let missing: number[] | undefined;
    for (const r of rowids) if (byRowid[r - base] === undefined) (missing ??= []).push(r);
    if (missing) {
      this.add(this.load(db, missing));
      for (const r of missing) if (byRowid[r - base] === undefined) this.put(r, null);
    }
    return rowids.map((r) => byRowid[r - base]!);
  }

  /** Grows the array densely (a far write would turn it into a slow dictionary). */
  private put(rowid: number, f: IndexedFood | null): void {
    const i = rowid - this.base;
    while (this.byRowid.length <= i) this.byRowid.push(undefined);
    this.byRowid[i] = f;
  }

  /** SR24 ids by search rank (the FTS5 rowid), read once per half. */
  private idsByRank: number[] | undefined;

  private load(db: Database.Database, rowids: number[]): Food[] {
    if (this.name === 'user') return liveUserFoods(db, rowids);
    const ids = (this.idsByRank ??= sr24IdsByRank(db));
    return searchableById(db, rowids.map((r) => ids[r - 1]).filter((id) => id !== undefined)).filter((f) => f.source === 'usda-sr24');
  }

  /** Ranks new foods of this half and registers them (by rowid here, by id in the index). */
  add(foods: Food[]): IndexedFood[] {
    const ranked = rankFoods(foods);
    this.segments.add(ranked);
    for (const f of ranked) {
      this.put(this.rowidOf(f), f);
      this.index.foods.set(f.food.id, f);
    }
    return ranked;
  }

  narrowed(q: PreparedQuery): IndexedFood[] | undefined {
    const { terms } = q;
    for (let k = this.recent.length - 1; k >= 0; k--) {
      const prev = this.recent[k];
      if (prev.terms.length > terms.length) continue;
      if (!prev.terms.every((p, i) => terms[i].term.startsWith(p.term) && terms[i].raw.startsWith(p.raw))) continue;
      const foods = prev.foods.filter((f) => terms.every((_, w) => q.ranges.has(f, w)));
      this.remember(terms, foods);
      return foods;
    }
    return undefined;
  }

  remember(terms: QueryTerm[], foods: IndexedFood[]): void {
    this.recent.push({ terms, foods });
    if (this.recent.length > 16) this.recent.shift();
  }

  forgetRecent(): void {
    this.recent = [];
  }
}

class FoodSearchIndex {
  /** Every food loaded so far, by food id. */
  readonly foods = new Map<number, IndexedFood>();
  private sr24 = new Half('sr24', this);
  private user = new Half('user', this);
  usage = new Map<number, Usage>();
  private measures = new Map<number, Measure[]>();
  private results = new Map<string, SearchResult>();
  private readonly feed: ChangeFeed;
  private usageLoaded = false;

  constructor(private db: Database.Database) {
    this.feed = changeFeed(db);
  }

  /** Drops what the change feed says may be stale; costs a PRAGMA when nothing changed. */
  refresh(): void {
    const c = this.feed.take();
    // The FTS5 tables are current (refilled once after a migration or a new stemmer).
    const refilled = ensureSearchText(this.db);
    if (c.all || c.foods || refilled) {
      this.foods.clear();
      this.sr24 = new Half('sr24', this);
      this.user = new Half('user', this);
      this.measures.clear();
      this.usageLoaded = false;
    }
    // Any diary write can change what was used when (recent and frequent foods).
    if (c.dates.size) this.usageLoaded = false;
    if (!this.usageLoaded) this.loadUsage();
  }

  clearCaches(): void {
    this.results.clear();
    this.sr24.forgetRecent();
    this.user.forgetRecent();
  }

  private loadUsage(): void {
    this.usage = allUsage(this.db);
    // Used foods are candidates of every query that they match: their ranking data is needed anyway.
    const missing = [...this.usage.keys()].filter((id) => !this.foods.has(id));
    if (missing.length) {
      const foods = searchableById(this.db, missing);
      this.sr24.add(foods.filter((f) => f.source === 'usda-sr24'));
      this.user.add(foods.filter((f) => f.source !== 'usda-sr24'));
    }
    this.usageLoaded = true;
    this.clearCaches();
  }

  usageBoost(id: number, today: string): number {
    const u = this.usage.get(id);
    if (!u) return 0;
    const age = Math.max(0, daysBetween(u.lastDate, today));
    const recency = age <= 7 ? 1 : age <= 30 ? 0.8 : age <= 180 ? 0.5 : 0.25;
    return Math.min(2.5, 0.9 * Math.log2(1 + u.uses)) * recency + (age <= 3 ? 0.4 : 0);
  }

  prepareQuery(terms: QueryTerm[]): PreparedQuery {
    let asked = 0;
    PROCESS_LIST.forEach((p, j) => {
      if (terms.some((t) => p.startsWith(t.term) || t.term.startsWith(p))) asked |= 1 << j;
    });
    return { terms, asked, ranges: new QueryRanges(terms) };
  }

  /**
   * The candidates: every word as a prefix (stem or as typed), all required, or any when
   * `anyTerm`; the likeliest SR24 foods, the newest own foods, and every logged food that matches.
   */
  candidatesFor(q: PreparedQuery, anyTerm: boolean): IndexedFood[] {
    const pool: IndexedFood[] = [];
    const stamp = ++queryCounter;
    // One or two typed letters match thousands of foods and say little: the prior decides anyway.
    const short = q.terms.length === 1 && q.terms[0].raw.length <= 2;
    for (const [half, cap] of [
      [this.sr24, short ? SHORT_CAP : SR24_CAP],
      [this.user, short ? SHORT_CAP : USER_FOODS_CAP],
    ] as const) {
      for (const f of this.matchHalf(half, q, cap, anyTerm)) {
        f.seenBy = stamp;
        pool.push(f);
      }
    }
    for (const id of this.usage.keys()) {
      const f = this.foods.get(id);
      if (!f || f.seenBy === stamp) continue;
      const has = (_: QueryTerm, k: number) => q.ranges.has(f, k);
      if (anyTerm ? q.terms.some(has) : q.terms.every(has)) pool.push(f);
    }
    return pool;
  }

  /** The first `cap` foods of one half (in its FTS5 rowid order) matching the query, through FTS5. */
  private matchHalf(half: Half, q: PreparedQuery, cap: number, anyTerm: boolean): IndexedFood[] {
    if (anyTerm) return this.ftsMatch(half, q, cap, true).foods;
    const narrowed = half.narrowed(q);
    if (narrowed) return narrowed;
    // Every word required: the answer is kept for narrowing when it is every match.
    const { foods, complete } = this.ftsMatch(half, q, cap, false);
    if (complete) half.remember(q.terms, foods);
    return foods;
  }

  /** The first `cap` foods FTS5 matches, in rowid order; `complete` when that is every match. */
  private ftsMatch(half: Half, q: PreparedQuery, cap: number, anyTerm: boolean): { foods: IndexedFood[]; complete: boolean } {
    const { terms } = q;
    // A word no name here has (checked in the half's vocabulary) decides without asking FTS5.
    const live = terms.map((_, k) => k).filter((k) => !half.matchesNothing(this.db, terms[k]));
    if (live.length === 0 || (!anyTerm && live.length < terms.length)) return { foods: [], complete: true };
    let fts = live;
    let inMemory: number[] = [];
    if (!anyTerm && terms.length > 1) {
      // Short words next to longer ones are checked in memory (see the note at the top).
      const long = live.filter((k) => terms[k].raw.length > 2);
      fts = long.length ? long : [live[0]];
      inMemory = live.filter((k) => !fts.includes(k));
    }
    const expr = fts.map((k) => ftsWord(terms[k])).join(anyTerm ? ' OR ' : ' AND ');
    const rowids = matchRowids(this.db, half.name, expr, cap);
    const foods: IndexedFood[] = [];
    for (const f of half.foodsAt(this.db, rowids)) {
      if (!f) continue;
      if (inMemory.length && !inMemory.every((k) => q.ranges.has(f, k))) continue;
      foods.push(f);
    }
    return { foods, complete: rowids.length < cap };
  }

  cachedResult(key: string): SearchResult | undefined {
    return this.results.get(key);
  }

  storeResult(key: string, r: SearchResult): void {
    if (this.results.size >= 300) this.results.delete(this.results.keys().next().value as string);
    this.results.set(key, r);
  }

  private measuresOf(id: number): Measure[] {
    let m = this.measures.get(id);
    if (!m) this.measures.set(id, (m = measuresOf(this.db, id)));
    return m;
  }

  hit({ food: f }: IndexedFood): FoodHit {
    const u = this.usage.get(f.id);
    return {
      id: f.ref,
      name: f.name,
      source: f.source,
      brand: f.brand,
      deprecated: f.deprecated,
      kcalPer100g: f.kcal,
      proteinPer100g: f.proteinG,
      carbsPer100g: f.carbsG,
      fatPer100g: f.fatG,
      // Shared with the cache: the contract's output parse hands callers their own copies.
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

export function searchFoods(db: Database.Database, query: string, opts: SearchOptions): SearchResult {
  const ix = indexFor(db);
  const limit = opts.limit ?? 20;
  const terms = queryTerms(query);
  if (terms.length === 0) return { results: [], match: 'none' };
  const key = `${terms.map((t) => t.raw).join(' ')}|${limit}|${opts.includeDeprecated ? 1 : 0}|${opts.sources?.join(',') ?? ''}|${opts.today}|${opts.exhaustive ? 1 : 0}`;
  const cached = ix.cachedResult(key);
  if (cached) return cached;

  const keep = ({ food: f }: IndexedFood) => (opts.includeDeprecated || !f.deprecated) && (!opts.sources || opts.sources.includes(f.source));
  let match: SearchResult['match'] = 'all';
  const q = ix.prepareQuery(terms);
  let pool = ix.candidatesFor(q, false);
  if (!pool.some(keep) && terms.length > 1) {
    // Nothing has every word ("greek yogurt" in SR24): rank foods by how many words they match.
    match = 'some';
    pool = ix.candidatesFor(q, true);
  }
  const hasUsage = ix.usage.size > 0;
  // Keep the best `limit` in a small sorted array instead of sorting every candidate.
  const topFood: IndexedFood[] = [];
  const topScore: number[] = [];
  for (const f of pool) {
    if (!keep(f)) continue;
    const boost = hasUsage ? ix.usageBoost(f.food.id, opts.today) : 0;
    // No food scores more than its prior + MAX_MATCH_SCORE (+ its usage): once the list is full, one
    // that cannot beat the last is not scored. SR24 candidates come by prior, so most of a long
    // tail is passed over this way — the result is the same as scoring every one.
    if (!opts.exhaustive && topScore.length === limit && f.seg.prior[f.ord] + MAX_MATCH_SCORE + boost <= topScore[limit - 1]) continue;
    const score = scoreFood(f, q, q.ranges.of(f.seg));
    // In "some" mode, each missing word costs more than any ranking signal can give back.
    const s = score - (terms.length - matchedTerms()) * 4 + boost - f.food.id * 1e-9;
    let i = topScore.length;
    if (i === limit && s <= topScore[i - 1]) continue;
    if (i < limit) {
      topScore.push(s);
      topFood.push(f);
    }
    // Shift worse ones down one place (the last one drops off when full).
    for (i = Math.min(i, limit - 1); i > 0 && topScore[i - 1] < s; i--) {
      topScore[i] = topScore[i - 1];
      topFood[i] = topFood[i - 1];
    }
    topScore[i] = s;
    topFood[i] = f;
  }
  const result: SearchResult = topFood.length ? { results: topFood.map((f) => ix.hit(f)), match } : { results: [], match: 'none' };
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
