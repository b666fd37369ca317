import { describe, expect, it } from 'vitest';
import { seedCore, syntheticHistory, SYNTHETIC_TODAY } from '../../scripts/bench/synthetic';
import { call } from '../../src/main/core/dispatch';
import { testContext } from './helpers';

describe('benchmark synthetic history', () => {
  it('is ten years ending on its fixed today, the same on every run', () => {
    const a = syntheticHistory();
    const b = syntheticHistory();
    expect(a.days).toHaveLength(3653);
    expect(a.to).toBe(SYNTHETIC_TODAY);
    expect(a.from).toBe('2016-11-26');
    expect(a.days.map((d) => d.weighInsKg)).toEqual(b.days.map((d) => d.weighInsKg));
    expect(a.random('food')()).toBe(b.random('food')());
    expect(a.random('food')()).not.toBe(a.random('training')());
  });

  it('stays a plausible athlete: weight within a few kg of the start, readings valid for the app', () => {
    const h = syntheticHistory();
    const weights = h.days.map((d) => d.trueWeightKg);
    expect(Math.min(...weights)).toBeGreaterThan(70);
    expect(Math.max(...weights)).toBeLessThan(95);
    const readings = h.days.flatMap((d) => d.weighInsKg);
    expect(readings.length / h.days.length).toBeGreaterThan(0.9); // about daily
    expect(h.days.some((d) => d.weighInsKg.length === 2)).toBe(true);
    expect(h.days.some((d) => d.weighInsKg.length === 0)).toBe(true);
  });

  it('seeds the profile and every weigh-in through the contract', () => {
    const h = syntheticHistory();
    const ctx = testContext(h.today);
    const { weighIns } = seedCore(ctx, h);
    expect(weighIns).toBe(h.days.reduce((n, d) => n + d.weighInsKg.length, 0));
    expect(call(ctx, 'weight.list', {})).toHaveLength(weighIns);
    expect(call(ctx, 'profile.get', {})).toMatchObject({ sex: 'male', heightCm: 181 });
    const report = call(ctx, 'report.get', { from: h.from, to: h.to });
    expect(report.days).toHaveLength(3653);
    expect(report.days.at(-1)!.trendKg).not.toBeNull();
  });
});
