import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../src/main/core/dispatch';
import type { CoreContext } from '../../src/main/core/context';
import { EVERYDAY_FOODS } from '../../src/main/core/food/everyday';
import { foodTestContext } from './food-helpers';
import { EVERYDAY_QUERIES, MILK_QUERIES } from './food-search-everyday.table';

let ctx: CoreContext;
beforeAll(() => {
  ctx = foodTestContext();
});
afterAll(() => ctx.db.close());

const search = (query: string, limit: number) => call(ctx, 'food.search', { query, limit }).results;
const shown = (rows: { id: string; name: string }[]) => rows.map((r) => `${r.id} ${r.name}`).join('\n  ');
const INFANT_OR_HUMAN = /\bhuman\b|infant formula|babyfood|toddler/i;

describe('everyday words find the form people eat', () => {
  it('covers at least 60 queries', () => expect(EVERYDAY_QUERIES.length).toBeGreaterThanOrEqual(60));

  it.each(EVERYDAY_QUERIES)('"$query"', ({ query, expect: ids, top = 3 }) => {
    const rows = search(query, 3);
    expect(rows.slice(0, top).some((r) => ids.includes(r.id)), `top ${top} for "${query}":\n  ${shown(rows)}`).toBe(true);
  });

  it('"pasta" puts cooked pasta first, not corn pasta', () => {
    const [first] = search('pasta', 5);
    expect(first.name).toMatch(/cooked/);
    expect(first.name).not.toMatch(/corn/i);
  });

  it.each(MILK_QUERIES)('"%s" shows no human milk, infant formula or baby food in the top 5', (query) => {
    const rows = search(query, 5);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => INFANT_OR_HUMAN.test(r.name)), shown(rows)).toEqual([]);
  });
});

describe('the demoted forms are still found when named', () => {
  it.each([
    ['human milk', /^Milk, human/],
    ['infant formula', /Infant formula/i],
    ['dehydrated banana', /^Bananas, dehydrated/],
    ['raw chicken breast', /^Chicken, broilers or fryers, breast, .*raw/],
    ['chicken breast fried', /^Chicken, broilers or fryers, breast, .*fried/],
  ])('"%s"', (query, name) => {
    const [first] = search(query, 5);
    expect(first.name).toMatch(name);
  });

  it('"chicken skin" lists the skin in its top 3', () => {
    const rows = search('chicken skin', 3);
    expect(rows.some((r) => /^Chicken, skin/.test(r.name)), shown(rows)).toBe(true);
  });
});

describe('the curated list', () => {
  it('names only current SR24 foods', () => {
    const ids = [...new Set(Object.values(EVERYDAY_FOODS).flat())];
    const current = ctx.db
      .prepare(`SELECT ref FROM food WHERE source = 'usda-sr24' AND deprecated = 0 AND ref IN (${ids.map(() => '?').join(',')})`)
      .pluck()
      .all(...ids);
    expect(ids.filter((id) => !current.includes(id))).toEqual([]);
  });
});
