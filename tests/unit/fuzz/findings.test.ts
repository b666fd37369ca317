// What the contract fuzz found, pinned as plain cases: each was an "internal error" before the
// input screen in front of every method's schema.
import { describe, expect, it } from 'vitest';
import { call, dispatch } from '../../../src/main/core/dispatch';
import { screenInput } from '../../../src/shared/contract/common';
import { snapshotContext } from '../fixtures';
import { testContext } from '../helpers';
import { databaseDump } from './dump';
import { seedSmallHistory } from './seed';

let usdaMaxId = 0;
function seeded() {
  const ctx = snapshotContext('small history', () => {
    const fresh = testContext();
    usdaMaxId = seedSmallHistory(fresh);
    return fresh;
  });
  return { ctx, dump: () => databaseDump(ctx.db, usdaMaxId) };
}

describe('hostile values are refused before any method runs', () => {
  it('a denormal such as 5e-324 in a recipe or meal update is invalid input naming the field, and changes nothing', () => {
    const { ctx, dump } = seeded();
    const recipe = call(ctx, 'recipe.list', {})[0];
    const entry = { id: ctx.db.prepare('SELECT max(id) FROM diary_entry').pluck().get() as number };
    const before = dump();
    for (const [method, input, field] of [
      ['recipe.update', { id: recipe.id, servings: 5e-324 }, 'servings'],
      ['recipe.update', { id: recipe.id, ingredients: [{ foodId: '01077', qty: 5e-324, unit: 'g' }] }, 'ingredients.0.qty'],
      ['meal.update', { id: entry.id, qty: 5e-324 }, 'qty'],
      ['meal.update', { id: entry.id, qty: 1e300 }, 'qty'],
    ] as const) {
      const r = dispatch(ctx, method, input);
      expect(r.ok ? 'ok' : r.error, method).toMatchObject({ code: 'invalid_input', field });
      expect(!r.ok && r.error.message).toMatch(/outside the numbers this app takes \(0, or 0\.000001 to 1e\+12 in size\)/);
    }
    expect(dump()).toBe(before);
  });

  it('a key present as undefined (IPC can send one) leaves that field as it was instead of erasing it', () => {
    const { ctx } = seeded();
    const r = dispatch(ctx, 'profile.set', { sex: 'male', birthDate: undefined, heightCm: 180 });
    expect(r.ok && r.value).toMatchObject({ sex: 'male', birthDate: '1990-01-01', heightCm: 180 });
  });

  it('a NUL inside a name is refused (SQLite would cut the text there)', () => {
    const { ctx, dump } = seeded();
    const before = dump();
    const r = dispatch(ctx, 'mealSlot.add', { name: '\u0000' });
    expect(!r.ok && r.error).toEqual({ code: 'invalid_input', field: 'name', message: 'name: must not contain control characters.' });
    expect(dump()).toBe(before);
  });

  it('an own __proto__ key stays a key the schema refuses; nothing reaches a prototype', () => {
    const ctx = testContext();
    const r = dispatch(ctx, 'weight.add', JSON.parse('{"date": "2026-11-20", "weightKg": 80, "__proto__": {"polluted": true}}'));
    expect(!r.ok && r.error).toMatchObject({ code: 'invalid_input', field: '__proto__' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('screens numbers, text and nesting anywhere in the input, and keeps tabs, line breaks, 0 and -0 (as 0)', () => {
    expect(screenInput({ a: [{ b: Infinity }] })).toEqual({ ok: false, field: 'a.0.b', message: 'a.0.b: must be a finite number.' });
    expect(screenInput({ n: NaN })).toMatchObject({ ok: false, field: 'n' });
    expect(screenInput({ n: -1e13 })).toMatchObject({ ok: false, field: 'n' });
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = [deep];
    expect(screenInput({ deep })).toMatchObject({ ok: false, message: expect.stringMatching(/nests deeper than 32 levels/) });
    const ok = screenInput({ notes: 'line\n\tnext', grams: -0, tiny: 0.000001, big: 1e12, none: null });
    expect(ok).toEqual({ ok: true, value: { notes: 'line\n\tnext', grams: 0, tiny: 0.000001, big: 1e12, none: null } });
    expect(Object.is((ok as { value: { grams: number } }).value.grams, 0)).toBe(true);
  });
});
