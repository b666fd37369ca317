// Food search: SQLite FTS5 finds the candidates (every query word, in any order, as a prefix of a
// stemmed name word or of the word as written; searchText.ts keeps the tables), then a small ranking
// model orders them. The model is a design choice (D), tuned against the search-quality table in
// tests/unit/food-search-quality.table.ts:
//
//   score = 3 × word match (exact > prefix; the name's first parts weigh most)
//         + 1.5 × coverage (how much of the name the query explains: "Honey" beats "Honey loaf")
//         + head match (the query names the food itself, not an ingredient: "Milk, whole" for
//           "whole milk", not "Cheese, mozzarella, whole milk")
//         + prior (see staticPrior: whole/raw/"all varieties" foods and SR24's most thoroughly
//           analysed staples up; baby food, brands, fast food, deprecated down)
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
// all of them (IndexHalf.narrowed): exactly what FTS5 would say, without asking it again.
// The ranking data (names as term ids, priors, usage), measures and recent results are kept per
// connection and refreshed when the food tables change (our own writes call
// `foodsChanged`/`usageChanged`; another connection's writes are seen through PRAGMA data_version).
// SR24 and the user's foods are held apart, so saving a custom food reloads only the small half.
import type Database from 'better-sqlite3';
import { cleanNumber } from '../../../shared/food/nutrients';
import { daysBetween } from '../../../shared/dates';
import { PROCESS_TERMS, categoryParts, type FoodSource } from './ranking';
import { ensureSearchText, ftsWord, searchText } from './searchText';
import { TermIndex, type WordRanges } from './termIndex';
import { isStopword, nameWords, queryTerms, stem, words, type QueryTerm } from './text';

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
  /** Which half of the index holds it (SR24 or the user's own) and its position there; its ranking data is in the half's arrays. */
  half: IndexHalf;
  ord: number;
  /** The last query that put it in the candidate pool (no Set per query). */
  seenBy: number;
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
  /** Score every candidate, none passed over by its bound (tests check the bound changes nothing). */
  exhaustive?: boolean;
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
  prior: number;
  /** The food's rowid in its FTS5 table: search_rank for SR24, id for the user's own. */
  rowid: number;
}

/** PROCESS_TERMS as bits, so "names a processing step the query does not ask for" is one AND. */
const PROCESS_LIST = [...PROCESS_TERMS];

/**
 * One half of the index: SR24 foods by prior, or the user's foods newest first. The ranking data
 * is in flat arrays in candidate order (per term aligned with `terms.termIds`, per food by ord), so
 * scoring a candidate reads a few adjacent numbers instead of chasing per-food objects.
 */
class IndexHalf {
  readonly foods: IndexedFood[];
  readonly terms: TermIndex;
  /** Per term: the weight of its position in the name (first parts weigh most). */
  readonly weight: Float64Array;
  /** Per term: 1 if it counts for coverage (category heads like "Fish" do not). */
  readonly countsForCoverage: Uint8Array;
  /** Per food: how many of its terms count for coverage (at least 1). */
  readonly coverageTerms: Int32Array;
  /**
   * Per food: where the head part (after any category heads) starts, and its head noun (its last
   * word, parentheses aside: headNounAt), term positions or -1. They are one word when the head part is.
   */
  readonly headFirst: Int32Array;
  readonly headLast: Int32Array;
  readonly prior: Float64Array;
  /** Per food: the PROCESS_TERMS it names (bits of PROCESS_LIST), minus "without salt". */
  readonly processed: Int32Array;

  /** Ord of each FTS5 rowid (rowid − rowBase), −1 where none. */
  private readonly ordOfRow: Int32Array;
  private readonly rowBase: number;

  constructor(rows: FoodRow[]) {
    // From the name (and brand) as it is now, with the current stemmer — the same text FTS5 holds.
    const decoded = rows.map((r) => nameWords(searchText(r.name, r.brand, r.source)));
    this.terms = new TermIndex(
      decoded.map((d) => d.terms),
      decoded.map((d) => d.words),
    );
    const n = rows.length;
    const termStart = this.terms.termStart;
    this.weight = new Float64Array(this.terms.termIds.length);
    this.countsForCoverage = new Uint8Array(this.terms.termIds.length);
    this.coverageTerms = new Int32Array(n);
    this.headFirst = new Int32Array(n);
    this.headLast = new Int32Array(n);
    this.prior = new Float64Array(n);
    this.processed = new Int32Array(n);
    this.foods = new Array(n);
    let minRow = Infinity;
    let maxRow = -Infinity;
    for (const r of rows) {
      minRow = Math.min(minRow, r.rowid);
      maxRow = Math.max(maxRow, r.rowid);
    }
    this.rowBase = n ? minRow : 0;
    this.ordOfRow = new Int32Array(n ? maxRow - minRow + 1 : 0).fill(-1);
    for (let ord = 0; ord < n; ord++) {
      const r = rows[ord];
      const { terms, part } = decoded[ord];
      const category = r.source === 'usda-sr24' ? categoryParts(r.name) : 0;
      let coverageTerms = 0;
      let processed = 0;
      for (let i = 0; i < terms.length; i++) {
        const p = part[i];
        const at = termStart[ord] + i;
        this.weight[at] = p <= category ? 1 : p === category + 1 ? 0.8 : p === category + 2 ? 0.7 : 0.55;
        if (p >= category) {
          this.countsForCoverage[at] = 1;
          coverageTerms++;
        }
        const t = terms[i];
        if (PROCESS_TERMS.has(t) && !(t === 'salt' && (terms[i - 1] === 'without' || terms[i - 2] === 'without'))) processed |= 1 << PROCESS_LIST.indexOf(t);
      }
      this.coverageTerms[ord] = Math.max(1, coverageTerms);
      this.headFirst[ord] = part.indexOf(category);
      this.headLast[ord] = headNounAt(r.name, terms, part, category);
      this.prior[ord] = r.prior;
      this.processed[ord] = processed;
      this.ordOfRow[r.rowid - this.rowBase] = ord;
      this.foods[ord] = {
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
        half: this,
        ord,
        seenBy: 0,
      };
    }
  }

  /**
   * Every match of recent queries (FTS5 answered with fewer than the cap), newest last. While typing,
   * each keystroke refines the last query ("chick b" → "chick br"): when every word now extends its
   * word there, as typed and as stemmed, the new matches are exactly those of that list that have the
   * words — found in memory instead of asking FTS5 again.
   */
  private recent: { terms: QueryTerm[]; ords: number[] }[] = [];

  narrowed(terms: QueryTerm[], words: WordRanges[]): number[] | undefined {
    for (let k = this.recent.length - 1; k >= 0; k--) {
      const prev = this.recent[k];
      if (prev.terms.length > terms.length) continue;
      if (!prev.terms.every((p, i) => terms[i].term.startsWith(p.term) && terms[i].raw.startsWith(p.raw))) continue;
      const ords = prev.ords.filter((ord) => words.every((w) => this.terms.has(ord, w)));
      this.remember(terms, ords);
      return ords;
    }
    return undefined;
  }

  remember(terms: QueryTerm[], ords: number[]): void {
    this.recent.push({ terms, ords });
    if (this.recent.length > 16) this.recent.shift();
  }

  forgetRecent(): void {
    this.recent = [];
  }

  /** The ord of a food by its FTS5 rowid (−1 if this half does not hold it). */
  ordOf(rowid: number): number {
    const i = rowid - this.rowBase;
    return i >= 0 && i < this.ordOfRow.length ? this.ordOfRow[i] : -1;
  }
}

/**
 * Where the name says what the food is: the last word of its head part, the part after any
 * category heads (English compounds put the noun last: "Grape leaves" are leaves, "Snacks, bagel
 * chips" are chips, "Mustard greens" are greens), words in parentheses aside ("Soymilk (all
 * flavors)" is soymilk). The index of that term, or the head part's first term when not found.
 */
function headNounAt(name: string, terms: string[], part: number[], category: number): number {
  const headPart = (name.split(',')[category] ?? '').replace(/\([^)]*\)?/g, ' ');
  const last = words(headPart).filter((w) => !isStopword(w)).at(-1);
  if (last !== undefined) {
    const t = stem(last);
    for (let i = terms.length - 1; i >= 0; i--) if (part[i] === category && terms[i] === t) return i;
  }
  return part.indexOf(category);
}

const FOOD_COLUMNS = 'id, ref, name, brand, source, deprecated, kcal, protein_g, carbs_g, fat_g, search_prior AS prior';

/** FTS5 rowids matching an expression, in candidate order, capped: one row (a JSON array) instead of hundreds. */
const matchSql = (table: string, order: 'ASC' | 'DESC') =>
  `SELECT json_group_array(rowid) FROM (SELECT rowid FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid ${order} LIMIT ?)`;

/** A query prepared for both halves: each word's term ranges there. */
interface PreparedQuery {
  terms: QueryTerm[];
  sr24: WordRanges[];
  user: WordRanges[];
  /** PROCESS_TERMS the query asks for (bits of PROCESS_LIST): "fried" asks for "fri". */
  asked: number;
}

let queryCounter = 0;

// The parts of the index a write can change.
const SR24 = 1;
const USER = 2;
const USAGE = 4;

class FoodSearchIndex {
  foods = new Map<number, IndexedFood>();
  private sr24 = new IndexHalf([]);
  private user = new IndexHalf([]);
  usage = new Map<number, Usage>();
  private measures = new Map<number, MeasureInfo[]>();
  private results = new Map<string, SearchResult>();
  private dataVersion = -1;
  private sr24Fingerprint = '';
  private userFingerprint = '';
  private usageFingerprint = '';
  /** Parts our own writes changed since the last refresh (SR24 | USER | USAGE). */
  private dirty = 0;
  private readonly dataVersionStmt: Database.Statement;
  private readonly sr24FingerprintStmt: Database.Statement;
  private readonly userFingerprintStmt: Database.Statement;
  private readonly usageFingerprintStmt: Database.Statement;
  private readonly measuresStmt: Database.Statement;
  private readonly sr24Match: Database.Statement;
  private readonly userMatch: Database.Statement;

  constructor(private db: Database.Database) {
    this.sr24Match = db.prepare(matchSql('food_fts', 'ASC')).pluck();
    this.userMatch = db.prepare(matchSql('user_food_fts', 'DESC')).pluck();
    this.dataVersionStmt = db.prepare('PRAGMA data_version').pluck();
    this.sr24FingerprintStmt = db.prepare("SELECT IFNULL((SELECT value FROM settings WHERE key = 'food.sr24.version'), '')").pluck();
    // Name length, prior and energy catch an edit made within the same millisecond (or on a fixed clock).
    this.userFingerprintStmt = db.prepare(
      `SELECT COUNT(*) || ':' || IFNULL(SUM(archived), 0) || ':' || IFNULL(MAX(updated_at), '') || ':' || TOTAL(length(search_terms)) || ':' ||
              TOTAL(search_prior) || ':' || TOTAL(kcal) FROM food WHERE source != 'usda-sr24'`).pluck();
    this.usageFingerprintStmt = db.prepare("SELECT COUNT(*) || ':' || IFNULL(SUM(uses), 0) || ':' || IFNULL(MAX(last_at), '') FROM food_usage").pluck();
    this.measuresStmt = db.prepare('SELECT id, amount, name, grams FROM food_measure WHERE food_id = ? ORDER BY position');
  }

  /**
   * Brings the ranking data up to date; costs one PRAGMA when nothing changed. Our own writes mark
   * what they changed; another connection's writes (PRAGMA data_version) are found by fingerprints.
   */
  refresh(): void {
    const dv = this.dataVersionStmt.get() as number;
    const external = dv !== this.dataVersion;
    // The FTS5 tables are current (refilled once after a migration or a new stemmer).
    if (external && ensureSearchText(this.db)) this.clearCaches();
    this.dataVersion = dv;
    let reloaded = false;
    if (external || this.dirty & SR24) {
      const fp = String(this.sr24FingerprintStmt.get());
      if (this.dirty & SR24 || fp !== this.sr24Fingerprint) {
        this.sr24 = new IndexHalf(this.db.prepare(`SELECT ${FOOD_COLUMNS}, search_rank AS rowid FROM food WHERE source = 'usda-sr24' ORDER BY search_rank, id`).all() as FoodRow[]);
        this.sr24Fingerprint = fp;
        this.measures.clear();
        reloaded = true;
      }
    }
    if (external || this.dirty & USER) {
      const fp = String(this.userFingerprintStmt.get());
      if (this.dirty & USER || fp !== this.userFingerprint) {
        for (const f of this.user.foods) this.measures.delete(f.id);
        this.user = new IndexHalf(this.db.prepare(`SELECT ${FOOD_COLUMNS}, id AS rowid FROM food WHERE source != 'usda-sr24' AND archived = 0 ORDER BY id DESC`).all() as FoodRow[]);
        this.userFingerprint = fp;
        reloaded = true;
      }
    }
    if (reloaded) {
      this.foods.clear();
      for (const f of this.sr24.foods) this.foods.set(f.id, f);
      for (const f of this.user.foods) this.foods.set(f.id, f);
      this.clearCaches();
    }
    if (external || this.dirty & USAGE) {
      const fp = String(this.usageFingerprintStmt.get());
      if (this.dirty & USAGE || fp !== this.usageFingerprint) this.loadUsage(fp);
    }
    this.dirty = 0;
  }

  /** Our own write changed some of the food tables: reload that part before the next search. */
  markChanged(part: number): void {
    this.dirty |= part;
  }

  clearCaches(): void {
    this.results.clear();
    this.sr24.forgetRecent();
    this.user.forgetRecent();
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

  prepare(terms: QueryTerm[]): PreparedQuery {
    let asked = 0;
    PROCESS_LIST.forEach((p, j) => {
      if (terms.some((t) => p.startsWith(t.term) || t.term.startsWith(p))) asked |= 1 << j;
    });
    return {
      terms,
      asked,
      sr24: terms.map((t) => this.sr24.terms.word(t.term, t.raw)),
      user: terms.map((t) => this.user.terms.word(t.term, t.raw)),
    };
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
    for (const [half, words, stmt, cap] of [
      [this.sr24, q.sr24, this.sr24Match, short ? SHORT_CAP : SR24_CAP],
      [this.user, q.user, this.userMatch, short ? SHORT_CAP : USER_FOODS_CAP],
    ] as const) {
      for (const f of this.matchHalf(half, stmt, q.terms, words, cap, anyTerm)) {
        f.seenBy = stamp;
        pool.push(f);
      }
    }
    for (const id of this.usage.keys()) {
      const f = this.foods.get(id);
      if (!f || f.seenBy === stamp) continue;
      const words = this.wordsFor(f, q);
      const has = (w: WordRanges) => f.half.terms.has(f.ord, w);
      if (anyTerm ? words.some(has) : words.every(has)) pool.push(f);
    }
    return pool;
  }

  /** The first `cap` foods of one half (in its FTS5 rowid order) matching the query, through FTS5. */
  private matchHalf(half: IndexHalf, stmt: Database.Statement, terms: QueryTerm[], words: WordRanges[], cap: number, anyTerm: boolean): IndexedFood[] {
    const ords = anyTerm ? this.ftsMatch(half, stmt, terms, words, cap, true).ords : (half.narrowed(terms, words) ?? this.matchAll(half, stmt, terms, words, cap));
    return ords.map((ord) => half.foods[ord]);
  }

  /** Every word required: FTS5, and the answer kept for narrowing when it is every match. */
  private matchAll(half: IndexHalf, stmt: Database.Statement, terms: QueryTerm[], words: WordRanges[], cap: number): number[] {
    const { ords, complete } = this.ftsMatch(half, stmt, terms, words, cap, false);
    if (complete) half.remember(terms, ords);
    return ords;
  }

  /** Ords (ascending) of the first `cap` foods FTS5 matches; `complete` when that is every match. */
  private ftsMatch(half: IndexHalf, stmt: Database.Statement, terms: QueryTerm[], words: WordRanges[], cap: number, anyTerm: boolean): { ords: number[]; complete: boolean } {
    // A word no name here has (checked in the half's vocabulary) decides without asking FTS5.
    const live = terms.map((_, k) => k).filter((k) => !TermIndex.matchesNothing(words[k]));
    if (live.length === 0 || (!anyTerm && live.length < terms.length)) return { ords: [], complete: true };
    let fts = live;
    let inMemory: number[] = [];
    if (!anyTerm && terms.length > 1) {
      // Short words next to longer ones are checked in memory (see the note at the top).
      const long = live.filter((k) => terms[k].raw.length > 2);
      fts = long.length ? long : [live[0]];
      inMemory = live.filter((k) => !fts.includes(k));
    }
    const expr = fts.map((k) => ftsWord(terms[k])).join(anyTerm ? ' OR ' : ' AND ');
    const rowids = JSON.parse(stmt.get(expr, cap) as string) as number[];
    const ords: number[] = [];
    for (const rowid of rowids) {
      const ord = half.ordOf(rowid);
      if (ord < 0) continue;
      if (inMemory.length && !inMemory.every((k) => half.terms.has(ord, words[k]))) continue;
      ords.push(ord);
    }
    return { ords, complete: rowids.length < cap };
  }

  wordsFor(f: IndexedFood, q: PreparedQuery): WordRanges[] {
    return f.half === this.sr24 ? q.sr24 : q.user;
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

/** Our own writes to custom foods and recipes call this so search sees them at once. */
export function foodsChanged(db: Database.Database): void {
  indexes.get(db)?.markChanged(USER);
}
/** A (re)build of the SR24 rows calls this. */
export function sr24Changed(db: Database.Database): void {
  indexes.get(db)?.markChanged(SR24);
}
/** Our own diary writes call this (recent/frequent ranking). */
export function usageChanged(db: Database.Database): void {
  indexes.get(db)?.markChanged(USAGE);
}

/** The head bonus when only a multi-word head's noun is matched (D, tuned on the quality table and ~100 everyday queries). */
const HEAD_NOUN_ONLY = 0.6;

/** The most scoreFood gives beyond the prior: word match ≤ 3, coverage ≤ 1.5, head ≤ 1. */
const MAX_MATCH_SCORE = 3 + 1.5 + 1;

/** Set by scoreFood: how many query terms the food matched (avoids an object per candidate). */
let lastMatched = 0;

/** How well the query explains one food (see the model at the top of this file). `words` are the query's ranges in the food's half. */
function scoreFood(f: IndexedFood, q: PreparedQuery, words: WordRanges[]): number {
  const { half, ord } = f;
  const { termIds, wordIds } = half.terms;
  const { weight, countsForCoverage } = half;
  const from = half.terms.termStart[ord];
  const n = half.terms.termStart[ord + 1] - from;
  const headFirst = half.headFirst[ord];
  const headLast = half.headLast[ord];
  let firstQuality = 0;
  let lastQuality = 0;
  const terms = q.terms;
  let matchSum = 0;
  let matched = 0;
  let covered = 0;
  let used = 0; // bit set of matched term indexes (names have < 32 terms; longer ones just skip the check)
  for (let k = 0; k < terms.length; k++) {
    const { stem, typed, stemExact, typedExact } = words[k];
    const prefixQuality = terms[k].raw.length >= 3 ? 0.6 : 0.4;
    let best = 0;
    let bestAt = -1;
    let bestQuality = 0;
    for (let i = 0; i < n; i++) {
      // The stem, or the word as written ("chocolat" on the way to "chocolate", stem "chocol").
      const id = termIds[from + i];
      const word = wordIds[from + i];
      let quality: number;
      if (id === stemExact || id === typedExact || word === typedExact) quality = 1;
      else if ((id >= stem.lo && id < stem.hi) || (id >= typed.lo && id < typed.hi) || (word >= stem.lo && word < stem.hi) || (word >= typed.lo && word < typed.hi)) quality = prefixQuality;
      else continue;
      const s = quality * weight[from + i];
      if (s > best) {
        best = s;
        bestAt = i;
        bestQuality = quality;
      }
    }
    if (bestAt >= 0) {
      matched++;
      matchSum += best;
      if (bestAt === headFirst && bestQuality > firstQuality) firstQuality = bestQuality;
      if (bestAt === headLast && bestQuality > lastQuality) lastQuality = bestQuality;
      const bit = bestAt < 31 ? 1 << bestAt : 0;
      if (bit === 0 || (used & bit) === 0) {
        used |= bit;
        if (countsForCoverage[from + bestAt]) covered += bestQuality === 1 ? 1 : 0.5;
      }
    }
  }
  // A processing step the query does not mention ("banana" means fresh, not dried).
  const processing = (half.processed[ord] & ~q.asked) !== 0 ? 0.8 : 0;
  lastMatched = matched;
  // The head match: the query names what the food is. A one-word head ("Cake, sponge") or a
  // multi-word one named from its first word to its noun ("peanut butter") counts in full; the noun
  // alone counts partly ("cake" for "Snacks, rice cakes": cakes, but not what "cake" asks for); the
  // first word alone not at all ("grape" for "Grape leaves").
  const head = headFirst === headLast ? lastQuality : Math.min(firstQuality, lastQuality) > 0 ? Math.min(firstQuality, lastQuality) : HEAD_NOUN_ONLY * lastQuality;
  return (3 * matchSum) / terms.length + (1.5 * covered) / half.coverageTerms[ord] + head + half.prior[ord] - processing;
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
  const key = `${terms.map((t) => t.raw).join(' ')}|${limit}|${opts.includeDeprecated ? 1 : 0}|${opts.sources?.join(',') ?? ''}|${opts.today}|${opts.exhaustive ? 1 : 0}`;
  const cached = ix.cachedResult(key);
  if (cached) return cached;

  const keep = (f: IndexedFood) => (opts.includeDeprecated || !f.deprecated) && (!opts.sources || opts.sources.includes(f.source));
  let match: SearchResult['match'] = 'all';
  const q = ix.prepare(terms);
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
    const boost = hasUsage ? ix.usageBoost(f.id, opts.today) : 0;
    // No food scores more than its prior + MAX_MATCH_SCORE (+ its usage): once the list is full, one
    // that cannot beat the last is not scored. SR24 candidates come by prior, so most of a long
    // tail is passed over this way — the result is the same as scoring every one.
    if (!opts.exhaustive && topScore.length === limit && f.half.prior[f.ord] + MAX_MATCH_SCORE + boost <= topScore[limit - 1]) continue;
    const score = scoreFood(f, q, ix.wordsFor(f, q));
    // In "some" mode, each missing word costs more than any ranking signal can give back.
    const s = score - (terms.length - lastMatched) * 4 + boost - f.id * 1e-9;
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
