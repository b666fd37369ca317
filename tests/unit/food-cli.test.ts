import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { run } from '../../src/main/cli/run';
import { foodTestContext, snapshotTables } from './food-helpers';

const TODAY = '2026-11-26';
let db: Database.Database;
beforeEach(() => {
  db = foodTestContext(TODAY).db;
});
afterEach(() => db.close());

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string; json: () => any }> {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), env: { HYBRID_PLANNER_TODAY: TODAY } }, { db, dbPath: ':memory:' });
  return { code, out, err, json: () => JSON.parse(out) };
}

describe('hybrid-planner foods search', () => {
  it('prints results with string ids, source, per-100 g values and measures for ONE unit', async () => {
    const r = await cli('foods', 'search', 'chicken', 'breast', 'roasted', '--limit', '5', '--json');
    expect(r.code).toBe(0);
    const list = r.json();
    expect(list.length).toBeLessThanOrEqual(5);
    const chicken = list.find((f: any) => f.id === '05064');
    expect(chicken).toMatchObject({ name: 'Chicken, broilers or fryers, breast, meat only, cooked, roasted', source: 'usda-sr24', kcalPer100g: 165, proteinPer100g: 31.02 });
    expect(chicken.measures).toContainEqual(expect.objectContaining({ name: 'breast, bone and skin removed', grams: 172 }));
    expect(list.every((f: any) => typeof f.id === 'string' && /^\d{5}$/.test(f.id))).toBe(true);
  });

  it('keeps leading zeros and needs a query', async () => {
    expect((await cli('foods', 'search', 'butter', 'salted', '--limit', '1', '--json')).json()[0].id).toBe('01001');
    const r = await cli('foods', 'search', '--json');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Give a search query/);
  });
});

describe('hybrid-planner meal and day', () => {
  it('adds by grams, oz, measure and quick add, lists, deletes', async () => {
    const a = (await cli('meal', 'add', '--date', TODAY, '--meal', 'Lunch', '--food', '05064', '--grams', '200', '--json')).json();
    expect(a).toMatchObject({ id: expect.any(Number), kcal: 330, proteinG: 62.04, meal: 'Lunch' });
    const b = (await cli('meal', 'add', '--date', TODAY, '--meal', 'dinner', '--food', '05064', '--measure', 'BREAST', '--qty', '2', '--json')).json();
    expect(b).toMatchObject({ grams: 344, unit: 'breast, bone and skin removed', qty: 2 });
    const c = (await cli('meal', 'add', '--date', TODAY, '--meal', 'Dinner', '--food', '05064', '--oz', '1', '--json')).json();
    expect(c.grams).toBeCloseTo(28.3495, 4);
    const q = (await cli('meal', 'add', '--date', TODAY, '--meal', 'Snacks', '--quick-kcal', '250', '--protein-g', '20', '--label', 'Bar', '--json')).json();
    expect(q).toMatchObject({ kind: 'quick', kcal: 250, proteinG: 20, name: 'Bar' });
    const day = (await cli('meal', 'list', '--date', TODAY, '--json')).json();
    expect(day.meals.map((m: any) => m.entries.length)).toEqual([0, 1, 2, 1]);
    const human = await cli('meal', 'list', '--date', TODAY);
    expect(human.out).toMatch(/Lunch: 330 kcal/);
    expect((await cli('meal', 'delete', '--id', String(a.id), '--json')).json().id).toBe(a.id);
    expect((await cli('meal', 'list', '--date', TODAY, '--json')).json().meals[1].entries).toHaveLength(0);
  });

  it('errors go to stderr with a non-zero exit and change nothing; unknown flags exit 2', async () => {
    const before = snapshotTables(db);
    const cases: [string[], RegExp, number][] = [
      [['meal', 'add', '--date', TODAY, '--meal', 'Lunch', '--food', '99999', '--grams', '100'], /No food in USDA SR24 with id "99999"/, 1],
      [['meal', 'add', '--date', TODAY, '--meal', 'Lunch', '--food', '05064', '--grams=-5'], /amount must be more than 0/, 1],
      [['meal', 'add', '--date', TODAY, '--meal', 'Lunch', '--food', '05064', '--grams', 'abc'], /--grams must be a number/, 1],
      [['meal', 'add', '--date', TODAY, '--meal', 'Lunch', '--food', '05064', '--grams', '6000'], /over 5 kg needs a confirmation.*--confirm/, 1],
      [['meal', 'add', '--date', TODAY, '--meal', 'Lunch', '--food', '05064', '--grams', '100', '--oz', '3'], /exactly one of --grams, --oz, --lb, --measure/, 1],
      [['meal', 'add', '--date', TODAY, '--meal', 'Lunch', '--food', '05064', '--measure', 'cup'], /--qty is required/, 1],
      [['meal', 'add', '--date', TODAY, '--meal', 'Lunch', '--food', '05064', '--quick-kcal', '100'], /exactly one of --food, --quick-kcal/, 1],
      [['meal', 'add', '--date', TODAY, '--meal', 'Lunch', '--quick-kcal', '100', '--grams', '5'], /--grams goes with --food/, 1],
      [['meal', 'add', '--date', TODAY, '--meal', 'Lunch', '--food', '05064', '--grams', '100', '--bogus'], /Unknown option '--bogus'/, 2],
      [['meal', 'delete', '--id', '12345'], /No diary entry with id 12345/, 1],
      [['day', 'complete', '--date', TODAY], /Nothing is logged/, 1],
    ];
    for (const [argv, message, code] of cases) {
      const r = await cli(...argv);
      expect(r.code, argv.join(' ')).toBe(code);
      expect(r.err, argv.join(' ')).toMatch(message);
      expect(r.out).toBe('');
    }
    expect(snapshotTables(db)).toEqual(before);
    const confirmed = await cli('meal', 'add', '--date', TODAY, '--meal', 'Lunch', '--food', '05064', '--grams', '6000', '--confirm', '--json');
    expect(confirmed.code).toBe(0);
  });

  it('marks days complete, incomplete and fasting, and the report shows it', async () => {
    await cli('meal', 'add', '--date', '2026-11-24', '--meal', 'Lunch', '--food', '05064', '--grams', '200');
    await cli('meal', 'add', '--date', '2026-11-25', '--meal', 'Lunch', '--food', '05064', '--grams', '100');
    expect((await cli('day', 'complete', '--date', '2026-11-25', '--no', '--json')).json()).toMatchObject({ markedIncomplete: true, complete: false });
    expect((await cli('day', 'fast', '--date', TODAY, '--json')).json()).toMatchObject({ fast: true, complete: true });
    const report = (await cli('report', '--from', '2026-11-23', '--to', TODAY, '--json')).json();
    expect(report.days.map((d: any) => [d.intakeKcal, d.proteinG, d.carbsG, d.fatG, d.complete])).toEqual([
      [null, null, null, null, null],
      [330, 62.04, 0, 7.14, true],
      [null, null, null, null, false],
      [0, 0, 0, 0, true],
    ]);
    expect((await cli('day', 'fast', '--date', TODAY, '--no', '--json')).json()).toMatchObject({ fast: false, complete: null });
  });

  it('copies a meal to another day', async () => {
    await cli('meal', 'add', '--date', TODAY, '--meal', 'Breakfast', '--food', '01123', '--grams', '100');
    const r = (await cli('meal', 'copy', '--from', TODAY, '--to', '2026-11-27', '--meal', 'breakfast', '--json')).json();
    expect(r.copied).toHaveLength(1);
    expect(r.copied[0]).toMatchObject({ date: '2026-11-27', foodId: '01123', meal: 'Breakfast' });
  });
});
