import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../src/main/core/context';
import { call, dispatch } from '../../src/main/core/dispatch';
import { clearSearchCache } from '../../src/main/core/food/search';
import { foodStem, porterStem, queryTerms } from '../../src/main/core/food/text';
import { foodTestContext, sharedFileContexts } from './food-helpers';

describe('stemming (Porter 1980, plus y → i)', () => {
  it.each([
    ['caresses', 'caress'], ['ponies', 'poni'], ['agreed', 'agre'], ['motoring', 'motor'], ['hopping', 'hop'], ['relational', 'relat'],
    ['generalization', 'gener'], ['adjustment', 'adjust'], ['controll', 'control'], ['bananas', 'banana'], ['roasted', 'roast'], ['potatoes', 'potato'],
  ])('%s → %s', (word, stem) => expect(porterStem(word)).toBe(stem));

  it('meets fried/fry and dried/dry', () => {
    expect(foodStem('fry')).toBe(foodStem('fried'));
    expect(foodStem('dry')).toBe(foodStem('dried'));
  });

  it('drops stopwords from queries unless that is all there is', () => {
    expect(queryTerms('peanut butter with salt').map((t) => t.raw)).toEqual(['peanut', 'butter', 'salt']);
    expect(queryTerms('and').map((t) => t.raw)).toEqual(['and']);
  });
});

let ctx: CoreContext;
beforeAll(() => {
  ctx = foodTestContext();
});
afterAll(() => ctx.db.close());

const ids = (query: string, extra: Record<string, unknown> = {}) => call(ctx, 'food.search', { query, limit: 10, ...extra }).results.map((r) => r.id);

describe('food.search', () => {
  it('finds words in any order and as prefixes while typing', () => {
    expect(ids('roasted breast chicken')).toEqual(ids('chicken breast roasted'));
    expect(ids('chick bre roas')).toContain('05064');
  });

  it('returns each result with id as a 5-digit string, source, per-100 g values and measures for one unit', () => {
    const hit = call(ctx, 'food.search', { query: 'chicken breast meat only roasted', limit: 5 }).results.find((r) => r.id === '05064')!;
    expect(hit).toMatchObject({ name: 'Chicken, broilers or fryers, breast, meat only, cooked, roasted', source: 'usda-sr24', kcalPer100g: 165, proteinPer100g: 31.02, deprecated: false });
    expect(hit.measures).toContainEqual(expect.objectContaining({ name: 'breast, bone and skin removed', grams: 172, amount: 0.5, amountGrams: 86 }));
  });

  it('hides deprecated foods unless asked, then ranks them lower', () => {
    // 03810 is only in SR24's deprecated index.
    expect(ids('lofenalac')).toEqual([]);
    const withDeprecated = call(ctx, 'food.search', { query: 'lofenalac', includeDeprecated: true }).results;
    expect(withDeprecated.map((r) => r.id)).toContain('03810');
    expect(withDeprecated.find((r) => r.id === '03810')!.deprecated).toBe(true);
  });

  it('falls back to foods matching some of the words when none matches all', () => {
    const r = call(ctx, 'food.search', { query: 'greek yogurt', limit: 5 });
    expect(r.match).toBe('some');
    expect(r.results.every((x) => /yogurt/i.test(x.name))).toBe(true);
    expect(call(ctx, 'food.search', { query: 'zzzqqq' })).toMatchObject({ match: 'none', results: [] });
    expect(call(ctx, 'food.search', { query: '   ' }).results).toEqual([]);
  });

  it('treats FTS5 syntax in the query as plain text', () => {
    for (const q of ['"', 'AND', 'chicken OR', 'NOT egg', 'egg*', '(milk', 'milk)', 'a:b', '^x', 'NEAR(a b)']) {
      const r = dispatch(ctx, 'food.search', { query: q });
      expect(r.ok, `${q}: ${JSON.stringify(r)}`).toBe(true);
    }
    expect(ids('egg*')[0]).toBe(ids('egg')[0]);
  });

  it('narrowing the last results while typing gives exactly what a fresh search gives', () => {
    for (const q of ['chick bre roas', 'whole milk 3', 'peanut butter smooth', 'tuna canned in water']) {
      const typed: string[][] = [];
      for (let i = 1; i <= q.length; i++) typed.push(ids(q.slice(0, i)));
      for (let i = 1; i <= q.length; i++) {
        clearSearchCache(ctx.db);
        expect(ids(q.slice(0, i)), q.slice(0, i)).toEqual(typed[i - 1]);
      }
    }
  });

  it('keeps finding a word at every prefix while it is typed, also past its stem ("vegetab" → vegetable, stem "veget")', () => {
    for (const word of ['vegetable', 'natural', 'original', 'carbonated', 'chocolate', 'cereal', 'strawberries']) {
      for (let i = 3; i <= word.length; i++) {
        const typed = word.slice(0, i);
        const names = call(ctx, 'food.search', { query: typed, limit: 20 }).results.map((r) => r.name.toLowerCase());
        expect(names.some((n) => n.includes(typed)), `"${typed}": ${names.slice(0, 3).join(' | ')}`).toBe(true);
      }
    }
    expect(ids('tuna cann')).toEqual(ids('tuna canned'));
  });

  it("finds SR24's American names for British and Australian ones, and the user's own foods by the word typed", () => {
    const top = (q: string) => call(ctx, 'food.search', { query: q, limit: 3 }).results.map((r) => r.name);
    expect(ids('greek yoghurt')).toEqual(ids('greek yogurt'));
    expect(top('ketchup')[0]).toBe('Catsup');
    expect(top('aubergine')[0]).toMatch(/^Eggplant, raw/);
    expect(top('courgette raw')[0]).toMatch(/zucchini.*raw/);
    expect(top('prawns')[0]).toMatch(/shrimp/i);
    expect(top('beetroot')[0]).toMatch(/^Beets/);
    const own = call(ctx, 'customFood.create', { name: 'Skyr yoghurt pot', basis: '100g', nutrients: { energyKcal: 65 } });
    expect(call(ctx, 'food.search', { query: 'yoghurt', limit: 40 }).results.map((r) => r.id)).toContain(own.id);
    call(ctx, 'food.delete', { id: own.id });
  });

  it('ranks the food a name is about above foods it only qualifies ("Grape leaves" are leaves, "rice cakes" cakes)', () => {
    const first = (q: string) => call(ctx, 'food.search', { query: q, limit: 3 }).results[0].name;
    expect(first('grapes')).toMatch(/^Grapes, /);
    expect(first('mustard')).toBe('Mustard, prepared, yellow');
    expect(first('bagel')).toMatch(/^Bagels?, /);
    expect(first('brown rice')).toMatch(/^Rice, brown, /);
    // The noun of a multi-word head counts partly: a one-word head still comes first ("Cake, …"
    // before "Snacks, rice cakes"; "Tea, …" before "Hibiscus tea"; "Cream, …" before "Ice creams").
    expect(first('cake')).toMatch(/^Cake, /);
    expect(first('tea')).toMatch(/^Tea, /);
    expect(first('cream')).toMatch(/^Cream, /);
    expect(call(ctx, 'food.search', { query: 'butter', limit: 3 }).results.slice(0, 2).map((r) => r.name)).toEqual(['Butter, without salt', 'Butter, salted']);
    // A head named in full from its first word to its noun counts in full.
    expect(first('peanut butter')).toMatch(/^Peanut butter, /);
    expect(first('sweet potato')).toMatch(/^Sweet potato, /);
    // Words in parentheses are not the head: "Coriander (cilantro) leaves" is about coriander leaves.
    expect(first('coriander')).toBe('Coriander (cilantro) leaves, raw');
  });

  it('searches two words that are one as one ("soy milk" → Soymilk), and finds them in the user\'s names either way', () => {
    const top = (q: string, limit = 3) => call(ctx, 'food.search', { query: q, limit }).results.map((r) => r.name);
    expect(top('soy milk')[0]).toMatch(/^Soymilk, /);
    expect(top('soy milk', 10)).not.toContain('Milk, imitation, non-soy');
    expect(top('hot dogs')[0]).toMatch(/hotdog/);
    expect(top('apple sauce')[0]).toMatch(/^Applesauce, /);
    const own = call(ctx, 'customFood.create', { name: 'Oat and soy milk blend', basis: '100g', nutrients: { energyKcal: 45 } });
    for (const q of ['soy milk', 'soymilk', 'soy milk blend']) expect(call(ctx, 'food.search', { query: q, limit: 40 }).results.map((r) => r.id), q).toContain(own.id);
    call(ctx, 'food.delete', { id: own.id });
  });

  it('searches oatmeal and porridge as oats, donuts as doughnuts', () => {
    const first = (q: string) => call(ctx, 'food.search', { query: q, limit: 3 }).results[0].name;
    expect(first('oatmeal cooked')).toMatch(/^Cereals, oats, .*cooked/);
    expect(first('oatmeal cookie')).toMatch(/^Cookies, oatmeal/);
    expect(first('donut')).toMatch(/^Doughnuts, /);
  });

  it('hands out copies: changing a result does not change the cached one', () => {
    const first = call(ctx, 'food.search', { query: 'bananas', limit: 3 }).results[0];
    first.measures[0].grams = -1;
    first.name = 'changed';
    const again = call(ctx, 'food.search', { query: 'bananas', limit: 3 }).results[0];
    expect(again.name).toBe('Bananas, raw');
    expect(again.measures[0].grams).toBeGreaterThan(0);
  });

  it('filters by source and caps the limit', () => {
    call(ctx, 'customFood.create', { name: 'Chicken curry (mum’s)', basis: '100g', nutrients: { energyKcal: 150 } });
    expect(call(ctx, 'food.search', { query: 'chicken curry', sources: ['custom'] }).results.map((r) => r.source)).toEqual(['custom']);
    // The user's own food comes first for its words.
    expect(ids('chicken curry')[0]).toMatch(/^c\d+$/);
    expect(dispatch(ctx, 'food.search', { query: 'egg', limit: 500 })).toMatchObject({ ok: false, error: { field: 'limit' } });
  });
});

describe('the search index follows the food tables', () => {
  it("sees another connection's new, edited and deleted custom foods, and its own at once", () => {
    const shared = sharedFileContexts(2);
    const [a, b] = shared.contexts;
    try {
      const find = (c: CoreContext, q: string) => call(c, 'food.search', { query: q, limit: 5 }).results.map((r) => r.name);
      expect(find(a, 'zorbly')).toEqual([]);
      const made = call(b, 'customFood.create', { name: 'Zorbly bar', basis: '100g', nutrients: { energyKcal: 400 } });
      expect(find(a, 'zorbly')).toEqual(['Zorbly bar']);
      call(b, 'customFood.update', { id: made.id, name: 'Zorbly crunch bar', basis: '100g', nutrients: { energyKcal: 410 } });
      expect(find(a, 'zorbly cru')).toEqual(['Zorbly crunch bar']);
      call(b, 'food.delete', { id: made.id });
      expect(find(a, 'zorbly')).toEqual([]);
      call(a, 'food.restore', { id: made.id });
      expect(find(a, 'zorbly')).toEqual(['Zorbly crunch bar']);
      // SR24 foods are still found after the user's half was rebuilt.
      expect(call(a, 'food.search', { query: 'chick bre roas', limit: 10 }).results.map((r) => r.id)).toContain('05064');
    } finally {
      shared.close();
    }
  });
});
