// The Settings screen's calls: the theme kept in the database, and the meal slots put in a new order.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../src/main/core/context';
import { call, dispatch } from '../../src/main/core/dispatch';
import { snapshotTables } from './food-helpers';
import { testContext } from './helpers';

let ctx: CoreContext;
beforeEach(() => {
  ctx = testContext();
});
afterEach(() => ctx.db.close());

function rejects(method: string, input: unknown, code: string, message: RegExp): void {
  const before = snapshotTables(ctx.db);
  const r = dispatch(ctx, method, input);
  expect(r.ok, JSON.stringify(r)).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe(code);
  expect(r.error.message).toMatch(message);
  expect(snapshotTables(ctx.db)).toEqual(before);
}

describe('theme setting', () => {
  it('follows the system until one is chosen, then keeps the choice', () => {
    expect(call(ctx, 'settings.get', {})).toEqual({ theme: 'system' });
    expect(call(ctx, 'settings.set', { theme: 'dark' })).toEqual({ theme: 'dark' });
    expect(call(ctx, 'settings.get', {})).toEqual({ theme: 'dark' });
    call(ctx, 'settings.set', { theme: 'light' });
    expect(call(ctx, 'settings.get', {})).toEqual({ theme: 'light' });
    // An empty change keeps what is there.
    expect(call(ctx, 'settings.set', {})).toEqual({ theme: 'light' });
  });

  it('refuses a theme it does not know, and changes nothing', () => {
    call(ctx, 'settings.set', { theme: 'dark' });
    rejects('settings.set', { theme: 'blue' }, 'invalid_input', /"system", "light" or "dark"/);
    expect(call(ctx, 'settings.get', {})).toEqual({ theme: 'dark' });
  });

  it('does not make the database count as used (the demo stays available)', () => {
    call(ctx, 'settings.set', { theme: 'dark' });
    expect(call(ctx, 'app.info', {}).empty).toBe(true);
  });
});

describe('meal slot order', () => {
  const names = () => call(ctx, 'mealSlot.list', {}).map((s) => s.name);

  it('puts the slots in the order given, and the diary day follows it', () => {
    const [b, l, d, s] = call(ctx, 'mealSlot.list', {}).map((x) => x.id);
    const out = call(ctx, 'mealSlot.reorder', { ids: [s, b, l, d] });
    expect(out.map((x) => x.name)).toEqual(['Snacks', 'Breakfast', 'Lunch', 'Dinner']);
    expect(out.map((x) => x.position)).toEqual([1, 2, 3, 4]);
    expect(call(ctx, 'meal.list', { date: '2026-11-26' }).meals.map((m) => m.name)).toEqual(['Snacks', 'Breakfast', 'Lunch', 'Dinner']);
    // A slot added later goes at the end.
    call(ctx, 'mealSlot.add', { name: 'Supper' });
    expect(names()).toEqual(['Snacks', 'Breakfast', 'Lunch', 'Dinner', 'Supper']);
  });

  it('refuses a list that loses, doubles or invents a slot, and changes nothing', () => {
    const ids = call(ctx, 'mealSlot.list', {}).map((x) => x.id);
    rejects('mealSlot.reorder', { ids: ids.slice(1) }, 'invalid_input', /every meal slot once/);
    rejects('mealSlot.reorder', { ids: [ids[0], ...ids.slice(0, 3)] }, 'invalid_input', /every meal slot once/);
    rejects('mealSlot.reorder', { ids: [...ids.slice(0, 3), 999] }, 'not_found', /No meal slot with id 999/);
    expect(names()).toEqual(['Breakfast', 'Lunch', 'Dinner', 'Snacks']);
  });
});
