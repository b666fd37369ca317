// What search needs to rank a food, computed from its name when FTS5 first names it as a candidate
// (search.ts) and then kept: nothing is loaded up front, so the first search after start reads only
// its own candidates. Foods are taken in batches (the new candidates of one query); each batch is a
// Segment whose names are term ids of its own TermIndex, so checking and scoring a candidate reads a
// few adjacent numbers instead of comparing strings.
import type { Food } from './store/foods';
import { PROCESS_TERMS, categoryParts } from './ranking';
import { searchText } from './searchText';
import { TermIndex, type WordRanges } from './termIndex';
import { isStopword, nameWords, stem, words } from './text';

/** PROCESS_TERMS as bits, so "names a processing step the query does not ask for" is one AND. */
export const PROCESS_LIST = [...PROCESS_TERMS];

/** A food search can rank: its hit fields, and where its ranking data is (segment, ord). */
export interface IndexedFood {
  food: Food;
  seg: Segment;
  ord: number;
  /** The last query that put it in the candidate pool (no Set per query). */
  seenBy: number;
}

/**
 * A batch of foods with their ranking data in flat arrays (per term aligned with
 * `terms.termIds`, per food by ord).
 */
export class Segment {
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

  constructor(rows: Food[]) {
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
      this.foods[ord] = { food: r, seg: this, ord, seenBy: 0 };
    }
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
