import { describe, expect, it } from 'vitest';
import { clockText, lastSessionSets, previousFor, type PastSet } from '../../src/renderer/src/lib/previousSets';

const set = (position: number, weightKg: number, reps: number, type: PastSet['type'] = 'working'): PastSet =>
  ({ id: position, sessionId: 1, date: '2026-11-30', position, exerciseId: 1, exercise: 'Back Squat', weightKg, assisted: false, bodyweight: false, loadKg: weightKg, reps, rpe: null, rir: null, type }) as PastSet;

const history = {
  exercise: {} as never,
  records: null,
  days: [
    { date: '2026-12-03', sessionId: 3, bestE1rmKg: 150, topSet: null, volumeKg: 0, workingSets: 1, sets: [set(1, 140, 3)] },
    { date: '2026-11-30', sessionId: 2, bestE1rmKg: 140, topSet: null, volumeKg: 0, workingSets: 2, sets: [set(3, 120, 5), set(1, 60, 8, 'warmup'), set(2, 115, 5)] },
  ],
};

describe('the previous column', () => {
  it('takes the last session before the day being logged, its sets in order', () => {
    expect(lastSessionSets(history, '2026-12-03').map((s) => s.weightKg)).toEqual([60, 115, 120]);
    expect(lastSessionSets(history, '2026-12-04').map((s) => s.weightKg)).toEqual([140]);
    expect(lastSessionSets(history, '2026-11-30')).toEqual([]);
  });

  it('matches the n-th row of an exercise and set type with the n-th such set last time', () => {
    const last = lastSessionSets(history, '2026-12-03');
    const lookup = (k: string) => (k === 'back squat' ? last : undefined);
    const rows = [
      { exercise: 'Back Squat', type: 'warmup' },
      { exercise: 'back squat ', type: 'working' },
      { exercise: 'Bench Press', type: 'working' },
      { exercise: 'Back Squat', type: 'working' },
      { exercise: 'Back Squat', type: 'working' },
      { exercise: '', type: 'working' },
    ];
    expect(rows.map((_, i) => previousFor(rows, i, lookup)?.weightKg ?? null)).toEqual([60, 115, null, 120, null, null]);
  });

  it('shows the rest timer as minutes and seconds, never below zero', () => {
    expect(clockText(90)).toBe('1:30');
    expect(clockText(4.2)).toBe('0:05');
    expect(clockText(-3)).toBe('0:00');
  });
});
