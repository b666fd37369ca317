import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../src/main/core/context';
import { call, dispatch } from '../../src/main/core/dispatch';
import { AppError } from '../../src/main/errors';
import { dailyIntake } from '../../src/main/core/diary/daily';
import { foodTestContext, snapshotTables } from './food-helpers';

const TODAY = '2026-11-26';
let ctx: CoreContext;
beforeEach(() => {
  ctx = foodTestContext(TODAY);
});
afterEach(() => ctx.db.close());

const add = (food: { id: string; qty: number; unit: string; measureId?: number }, meal = 'Breakfast', date = TODAY, confirm?: boolean) =>
  call(ctx, 'meal.add', { date, meal, food, confirm });

/** Asserts the call fails with `code` (and a message matching `message`) and the database is unchanged. */
function rejects(method: string, input: unknown, code: string, message?: RegExp, field?: string): void {
  const before = snapshotTables(ctx.db);
  const r = dispatch(ctx, method, input);
  expect(r.ok, JSON.stringify(r)).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe(code);
  if (message) expect(r.error.message).toMatch(message);
  if (field) expect(r.error.field).toBe(field);
  expect(snapshotTables(ctx.db)).toEqual(before);
}

describe('totals equal the database exactly', () => {
  it('200 g of 05064 roasted chicken breast is 330 kcal and 62.04 g protein', () => {
    const e = add({ id: '05064', qty: 200, unit: 'g' });
    expect(e.kcal).toBe(330);
    expect(e.proteinG).toBe(62.04);
    expect(e.fatG).toBe(7.14);
    const day = call(ctx, 'meal.list', { date: TODAY });
    expect(day.totals.kcal).toBe(330);
    expect(day.totals.proteinG).toBe(62.04);
    // Today is not over: the report keeps what was logged and leaves it undecided until marked complete.
    expect(call(ctx, 'report.get', { from: TODAY, to: TODAY }).days[0]).toMatchObject({ intakeKcal: 330, proteinG: 62.04, complete: null, intakeStatus: 'provisional' });
  });

  it('a household measure weighs grams/amount per unit: 1 "breast, bone and skin removed" (0.5 = 86 g) is 172 g', () => {
    const e = add({ id: '05064', qty: 1, unit: 'breast, bone and skin removed' });
    expect(e.grams).toBe(172);
    expect(e.kcal).toBe(283.8); // 165 × 1.72
    const half = add({ id: '05064', qty: 0.5, unit: 'Breast' }); // case-insensitive unique prefix
    expect(half.grams).toBe(86);
    expect(half.unit).toBe('breast, bone and skin removed');
  });

  it('converts oz, lb and kg', () => {
    expect(add({ id: '05064', qty: 4, unit: 'oz' }).grams).toBeCloseTo(113.398, 3);
    expect(add({ id: '05064', qty: 1, unit: 'lb' }).grams).toBeCloseTo(453.592, 3);
    expect(add({ id: '05064', qty: 0.25, unit: 'kg' }).grams).toBe(250);
  });

  it('picks a measure by id (the UI) and refuses a measure of another food', () => {
    const m = call(ctx, 'food.get', { id: '05064' }).measures[0];
    expect(add({ id: '05064', qty: 2, unit: m.name, measureId: m.id }).grams).toBe(280);
    const other = call(ctx, 'food.get', { id: '09040' }).measures[0];
    rejects('meal.add', { date: TODAY, meal: 'Lunch', food: { id: '05064', qty: 1, unit: 'x', measureId: other.id } }, 'invalid_input', /does not belong/);
  });

  it('matches a measure by a unique prefix: bananas "medium" is "medium (7" to 7-7/8" long)"', () => {
    expect(add({ id: '09040', qty: 1, unit: 'medium' }).unit).toBe('medium (7" to 7-7/8" long)');
  });

  it('takes the amount-1 measure when SR24 lists a name twice (ricotta: 1 cup = 246 g, 0.5 cup = 124 g)', () => {
    expect(add({ id: '01036', qty: 1, unit: 'cup' }).grams).toBe(246);
  });
});

describe('quick add', () => {
  it('logs kcal with optional macros and a label; unknown macros stay unknown', () => {
    const e = call(ctx, 'meal.add', { date: TODAY, meal: 'snacks', quick: { kcal: 250, proteinG: 20, label: 'Protein bar' } });
    expect(e).toMatchObject({ kind: 'quick', name: 'Protein bar', kcal: 250, proteinG: 20, carbsG: null, fatG: null, meal: 'Snacks' });
    const day = call(ctx, 'meal.list', { date: TODAY });
    expect(day.totals).toMatchObject({ kcal: 250, proteinG: 20, carbsG: 0, unknown: { carbsG: 1, fatG: 1, proteinG: 0 } });
    const intake = dailyIntake(ctx.db, TODAY, TODAY)[0];
    expect(intake).toMatchObject({ intakeKcal: 250, proteinG: 20, carbsG: null, fatG: null, macroGaps: 1 });
  });

  it('labels an entry without a label "Quick add"', () => {
    expect(call(ctx, 'meal.add', { date: TODAY, meal: 'Snacks', quick: { kcal: 100, label: '  ' } }).name).toBe('Quick add');
  });
});

describe('bad input: a clear error and nothing written', () => {
  it.each([
    ['negative amount', { date: TODAY, meal: 'Lunch', food: { id: '05064', qty: -100, unit: 'g' } }, 'invalid_input', /amount must be more than 0/, 'food.qty'],
    ['zero amount', { date: TODAY, meal: 'Lunch', food: { id: '05064', qty: 0, unit: 'g' } }, 'invalid_input', /more than 0/, 'food.qty'],
    ['text amount', { date: TODAY, meal: 'Lunch', food: { id: '05064', qty: 'lots', unit: 'g' } }, 'invalid_input', /amount must be a number/, 'food.qty'],
    ['unknown food id', { date: TODAY, meal: 'Lunch', food: { id: '99999', qty: 100, unit: 'g' } }, 'not_found', /No food in USDA SR24 with id "99999"/, 'food.id'],
    ['malformed food id', { date: TODAY, meal: 'Lunch', food: { id: '5064', qty: 100, unit: 'g' } }, 'invalid_input', /food id must look like/, 'food.id'],
    ['unknown custom food', { date: TODAY, meal: 'Lunch', food: { id: 'c77', qty: 100, unit: 'g' } }, 'not_found', /No custom food with id "c77"/, 'food.id'],
    ['unknown unit', { date: TODAY, meal: 'Lunch', food: { id: '05064', qty: 1, unit: 'bucket' } }, 'invalid_input', /"bucket" is not a unit of this food/, 'food.unit'],
    ['ambiguous measure prefix', { date: TODAY, meal: 'Lunch', food: { id: '09040', qty: 1, unit: 'cup' } }, 'invalid_input', /"cup" matches several measures: "cup, mashed", "cup, sliced"/, 'food.unit'],
    ['unknown meal', { date: TODAY, meal: 'Elevenses', food: { id: '05064', qty: 100, unit: 'g' } }, 'invalid_input', /no meal called "Elevenses"/, 'meal'],
    ['food and quick add together', { date: TODAY, meal: 'Lunch', food: { id: '05064', qty: 100, unit: 'g' }, quick: { kcal: 1 } }, 'invalid_input', /either a food/, 'food'],
    ['impossible date', { date: '2026-02-30', meal: 'Lunch', quick: { kcal: 100 } }, 'invalid_input', /real date/, 'date'],
    ['too far ahead', { date: '2028-01-01', meal: 'Lunch', quick: { kcal: 100 } }, 'invalid_input', /more than a year ahead/, 'date'],
    ['negative quick kcal', { date: TODAY, meal: 'Lunch', quick: { kcal: -5 } }, 'invalid_input', /energy cannot be negative/, 'quick.kcal'],
    ['absurd quick kcal', { date: TODAY, meal: 'Lunch', quick: { kcal: 50_000 } }, 'invalid_input', /at most 10000 kcal/, 'quick.kcal'],
    ['over 50 kg', { date: TODAY, meal: 'Lunch', food: { id: '05064', qty: 60, unit: 'kg' }, confirm: true }, 'invalid_input', /limit/, 'qty'],
  ])('%s', (_name, input, code, message, field) => rejects('meal.add', input, code, message, field));

  it('more than 5 kg of one food needs an explicit confirm', () => {
    rejects('meal.add', { date: TODAY, meal: 'Dinner', food: { id: '05064', qty: 5.5, unit: 'kg' } }, 'needs_confirmation', /5\.5 kg .* over 5 kg/, 'confirm');
    expect(add({ id: '05064', qty: 5.5, unit: 'kg' }, 'Dinner', TODAY, true).grams).toBe(5500);
    expect(add({ id: '05064', qty: 5000, unit: 'g' }, 'Dinner').grams).toBe(5000); // exactly 5 kg is fine
  });

  it('a food without an energy value cannot be logged', () => {
    rejects('meal.add', { date: TODAY, meal: 'Lunch', food: { id: '23999', qty: 100, unit: 'g' } }, 'invalid_input', /no energy value/);
  });
});

describe('snapshot at log time', () => {
  it('editing a custom food never changes what was logged', () => {
    const bar = call(ctx, 'customFood.create', {
      name: 'Oat bar',
      basis: 'serving',
      serving: { name: 'bar', grams: 50 },
      nutrients: { energyKcal: 200, proteinG: 10, carbsG: 25, fatG: 6 },
    });
    expect(bar.id).toMatch(/^c\d+$/);
    expect(bar.kcalPer100g).toBe(400);
    const e = add({ id: bar.id, qty: 1, unit: 'bar' });
    expect(e).toMatchObject({ kcal: 200, proteinG: 10, grams: 50 });
    call(ctx, 'customFood.update', { id: bar.id, name: 'Oat bar v2', basis: 'serving', serving: { name: 'bar', grams: 50 }, nutrients: { energyKcal: 300, proteinG: 20 } });
    const after = call(ctx, 'meal.list', { date: TODAY }).meals[0].entries[0];
    expect(after).toMatchObject({ name: 'Oat bar', kcal: 200, proteinG: 10, carbsG: 25 });
    // Editing the entry's amount rescales the snapshot, not the edited food.
    const doubled = call(ctx, 'meal.update', { id: e.id, qty: 2 });
    expect(doubled).toMatchObject({ grams: 100, kcal: 400, proteinG: 20, carbsG: 50 });
  });

  it('deleting a custom food keeps its entries and can be undone', () => {
    const f = call(ctx, 'customFood.create', { name: 'Skyr', basis: '100g', nutrients: { energyKcal: 63, proteinG: 11 } });
    add({ id: f.id, qty: 150, unit: 'g' });
    call(ctx, 'food.delete', { id: f.id });
    expect(call(ctx, 'food.search', { query: 'skyr' }).results).toHaveLength(0);
    expect(call(ctx, 'meal.list', { date: TODAY }).totals.kcal).toBe(94.5);
    call(ctx, 'food.restore', { id: f.id });
    expect(call(ctx, 'food.search', { query: 'skyr' }).results[0].id).toBe(f.id);
  });
});

describe('editing, moving, deleting with undo, copying', () => {
  it('moves an entry to another meal and another day', () => {
    const e = add({ id: '09040', qty: 118, unit: 'g' });
    const moved = call(ctx, 'meal.update', { id: e.id, meal: 'Snacks', date: '2026-11-25' });
    expect(moved).toMatchObject({ meal: 'Snacks', date: '2026-11-25', kcal: e.kcal });
    expect(call(ctx, 'meal.list', { date: TODAY }).totals.entries).toBe(0);
  });

  it('changes the unit of an entry', () => {
    const e = add({ id: '05064', qty: 100, unit: 'g' });
    expect(call(ctx, 'meal.update', { id: e.id, qty: 1, unit: 'cup' })).toMatchObject({ grams: 140, kcal: 231, unit: 'cup, chopped or diced' });
  });

  it('delete returns the entry and restore brings it back unchanged', () => {
    const e = add({ id: '05064', qty: 200, unit: 'g' });
    const deleted = call(ctx, 'meal.delete', { id: e.id });
    expect(deleted).toEqual(e);
    expect(call(ctx, 'meal.list', { date: TODAY }).totals.kcal).toBe(0);
    expect(call(ctx, 'food.recent', {})).toHaveLength(0);
    expect(call(ctx, 'meal.restore', { id: e.id })).toEqual(e);
    expect(call(ctx, 'meal.list', { date: TODAY }).totals.kcal).toBe(330);
    rejects('meal.restore', { id: e.id }, 'conflict', /not deleted/);
    rejects('meal.delete', { id: 999 }, 'not_found', /No diary entry with id 999/);
  });

  it('copies a meal to the next day with the same nutrients', () => {
    add({ id: '01123', qty: 100, unit: 'g' });
    add({ id: '08120', qty: 40, unit: 'g' });
    add({ id: '05064', qty: 150, unit: 'g' }, 'Dinner');
    const { copied } = call(ctx, 'meal.copy', { fromDate: TODAY, toDate: '2026-11-27', meal: 'Breakfast' });
    expect(copied).toHaveLength(2);
    const next = call(ctx, 'meal.list', { date: '2026-11-27' });
    expect(next.meals.find((m) => m.name === 'Breakfast')!.totals).toEqual(call(ctx, 'meal.list', { date: TODAY }).meals[0].totals);
    expect(next.meals.find((m) => m.name === 'Dinner')!.entries).toHaveLength(0);
  });

  it('copies a whole day, each entry into its own meal, or a meal into another meal', () => {
    add({ id: '01123', qty: 100, unit: 'g' });
    add({ id: '05064', qty: 150, unit: 'g' }, 'Dinner');
    call(ctx, 'meal.copy', { fromDate: TODAY, toDate: '2026-11-20' });
    const day = call(ctx, 'meal.list', { date: '2026-11-20' });
    expect(day.meals.map((m) => m.entries.length)).toEqual([1, 0, 1, 0]);
    call(ctx, 'meal.copy', { fromDate: TODAY, toDate: '2026-11-21', meal: 'Dinner', toMeal: 'Lunch' });
    expect(call(ctx, 'meal.list', { date: '2026-11-21' }).meals[1].entries[0].foodId).toBe('05064');
    rejects('meal.copy', { fromDate: '2026-01-01', toDate: TODAY }, 'invalid_input', /Nothing is logged/);
  });
});

describe('meal slots', () => {
  it('has Breakfast, Lunch, Dinner, Snacks and can rename and add', () => {
    expect(call(ctx, 'mealSlot.list', {}).map((s) => s.name)).toEqual(['Breakfast', 'Lunch', 'Dinner', 'Snacks']);
    call(ctx, 'mealSlot.rename', { id: 4, name: 'Pre-workout' });
    call(ctx, 'mealSlot.add', { name: 'Supper' });
    expect(call(ctx, 'mealSlot.list', {}).map((s) => s.name)).toEqual(['Breakfast', 'Lunch', 'Dinner', 'Pre-workout', 'Supper']);
    expect(call(ctx, 'meal.add', { date: TODAY, meal: 'pre-WORKOUT', quick: { kcal: 100 } }).meal).toBe('Pre-workout');
    rejects('mealSlot.rename', { id: 1, name: 'lunch' }, 'conflict', /already a meal called/);
    rejects('mealSlot.rename', { id: 1, name: ' ' }, 'invalid_input', /must not be empty/);
  });
});

describe('complete, incomplete and fast days', () => {
  it('follows the rules: logged = complete, marked incomplete = missing, nothing = missing, fast = 0', () => {
    add({ id: '05064', qty: 200, unit: 'g' }, 'Lunch', '2026-11-24');
    add({ id: '05064', qty: 100, unit: 'g' }, 'Lunch', '2026-11-25');
    call(ctx, 'day.setComplete', { date: '2026-11-25', complete: false });
    call(ctx, 'day.setFast', { date: '2026-11-26', fast: true });
    const days = dailyIntake(ctx.db, '2026-11-23', '2026-11-26');
    expect(days.map((d) => [d.date, d.intakeKcal, d.proteinG, d.complete, d.fast])).toEqual([
      ['2026-11-23', null, null, null, false],
      ['2026-11-24', 330, 62.04, true, false],
      ['2026-11-25', null, null, false, false],
      ['2026-11-26', 0, 0, true, true],
    ]);
    const report = call(ctx, 'report.get', { from: '2026-11-23', to: '2026-11-26' }).days;
    expect(report.map((d) => d.intakeKcal)).toEqual([null, 330, null, 0]);
    expect(report.map((d) => d.complete)).toEqual([null, true, false, true]);
  });

  it('marking incomplete ends a fast, a fast clears an incomplete mark, and an empty day cannot be "complete"', () => {
    call(ctx, 'day.setFast', { date: TODAY, fast: true });
    expect(call(ctx, 'day.setComplete', { date: TODAY, complete: false })).toMatchObject({ fast: false, markedIncomplete: true, complete: null });
    expect(call(ctx, 'day.setFast', { date: TODAY, fast: true })).toMatchObject({ fast: true, markedIncomplete: false, complete: true });
    call(ctx, 'day.setFast', { date: TODAY, fast: false });
    rejects('day.setComplete', { date: TODAY, complete: true }, 'invalid_input', /Nothing is logged .* mark it as a fast/);
    rejects('day.setFast', { date: '2026-12-01', fast: true }, 'invalid_input', /has not happened yet/);
  });

  it('"it was complete" is kept as a mark, so today counts once the user says so', () => {
    add({ id: '05064', qty: 200, unit: 'g' }, 'Lunch', '2026-11-19');
    expect(call(ctx, 'day.setComplete', { date: '2026-11-19', complete: true })).toMatchObject({ markedComplete: true, markedIncomplete: false, complete: true });
    expect(call(ctx, 'day.setComplete', { date: '2026-11-19', complete: false })).toMatchObject({ markedComplete: false, markedIncomplete: true, complete: false });
    add({ id: '05064', qty: 200, unit: 'g' }, 'Dinner', TODAY);
    expect(call(ctx, 'report.get', { from: TODAY, to: TODAY }).days[0]).toMatchObject({ complete: null, intakeStatus: 'provisional' });
    call(ctx, 'day.setComplete', { date: TODAY, complete: true });
    expect(call(ctx, 'report.get', { from: TODAY, to: TODAY }).days[0]).toMatchObject({ complete: true, intakeStatus: 'complete' });
  });
});

describe('recent and frequent foods', () => {
  it('lists foods by last use and by number of uses, and ranks them first in search', () => {
    add({ id: '09040', qty: 100, unit: 'g' }, 'Breakfast', '2026-11-20');
    add({ id: '09040', qty: 100, unit: 'g' }, 'Breakfast', '2026-11-21');
    add({ id: '09040', qty: 100, unit: 'g' }, 'Breakfast', '2026-11-22');
    add({ id: '01123', qty: 50, unit: 'g' }, 'Breakfast', '2026-11-25');
    expect(call(ctx, 'food.recent', {}).map((f) => f.id)).toEqual(['01123', '09040']);
    expect(call(ctx, 'food.frequent', {}).map((f) => f.id)).toEqual(['09040', '01123']);
    expect(call(ctx, 'food.frequent', {})[0].usage).toMatchObject({ uses: 3, lastDate: '2026-11-22', lastQty: 100, lastUnit: 'g' });
    // "egg" would rank 01123 first anyway; "whole" is ambiguous (milk, eggs, wheat…) until you have eaten one of them.
    const before = call(ctx, 'food.search', { query: 'bananas dehydrated', limit: 3 }).results.map((r) => r.id);
    expect(before[0]).toBe('09041');
    add({ id: '11124', qty: 80, unit: 'g' }, 'Lunch', '2026-11-25');
    add({ id: '11124', qty: 80, unit: 'g' }, 'Lunch', '2026-11-26');
    expect(call(ctx, 'food.search', { query: 'raw', limit: 3 }).results[0].id).toBe('11124');
  });
});

describe('errors thrown in-process', () => {
  it('call() throws AppError with the field', () => {
    try {
      call(ctx, 'meal.add', { date: TODAY, meal: 'Lunch', food: { id: '99999', qty: 1, unit: 'g' } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).field).toBe('food.id');
    }
  });
});
