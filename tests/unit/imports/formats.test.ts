// Each fixture, imported: exactly what lands in the database, read back through the contract.
import { describe, expect, it } from 'vitest';
import type { CoreContext } from '../../../src/main/core/context';
import { call } from '../../../src/main/core/dispatch';
import { importContext, importFile, preview } from './helpers';

const sessions = (ctx: CoreContext, from = '2020-01-01', to = '2026-11-26') =>
  call(ctx, 'session.list', { from, to }).map((s) => {
    const d = call(ctx, 'session.get', { id: s.id });
    return { date: d.date, start: d.start, minutes: d.minutes, kind: d.kind, rpe: d.rpe, title: d.title, notes: d.notes, sets: d.sets.map((x) => `${x.exercise} ${x.type} ${x.weightKg}x${x.reps}${x.rpe != null ? ` @${x.rpe}` : ''}`) };
  });
const weights = (ctx: CoreContext) => call(ctx, 'weight.list', { from: '2020-01-01', to: '2026-11-26' }).map((w) => [w.date, w.weightKg, w.bodyFatPct]);
const nights = (ctx: CoreContext) => call(ctx, 'sleep.list', {}).map((n) => [n.date, n.bedDate, n.bed, n.wake, n.hours]);
const day = (ctx: CoreContext, date: string) => {
  const log = call(ctx, 'meal.list', { date });
  return { complete: log.status.complete, entries: log.meals.flatMap((m) => m.entries.map((e) => `${m.name}: ${e.name} ${e.kcal} kcal P${e.proteinG} C${e.carbsG} F${e.fatG}`)) };
};

describe('Strong CSV', () => {
  it('semicolon dialect with BOM: W/D/F set types, kg and lbs rows, Note and Rest Timer rows skipped, a cardio row rejected', async () => {
    const ctx = importContext();
    const { job } = await importFile(ctx, 'strong-semicolon.csv');
    expect(job.format?.id).toBe('strong-csv');
    expect(job.preview?.rejected).toEqual([{ line: 11, reason: 'Running (Treadmill): no reps (a timed or distance set, not a lifting set)' }]);
    expect(sessions(ctx)).toEqual([
      {
        date: '2025-03-03',
        start: '07:02',
        minutes: 65,
        kind: 'heavy-lower',
        rpe: 8,
        title: 'Leg day',
        notes: 'Felt strong',
        sets: ['Back Squat warmup 60x5', 'Back Squat working 100x5 @8', 'Back Squat working 100x5 @8.5', 'Back Squat drop 80x8', 'Deadlift failure 140x3 @10'],
      },
      { date: '2025-03-05', start: '18:30', minutes: 20, kind: 'heavy-upper', rpe: 8, title: 'Push', notes: null, sets: ['Bench Press working 83.91x5', 'Pull-up working 0x8'] },
    ]);
  });

  it('comma dialect: "1h 43m" duration, no unit column so the user is asked; unknown exercises become custom ones', async () => {
    const ctx = importContext();
    const job = await preview(ctx, 'strong-comma.csv');
    expect(job.preview?.questions.map((q) => q.id)).toEqual(['unit']);
    expect(job.preview?.newExercises).toEqual(['Zercher Carry (Barbell)']);
    expect(() => call(ctx, 'imports.commit', { jobId: job.jobId })).toThrow(/without a unit/);
    call(ctx, 'imports.commit', { jobId: job.jobId, unit: 'lb' });
    expect(sessions(ctx)).toEqual([
      { date: '2025-04-01', start: '06:45', minutes: 103, kind: 'heavy-upper', rpe: 8, title: 'Upper A', notes: null, sets: ['Bench Press working 36.29x5 @8', 'Bench Press working 36.29x5', 'Zercher Carry (Barbell) working 27.22x1'] },
    ]);
    expect(call(ctx, 'exercise.list', {}).find((e) => e.name === 'Zercher Carry (Barbell)')?.builtin).toBe(false);
  });

  it('quoted-semicolon dialect: Weight (kg) and Duration (sec)', async () => {
    const ctx = importContext();
    await importFile(ctx, 'strong-quoted-semicolon.csv');
    expect(sessions(ctx)).toEqual([{ date: '2025-05-10', start: '09:00', minutes: 60, kind: 'heavy-lower', rpe: 8, title: 'Full body', notes: null, sets: ['Deadlift working 150x3 @8', 'Deadlift working 150x3'] }]);
  });
});

describe('Hevy CSV', () => {
  it('metric: set types normal/warmup/dropset/failure, length from start to end', async () => {
    const ctx = importContext();
    await importFile(ctx, 'hevy-metric.csv');
    expect(sessions(ctx)).toEqual([
      { date: '2025-12-05', start: '11:37', minutes: 65, kind: 'heavy-upper', rpe: 8, title: 'Morning Lift', notes: null, sets: ['Bench Press warmup 40x10', 'Bench Press working 82.5x5 @8', 'Bench Press drop 60x10', 'Bench Press failure 60x6 @10'] },
    ]);
  });

  it('imperial: weight_lbs converted to kg', async () => {
    const ctx = importContext();
    await importFile(ctx, 'hevy-imperial.csv');
    expect(sessions(ctx).map((s) => s.sets)).toEqual([['Back Squat working 102.06x5']]);
  });
});

describe('MyFitnessPal', () => {
  it('the zip: meals with "1,000.0", a garbage row rejected, weights in the unit the user names, cardio and strength exercise without the calorie adjustment', async () => {
    const ctx = importContext();
    const job = await preview(ctx, 'mfp-export.zip');
    expect(job.preview).toMatchObject({
      counts: { weighIns: 2, foodEntries: 2, foodDays: 1, sessions: 2, sets: 3 },
      from: '2025-06-01',
      to: '2025-06-02',
      questions: [{ id: 'unit' }],
      rejectedCount: 1,
    });
    expect(job.preview?.rejected[0].reason).toMatch(/Nutrition-Summary.*Lunch on 2025-06-02: calories "oops" is not a number/);
    call(ctx, 'imports.commit', { jobId: job.jobId, unit: 'lb' });
    expect(weights(ctx)).toEqual([
      ['2025-06-02', 81.56, null],
      ['2025-06-01', 81.83, null],
    ]);
    expect(day(ctx, '2025-06-01')).toEqual({
      complete: true,
      entries: ['Breakfast: Breakfast (MyFitnessPal) 520 kcal P32 C55 F18', 'Dinner: Dinner (MyFitnessPal) 1000 kcal P70 C90 F40.5'],
    });
    expect(sessions(ctx)).toEqual([
      { date: '2025-06-01', start: '12:00', minutes: 45, kind: 'zone2', rpe: 3, title: 'Running (jogging), 10 km/h', notes: null, sets: [] },
      { date: '2025-06-02', start: '12:00', minutes: 20, kind: 'full-body', rpe: 7, title: 'Bench Press', notes: null, sets: ['Bench Press working 70x8', 'Bench Press working 70x8', 'Bench Press working 70x8'] },
    ]);
  });

  it('one CSV on its own (nutrition summary with a BOM)', async () => {
    const ctx = importContext();
    const { result } = await importFile(ctx, 'mfp-nutrition.csv');
    expect(result.counts).toMatchObject({ foodEntries: 2, weighIns: 0 });
  });
});

describe('Cronometer', () => {
  it('servings alone: each food an entry, the same food twice kept twice; the day stays incomplete (the source did not say)', async () => {
    const ctx = importContext();
    await importFile(ctx, 'cronometer-servings.csv');
    expect(day(ctx, '2025-07-01')).toEqual({
      complete: false,
      entries: ['Breakfast: Oats, rolled, 80.00 g 303.2 kcal P10.5 C54.1 F5.3', 'Lunch: Chicken breast, 150.00 g 248 kcal P46.5 C0 F5.4', 'Lunch: Chicken breast, 150.00 g 248 kcal P46.5 C0 F5.4'],
    });
  });

  it('then the daily summary: Completed=true completes the itemised day without adding its total; other days get their totals', async () => {
    const ctx = importContext();
    await importFile(ctx, 'cronometer-servings.csv');
    const { job } = await importFile(ctx, 'cronometer-dailysummary.csv');
    expect(job.preview?.duplicates.inDatabase).toBe(1);
    expect(day(ctx, '2025-07-01').complete).toBe(true);
    expect(day(ctx, '2025-07-01').entries).toHaveLength(3);
    expect(day(ctx, '2025-07-02')).toEqual({ complete: true, entries: ['Snacks: Day total (Cronometer) 2450 kcal P140 C300 F80'] });
    expect(day(ctx, '2025-07-03').complete).toBe(false);
  });

  it('biometrics: sleep on the wake-up day, weight in lbs or kg, an unknown unit rejected', async () => {
    const ctx = importContext();
    const { job } = await importFile(ctx, 'cronometer-biometrics.csv');
    expect(job.preview?.rejected).toEqual([{ line: 5, reason: 'Weight: unit "stone" is not kg or lbs' }]);
    expect(weights(ctx)).toEqual([
      ['2022-11-04', 79.9, null],
      ['2022-11-03', 79.92, null],
    ]);
    expect(nights(ctx)).toEqual([['2022-11-03', '2022-11-02', '22:32', '07:00', 8.47]]);
  });
});

describe('Generic CSV', () => {
  it('weights with the unit in the column name, body fat guessed from the header', async () => {
    const ctx = importContext();
    const { job } = await importFile(ctx, 'generic-weight.csv');
    expect(job.preview?.mapping?.mapping).toMatchObject({ date: 'date', weight: 'weight (lb)', bodyFat: 'body fat' });
    expect(weights(ctx)).toEqual([
      ['2025-08-02', 79.56, null],
      ['2025-08-01', 79.83, 18.5],
    ]);
  });

  it('sleep: bedtime before midnight is the evening before; hours from the times when the column is empty', async () => {
    const ctx = importContext();
    await importFile(ctx, 'generic-sleep.csv');
    expect(nights(ctx)).toEqual([
      ['2025-08-03', '2025-08-03', '00:30', '07:30', 7],
      ['2025-08-02', '2025-08-01', '23:15', '06:45', 7.1],
    ]);
  });

  it('the user maps the columns: a mapping that names only the date is refused with what to pick', async () => {
    const ctx = importContext();
    const job = await preview(ctx, 'generic-weight.csv', { mapping: { date: 'date', weight: null, bodyFat: null, sleepHours: null, bed: null, wake: null } });
    expect(job).toMatchObject({ status: 'failed', error: 'Pick a weight column, an hours-asleep column, or bedtime and wake-time columns.' });
  });
});
