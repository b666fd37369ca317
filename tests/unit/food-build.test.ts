import { describe, expect, it } from 'vitest';
import { run } from '../../src/main/cli/run';
import type { CoreContext } from '../../src/main/core/context';
import { call } from '../../src/main/core/dispatch';
import { BUILD_STEP_FOODS } from '../../src/main/core/food/build';
import { openDatabase } from '../../src/main/store/db';
import { foodTestContext } from './food-helpers';

// The first-run build, step by step: what the diary's progress bar reads between calls.

const TODAY = '2026-11-26';
const fresh = (): CoreContext => ({ db: openDatabase(':memory:'), dbPath: ':memory:', today: () => TODAY, now: () => new Date(`${TODAY}T12:00:00Z`) });
const sr24Rows = (ctx: CoreContext) => ctx.db.prepare("SELECT COUNT(*) FROM food WHERE source = 'usda-sr24'").pluck().get() as number;

describe('foods.buildStep', () => {
  it('reads first, then writes 1,000 foods a call with done/total rising to the end, then the tables are built', () => {
    const ctx = fresh();
    const events: { done: number; total: number }[] = [];
    ctx.progress = (e) => events.push({ done: e.done, total: e.total });
    expect(call(ctx, 'foods.status', {}).built).toBe(false);
    const steps = [];
    for (let i = 0; i < 20; i++) {
      const s = call(ctx, 'foods.buildStep', {});
      steps.push(s);
      if (s.finished) break;
      // Between steps the tables do not count as built, and hold exactly the foods written.
      expect(call(ctx, 'foods.status', {}).built).toBe(false);
      expect(sr24Rows(ctx)).toBe(s.done);
    }
    const total = steps[0].total;
    expect(total).toBe(8858);
    expect(steps.map((s) => s.done)).toEqual([0, ...Array.from({ length: Math.ceil(total / BUILD_STEP_FOODS) }, (_, i) => Math.min(total, (i + 1) * BUILD_STEP_FOODS))]);
    expect(steps.slice(0, -1).every((s) => !s.finished && s.result === null)).toBe(true);
    expect(steps.at(-1)).toMatchObject({ finished: true, done: total, result: { foods: total } });
    expect(steps[1].message).toBe('Wrote 1,000 of 8,858 foods.');
    expect(events.map((e) => e.done)).toEqual(steps.map((s) => s.done));
    // The same tables a one-shot build makes.
    const oneShot = fresh();
    const whole = call(oneShot, 'foods.build', {});
    expect(steps.at(-1)!.result!.measures).toBe(whole.measures);
    expect(call(ctx, 'foods.status', {})).toMatchObject({ built: true, outdated: false, usdaFoods: total });
    const q = (c: CoreContext) => call(c, 'food.search', { query: 'chick bre roas', limit: 5 }).results.map((r) => r.id);
    expect(q(ctx)).toEqual(q(oneShot));
    // Built: another call finishes at once and writes nothing.
    expect(call(ctx, 'foods.buildStep', {})).toMatchObject({ finished: true, done: total, total, result: null });
    ctx.db.close();
    oneShot.db.close();
  });

  it('stops when someone else built the tables whole in between, without duplicating a row', () => {
    const ctx = fresh();
    call(ctx, 'foods.buildStep', {});
    call(ctx, 'foods.buildStep', {});
    expect(sr24Rows(ctx)).toBe(BUILD_STEP_FOODS);
    // A search needs foods: it builds them whole rather than reading a half-written table.
    expect(call(ctx, 'food.search', { query: 'bananas', limit: 1 }).results[0].id).toBe('09040');
    expect(call(ctx, 'foods.buildStep', {})).toMatchObject({ finished: true, done: 8858 });
    expect(sr24Rows(ctx)).toBe(8858);
    ctx.db.close();
  });

  it('starts the writing over when the rows are not where the last step left them', () => {
    const ctx = fresh();
    for (let i = 0; i < 3; i++) call(ctx, 'foods.buildStep', {});
    ctx.db.prepare("DELETE FROM food WHERE source = 'usda-sr24' AND id IN (SELECT id FROM food WHERE source = 'usda-sr24' LIMIT 10)").run();
    expect(call(ctx, 'foods.buildStep', {}).done).toBe(BUILD_STEP_FOODS);
    let s;
    do s = call(ctx, 'foods.buildStep', {});
    while (!s.finished);
    expect(sr24Rows(ctx)).toBe(8858);
    ctx.db.close();
  });

  it('a forced rebuild in steps keeps custom foods and the diary', () => {
    const ctx = foodTestContext(TODAY);
    const custom = call(ctx, 'customFood.create', { name: 'Protein bar', basis: '100g', nutrients: { energyKcal: 380 } });
    call(ctx, 'meal.add', { date: TODAY, meal: 'Lunch', food: { id: '05064', qty: 200, unit: 'g' } });
    let s;
    let n = 0;
    do {
      s = call(ctx, 'foods.buildStep', { force: true });
      n++;
    } while (!s.finished);
    expect(n).toBe(1 + Math.ceil(8858 / BUILD_STEP_FOODS));
    expect(call(ctx, 'food.get', { id: custom.id }).name).toBe('Protein bar');
    expect(call(ctx, 'meal.list', { date: TODAY }).totals.kcal).toBe(330);
    ctx.db.close();
  });
});

describe('hybrid-planner on a new database', () => {
  it('says on stderr how many foods of how many are written, and keeps stdout clean JSON', async () => {
    const db = openDatabase(':memory:');
    let out = '';
    let err = '';
    const code = await run(['foods', 'search', 'banana', '--limit', '1', '--json'], { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), env: { HYBRID_PLANNER_TODAY: TODAY } }, { db, dbPath: ':memory:' });
    expect(code).toBe(0);
    expect(JSON.parse(out)[0].id).toBe('09040');
    const lines = err.trim().split('\n');
    expect(lines[0]).toBe('Preparing the USDA SR24 food database…');
    expect(lines.slice(1, -1)).toEqual(['  2,000 of 8,858 foods written (22 %)', '  4,000 of 8,858 foods written (45 %)', '  6,000 of 8,858 foods written (67 %)', '  8,000 of 8,858 foods written (90 %)']);
    expect(lines.at(-1)).toBe('Food database ready (8,858 foods).');
    db.close();
  });
});
