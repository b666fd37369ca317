import { describe, expect, it } from 'vitest';
import { personalRecords, type LiftSet } from '../../../src/main/analysis/prs';

let nextId = 1;
const set = (date: string, sessionId: number, weightKg: number, reps: number, extra: Partial<LiftSet> = {}): LiftSet => ({
  setId: nextId++,
  sessionId,
  date,
  exercise: 'Back Squat',
  weightKg,
  loadKg: weightKg,
  reps,
  rpe: null,
  rir: null,
  type: 'working',
  ...extra,
});

describe('personal records', () => {
  it('tracks heaviest weight, best e1RM, rep maxes and best session volume', () => {
    const { records, events } = personalRecords([
      set('2026-11-02', 1, 60, 5, { type: 'warmup' }),
      set('2026-11-02', 1, 100, 5),
      set('2026-11-02', 1, 100, 5),
      set('2026-11-09', 2, 105, 3),
      set('2026-11-09', 2, 100, 6),
      set('2026-11-16', 3, 90, 5),
    ]);
    const squat = records.find((r) => r.exercise === 'Back Squat')!;
    expect(squat.heaviest).toMatchObject({ weightKg: 105, reps: 3, date: '2026-11-09' });
    expect(squat.bestE1rm?.e1rmKg).toBeCloseTo(120, 6); // 100 × (1 + 6/30)
    expect(squat.bestSessionVolume).toMatchObject({ volumeKg: 1000, date: '2026-11-02' });
    expect(squat.repMaxes).toEqual([
      expect.objectContaining({ weightKg: 105, reps: 3 }),
      expect.objectContaining({ weightKg: 100, reps: 6 }),
    ]);
    const week2 = events.filter((e) => e.sessionId === 2).map((e) => [e.type, e.value, e.previous]);
    expect(week2).toEqual(
      expect.arrayContaining([
        ['heaviest-weight', 105, 100],
        ['best-e1rm', expect.closeTo(120, 6), expect.closeTo(116.67, 2)],
        ['most-reps', 6, 5],
      ]),
    );
    // 105×3 + 100×6 = 915 < 1000: no volume record in session 2
    expect(events.some((e) => e.sessionId === 2 && e.type === 'best-session-volume')).toBe(false);
    // Session 3 beat nothing
    expect(events.filter((e) => e.sessionId === 3)).toEqual([]);
  });

  it('the first session sets the first records; a session yields its best per type once', () => {
    const { events } = personalRecords([set('2026-11-02', 7, 80, 5), set('2026-11-02', 7, 90, 5), set('2026-11-02', 7, 100, 5)]);
    const heaviest = events.filter((e) => e.type === 'heaviest-weight');
    expect(heaviest).toHaveLength(1);
    expect(heaviest[0]).toMatchObject({ value: 100, previous: null });
    expect(events.find((e) => e.type === 'best-session-volume')?.value).toBe(1350);
  });

  it('ignores warm-ups and drop sets', () => {
    const { records, events } = personalRecords([set('2026-11-02', 1, 100, 5), set('2026-11-09', 2, 140, 1, { type: 'warmup' }), set('2026-11-09', 2, 120, 8, { type: 'drop' })]);
    expect(records[0].heaviest?.weightKg).toBe(100);
    expect(events.filter((e) => e.sessionId === 2)).toEqual([]);
  });

  it('a rep record needs more reps than any earlier set at that weight or heavier', () => {
    const { events } = personalRecords([set('2026-11-02', 1, 100, 8), set('2026-11-09', 2, 90, 8), set('2026-11-16', 3, 90, 9)]);
    expect(events.filter((e) => e.type === 'most-reps').map((e) => e.sessionId)).toEqual([3]);
  });
});

describe('personal records per set', () => {
  it('compares each set with the running record, within a session too', () => {
    const sets = [set('2026-11-02', 1, 100, 5), set('2026-11-02', 1, 105, 3), set('2026-11-02', 1, 110, 2)];
    const perSet = personalRecords(sets, { perSet: true }).events.filter((e) => e.type === 'heaviest-weight');
    expect(perSet.map((e) => [e.value, e.previous])).toEqual([
      [100, null],
      [105, 100],
      [110, 105],
    ]);
    const perSession = personalRecords(sets).events.filter((e) => e.type === 'heaviest-weight');
    expect(perSession.map((e) => [e.value, e.previous])).toEqual([[110, null]]);
  });
});
