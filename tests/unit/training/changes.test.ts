import { beforeEach, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../../src/main/core/context';
import { changeFeed, type ChangeFeed } from '../../../src/main/core/changes';
import { call } from '../../../src/main/core/dispatch';
import { dailySessions, dailyTraining } from '../../../src/main/core/training/daily';
import { sleepHoursByDay } from '../../../src/main/core/sleep/store';
import { testContext } from '../helpers';

// Every write of the training, plan and sleep domains names the days it changed, so the per-day
// read model's cache knows what to rebuild without looking at tables.
let ctx: CoreContext;
let feed: ChangeFeed;
beforeEach(() => {
  ctx = testContext('2026-11-26');
  feed = changeFeed(ctx.db);
});
const changed = (): string[] => {
  const c = feed.take();
  expect(c.all).toBe(false);
  return [...c.dates].sort();
};

const lift = { date: '2026-11-24', start: '07:00', kind: 'heavy-lower' as const, minutes: 60, rpe: 8 };

describe('writes record the days they changed', () => {
  it('sessions: add, move (old and new day), complete, delete', () => {
    const s = call(ctx, 'session.add', { ...lift, sets: [{ exercise: 'Back Squat', weightKg: 100, reps: 5 }] });
    expect(changed()).toEqual(['2026-11-24']);
    call(ctx, 'session.update', { id: s.id, date: '2026-11-20' });
    expect(changed()).toEqual(['2026-11-20', '2026-11-24']);
    const p = call(ctx, 'session.add', { ...lift, date: '2026-11-25', start: '18:00', kind: 'zone2', planned: true });
    expect(changed()).toEqual(['2026-11-25']);
    call(ctx, 'session.complete', { id: p.id });
    expect(changed()).toEqual(['2026-11-25']);
    call(ctx, 'session.delete', { id: s.id });
    expect(changed()).toEqual(['2026-11-20']);
  });

  it('sets: add (to its session’s day), update, delete; set.add completing a planned session', () => {
    call(ctx, 'session.add', { ...lift, planned: true, date: '2026-11-23' });
    feed.take();
    const set = call(ctx, 'set.add', { date: '2026-11-23', exercise: 'Back Squat', weightKg: 100, reps: 5 });
    expect(set.sessionAction).toBe('completed');
    expect(changed()).toEqual(['2026-11-23']);
    call(ctx, 'set.update', { id: set.id, reps: 6 });
    expect(changed()).toEqual(['2026-11-23']);
    call(ctx, 'set.delete', { id: set.id });
    expect(changed()).toEqual(['2026-11-23']);
  });

  it('plan.copyWeek: the target days; routines and templates: no day', () => {
    call(ctx, 'session.add', { ...lift, date: '2026-11-16' });
    call(ctx, 'session.add', { ...lift, date: '2026-11-18', kind: 'zone2' });
    feed.take();
    call(ctx, 'plan.copyWeek', { from: '2026-11-16' });
    expect(changed()).toEqual(['2026-11-23', '2026-11-25']);
    const r = call(ctx, 'routine.add', { name: 'Legs', items: [{ exercise: 'Back Squat', sets: 3, reps: 5 }] });
    call(ctx, 'template.add', { name: 'Easy run', kind: 'zone2', start: '18:00', minutes: 40, rpe: 3, routineId: null });
    call(ctx, 'routine.delete', { id: r.id });
    expect(changed()).toEqual([]);
  });

  it('sleep: add, move (old and new wake-up day), delete', () => {
    const n = call(ctx, 'sleep.add', { date: '2026-11-24', bed: '23:00', wake: '07:00' });
    expect(changed()).toEqual(['2026-11-24']);
    call(ctx, 'sleep.update', { id: n.id, date: '2026-11-25' });
    expect(changed()).toEqual(['2026-11-24', '2026-11-25']);
    call(ctx, 'sleep.delete', { id: n.id });
    expect(changed()).toEqual(['2026-11-25']);
  });
});

describe('per-day readers', () => {
  it('dailySessions is dailyTraining without sleep and e1RM; sleep comes from the sleep domain', () => {
    call(ctx, 'session.add', { ...lift, sets: [{ exercise: 'Back Squat', weightKg: 100, reps: 5, rpe: 8 }] });
    call(ctx, 'session.add', { ...lift, start: '18:00', kind: 'zone2', rpe: 3, minutes: 40, planned: true });
    call(ctx, 'sleep.add', { date: '2026-11-24', bed: '22:30', wake: '06:00' });
    const full = dailyTraining(ctx.db, '2026-11-23', '2026-11-25');
    expect(dailySessions(ctx.db, '2026-11-23', '2026-11-25')).toEqual(full.map((d) => ({ ...d, sleepHours: null, e1rmKg: {} })));
    expect(dailyTraining(ctx.db, '2026-11-23', '2026-11-25', { sleep: false })).toEqual(full.map((d) => ({ ...d, sleepHours: null })));
    expect(sleepHoursByDay(ctx.db, '2026-11-23', '2026-11-25')).toEqual(new Map([['2026-11-24', 7.5]]));
  });
});
