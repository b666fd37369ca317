// The import domain's promises: nothing written until commit, the same file twice adds nothing,
// overlapping exports merge, undo removes exactly one batch, a refused or cancelled file leaves the
// database as it was.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../../../src/main/core/dispatch';
import { removeEntry } from '../../../src/main/core/diary/store';
import { getJob } from '../../../src/main/core/imports/jobs';
import { deleteUnusedExercise } from '../../../src/main/core/training/store/exercises';
import { dump, fixture, importContext, importFile, preview } from './helpers';

describe('preview writes nothing; commit writes the preview in one batch', () => {
  it('a preview leaves every table as it was', async () => {
    const ctx = importContext();
    call(ctx, 'weight.add', { date: '2025-01-01', weightKg: 80 });
    const before = dump(ctx, { withImports: true });
    const job = await preview(ctx, 'mfp-export.zip');
    expect(job.status).toBe('ready');
    expect(dump(ctx, { withImports: true })).toEqual(before);
  });

  it('commit writes exactly the counted rows and lists the batch in the history', async () => {
    const ctx = importContext();
    const { job, result } = await importFile(ctx, 'strong-semicolon.csv');
    expect(result.counts).toEqual(job.preview!.counts);
    expect(call(ctx, 'imports.list', {})).toEqual([expect.objectContaining({ id: result.batch!.id, format: 'strong-csv', fileName: 'strong-semicolon.csv', undoneAt: null })]);
    expect(call(ctx, 'imports.list', {})[0].counts).toMatchObject({ sessions: 2, sets: 7 });
  });
});

describe('idempotent and mergeable', () => {
  it('the same file twice adds nothing, and the preview says it was imported', async () => {
    const ctx = importContext();
    const first = await importFile(ctx, 'strong-semicolon.csv');
    const after = dump(ctx);
    const job = await preview(ctx, 'strong-semicolon.csv');
    expect(job.preview).toMatchObject({ counts: { sessions: 0, sets: 0 }, duplicates: { inDatabase: 2 }, alreadyImported: { batchId: first.result.batch!.id } });
    const again = call(ctx, 'imports.commit', { jobId: job.jobId });
    expect(again.batch).toBeNull();
    expect(dump(ctx)).toEqual(after);
  });

  it('an overlapping later export adds only its new rows', async () => {
    const ctx = importContext();
    const dir = mkdtempSync(join(tmpdir(), 'hp-import-'));
    const header = 'Date,Weight\n';
    writeFileSync(join(dir, 'early.csv'), `${header}2025-06-01,80.0\n2025-06-02,79.8\n`);
    writeFileSync(join(dir, 'later.csv'), `${header}2025-06-01,80.0\n2025-06-02,79.8\n2025-06-03,79.5\n`);
    await importFile(ctx, join(dir, 'early.csv'), 'kg');
    const { job } = await importFile(ctx, join(dir, 'later.csv'), 'kg');
    expect(job.preview?.duplicates.inDatabase).toBe(2);
    expect(call(ctx, 'weight.list', { from: '2025-06-01', to: '2025-06-30' }).map((w) => w.date)).toEqual(['2025-06-03', '2025-06-02', '2025-06-01']);
  });

  it('a weigh-in or night already logged by hand is a duplicate, not a second row', async () => {
    const ctx = importContext();
    call(ctx, 'weight.add', { date: '2022-11-04', weightKg: 79.9 });
    call(ctx, 'sleep.add', { date: '2022-11-03', bed: '23:00', wake: '07:00' });
    const job = await preview(ctx, 'cronometer-biometrics.csv');
    expect(job.preview).toMatchObject({ counts: { weighIns: 1, nights: 0 }, duplicates: { inDatabase: 2 } });
  });
});

describe('undo', () => {
  it('removes exactly the batch: the database is as before it, other imports and hand-logged rows stay', async () => {
    const ctx = importContext();
    call(ctx, 'weight.add', { date: '2025-01-01', weightKg: 80 });
    await importFile(ctx, 'hevy-metric.csv');
    const before = dump(ctx);
    const { result } = await importFile(ctx, 'strong-comma.csv', 'kg');
    expect(call(ctx, 'exercise.list', {}).some((e) => e.name === 'Zercher Carry (Barbell)')).toBe(true);
    const undone = call(ctx, 'imports.undo', { batchId: result.batch!.id });
    expect(undone.removed).toBe(2); // the session (its sets with it) and the exercise it created
    expect(undone.batch.undoneAt).not.toBeNull();
    expect(dump(ctx)).toEqual(before);
    // Undone rows are forgotten: the file imports again.
    const again = await preview(ctx, 'strong-comma.csv');
    expect(again.preview?.counts.sessions).toBe(1);
  });

  it('takes back the incomplete-day marks and food entries of a nutrition import', async () => {
    const ctx = importContext();
    const before = dump(ctx);
    const { result } = await importFile(ctx, 'cronometer-servings.csv');
    expect(call(ctx, 'meal.list', { date: '2025-07-01' }).status.complete).toBe(false);
    call(ctx, 'imports.undo', { batchId: result.batch!.id });
    expect(dump(ctx)).toEqual(before);
  });
});

describe('malformed files: clear errors, good rows reported, nothing written', () => {
  const refused: [string, RegExp][] = [
    ['strong-missing-column.csv', /has no "set order" column/],
    ['strong-latin1.csv', /not UTF-8 text/],
    ['strong-utf16.csv', /UTF-16 text, which we cannot read.*\n.*Strong \(CSV\)/],
    ['unknown.txt', /is not a format we recognise\. Formats we import:\n {2}- Strong \(CSV\)\n {2}- Hevy/],
    ['truncated.zip', /damaged or truncated zip/],
  ];
  for (const [name, message] of refused) {
    it(`${name} is refused with a clear message and writes nothing`, async () => {
      const ctx = importContext();
      const before = dump(ctx, { withImports: true });
      const job = await preview(ctx, name);
      expect(job.status).toBe('failed');
      expect(job.error).toMatch(message);
      expect(() => call(ctx, 'imports.commit', { jobId: job.jobId })).toThrow(/cannot be imported: it is failed/);
      expect(dump(ctx, { withImports: true })).toEqual(before);
    });
  }

  it('a 0-byte file is refused before reading', () => {
    const ctx = importContext();
    expect(() => call(ctx, 'imports.preview', { path: fixture('empty.csv') })).toThrow('empty.csv is empty (0 bytes): there is nothing to import.');
    expect(() => call(ctx, 'imports.preview', { path: fixture('nope.csv') })).toThrow(/There is no file at .*nope\.csv/);
  });

  it('garbage rows are reported with their line and reason; the good rows import', async () => {
    const ctx = importContext();
    const job = await preview(ctx, 'strong-garbage-rows.csv');
    expect(job.preview?.rejected).toEqual([
      { line: 3, reason: 'date "not a date" is not a date and time' },
      { line: 4, reason: 'Squat (Barbell): weight "heavy" is not a number' },
      { line: 5, reason: 'Squat (Barbell): reps "500" is not a whole number from 1 to 100' },
      { line: 6, reason: 'set order "X" is not a number, W, D or F' },
      { line: 7, reason: 'Squat (Barbell): weight unit "stone" is not kg or lbs' },
    ]);
    expect(job.preview?.counts).toMatchObject({ sessions: 1, sets: 1 });
  });

  it('a record dated after today is rejected, not written', async () => {
    const ctx = importContext();
    const dir = mkdtempSync(join(tmpdir(), 'hp-import-'));
    writeFileSync(join(dir, 'w.csv'), 'Date,Weight (kg)\n2026-11-26,80\n2026-12-01,79\n');
    const job = await preview(ctx, join(dir, 'w.csv'));
    expect(job.preview?.rejected).toEqual([{ line: 3, reason: '2026-12-01 is after today (2026-11-26)' }]);
  });
});

describe('cancel', () => {
  it('a cancelled import writes nothing and cannot be committed', async () => {
    const ctx = importContext();
    const before = dump(ctx, { withImports: true });
    const job = await preview(ctx, 'hevy-metric.csv');
    expect(call(ctx, 'imports.cancel', { jobId: job.jobId }).status).toBe('cancelled');
    expect(() => call(ctx, 'imports.commit', { jobId: job.jobId })).toThrow(/it is cancelled/);
    expect(dump(ctx, { withImports: true })).toEqual(before);
  });

  it('cancel while reading stops the parse', async () => {
    const ctx = importContext();
    const dir = mkdtempSync(join(tmpdir(), 'hp-import-'));
    const rows = Array.from({ length: 50_000 }, (_, i) => `2025-01-${String((i % 28) + 1).padStart(2, '0')} 07:00:00;W${i % 28};Squat;${(i % 5) + 1};100;kg;5;;;;0;"";""`);
    writeFileSync(join(dir, 'big.csv'), `Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes\n${rows.join('\n')}\n`);
    const started = call(ctx, 'imports.preview', { path: join(dir, 'big.csv') });
    call(ctx, 'imports.cancel', { jobId: started.jobId });
    await getJob(started.jobId).done;
    expect(call(ctx, 'imports.progress', { jobId: started.jobId })).toMatchObject({ status: 'cancelled', preview: null });
  });
});

describe('detection by content, and the store functions undo relies on', () => {
  it('a Strong export renamed to .txt is still a Strong export; a MyFitnessPal zip is known by its members', async () => {
    const ctx = importContext();
    const dir = mkdtempSync(join(tmpdir(), 'hp-import-'));
    writeFileSync(join(dir, 'export.txt'), readFileSync(fixture('strong-comma.csv')));
    expect((await preview(ctx, join(dir, 'export.txt'))).format?.id).toBe('strong-csv');
    expect((await preview(ctx, 'mfp-export.zip')).format?.id).toBe('myfitnesspal');
  });

  it('deleteUnusedExercise keeps an exercise a set uses and never deletes a built-in one', async () => {
    const ctx = importContext();
    const custom = call(ctx, 'exercise.add', { name: 'Sled Push' });
    call(ctx, 'session.add', { date: '2026-11-20', start: '07:00', kind: 'full-body', minutes: 30, rpe: 7, sets: [{ exercise: 'Sled Push', weightKg: 40, reps: 10 }] });
    expect(deleteUnusedExercise(ctx.db, custom.id)).toBe(false);
    const builtin = call(ctx, 'exercise.list', {}).find((e) => e.builtin)!;
    expect(deleteUnusedExercise(ctx.db, builtin.id)).toBe(false);
    const unused = call(ctx, 'exercise.add', { name: 'Tyre Flip' });
    expect(deleteUnusedExercise(ctx.db, unused.id)).toBe(true);
    expect(call(ctx, 'exercise.list', {}).some((e) => e.name === 'Tyre Flip')).toBe(false);
  });

  it('removeEntry deletes the row outright and says when it was gone already', () => {
    const ctx = importContext();
    const e = call(ctx, 'meal.add', { date: '2026-11-20', meal: 'Lunch', quick: { kcal: 500 } });
    expect(removeEntry(ctx.db, e.id, e.date)).toBe(true);
    expect(removeEntry(ctx.db, e.id, e.date)).toBe(false);
    expect(call(ctx, 'meal.list', { date: '2026-11-20' }).status.hasEntries).toBe(false);
  });
});
