import { describe, expect, it } from 'vitest';
import { bestE1rm, brzycki, epley, percentOneRm, rpeE1rm, setE1rm } from '../../../src/main/analysis/e1rm';

describe('e1RM (science.md §6)', () => {
  it('Epley and Brzycki: 100 kg × 5 → 116.67 / 112.5', () => {
    expect(epley(100, 5)).toBeCloseTo(116.67, 2);
    expect(brzycki(100, 5)).toBeCloseTo(112.5, 10);
  });

  it('RPE-based: 100 kg × 5 @ RPE 8 = 7 reps to failure → 81.1 % → 123.30', () => {
    expect(percentOneRm(7)).toBeCloseTo(81.1, 10);
    expect(rpeE1rm(100, 5, 8)).toBeCloseTo(123.3, 2);
    expect(setE1rm({ loadKg: 100, reps: 5, rpe: 8, rir: null, type: 'working' })).toEqual({ e1rmKg: expect.closeTo(123.3, 2), method: 'rpe' });
  });

  it('interpolates half RPE steps as half a rep', () => {
    // 5 reps @ 8.5 → 6.5 reps to failure → halfway between 83.7 and 81.1 = 82.4 %
    expect(percentOneRm(6.5)).toBeCloseTo(82.4, 10);
    expect(rpeE1rm(100, 5, 8.5)).toBeCloseTo(100 / 0.824, 6);
    expect(rpeE1rm(100, 1, 10)).toBeCloseTo(100, 10);
    expect(rpeE1rm(100, 3, 9.5)).toBeCloseTo(100 / ((92.2 + 89.2) / 2 / 100), 6);
  });

  it('uses RPE only at RPE ≥ 7 (Epley below), and RIR as 10 − RPE', () => {
    expect(rpeE1rm(100, 5, 6.5)).toBeNull();
    expect(setE1rm({ loadKg: 100, reps: 5, rpe: 6.5, rir: null, type: 'working' })).toEqual({ e1rmKg: expect.closeTo(116.67, 2), method: 'epley' });
    expect(setE1rm({ loadKg: 100, reps: 5, rpe: 7, rir: null, type: 'working' })?.method).toBe('rpe');
    expect(setE1rm({ loadKg: 100, reps: 5, rpe: null, rir: 2, type: 'working' })?.e1rmKg).toBeCloseTo(123.3, 2);
    expect(setE1rm({ loadKg: 100, reps: 5, rpe: null, rir: 4, type: 'working' })?.method).toBe('epley');
  });

  it('counts only working sets (and sets to failure, at RPE 10) of 1–10 reps with a load', () => {
    expect(setE1rm({ loadKg: 100, reps: 5, rpe: 8, rir: null, type: 'warmup' })).toBeNull();
    expect(setE1rm({ loadKg: 100, reps: 5, rpe: 8, rir: null, type: 'drop' })).toBeNull();
    expect(setE1rm({ loadKg: 100, reps: 5, rpe: null, rir: null, type: 'failure' })?.e1rmKg).toBeCloseTo(100 / 0.863, 6);
    expect(setE1rm({ loadKg: 100, reps: 10, rpe: null, rir: null, type: 'working' })?.e1rmKg).toBeCloseTo(133.33, 2);
    expect(setE1rm({ loadKg: 100, reps: 11, rpe: null, rir: null, type: 'working' })).toBeNull();
    expect(setE1rm({ loadKg: null, reps: 5, rpe: null, rir: null, type: 'working' })).toBeNull();
    expect(setE1rm({ loadKg: 0, reps: 5, rpe: null, rir: null, type: 'working' })).toBeNull();
  });

  it('falls back to Epley when reps + RIR run off the 12-rep table', () => {
    // 10 reps @ RPE 7 = 13 reps to failure: off the table
    expect(setE1rm({ loadKg: 60, reps: 10, rpe: 7, rir: null, type: 'working' })).toEqual({ e1rmKg: expect.closeTo(80, 6), method: 'epley' });
  });

  it('bestE1rm picks the best qualifying set', () => {
    expect(
      bestE1rm([
        { loadKg: 140, reps: 1, rpe: null, rir: null, type: 'warmup' },
        { loadKg: 100, reps: 5, rpe: 8, rir: null, type: 'working' },
        { loadKg: 105, reps: 3, rpe: null, rir: null, type: 'working' },
      ]),
    ).toBeCloseTo(123.3, 2);
    expect(bestE1rm([])).toBeNull();
  });
});
