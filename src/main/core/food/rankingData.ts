// What search needs to rank a food, computed from its name when FTS5 first names it as a candidate
// (search.ts) and then kept: nothing is loaded up front, so the first search after start reads only
// its own candidates. Foods come in batches (the new candidates of one query) and live in a few
// Segments whose names are term ids of the segment's TermIndex, so checking and scoring a candidate
// reads a few adjacent numbers instead of comparing strings.
import type { Food } from './store/foods';
import { PROCESS_TERMS, categoryParts } from './ranking';
import { searchText } from './searchText';
import { TermIndex, type WordRanges } from './termIndex';
import { isStopword, nameWords, stem, words } from './text';

/** PROCESS_TERMS as bits, so "names a processing step the query does not ask for" is one AND. */
export const PROCESS_LIST = [...PROCESS_TERMS];

/** A food's ranking data that depends on nothing but the food, computed once. */
interface Ranked {
  terms: string[];
  words: string[];
  /** Per term: the weight of its position in the name (first parts weigh most), and 1 if it counts for coverage. */
  weight: number[];
  counts: number[];
  coverageTerms: number;
  headFirst: number;
  headLast: number;
  processed: number;
}

/** A food search can rank: the food, its ranking data, and where its term ids are (segment, ord). */
export interface IndexedFood {
  food: Food;
  ranked: Ranked;
  seg: Segment;
  ord: number;
  /** The last query that put it in the candidate pool (no Set per query). */
  seenBy: number;
}

function rank(r: Food): Ranked {
  // From the name (and brand) as it is now, with the current stemmer — the same text FTS5 holds.
  const { terms, words, part } = nameWords(searchText(r.name, r.brand, r.source));
  const category = r.source === 'usda-sr24' ? categoryParts(r.name) : 0;
  const weight: number[] = [];
  const counts: number[] = [];
  let coverageTerms = 0;
  let processed = 0;
  for (let i = 0; i < terms.length; i++) {
    const p = part[i];
    weight.push(p <= category ? 1 : p === category + 1 ? 0.8 : p === category + 2 ? 0.7 : 0.55);
    counts.push(p >= category ? 1 : 0);
    if (p >= category) coverageTerms++;
    const t = terms[i];
    // "Without salt" is not salted, and "cooked, dry heat" (SR24's fish and game) not dried.
    const unprocessed = (t === 'salt' && (terms[i - 1] === 'without' || terms[i - 2] === 'without')) || (t === 'dri' && terms[i + 1] === 'heat');
    if (PROCESS_TERMS.has(t) && !unprocessed) processed |= 1 << PROCESS_LIST.indexOf(t);
  }
  return {
    terms,
    words,
    weight,
    counts,
    coverageTerms: Math.max(1, coverageTerms),
    headFirst: part.indexOf(category),
    headLast: headNounAt(r.name, terms, part, category),
    processed,
  };
}

/** New foods, ranked; in no segment until Segments.add puts them in one. */
export function rankFoods(foods: Food[]): IndexedFood[] {
  return foods.map((food) => ({ food, ranked: rank(food), seg: EMPTY, ord: 0, seenBy: 0 }));
}

/**
 * Foods' ranking data in flat arrays (per term aligned with `terms.termIds`, per food by ord), so
 * scoring a candidate reads a few adjacent numbers. Building one points each food at it.
 */
export class Segment {
  readonly size: number;
  readonly terms: TermIndex;
  readonly weight: Float64Array;
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
  /** Per food: the PROCESS_TERMS it names (bits of PROCESS_LIST), minus "without salt" and "dry heat". */
  readonly processed: Int32Array;

  constructor(foods: IndexedFood[]) {
    const n = (this.size = foods.length);
    this.terms = new TermIndex(
      foods.map((f) => f.ranked.terms),
      foods.map((f) => f.ranked.words),
    );
    const termStart = this.terms.termStart;
    this.weight = new Float64Array(this.terms.termIds.length);
    this.countsForCoverage = new Uint8Array(this.terms.termIds.length);
    this.coverageTerms = new Int32Array(n);
    this.headFirst = new Int32Array(n);
    this.headLast = new Int32Array(n);
    this.prior = new Float64Array(n);
    this.processed = new Int32Array(n);
    foods.forEach((f, ord) => {
      const r = f.ranked;
      this.weight.set(r.weight, termStart[ord]);
      this.countsForCoverage.set(r.counts, termStart[ord]);
      this.coverageTerms[ord] = r.coverageTerms;
      this.headFirst[ord] = r.headFirst;
      this.headLast[ord] = r.headLast;
      this.prior[ord] = f.food.prior;
      this.processed[ord] = r.processed;
      f.seg = this;
      f.ord = ord;
    });
  }
}

const EMPTY = new Segment([]);

/**
 * The segments of one half, kept few: a new batch is merged with the last segment while that is no
 * more than twice its size (a log-structured merge), so a query looks its words up in O(log n)
 * segments and each food is re-indexed O(log n) times over a session.
 */
export class Segments {
  private list: IndexedFood[][] = [];

  add(foods: IndexedFood[]): void {
    if (foods.length === 0) return;
    let batch = foods;
    while (this.list.length && this.list[this.list.length - 1].length <= 2 * batch.length) batch = [...this.list.pop()!, ...batch];
    new Segment(batch);
    this.list.push(batch);
  }

  /** Whether a food held here has a term starting with `prefix`. */
  hasPrefix(prefix: string): boolean {
    return this.list.some((foods) => {
      const r = foods[0].seg.terms.range(prefix);
      return r.hi > r.lo;
    });
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

/** A query's words as each segment's term ranges, looked up once per segment and query. */
export class QueryRanges {
  private readonly bySeg = new Map<Segment, WordRanges[]>();
  constructor(private readonly terms: readonly { term: string; raw: string }[]) {}

  of(seg: Segment): WordRanges[] {
    let r = this.bySeg.get(seg);
    if (!r) this.bySeg.set(seg, (r = this.terms.map((t) => seg.terms.word(t.term, t.raw))));
    return r;
  }

  /** Whether the food has query word k (its stem or as typed, as a prefix). */
  has(f: IndexedFood, k: number): boolean {
    return f.seg.terms.has(f.ord, this.of(f.seg)[k]);
  }
}
