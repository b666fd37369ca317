import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../src/main/core/dispatch';
import type { CoreContext } from '../../src/main/core/context';
import { foodTestContext } from './food-helpers';
import { SEARCH_QUALITY } from './food-search-quality.table';


let ctx: CoreContext;
beforeAll(() => {
  ctx = foodTestContext();
});
afterAll(() => ctx.db.close());

describe('search quality: the food a user means is in the top 3', () => {
  it('has at least 25 everyday queries', () => expect(SEARCH_QUALITY.length).toBeGreaterThanOrEqual(25));

  it.each(SEARCH_QUALITY)('"$query"', ({ query, expect: ids }) => {
    const top = call(ctx, 'food.search', { query, limit: 3 }).results;
    const shown = top.map((r) => `${r.id} ${r.name}`).join('\n  ');
    expect(top.some((r) => ids.includes(r.id)), `top 3 for "${query}":\n  ${shown}`).toBe(true);
  });
});
