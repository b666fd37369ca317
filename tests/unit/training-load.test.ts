import { describe, expect, it } from 'vitest';
import { ewmaStep, loadModels, monotony, pmcStep, strain, weekLoad } from '../../src/main/analysis/trainingLoad';

const session = (kind: string, minutes: number, rpe: number, planned = false) => ({ kind, minutes, rpe, planned });

describe('weekly stress load (science.md §5)', () => {
  const loads = [420, 0, 300, 480, 0, 600, 200];

  it('monotony with the population SD and strain from the unrounded monotony', () => {
    // Sum 2000, mean 285.714, population SD 215.60.
    expect(monotony(loads)).toBeCloseTo(1.3252, 4);
    expect(strain(loads)).toBeCloseTo(2650.5, 1);
    expect(monotony([0, 0, 0, 0, 0, 0, 0])).toBeNull();
    expect(strain([100, 100, 100, 100, 100, 100, 100])).toBeNull();
  });

  it('splits a week by family (planned sessions are not load) and needs 7 days for monotony', () => {
    const days = [
      [session('heavy-lower', 60, 7)], // 420
      [],
      [session('zone2', 60, 5)], // 300
      [session('heavy-upper', 60, 8)], // 480
      [session('intervals', 40, 9, true)], // planned: not load
      [session('long', 100, 5), session('mobility', 20, 5)], // 500 endurance + 100 other
      [session('sport', 40, 5)], // 200
    ].map((sessions) => ({ sessions }));
    const w = weekLoad(days);
    expect(w).toMatchObject({ strengthAU: 900, enduranceAU: 800, otherAU: 300, totalAU: 2000, dailyAU: loads });
    expect(w.monotony).toBeCloseTo(1.3252, 4);
    expect(w.strain).toBeCloseTo(2650.5, 1);
    const partial = weekLoad(days.slice(0, 4));
    expect(partial.totalAU).toBe(1200);
    expect([partial.monotony, partial.strain]).toEqual([null, null]);
  });
});

describe('acute/chronic EWMA and fitness/fatigue', () => {
  it('EWMA with λ = 2/(N + 1)', () => {
    expect(ewmaStep(0, 100, 7)).toBeCloseTo(25, 10);
    expect(ewmaStep(25, 0, 7)).toBeCloseTo(18.75, 10);
    expect(ewmaStep(0, 100, 28)).toBeCloseTo(200 / 29, 10);
  });

  it('CTL 50, ATL 60, load 100 → 51.190, 65.714', () => {
    const { ctl, atl } = pmcStep(50, 60, 100);
    expect(ctl).toBeCloseTo(51.19, 3);
    expect(atl).toBeCloseTo(65.714, 3);
  });

  it('per day: form is yesterday’s fitness − yesterday’s fatigue', () => {
    const days = loadModels([0, 0, 100, 0]);
    expect(days[1]).toEqual({ acuteAU: 0, chronicAU: 0, ctl: 0, atl: 0, tsb: 0 });
    expect(days[2].ctl).toBeCloseTo(100 / 42, 10);
    expect(days[2].atl).toBeCloseTo(100 / 7, 10);
    expect(days[2].tsb).toBe(0);
    expect(days[3].tsb).toBeCloseTo(100 / 42 - 100 / 7, 10);
    expect(days[3].acuteAU).toBeCloseTo(18.75, 10);
  });
});
