import { describe, expect, it } from 'vitest';
import { seedFoodDiary } from '../../scripts/bench/seed-food';
import { seedTraining } from '../../scripts/bench/seed-training';
import { seedCore, syntheticHistory } from '../../scripts/bench/synthetic';
import type { CoreContext } from '../../src/main/core/context';
import { call } from '../../src/main/core/dispatch';
import { checkpointsUsable, CHECKPOINT_MIN_AGE_DAYS, FILTER_CODE_VERSION } from '../../src/main/core/energy/checkpoints';
import { computeEnergyDashboard, readEnergyInputs } from '../../src/main/core/energy/handlers';
import { addDays } from '../../src/shared/dates';
import { foodTestContext } from './food-helpers';

// Stored filter states (core/energy/checkpoints.ts): a dashboard resumed from one must be the
// dashboard computed from the first weigh-in, and every write to an input must retire the ones it
// makes stale. A year of the bench's synthetic athlete (weigh-ins, SR24 diary, sessions, sleep).
const TODAY = '2026-11-26';
const history = syntheticHistory(TODAY, 1);

function yearContext(): CoreContext {
  const ctx = foodTestContext(TODAY);
  seedCore(ctx, history);
  ctx.db.transaction(() => {
    seedFoodDiary(ctx, history);
    seedTraining(ctx, history);
  })();
  return ctx;
}

const stored = (ctx: CoreContext) => ctx.db.prepare('SELECT date FROM energy_checkpoint ORDER BY date').pluck().all() as string[];
/** The dashboard computed from the first weigh-in, ignoring (and not writing) checkpoints. */
const fromScratch = (ctx: CoreContext, from: string, to: string) => {
  const inputs = readEnergyInputs(ctx, from, to, { checkpoints: false });
  const saved = ctx.db.prepare('SELECT * FROM energy_checkpoint').all();
  const dash = computeEnergyDashboard(ctx, from, to, inputs);
  // (computing may store new checkpoints; put the table back as it was)
  ctx.db.prepare('DELETE FROM energy_checkpoint').run();
  const ins = ctx.db.prepare('INSERT INTO energy_checkpoint (date, version, state) VALUES (@date, @version, @state)');
  for (const r of saved) ins.run(r);
  return JSON.parse(JSON.stringify(dash));
};
const viaApi = (ctx: CoreContext, from: string, to: string) => JSON.parse(JSON.stringify(call(ctx, 'energy.dashboard', { from, to })));

describe('energy checkpoints', () => {
  it('the first dashboard stores month starts old enough; later ones resume from them and equal the computation from scratch', () => {
    const ctx = yearContext();
    expect(stored(ctx)).toEqual([]);
    call(ctx, 'energy.dashboard', {});
    const dates = stored(ctx);
    expect(dates.length).toBeGreaterThanOrEqual(8);
    expect(dates.every((d) => d.endsWith('-01') && d <= addDays(TODAY, -CHECKPOINT_MIN_AGE_DAYS) && d > history.from)).toBe(true);
    expect(ctx.db.prepare('SELECT DISTINCT version FROM energy_checkpoint').pluck().all()).toEqual([FILTER_CODE_VERSION]);

    const ranges: [string, string][] = [
      [addDays(TODAY, -90), TODAY], // quarter
      [addDays(TODAY, -6), TODAY], // week
      ['2026-06-01', '2026-06-30'], // a month in the past
      [history.from, TODAY], // everything (no checkpoint is early enough)
      [addDays(history.from, 40), addDays(history.from, 60)], // near the start
    ];
    let resumed = 0;
    for (const [from, to] of ranges) {
      const inputs = readEnergyInputs(ctx, from, to);
      if (inputs.checkpoint) {
        resumed += 1;
        expect(inputs.historyFrom).toBe(addDays(inputs.checkpoint.date, -35));
        expect(inputs.checkpoint.date <= addDays(from, -35)).toBe(true);
      }
      expect(viaApi(ctx, from, to), `${from} → ${to}`).toEqual(fromScratch(ctx, from, to));
    }
    expect(resumed).toBe(3);
    // The report resumes too, and says the same as without checkpoints.
    const report = call(ctx, 'report.get', {});
    ctx.db.prepare('DELETE FROM energy_checkpoint').run();
    expect(call(ctx, 'report.get', {})).toEqual(report);
    ctx.db.close();
  });

  const mid = addDays(history.from, 200); // a day in the middle of the stored checkpoints
  /** Each write, returning the earliest day it touched (null: the profile, which retires all). */
  const writes: [string, (ctx: CoreContext) => string | null][] = [
    ['weight.add', (ctx) => call(ctx, 'weight.add', { date: mid, weightKg: 70 }).date],
    ['weight.update', (ctx) => call(ctx, 'weight.update', { id: call(ctx, 'weight.list', { from: mid, to: addDays(mid, 5) }).at(-1)!.id, weightKg: 95 }).date],
    ['weight.delete', (ctx) => call(ctx, 'weight.delete', { id: call(ctx, 'weight.list', { from: mid, to: addDays(mid, 5) }).at(-1)!.id }).date],
    ['weight.add with body fat', (ctx) => call(ctx, 'weight.add', { date: mid, weightKg: 84, bodyFatPct: 12 }).date],
    ['meal.add', (ctx) => call(ctx, 'meal.add', { date: mid, meal: 'Snacks', quick: { kcal: 2500 } }).date],
    ['meal.update', (ctx) => call(ctx, 'meal.update', { id: entryFrom(ctx, mid), qty: 900 }).date],
    ['meal.update moving an entry to an earlier day', (ctx) => call(ctx, 'meal.update', { id: entryFrom(ctx, addDays(mid, 20)), date: mid }).date],
    ['meal.delete', (ctx) => call(ctx, 'meal.delete', { id: entryFrom(ctx, mid) }).date],
    ['day.setComplete false', (ctx) => call(ctx, 'day.setComplete', { date: entryDay(ctx, mid), complete: false }).date],
    ['day.setFast', (ctx) => call(ctx, 'day.setFast', { date: mid, fast: true }).date],
    ['session.add', (ctx) => call(ctx, 'session.add', { date: mid, start: '21:00', kind: 'long', minutes: 150, rpe: 6, modality: 'run', distanceKm: 25, confirm: true }).date],
    ['session.update', (ctx) => call(ctx, 'session.update', { id: sessionFrom(ctx, mid), minutes: 180 }).date],
    ['session.delete', (ctx) => call(ctx, 'session.delete', { id: sessionFrom(ctx, mid) }).date],
    ['profile.set', (ctx) => (call(ctx, 'profile.set', { activityLevel: 'light' }), null)],
  ];

  it.each(writes)('%s before stored checkpoints retires the later ones, and the dashboard stays exact', (_name, write) => {
    const ctx = yearContext();
    call(ctx, 'energy.dashboard', {});
    const before = stored(ctx);
    expect(before.some((d) => d > addDays(mid, 20))).toBe(true);
    const touched = write(ctx);
    const after = stored(ctx);
    expect(after).toEqual(touched === null ? [] : before.filter((d) => d <= touched));
    if (touched !== null) expect(after.length).toBeGreaterThan(0);
    expect(viaApi(ctx, addDays(TODAY, -90), TODAY)).toEqual(fromScratch(ctx, addDays(TODAY, -90), TODAY));
    ctx.db.close();
  });

  it('meal.restore retires them too', () => {
    const ctx = yearContext();
    const id = entryFrom(ctx, mid);
    call(ctx, 'meal.delete', { id });
    call(ctx, 'energy.dashboard', {});
    expect(stored(ctx).some((d) => d > mid)).toBe(true);
    call(ctx, 'meal.restore', { id });
    expect(stored(ctx).some((d) => d > mid)).toBe(false);
    ctx.db.close();
  });

  it('a missing invalidation trigger is put back and the checkpoints (perhaps stale) dropped', () => {
    const ctx = yearContext();
    call(ctx, 'energy.dashboard', {});
    ctx.db.exec('DROP TRIGGER energy_stale_diary_entry_insert');
    call(ctx, 'meal.add', { date: mid, meal: 'Snacks', quick: { kcal: 2500 } }); // unnoticed
    expect(stored(ctx).some((d) => d > mid)).toBe(true);
    expect(checkpointsUsable(ctx.db)).toBe(true);
    expect(ctx.db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'energy_stale_diary_entry_insert'").pluck().get()).toBe(1);
    expect(stored(ctx)).toEqual([]);
    expect(viaApi(ctx, addDays(TODAY, -90), TODAY)).toEqual(fromScratch(ctx, addDays(TODAY, -90), TODAY));
    ctx.db.close();
  });

  it('checkpoints written by other filter code are ignored and cleared', () => {
    const ctx = yearContext();
    call(ctx, 'energy.dashboard', {});
    ctx.db.prepare("UPDATE energy_checkpoint SET version = 'old'").run();
    expect(readEnergyInputs(ctx, addDays(TODAY, -90), TODAY).checkpoint).toBeNull();
    call(ctx, 'energy.dashboard', {});
    expect(ctx.db.prepare('SELECT DISTINCT version FROM energy_checkpoint').pluck().all()).toEqual([FILTER_CODE_VERSION]);
    ctx.db.close();
  });
});

/** The first diary entry on or after `date`. */
function entryFrom(ctx: CoreContext, date: string): number {
  return ctx.db.prepare('SELECT id FROM diary_entry WHERE date >= ? AND deleted_at IS NULL ORDER BY date, id LIMIT 1').pluck().get(date) as number;
}
function entryDay(ctx: CoreContext, date: string): string {
  return ctx.db.prepare('SELECT date FROM diary_entry WHERE date >= ? AND deleted_at IS NULL ORDER BY date LIMIT 1').pluck().get(date) as string;
}
/** The first logged session on or after `date`. */
function sessionFrom(ctx: CoreContext, date: string): number {
  return ctx.db.prepare('SELECT id FROM training_sessions WHERE date >= ? AND planned = 0 ORDER BY date LIMIT 1').pluck().get(date) as number;
}
