import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call } from '../../src/main/core/dispatch';
import { dailyIntake } from '../../src/main/core/diary/daily';
import { addDays, dayRange } from '../../src/shared/dates';
import { foodTestContext, sharedFileContexts } from './food-helpers';

// dailyIntake keeps per-day sums per connection; after any sequence of writes it must say exactly
// what summing the table afresh says.

const TODAY = '2026-11-26';
const FROM = addDays(TODAY, -10);

/** The sums straight from the tables (what dailyIntake computed on every call before it cached). */
function fresh(db: Database.Database, from: string, to: string) {
  const sums = new Map(
    (db.prepare(`SELECT date, COUNT(*) AS n, SUM(kcal) AS kcal, SUM(protein_g) AS p FROM diary_entry WHERE deleted_at IS NULL GROUP BY date`).all() as { date: string; n: number; kcal: number; p: number | null }[]).map((r) => [r.date, r]),
  );
  const marks = new Map((db.prepare('SELECT date, complete, fast FROM diary_day').all() as { date: string; complete: number | null; fast: number }[]).map((r) => [r.date, r]));
  return dayRange(from, to).map((date) => {
    const s = sums.get(date);
    const m = marks.get(date);
    const complete = m?.fast === 1 ? true : !s ? null : m?.complete !== 0;
    return { date, intakeKcal: complete ? Math.round((s?.kcal ?? 0) * 1e6) / 1e6 : null, complete };
  });
}
const cached = (db: Database.Database) => dailyIntake(db, FROM, TODAY).map(({ date, intakeKcal, complete }) => ({ date, intakeKcal: intakeKcal === null ? null : Math.round(intakeKcal * 1e6) / 1e6, complete }));

describe('dailyIntake (cached per connection)', () => {
  it('follows every diary write: add, edit, move, delete, restore, copy, incomplete, fast', () => {
    const ctx = foodTestContext(TODAY);
    const check = () => expect(cached(ctx.db)).toEqual(fresh(ctx.db, FROM, TODAY));
    check();
    const a = call(ctx, 'meal.add', { date: TODAY, meal: 'Lunch', food: { id: '05064', qty: 200, unit: 'g' } });
    check();
    const b = call(ctx, 'meal.add', { date: addDays(TODAY, -1), meal: 'Dinner', quick: { kcal: 700 } });
    check();
    call(ctx, 'meal.update', { id: a.id, qty: 150, unit: 'g' });
    check();
    call(ctx, 'meal.update', { id: b.id, date: addDays(TODAY, -2) });
    check();
    call(ctx, 'meal.delete', { id: a.id });
    check();
    call(ctx, 'meal.restore', { id: a.id });
    check();
    call(ctx, 'meal.copy', { fromDate: TODAY, toDate: addDays(TODAY, -3) });
    check();
    call(ctx, 'day.setComplete', { date: addDays(TODAY, -3), complete: false });
    check();
    call(ctx, 'day.setFast', { date: addDays(TODAY, -4), fast: true });
    check();
    expect(cached(ctx.db).find((d) => d.date === addDays(TODAY, -4))).toMatchObject({ intakeKcal: 0, complete: true });
    expect(cached(ctx.db).find((d) => d.date === addDays(TODAY, -3))).toMatchObject({ intakeKcal: null, complete: false });
    // A write that fails leaves the sums as they were.
    expect(() => call(ctx, 'meal.add', { date: TODAY, meal: 'Nope', quick: { kcal: 10 } })).toThrow();
    check();
    // Written around the diary code (no day announced): noticed by the new id, summed again.
    ctx.db.prepare("INSERT INTO diary_entry (date, slot_id, position, kind, name, kcal, created_at) VALUES (?, 1, 9, 'quick', 'raw', 123, 'x')").run(TODAY);
    check();
    ctx.db.close();
  });

  it("sees another connection's writes", () => {
    const shared = sharedFileContexts(2, TODAY);
    const [a, b] = shared.contexts;
    try {
      expect(cached(a.db).at(-1)!.intakeKcal).toBeNull();
      const e = call(b, 'meal.add', { date: TODAY, meal: 'Lunch', quick: { kcal: 500 } });
      expect(cached(a.db).at(-1)!.intakeKcal).toBe(500);
      call(b, 'meal.update', { id: e.id, quick: { kcal: 450 } });
      expect(cached(a.db).at(-1)!.intakeKcal).toBe(450);
      call(b, 'day.setComplete', { date: TODAY, complete: false });
      expect(cached(a.db).at(-1)).toMatchObject({ intakeKcal: null, complete: false });
    } finally {
      shared.close();
    }
  });
});
