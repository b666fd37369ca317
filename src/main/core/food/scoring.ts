// How well a query explains one food: the per-candidate half of search ranking (the model is
// described at the top of search.ts), kept apart so the search loop reads as a loop.
import type { IndexedFood, QueryRanges } from './rankingData';
import type { WordRanges } from './termIndex';
import type { QueryTerm } from './text';

/** A query prepared for ranking: its words, their ranges per segment, and the processing it asks for. */
export interface PreparedQuery {
  terms: QueryTerm[];
  ranges: QueryRanges;
  /** PROCESS_TERMS the query asks for (bits of PROCESS_LIST): "fried" asks for "fri". */
  asked: number;
}

/** The head bonus when only a multi-word head's noun is matched (D, tuned on the quality table and ~100 everyday queries). */
const HEAD_NOUN_ONLY = 0.6;

/** The most scoreFood gives beyond the prior: word match ≤ 3, coverage ≤ 1.5, head ≤ 1. */
export const MAX_MATCH_SCORE = 3 + 1.5 + 1;

/** Set by scoreFood: how many query terms the food matched (avoids an object per candidate). */
let lastMatched = 0;
/** How many query terms the food last scored matched. */
export const matchedTerms = (): number => lastMatched;

/** How well the query explains one food (see the model at the top of this file). `words` are the query's ranges in the food's half. */
export function scoreFood(f: IndexedFood, q: PreparedQuery, words: WordRanges[]): number {
  const { seg: half, ord } = f;
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

