import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/main/core/demo/random';
import { TermIndex, type WordRanges } from '../../src/main/core/food/termIndex';

// The in-memory index must answer exactly what FTS5 answered for `"stem"* OR "typed"*` AND …:
// checked here against a brute-force scan of the same foods.

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

const brute = (foods: string[][], written: string[][], words: [string, string][], cap: number, any: boolean) =>
  foods
    .map((terms, ord) => ({ terms: [...terms, ...written[ord]], ord }))
    .filter(({ terms }) => {
      const has = ([stem, typed]: [string, string]) => terms.some((t) => t.startsWith(stem) || t.startsWith(typed));
      return any ? words.some(has) : words.every(has);
    })
    .map(({ ord }) => ord)
    .slice(0, cap);

describe('TermIndex', () => {
  it('finds the same foods as a scan, in candidate order, capped, for all and for any word', () => {
    const foods = randomFoods(400, 1);
    const written = writtenWords(foods, 3);
    const ix = new TermIndex(foods, written);
    const rand = mulberry32(2);
    const prefixes = [...new Set(VOCAB.flatMap((t) => Array.from({ length: t.length + 3 }, (_, i) => `${t}ens`.slice(0, i + 1)))), 'q', 'chickenate', 'rz', 'roastedd'];
    for (let trial = 0; trial < 600; trial++) {
      const k = 1 + Math.floor(rand() * 3);
      const words: [string, string][] = Array.from({ length: k }, () => {
        const stem = prefixes[Math.floor(rand() * prefixes.length)];
        // The typed form: the stem itself, a longer word, or an unrelated spelling ("fry" → "fri").
        const r = rand();
        const typed = r < 0.5 ? stem : r < 0.8 ? `${stem}ed` : prefixes[Math.floor(rand() * prefixes.length)];
        return [stem, typed];
      });
      const cap = [1, 5, 50, 1000][trial % 4];
      const any = trial % 5 === 0;
      const ranges: WordRanges[] = words.map(([s, t]) => ix.word(s, t));
      expect([...ix.match(ranges, cap, any)], JSON.stringify({ words, cap, any })).toEqual(brute(foods, written, words, cap, any));
      // has() agrees with the scan for every food.
      for (let ord = 0; ord < foods.length; ord += 37) {
        const [s, t] = words[0];
        expect(ix.has(ord, ranges[0])).toBe([...foods[ord], ...written[ord]].some((x) => x.startsWith(s) || x.startsWith(t)));
      }
    }
  });

  it('marks the exact term of a word and counts a food once when two of its terms match', () => {
    const ix = new TermIndex([['chicken', 'chick'], ['chickpea'], ['chick']]);
    const w = ix.word('chick', 'chick');
    expect(ix.vocab[w.stemExact]).toBe('chick');
    expect(w.stemExact).toBe(w.typedExact);
    expect([...ix.match([w], 10)]).toEqual([0, 1, 2]);
    expect(ix.word('chickens', 'chickens').stemExact).toBe(-1);
    expect([...ix.match([ix.word('ch', 'ch'), ix.word('pea', 'peas')], 10)]).toEqual([]);
    expect([...ix.match([ix.word('c', 'c'), ix.word('chickp', 'chickp')], 10)]).toEqual([1]);
  });

  it('finds a word typed past its stem: "chocolat" on the way to "chocolate" (stem "chocol")', () => {
    const ix = new TermIndex([['chocol', 'milk'], ['chocol']], [['chocolate', 'milk'], ['chocolates']]);
    expect([...ix.match([ix.word('chocolat', 'chocolat')], 10)]).toEqual([0, 1]);
    expect([...ix.match([ix.word('chocolates', 'chocolates')], 10)]).toEqual([1]);
    expect(() => new TermIndex([['a', 'b']], [['a']])).toThrow(/align/);
  });

  it('handles an empty index and words that match nothing', () => {
    const empty = new TermIndex([]);
    expect([...empty.match([empty.word('a', 'a')], 10)]).toEqual([]);
    const ix = new TermIndex([['apple']]);
    expect([...ix.match([ix.word('zz', 'zz')], 10)]).toEqual([]);
    expect([...ix.match([], 10)]).toEqual([]);
  });
});
