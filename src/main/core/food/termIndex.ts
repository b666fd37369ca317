// The names of one half of the food index (SR24, or the user's own foods) as term ids, for checking
// and ranking the candidates FTS5 returns (search.ts) without comparing strings.
//
// The vocabulary is sorted, so the terms starting with a query word are one contiguous range of ids
// (two binary searches); every food keeps its stems in name order as ids, with the words as written
// aligned beside them ("chocolate" next to its stem "chocol"), so "chocolat" typed on the way still
// matches. Finding which foods match is FTS5's job (searchText.ts); this answers "does food `ord`
// have this word?" and "which of its terms did the word match?" in a few integer comparisons.

/** Where in the vocabulary a query word matches: term ids [lo, hi) start with it; `exact` is the id equal to it, or -1. */
export interface TermRange {
  lo: number;
  hi: number;
  exact: number;
}

/**
 * A query word in one half: the ranges of its stem and of the word as typed ("roasted" → stem
 * "roast" and "roasted"), matched as FTS5 matches `"stem"* OR "typed"*`.
 */
export interface WordRanges {
  stem: TermRange;
  /** The typed word's range when it matches terms the stem's does not; else the same object as `stem`. */
  typed: TermRange;
  /** Term ids equal to the stem and to the word as typed (-1: none), for "exact match" in the ranking. */
  stemExact: number;
  typedExact: number;
}

/** First index in the sorted `vocab` whose term is ≥ `s`. */
function lowerBound(vocab: string[], s: string): number {
  let lo = 0;
  let hi = vocab.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (vocab[mid] < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class TermIndex {
  /** Sorted distinct terms (stems and words as written); a term's id is its position. */
  readonly vocab: string[];
  /**
   * Every food's stems (in name order) as term ids, food after food: food `ord`'s are
   * [termStart[ord], termStart[ord + 1]); `wordIds` holds the same words as written, aligned.
   */
  readonly termIds: Int32Array;
  readonly wordIds: Int32Array;
  readonly termStart: Int32Array;

  /**
   * `foodTerms[ord]` = the stemmed terms of the food read `ord`-th (the candidate order);
   * `foodWords[ord]` the same words as written (same length), or the stems again when not given.
   */
  constructor(foodTerms: readonly (readonly string[])[], foodWords: readonly (readonly string[])[] = foodTerms) {
    const n = foodTerms.length;
    const distinct = new Set<string>();
    for (const terms of foodTerms) for (const t of terms) distinct.add(t);
    for (const words of foodWords) for (const w of words) distinct.add(w);
    this.vocab = [...distinct].sort();
    const idOf = new Map<string, number>();
    this.vocab.forEach((t, i) => idOf.set(t, i));

    this.termStart = new Int32Array(n + 1);
    for (let ord = 0; ord < n; ord++) {
      if (foodWords[ord].length !== foodTerms[ord].length) throw new Error('TermIndex: words and stems must align');
      this.termStart[ord + 1] = this.termStart[ord] + foodTerms[ord].length;
    }
    this.termIds = new Int32Array(this.termStart[n]);
    this.wordIds = new Int32Array(this.termStart[n]);
    for (let ord = 0; ord < n; ord++) {
      const at = this.termStart[ord];
      for (let i = 0; i < foodTerms[ord].length; i++) {
        this.termIds[at + i] = idOf.get(foodTerms[ord][i])!;
        this.wordIds[at + i] = idOf.get(foodWords[ord][i])!;
      }
    }
  }

  /** The term ids starting with `prefix`. */
  range(prefix: string): TermRange {
    const lo = lowerBound(this.vocab, prefix);
    let hi = lo;
    // Terms starting with the prefix are contiguous from lo; the end is the first that does not.
    if (lo < this.vocab.length && this.vocab[lo].startsWith(prefix)) hi = lowerBound(this.vocab, `${prefix}\uffff`);
    return { lo, hi, exact: lo < hi && this.vocab[lo] === prefix ? lo : -1 };
  }

  /** Where a query word (its stem and the word as typed) matches in this half. */
  word(stem: string, typed: string): WordRanges {
    const s = this.range(stem);
    const t = typed === stem ? s : this.range(typed);
    // A typed word that extends its stem ("roasted" ⊃ "roast") matches nothing the stem does not.
    const typedAdds = t.hi > t.lo && !(t.lo >= s.lo && t.hi <= s.hi);
    return { stem: s, typed: typedAdds ? t : s, stemExact: s.exact, typedExact: t.exact };
  }

  /** Whether the word matches no term of this half at all (then no food here has it). */
  static matchesNothing(w: WordRanges): boolean {
    return w.stem.hi === w.stem.lo && w.typed.hi === w.typed.lo;
  }

  /** Whether the food read `ord`-th has a term (stem or word as written) matching the word. */
  has(ord: number, w: WordRanges): boolean {
    const { stem, typed } = w;
    for (let i = this.termStart[ord], end = this.termStart[ord + 1]; i < end; i++) {
      const id = this.termIds[i];
      if ((id >= stem.lo && id < stem.hi) || (id >= typed.lo && id < typed.hi)) return true;
      const word = this.wordIds[i];
      if ((word >= stem.lo && word < stem.hi) || (word >= typed.lo && word < typed.hi)) return true;
    }
    return false;
  }
}
