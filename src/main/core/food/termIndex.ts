// An in-memory inverted index over food-name terms, answering the one question search asks: which
// foods have, for every query word, a term (a stem, or the word as written) starting with it — in the order the candidates should be
// read (SR24 by static prior, the user's own foods newest first), capped.
//
// It replaces per-query FTS5 lookups: with 20,000 custom foods sharing a small vocabulary, an FTS5
// AND of two prefix terms had to merge doclists of ~2,000 rows each and cost up to ~1 ms on its own.
// Here the vocabulary is a sorted array, so a prefix is a contiguous range of term ids (two binary
// searches), postings are ascending `Int32Array`s, and one- and two-letter prefixes have their own
// precomputed posting lists (the in-memory version of FTS5's `prefix='1 2'`). A query starts from its
// rarest word and checks the others either by marking their postings or, when they are much more
// common than the candidates left, by comparing term ids — integers, no strings, no allocation per
// candidate. Foods store their terms as ids, so the ranking (search.ts) compares integers too.

/** Where in the vocabulary a query word matches: term ids [lo, hi) start with it; `exact` is the id equal to it, or -1. */
export interface TermRange {
  lo: number;
  hi: number;
  exact: number;
}

/**
 * A query word in one index: the ranges of its stem and of the word as typed ("roasted" → stem
 * "roast" and "roasted"), as FTS5 matched `stem* OR typed*`.
 */
export interface WordRanges {
  stem: TermRange;
  /** The typed word's range when it matches terms the stem's does not; else the same object as `stem`. */
  typed: TermRange;
  /** Term ids equal to the stem and to the word as typed (-1: none), for "exact match" in the ranking. */
  stemExact: number;
  typedExact: number;
  /** Posting entries under both ranges (an upper bound on the foods it matches): the cost of reading it. */
  size: number;
  /** A precomputed one- or two-letter prefix list when the word is that short (distinct, ascending). */
  short: Int32Array | null;
}

/** Symbols of a term ([a-z0-9] after core/food/text.ts normalisation) as 0…35, or -1. */
function symbol(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 48 && c <= 57) return c - 48 + 26;
  return -1;
}
const SYMBOLS = 36;

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

/** Relative cost of checking one candidate's term ids against a word vs. reading one posting. */
const CHECK_COST = 6;

export class TermIndex {
  /** Sorted distinct terms (stems and words as written); a term's id is its position. */
  readonly vocab: string[];
  /**
   * Every food's stems (in name order) as term ids, food after food: food `ord`'s are
   * [termStart[ord], termStart[ord + 1]); `wordIds` holds the same words as written, aligned
   * ("chocolate" next to its stem "chocol"), so "chocolat" typed on the way finds it.
   */
  readonly termIds: Int32Array;
  readonly wordIds: Int32Array;
  readonly termStart: Int32Array;
  private readonly postStart: Int32Array;
  private readonly postings: Int32Array;
  /** One-letter prefix lists by symbol, two-letter ones by symbol × 36 + symbol. */
  private readonly short1: Int32Array[];
  private readonly short2: Int32Array[];
  // Scratch space reused by every query (no allocation per query beyond the result).
  private readonly mark: Uint32Array;
  private epoch = 0;
  private readonly scratch: Int32Array;

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

    const v = this.vocab.length;
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

    // Postings: count, prefix-sum, fill in ord order (so each list comes out ascending), one entry
    // per food and term even when a name repeats a word or a word is its own stem.
    const counts = new Int32Array(v + 1);
    const lastOrd = new Int32Array(v).fill(-1);
    const eachId = (ord: number, fn: (id: number) => void) => {
      for (let i = this.termStart[ord], end = this.termStart[ord + 1]; i < end; i++) {
        fn(this.termIds[i]);
        fn(this.wordIds[i]);
      }
    };
    for (let ord = 0; ord < n; ord++) {
      eachId(ord, (id) => {
        if (lastOrd[id] !== ord) {
          lastOrd[id] = ord;
          counts[id + 1]++;
        }
      });
    }
    for (let i = 0; i < v; i++) counts[i + 1] += counts[i];
    this.postStart = counts;
    this.postings = new Int32Array(counts[v]);
    const fill = counts.slice(0, v);
    lastOrd.fill(-1);
    for (let ord = 0; ord < n; ord++) {
      eachId(ord, (id) => {
        if (lastOrd[id] === ord) return;
        lastOrd[id] = ord;
        this.postings[fill[id]++] = ord;
      });
    }

    // One- and two-letter prefix lists, built the same way (distinct foods, ascending).
    const list1: number[][] = Array.from({ length: SYMBOLS }, () => []);
    const list2: number[][] = Array.from({ length: SYMBOLS * SYMBOLS }, () => []);
    const last1 = new Int32Array(SYMBOLS).fill(-1);
    const last2 = new Int32Array(SYMBOLS * SYMBOLS).fill(-1);
    for (let ord = 0; ord < n; ord++) {
      eachId(ord, (id) => {
        const t = this.vocab[id];
        const a = symbol(t.charCodeAt(0));
        if (a < 0) return;
        if (last1[a] !== ord) {
          last1[a] = ord;
          list1[a].push(ord);
        }
        if (t.length < 2) return;
        const b = symbol(t.charCodeAt(1));
        if (b < 0) return;
        const ab = a * SYMBOLS + b;
        if (last2[ab] !== ord) {
          last2[ab] = ord;
          list2[ab].push(ord);
        }
      });
    }
    this.short1 = list1.map((l) => Int32Array.from(l));
    this.short2 = list2.map((l) => Int32Array.from(l));
    this.mark = new Uint32Array(n);
    this.scratch = new Int32Array(n);
  }

  get size(): number {
    return this.termStart.length - 1;
  }

  /** The term ids starting with `prefix`. */
  range(prefix: string): TermRange {
    const lo = lowerBound(this.vocab, prefix);
    let hi = lo;
    // Terms starting with the prefix are contiguous from lo; the end is the first that does not.
    if (lo < this.vocab.length && this.vocab[lo].startsWith(prefix)) hi = lowerBound(this.vocab, `${prefix}\uffff`);
    return { lo, hi, exact: lo < hi && this.vocab[lo] === prefix ? lo : -1 };
  }

  /** Where a query word (its stem and the word as typed) matches in this index. */
  word(stem: string, typed: string): WordRanges {
    const s = this.range(stem);
    const t = typed === stem ? s : this.range(typed);
    // A typed word that extends its stem ("roasted" ⊃ "roast") matches nothing the stem does not.
    const typedAdds = t.hi > t.lo && !(t.lo >= s.lo && t.hi <= s.hi);
    const size = this.postStart[s.hi] - this.postStart[s.lo] + (typedAdds ? this.postStart[t.hi] - this.postStart[t.lo] : 0);
    const short = typedAdds ? null : this.shortList(stem);
    return { stem: s, typed: typedAdds ? t : s, stemExact: s.exact, typedExact: t.exact, size: short ? short.length : size, short };
  }

  private shortList(prefix: string): Int32Array | null {
    if (prefix.length === 0 || prefix.length > 2) return null;
    const a = symbol(prefix.charCodeAt(0));
    if (a < 0) return null;
    if (prefix.length === 1) return this.short1[a];
    const b = symbol(prefix.charCodeAt(1));
    return b < 0 ? null : this.short2[a * SYMBOLS + b];
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

  private nextEpoch(): number {
    if (this.epoch >= 0xfffffff0) {
      this.mark.fill(0);
      this.epoch = 0;
    }
    return ++this.epoch;
  }

  /** Calls `fn` with every posting of the word (a food may come twice when two of its terms match). */
  private eachPosting(w: WordRanges, fn: (ord: number) => void): void {
    if (w.short) {
      for (let i = 0; i < w.short.length; i++) fn(w.short[i]);
      return;
    }
    const p = this.postings;
    for (let i = this.postStart[w.stem.lo], end = this.postStart[w.stem.hi]; i < end; i++) fn(p[i]);
    if (w.typed !== w.stem) for (let i = this.postStart[w.typed.lo], end = this.postStart[w.typed.hi]; i < end; i++) fn(p[i]);
  }

  /** The word's postings when they are one ascending list of distinct foods (a short prefix or a single term). */
  private sortedList(w: WordRanges): Int32Array | null {
    if (w.short) return w.short;
    if (w.typed === w.stem && w.stem.hi - w.stem.lo === 1) return this.postings.subarray(this.postStart[w.stem.lo], this.postStart[w.stem.hi]);
    if (w.stem.hi === w.stem.lo && w.typed.hi - w.typed.lo === 1) return this.postings.subarray(this.postStart[w.typed.lo], this.postStart[w.typed.hi]);
    return null;
  }

  /**
   * The first `cap` foods (by ord) having every word (or, with `anyWord`, at least one), ascending.
   * The returned array is a view of scratch space: read it before the next query.
   */
  match(words: WordRanges[], cap: number, anyWord = false): Int32Array {
    if (words.length === 0 || cap <= 0) return this.scratch.subarray(0, 0);
    if (anyWord) return this.matchAny(words, cap);
    const order = words.map((_, i) => i).sort((a, b) => words[a].size - words[b].size);
    const driver = words[order[0]];
    const scratch = this.scratch;
    let n = 0;
    let sorted = true;
    const list = this.sortedList(driver);
    if (list) {
      if (words.length === 1) {
        // One word with one list: the first `cap` postings are the answer.
        const take = Math.min(cap, list.length);
        scratch.set(list.subarray(0, take));
        return scratch.subarray(0, take);
      }
      scratch.set(list);
      n = list.length;
    } else {
      const e = this.nextEpoch();
      const mark = this.mark;
      this.eachPosting(driver, (ord) => {
        if (mark[ord] !== e) {
          mark[ord] = e;
          scratch[n++] = ord;
        }
      });
      sorted = false;
    }
    for (let k = 1; k < order.length && n > 0; k++) {
      const w = words[order[k]];
      let kept = 0;
      if (w.size <= n * CHECK_COST) {
        const e = this.nextEpoch();
        const mark = this.mark;
        this.eachPosting(w, (ord) => {
          mark[ord] = e;
        });
        for (let i = 0; i < n; i++) if (mark[scratch[i]] === e) scratch[kept++] = scratch[i];
      } else {
        for (let i = 0; i < n; i++) if (this.has(scratch[i], w)) scratch[kept++] = scratch[i];
      }
      n = kept;
    }
    const out = scratch.subarray(0, n);
    if (!sorted) out.sort();
    return out.subarray(0, Math.min(cap, n));
  }

  private matchAny(words: WordRanges[], cap: number): Int32Array {
    const e = this.nextEpoch();
    const mark = this.mark;
    const scratch = this.scratch;
    let n = 0;
    for (const w of words) {
      this.eachPosting(w, (ord) => {
        if (mark[ord] !== e) {
          mark[ord] = e;
          scratch[n++] = ord;
        }
      });
    }
    const out = scratch.subarray(0, n).sort();
    return out.subarray(0, Math.min(cap, n));
  }
}
