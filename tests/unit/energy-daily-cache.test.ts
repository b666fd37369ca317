import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { seedFoodDiary } from '../../scripts/bench/seed-food';
import { seedTraining } from '../../scripts/bench/seed-training';
import { seedCore, syntheticHistory } from '../../scripts/bench/synthetic';
import type { CoreContext } from '../../src/main/core/context';
import { dailyCache } from '../../src/main/core/daily/cache';
import { call } from '../../src/main/core/dispatch';
import { addDays, daysBetween } from '../../src/shared/dates';
import { foodTestContext, sharedFileContexts } from './food-helpers';
import { snapshotContext } from './fixtures';

// The per-day read model's cache (core/daily/cache.ts) keeps the expenditure filter's answers and
// its states at month starts in memory: an answer resumed from a state must be the answer computed
// from the first weigh-in on a connection that has cached nothing, and every write must retire
// exactly the days after the one it touched. A year of the bench's synthetic athlete (weigh-ins,
// SR24 diary, sessions, sleep).
const TODAY = '2026-11-26';
const history = syntheticHistory(TODAY, 1);

function seed(ctx: CoreContext): CoreContext {
  seedCore(ctx, history);
  ctx.db.transaction(() => {
    seedFoodDiary(ctx, history);
    seedTraining(ctx, history);
  })();
  return ctx;
}
const yearContext = (): CoreContext => snapshotContext('year', () => seed(foodTestContext(TODAY)));

const json = <T>(x: T): T => JSON.parse(JSON.stringify(x));
/** The answer of a connection with nothing cached: a copy of the database. */
function fresh(ctx: CoreContext, method: 'energy.dashboard' | 'report.get', from: string, to: string): unknown {
  const db = new Database(ctx.db.serialize());
  try {
    return json(method === 'report.get' ? call({ ...ctx, db }, method, { from, to }) : call({ ...ctx, db }, method, { from, to }));
  } finally {
    db.close();
  }
}
const viaApi = (ctx: CoreContext, method: 'energy.dashboard' | 'report.get', from: string, to: string): unknown =>
  json(method === 'report.get' ? call(ctx, method, { from, to }) : call(ctx, method, { from, to }));
const filterOf = (ctx: CoreContext) => dailyCache(ctx.db).filter;

describe('the daily cache of the expenditure filter', () => {
  it('keeps month-start states; later answers resume from them and equal the computation from scratch', () => {
    const ctx = yearContext();
    call(ctx, 'energy.dashboard', {});
    const states = filterOf(ctx)!.states.map((s) => s.date);
    expect(states.length).toBeGreaterThanOrEqual(10);
    expect(states.every((d) => d.endsWith('-01') && d > history.from && d <= TODAY)).toBe(true);

    const ranges: [string, string][] = [
      [addDays(TODAY, -90), TODAY], // quarter
      [addDays(TODAY, -6), TODAY], // week
      ['2026-06-01', '2026-06-30'], // a month in the past
      [history.from, TODAY], // everything
      [addDays(history.from, 40), addDays(history.from, 60)], // near the start
      [addDays(TODAY, -20), addDays(TODAY, 10)], // into the future: the filter runs on past today
    ];
    for (const [from, to] of ranges) {
      expect(viaApi(ctx, 'energy.dashboard', from, to), `${from} → ${to}`).toEqual(fresh(ctx, 'energy.dashboard', from, to));
      expect(viaApi(ctx, 'report.get', from, to), `report ${from} → ${to}`).toEqual(fresh(ctx, 'report.get', from, to));
    }
    // A read writes nothing (a new connection's first answer included).
    const copy = new Database(ctx.db.serialize());
    const changes = () => copy.prepare('SELECT total_changes()').pluck().get();
    const before = changes();
    call({ ...ctx, db: copy }, 'energy.dashboard', {});
    call({ ...ctx, db: copy }, 'report.get', { from: history.from, to: TODAY });
    expect(changes()).toBe(before);
    copy.close();
    ctx.db.close();
  });

  const mid = addDays(history.from, 200); // a day in the middle of the stored states
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
    ['sleep.add', (ctx) => call(ctx, 'sleep.add', { date: freeNight(ctx, mid), bed: '22:00', wake: '04:00' }).date],
    ['profile.set', (ctx) => (call(ctx, 'profile.set', { activityLevel: 'light' }), null)],
  ];

  it.each(writes)('%s before stored states retires exactly the later days, and the answers stay exact', (_name, write) => {
    const ctx = yearContext();
    call(ctx, 'energy.dashboard', {});
    const before = filterOf(ctx)!;
    const days = before.days.slice();
    const states = before.states.slice();
    expect(states.some((s) => s.date > addDays(mid, 20))).toBe(true);
    const touched = write(ctx);
    const after = filterOf(ctx);
    if (touched === null) expect(after).toBeNull();
    else {
      // Every answer before the touched day is kept as it was (the same object); none after it.
      const kept = daysBetween(before.start, touched);
      expect(after!.days.length).toBe(kept);
      after!.days.forEach((d, i) => expect(d).toBe(days[i]));
      expect(after!.states.map((s) => s.date)).toEqual(states.filter((s) => s.date <= touched).map((s) => s.date));
      expect(after!.states.length).toBeGreaterThan(0);
    }
    for (const [from, to] of [[addDays(TODAY, -90), TODAY], [addDays(mid, -10), addDays(mid, 30)]] as [string, string][]) {
      expect(viaApi(ctx, 'energy.dashboard', from, to)).toEqual(fresh(ctx, 'energy.dashboard', from, to));
      expect(viaApi(ctx, 'report.get', from, to)).toEqual(fresh(ctx, 'report.get', from, to));
    }
    ctx.db.close();
  });

  it('a new day retires the answers from the day it was: that day is over and its intake may count now', () => {
    const ctx = yearContext();
    call(ctx, 'meal.add', { date: TODAY, meal: 'Breakfast', quick: { kcal: 600 } });
    const week = (c: CoreContext) => call(c, 'energy.dashboard', { from: addDays(TODAY, -6), to: addDays(TODAY, 3) });
    expect(week(ctx).days.find((d) => d.date === TODAY)!.intakeStatus).toBe('provisional');
    const tomorrow: CoreContext = { ...ctx, today: () => addDays(TODAY, 1) };
    expect(week(tomorrow).days.find((d) => d.date === TODAY)!.intakeStatus).not.toBe('provisional');
    expect(filterOf(ctx)!.today).toBe(addDays(TODAY, 1));
    expect(viaApi(tomorrow, 'energy.dashboard', addDays(TODAY, -6), addDays(TODAY, 3))).toEqual(fresh(tomorrow, 'energy.dashboard', addDays(TODAY, -6), addDays(TODAY, 3)));
    ctx.db.close();
  });

  it('meal.restore retires them too', () => {
    const ctx = yearContext();
    const id = entryFrom(ctx, mid);
    call(ctx, 'meal.delete', { id });
    call(ctx, 'energy.dashboard', {});
    expect(filterOf(ctx)!.days.some((d) => d.date > mid)).toBe(true);
    call(ctx, 'meal.restore', { id });
    expect(filterOf(ctx)!.days.some((d) => d.date >= mid)).toBe(false);
    expect(viaApi(ctx, 'energy.dashboard', addDays(mid, -10), addDays(mid, 30))).toEqual(fresh(ctx, 'energy.dashboard', addDays(mid, -10), addDays(mid, 30)));
    ctx.db.close();
  });

  it("another connection's write is seen", () => {
    const { contexts, close } = sharedFileContexts(2, TODAY);
    try {
      const [app, cli] = contexts;
      seed(app);
      const quarter = (ctx: CoreContext) => json(call(ctx, 'energy.dashboard', { from: addDays(TODAY, -90), to: TODAY }));
      const first = quarter(app);
      call(cli, 'weight.add', { date: addDays(TODAY, -30), weightKg: 60 });
      call(cli, 'meal.add', { date: addDays(TODAY, -2), meal: 'Snacks', quick: { kcal: 4000 } });
      const second = quarter(app);
      expect(second).not.toEqual(first);
      // The other connection reads for the first time after its writes: it has nothing cached.
      expect(second).toEqual(quarter(cli));
    } finally {
      close();
    }
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
/** The first day on or after `date` without a night logged. */
function freeNight(ctx: CoreContext, date: string): string {
  let d = date;
  while (ctx.db.prepare('SELECT 1 FROM sleep_nights WHERE date = ?').get(d)) d = addDays(d, 1);
  return d;
}
