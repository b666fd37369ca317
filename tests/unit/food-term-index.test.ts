import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/main/core/demo/random';
import { TermIndex, type WordRanges } from '../../src/main/core/food/termIndex';

// The in-memory term table checks and ranks FTS5's candidates: for one word it must say exactly what
// FTS5 matches for `"stem"* OR "typed"*` (food-search-fts.test.ts checks FTS5 against the same scan).

const VOCAB = ['a', 'ab', 'abc', 'b', 'ba', 'bread', 'breast', 'broil', 'chick', 'chicken', 'chili', 'chip', 'cook', 'roast', 'roasted', 'raw', 'rice', 'ric', 'x1', '2', '20', '2010', 'z'];

function randomFoods(n: number, seed: number): string[][] {
  const rand = mulberry32(seed);
  return Array.from({ length: n }, () => Array.from({ length: 1 + Math.floor(rand() * 6) }, () => VOCAB[Math.floor(rand() * VOCAB.length)]));
}
/** The words as written behind the stems: the stem itself, or a longer form ("chick" → "chickens"). */
const SUFFIXES = ['', '', 'ed', 'ens', 'ate'];
function writtenWords(foods: string[][], seed: number): string[][] {
  const rand = mulberry32(seed);
  return foods.map((terms) => terms.map((t) => t + SUFFIXES[Math.floor(rand() * SUFFIXES.length)]));
}

describe('TermIndex', () => {
  it('says whether a food has a word (its stem or as typed, as a prefix) exactly as a scan of its terms does', () => {
    const foods = randomFoods(400, 1);
    const written = writtenWords(foods, 3);
    const ix = new TermIndex(foods, written);
    const rand = mulberry32(2);
    const prefixes = [...new Set(VOCAB.flatMap((t) => Array.from({ length: t.length + 3 }, (_, i) => `${t}ens`.slice(0, i + 1)))), 'q', 'chickenate', 'rz', 'roastedd'];
    for (let trial = 0; trial < 600; trial++) {
      const stem = prefixes[Math.floor(rand() * prefixes.length)];
      // The typed form: the stem itself, a longer word, or an unrelated spelling ("fry" → "fri").
      const r = rand();
      const typed = r < 0.5 ? stem : r < 0.8 ? `${stem}ed` : prefixes[Math.floor(rand() * prefixes.length)];
      const w = ix.word(stem, typed);
      const expected = foods.map((terms, ord) => [...terms, ...written[ord]].some((x) => x.startsWith(stem) || x.startsWith(typed)));
      expect(foods.map((_, ord) => ix.has(ord, w)), JSON.stringify({ stem, typed })).toEqual(expected);
      expect(TermIndex.matchesNothing(w)).toBe(!expected.includes(true));
    }
  });

  it('marks the exact term of a word', () => {
    const ix = new TermIndex([['chicken', 'chick'], ['chickpea'], ['chick']]);
    const w = ix.word('chick', 'chick');
    expect(ix.vocab[w.stemExact]).toBe('chick');
    expect(w.stemExact).toBe(w.typedExact);
    expect(ix.word('chickens', 'chickens').stemExact).toBe(-1);
    expect([0, 1, 2].map((ord) => ix.has(ord, ix.word('chickp', 'chickp')))).toEqual([false, true, false]);
  });

  it('finds a word typed past its stem: "chocolat" on the way to "chocolate" (stem "chocol")', () => {
    const ix = new TermIndex([['chocol', 'milk'], ['chocol']], [['chocolate', 'milk'], ['chocolates']]);
    expect([0, 1].map((ord) => ix.has(ord, ix.word('chocolat', 'chocolat')))).toEqual([true, true]);
    expect([0, 1].map((ord) => ix.has(ord, ix.word('chocolates', 'chocolates')))).toEqual([false, true]);
    expect(() => new TermIndex([['a', 'b']], [['a']])).toThrow(/align/);
  });

  it('handles an empty index and words that match nothing', () => {
    const empty = new TermIndex([]);
    expect(empty.vocab).toEqual([]);
    expect(TermIndex.matchesNothing(empty.word('a', 'a'))).toBe(true);
    const ix = new TermIndex([['apple']]);
    expect(TermIndex.matchesNothing(ix.word('zz', 'zz'))).toBe(true);
    expect(TermIndex.matchesNothing(ix.word('zz', 'app'))).toBe(false);
  });
});
