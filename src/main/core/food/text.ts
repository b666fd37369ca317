// Food-name text for search: the same normalisation and stemming on the indexed names and on the
// typed query, so "bananas" finds "Bananas, raw" and "roasted" finds "roast". The FTS5 documents
// (searchText.ts) and the ranking's term ids (termIndex.ts, search.ts) come from the same terms, so
// matching and ranking can never disagree. food.search_terms stores the stemmed terms for the static
// prior (ranking.ts).

/** Words that carry no meaning in a food name ("Peanut butter, smooth style, with salt"). */
const STOPWORDS = new Set(['a', 'an', 'and', 'or', 'with', 'in', 'of', 'the', 'for', 'from', 'to', 'by', 'on', 'as', 'at']);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

const ASCII = /^[\x00-\x7f]*$/;

/** Lower case, accents off, split on anything that is not a letter or digit. */
export function words(text: string): string[] {
  // Plain ASCII (nearly every food name) has no accents to take off: normalising it changes nothing.
  return (ASCII.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

// ---- Porter stemmer (M. F. Porter, "An algorithm for suffix stripping", Program 14(3), 1980) ----

function isConsonant(w: string, i: number): boolean {
  const c = w[i];
  if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') return false;
  if (c === 'y') return i === 0 || !isConsonant(w, i - 1);
  return true;
}

/** m in [C](VC)^m[V] for w[0..end). */
function measure(w: string, end: number): number {
  let n = 0;
  let i = 0;
  while (i < end && isConsonant(w, i)) i++;
  while (i < end) {
    while (i < end && !isConsonant(w, i)) i++;
    if (i >= end) break;
    n++;
    while (i < end && isConsonant(w, i)) i++;
  }
  return n;
}

function hasVowel(w: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (!isConsonant(w, i)) return true;
  return false;
}

function endsDoubleConsonant(w: string): boolean {
  const n = w.length;
  return n >= 2 && w[n - 1] === w[n - 2] && isConsonant(w, n - 1);
}

/** *o: the stem ends consonant-vowel-consonant, the last not w, x or y. */
function endsCvc(w: string, end: number): boolean {
  if (end < 3) return false;
  if (!isConsonant(w, end - 3) || isConsonant(w, end - 2) || !isConsonant(w, end - 1)) return false;
  const c = w[end - 1];
  return c !== 'w' && c !== 'x' && c !== 'y';
}

/** Replaces `suffix` with `repl` when the remaining stem has measure > `minM`. Returns null if the suffix is absent. */
function replaceIf(w: string, suffix: string, repl: string, minM: number): string | null {
  if (!w.endsWith(suffix)) return null;
  const stemEnd = w.length - suffix.length;
  return measure(w, stemEnd) > minM ? w.slice(0, stemEnd) + repl : w;
}

const STEP2: [string, string][] = [
  ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['abli', 'able'],
  ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'],
  ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'],
  ['iviti', 'ive'], ['biliti', 'ble'],
];
const STEP3: [string, string][] = [
  ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', ''],
];
const STEP4 = ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize'];

export function porterStem(word: string): string {
  let w = word;
  if (w.length <= 2 || /\d/.test(w)) return w;
  // Step 1a
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.slice(0, -2);
  else if (w.endsWith('ss')) {
    /* unchanged */
  } else if (w.endsWith('s')) w = w.slice(0, -1);
  // Step 1b
  let extra = false;
  if (w.endsWith('eed')) {
    if (measure(w, w.length - 3) > 0) w = w.slice(0, -1);
  } else if (w.endsWith('ed') && hasVowel(w, w.length - 2)) {
    w = w.slice(0, -2);
    extra = true;
  } else if (w.endsWith('ing') && hasVowel(w, w.length - 3)) {
    w = w.slice(0, -3);
    extra = true;
  }
  if (extra) {
    if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) w += 'e';
    else if (endsDoubleConsonant(w) && !/[lsz]$/.test(w)) w = w.slice(0, -1);
    else if (measure(w, w.length) === 1 && endsCvc(w, w.length)) w += 'e';
  }
  // Step 1c
  if (w.endsWith('y') && hasVowel(w, w.length - 1)) w = `${w.slice(0, -1)}i`;
  // Step 2
  for (const [s, r] of STEP2) {
    const out = replaceIf(w, s, r, 0);
    if (out !== null) {
      w = out;
      break;
    }
  }
  // Step 3
  for (const [s, r] of STEP3) {
    const out = replaceIf(w, s, r, 0);
    if (out !== null) {
      w = out;
      break;
    }
  }
  // Step 4
  for (const s of STEP4) {
    if (!w.endsWith(s)) continue;
    const stemEnd = w.length - s.length;
    if (measure(w, stemEnd) > 1 && (s !== 'ion' || /[st]$/.test(w.slice(0, stemEnd)))) w = w.slice(0, stemEnd);
    break;
  }
  // Step 5a
  if (w.endsWith('e')) {
    const m = measure(w, w.length - 1);
    if (m > 1 || (m === 1 && !endsCvc(w, w.length - 1))) w = w.slice(0, -1);
  }
  // Step 5b
  if (measure(w, w.length) > 1 && endsDoubleConsonant(w) && w.endsWith('l')) w = w.slice(0, -1);
  return w;
}

/**
 * Porter, plus one food-name fix: a final y becomes i even without an earlier vowel, so "fry" and
 * "dry" meet "fried" and "dried" (Porter alone gives fry/fri, dry/dri).
 */
export function foodStem(word: string): string {
  const s = porterStem(word);
  return s.length > 2 && s.endsWith('y') && !/\d/.test(s) ? `${s.slice(0, -1)}i` : s;
}

const stemCache = new Map<string, string>();
/** Porter stem, memoised (food names reuse a small vocabulary). */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = foodStem(word);
    if (stemCache.size < 200_000) stemCache.set(word, s);
  }
  return s;
}

export interface NameTerms {
  /** Stemmed terms in name order (stopwords removed). */
  terms: string[];
  /** For each term, which comma-separated part of the name it is in (0 = the head: "Bananas"). */
  part: number[];
}

/** NameTerms plus each term's word as written (normalised, not stemmed), aligned with `terms`. */
export interface NameWords extends NameTerms {
  words: string[];
}

/** The searchable terms of a food name and the words they come from ("chocolate" → "chocol"). */
export function nameWords(name: string): NameWords {
  const terms: string[] = [];
  const raw: string[] = [];
  const part: number[] = [];
  name.split(',').forEach((segment, p) => {
    let prev: string | undefined;
    for (const w of words(segment)) {
      if (isStopword(w)) continue;
      const t = stem(w);
      terms.push(t);
      raw.push(w);
      part.push(p);
      // "Soy milk" is also "soymilk" (JOINED), right after its two words.
      const joined = prev === undefined ? undefined : joinedWord(prev, t);
      if (joined) {
        terms.push(stem(joined));
        raw.push(joined);
        part.push(p);
      }
      prev = t;
    }
  });
  return { terms, words: raw, part };
}

/** NameTerms as stored in food.search_terms: parts joined by ' | ', terms by ' '. */
export function encodeTerms(name: string): string {
  const parts: string[][] = [];
  name.split(',').forEach((segment) => {
    parts.push(words(segment).filter((w) => !isStopword(w)).map(stem));
  });
  return parts.map((p) => p.join(' ')).join(' | ');
}

export function decodeTerms(encoded: string): NameTerms {
  const terms: string[] = [];
  const part: number[] = [];
  encoded.split(' | ').forEach((segment, p) => {
    for (const t of segment.split(' ')) {
      if (t) {
        terms.push(t);
        part.push(p);
      }
    }
  });
  return { terms, part };
}

export interface QueryTerm {
  /** Stemmed term (of SR24's word when the typed word is another name for it: OTHER_NAMES). */
  term: string;
  /** As typed (normalised), for prefix matching of a word still being typed. */
  raw: string;
}

/**
 * Other names for what SR24 (American English) calls something, by the whole word typed: British and
 * Australian spellings and names (D). The query then looks for both ("yoghurt" → SR24's "Yogurt",
 * and the user's own "Greek yoghurt"). A word still being typed ("yogh") is not one yet.
 */
const OTHER_NAMES: Record<string, string> = {
  yoghurt: 'yogurt',
  yoghurts: 'yogurt',
  yoghourt: 'yogurt',
  aubergine: 'eggplant',
  aubergines: 'eggplant',
  courgette: 'zucchini',
  courgettes: 'zucchini',
  prawn: 'shrimp',
  prawns: 'shrimp',
  rocket: 'arugula',
  ketchup: 'catsup',
  beetroot: 'beets',
  beetroots: 'beets',
  swede: 'rutabagas',
  swedes: 'rutabagas',
  cornflour: 'cornstarch',
  treacle: 'molasses',
  porridge: 'oats',
  oatmeal: 'oats',
  donut: 'doughnuts',
  donuts: 'doughnuts',
  crisps: 'chips',
  capsicum: 'peppers',
  wholemeal: 'whole',
  flavour: 'flavor',
  flavoured: 'flavored',
  // Not a spelling: SR24 lists the pasta people cook from dry under its shapes, and "Pasta, …" only
  // for corn, fresh and homemade pasta.
  pasta: 'spaghetti',
};

/**
 * Two words that are one in SR24 or in everyday writing ("Soymilk" / "soy milk", "hotdog" / "hot
 * dogs"), compared by stem (D). A name with the two words also holds the joined word, and a query's
 * two words are searched as the joined one: "soy milk" finds Soymilk (not "Milk, imitation,
 * non-soy") and the user's own "Soy milk".
 */
const JOINED: [string, string, string][] = [
  ['soy', 'milk', 'soymilk'],
  ['soy', 'bean', 'soybean'],
  ['hot', 'dog', 'hotdog'],
  ['apple', 'sauce', 'applesauce'],
  ['corn', 'meal', 'cornmeal'],
  ['flax', 'seed', 'flaxseed'],
  ['pop', 'corn', 'popcorn'],
];
const joinedByStems = new Map(JOINED.map(([a, b, joined]) => [`${stem(a)} ${stem(b)}`, joined]));

/** The joined word for two adjacent words (by their stems), if they are one of JOINED. */
function joinedWord(a: string, b: string): string | undefined {
  return joinedByStems.get(`${a} ${b}`);
}

/** The typed query as terms; stopwords are dropped unless the query is nothing else. */
export function queryTerms(query: string): QueryTerm[] {
  const all = words(query);
  const kept = all.filter((w) => !isStopword(w));
  const out: QueryTerm[] = [];
  for (const w of kept.length ? kept : all) {
    // Two words that are one (JOINED) are searched as the joined word.
    const last = out.at(-1);
    const joined = last && joinedWord(stem(last.raw), stem(w));
    if (joined) {
      out[out.length - 1] = { term: stem(joined), raw: joined };
      continue;
    }
    // A word SR24 names otherwise is matched as SR24's word (stemmed) or as typed.
    out.push({ term: stem(OTHER_NAMES[w] ?? w), raw: w });
  }
  return out.slice(0, 12);
}
