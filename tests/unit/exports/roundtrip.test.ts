import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { call } from '../../../src/main/core/dispatch';
import type { CoreContext } from '../../../src/main/core/context';
import { createExport } from '../../../src/main/core/exports/create';
import { collectExport } from '../../../src/main/core/exports/collect';
import { detectOwnExport, importOwnExport } from '../../../src/main/core/exports/restoreExport';
import type { ExportDocument } from '../../../src/main/core/exports/tables';
import { foodTestContext } from '../food-helpers';

const TODAY = '2026-11-26';
const FROM = '2026-08-01';
const dir = mkdtempSync(join(tmpdir(), 'hp-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The demo, plus one of everything the demo does not enter, so every table has rows. */
function source(): CoreContext {
  const ctx = foodTestContext(TODAY);
  call(ctx, 'demo.load', {});
  call(ctx, 'profile.set', { bodyFatPct: 16 });
  call(ctx, 'weight.add', { date: '2026-11-26', weightKg: 75.1, bodyFatPct: 15.5 });
  const bar = call(ctx, 'customFood.create', {
    name: 'Oat bar, "homemade"', brand: 'Kitchen, mine', basis: 'serving', serving: { name: 'bar', grams: 60 }, servings: [{ name: 'half bar', grams: 30 }],
    nutrients: { energyKcal: 250, proteinG: 9, carbsG: 30, fatG: 10, fiberG: 4 },
  });
  const gone = call(ctx, 'customFood.create', { name: 'Old shake', basis: '100g', nutrients: { energyKcal: 80, proteinG: 8 } });
  const bowl = call(ctx, 'recipe.create', { name: 'Porridge bowl', servings: 2, cookedWeightG: 500, ingredients: [{ foodId: bar.id, qty: 1, unit: 'bar' }, { foodId: '01077', qty: 250, unit: 'g' }] });
  call(ctx, 'mealSlot.add', { name: 'Second breakfast' });
  call(ctx, 'meal.add', { date: '2026-11-20', meal: 'Second breakfast', food: { id: bar.id, qty: 1.5, unit: 'bar' } });
  call(ctx, 'meal.add', { date: '2026-11-21', meal: 'Lunch', food: { id: bowl.id, qty: 1, unit: 'serving' } });
  call(ctx, 'meal.add', { date: '2026-11-21', meal: 'Dinner', food: { id: gone.id, qty: 300, unit: 'g' } });
  call(ctx, 'meal.add', { date: '2026-11-22', meal: 'Snacks', quick: { kcal: 320, proteinG: 20, label: 'Café, two "flat whites"\nand a bun' } });
  // Entries keep what they were logged with: an edit afterwards must not change them in the export.
  call(ctx, 'customFood.update', { id: bar.id, name: 'Oat bar, "homemade"', brand: 'Kitchen, mine', basis: 'serving', serving: { name: 'bar', grams: 60 }, nutrients: { energyKcal: 300, proteinG: 9 } });
  call(ctx, 'food.delete', { id: gone.id });
  call(ctx, 'day.setComplete', { date: '2026-11-23', complete: false });
  call(ctx, 'day.setFast', { date: '2026-11-24', fast: true });
  call(ctx, 'exercise.add', { name: 'Sled Push', muscles: ['quads', 'glutes'], lowerBody: true, aliases: ['Prowler'] });
  const routine = call(ctx, 'routine.add', { name: 'Legs A', kind: 'heavy-lower', notes: 'slow eccentrics', items: [{ exercise: 'Sled Push', sets: 3, reps: 10, weightKg: 80 }, { exercise: 'Back Squat', sets: 5, reps: 5, rpe: 8 }] });
  call(ctx, 'template.add', { name: 'Leg day', kind: 'heavy-lower', start: '17:30', minutes: 70, rpe: 8, routineId: routine.id });
  call(ctx, 'session.add', {
    date: '2026-11-25', start: '06:00', kind: 'heavy-lower', minutes: 50, rpe: 8, routineId: routine.id, title: 'Early legs', notes: 'felt, "heavy"', confirm: true,
    sets: [{ exercise: 'Sled Push', weightKg: 90, reps: 10, type: 'working' }, { exercise: 'Back Squat', weightKg: 60, reps: 5, type: 'warmup', notes: 'empty-ish' }],
  });
  call(ctx, 'session.add', { date: '2026-11-28', start: '07:00', kind: 'zone2', minutes: 45, rpe: 4, modality: 'ride', distanceKm: 20, avgHr: 135, planned: true, confirm: true });
  call(ctx, 'sleep.add', { date: '2026-08-30', bed: '23:40', wake: '06:10', hours: 6, quality: 2, notes: 'noisy' });
  call(ctx, 'backup.setKeep', { keep: 4 });
  return ctx;
}

/** Session ids differ between databases: number them in the order they come instead. */
function comparable(doc: ExportDocument): Omit<ExportDocument, 'exportedAt'> {
  const { exportedAt: _at, ...rest } = doc;
  const index = new Map(doc.sessions.map((s, i) => [s.key, i]));
  return { ...rest, sessions: doc.sessions.map((s) => ({ ...s, key: index.get(s.key) ?? -1 })), sets: doc.sets.map((x) => ({ ...x, session: index.get(x.session) ?? -1 })) };
}

describe('export and back into an empty database', () => {
  const from = source();
  const original = collectExport(from, call);
  const report = call(from, 'report.get', { from: FROM, to: '2026-11-30' });

  it('exports every table with rows', () => {
    for (const [table, rows] of Object.entries(original)) if (Array.isArray(rows)) expect(rows.length, table).toBeGreaterThan(0);
    // 1.5 bars of 60 g at 250 kcal a bar, as logged before the food was edited to 300 kcal.
    expect(original.diaryEntries.find((e) => e.meal === 'Second breakfast')?.kcal).toBeCloseTo(375, 6);
  });

  it.each(['csv', 'json'] as const)('round-trips through the %s export: the same tables and the same report --json, day by day', (format) => {
    const file = join(dir, `export.${format === 'csv' ? 'zip' : 'json'}`);
    createExport(from, call, format, file);
    const head = readFileSync(file).subarray(0, 65536);
    const zipMembers = format === 'csv' ? ['hybrid-planner-export.json', 'profile.csv', 'weighIns.csv'] : null;
    expect(detectOwnExport({ name: 'anything', head, zipMembers })).toBe(true);

    const to = foodTestContext(TODAY);
    const counts = importOwnExport(to, file, call);
    expect(counts.diaryEntries).toBe(original.diaryEntries.length);
    const back = comparable(collectExport(to, call));
    const want = comparable(original);
    for (const t of Object.keys(want) as (keyof typeof want)[]) expect(JSON.stringify(back[t]), t).toBe(JSON.stringify(want[t]));
    const again = call(to, 'report.get', { from: FROM, to: '2026-11-30' });
    expect(again.days.map((d) => [d.date, d.e1rmKg, d.tdeeKcal, d.eaKcalPerKgFfm])).toEqual(report.days.map((d) => [d.date, d.e1rmKg, d.tdeeKcal, d.eaKcalPerKgFfm]));
    expect(again).toEqual(report);
    expect(report.days.some((d) => d.e1rmKg !== null) && report.days.some((d) => d.tdeeKcal !== null) && report.days.some((d) => d.eaKcalPerKgFfm !== null)).toBe(true);
    to.db.close();
  });

  it('refuses a database that is not empty, writing nothing', () => {
    const file = join(dir, 'again.json');
    createExport(from, call, 'json', file);
    const to = foodTestContext(TODAY);
    call(to, 'weight.add', { date: '2026-01-01', weightKg: 70 });
    expect(() => importOwnExport(to, file, call)).toThrow(/only into an empty database/);
    expect(call(to, 'weight.list', {})).toHaveLength(1);
    to.db.close();
  });

  it('refuses a damaged export with the table, line and column, writing nothing', () => {
    const file = join(dir, 'edited.json');
    createExport(from, call, 'json', file);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"weightKg":80.4', '"weightKg":"heavy"'));
    const to = foodTestContext(TODAY);
    expect(() => importOwnExport(to, file, call)).toThrow(/"weighIns" item 1, column weightKg: "heavy" is not a number/);
    expect(call(to, 'app.info', {}).empty).toBe(true);
    expect(detectOwnExport({ name: 'x.json', head: Buffer.from('{"type":"FeatureCollection"}'), zipMembers: null })).toBe(false);
    expect(detectOwnExport({ name: 'x.zip', head: Buffer.from('PK'), zipMembers: ['apple_health_export/export.xml'] })).toBe(false);
    to.db.close();
  });
});
