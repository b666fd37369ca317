import { describe, expect, it } from 'vitest';
import { call } from '../../src/main/core/dispatch';
import { foodTestContext } from './food-helpers';
import { testContext } from './helpers';

describe('empty database (welcome card and demo guard)', () => {
  it('is empty when nothing was entered', () => {
    expect(call(testContext(), 'app.info', {}).empty).toBe(true);
  });

  it('is not empty with only a night of sleep, and the demo refuses to mix into it', () => {
    const ctx = testContext();
    call(ctx, 'sleep.add', { date: '2026-11-25', bed: '23:00', wake: '07:00' });
    expect(call(ctx, 'app.info', {}).empty).toBe(false);
    expect(() => call(ctx, 'demo.load', {})).toThrow(/empty database/);
  });
});

describe('anything one entered makes the database not empty', () => {
  const entries: [string, (ctx: ReturnType<typeof foodTestContext>) => void][] = [
    ['a profile', (ctx) => call(ctx, 'profile.set', { sex: 'female', birthDate: '1990-01-01', heightCm: 170 })],
    ['a weigh-in', (ctx) => call(ctx, 'weight.add', { date: '2026-11-25', weightKg: 70 })],
    ['a quick add in the diary', (ctx) => call(ctx, 'meal.add', { date: '2026-11-25', meal: 'Lunch', quick: { kcal: 500 } })],
    ['a custom food', (ctx) => call(ctx, 'customFood.create', { name: 'My bar', basis: '100g', nutrients: { energyKcal: 400 } })],
    ['a session', (ctx) => call(ctx, 'session.add', { date: '2026-11-25', start: '07:00', kind: 'zone2', minutes: 30, rpe: 3 })],
    ['a night', (ctx) => call(ctx, 'sleep.add', { date: '2026-11-25', bed: '23:00', wake: '07:00' })],
  ];
  for (const [what, enter] of entries) {
    it(what, () => {
      const ctx = foodTestContext();
      expect(call(ctx, 'app.info', {}).empty).toBe(true);
      enter(ctx);
      expect(call(ctx, 'app.info', {}).empty).toBe(false);
    });
  }
});
