// Imports: a generated Strong CSV of 100,000 sets (2,000 workouts of 50 sets over five and a half
// years) read, previewed and committed into an empty database in-process, as `import FILE` does.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { addDays } from '../../src/shared/dates';
import { call } from '../../src/main/core/dispatch';
import { getJob } from '../../src/main/core/imports/jobs';
import type { BenchSuite } from './types';

const EXERCISES = ['Squat (Barbell)', 'Bench Press (Barbell)', 'Deadlift (Barbell)', 'Overhead Press (Barbell)', 'Bent Over Row (Barbell)', 'Pull Up', 'Lat Pulldown (Cable)', 'Leg Press', 'Bicep Curl (Dumbbell)', 'Face Pull (Cable)'];

/** The Strong semicolon dialect, with warm-ups, a Rest Timer row per exercise, kg and lbs. */
export function strongCsv(today: string, workouts: number, setsPerWorkout: number): string {
  const lines = ['Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration'];
  for (let w = 0; w < workouts; w++) {
    const date = `${addDays(today, -workouts + w)} 07:${String(w % 60).padStart(2, '0')}:00`;
    for (let s = 0; s < setsPerWorkout; s++) {
      const ex = EXERCISES[(s + w) % EXERCISES.length];
      const order = s % 5 === 0 ? 'W' : String(s % 5);
      const lb = w % 7 === 0;
      lines.push(`${date};"Workout ${w % 3}";"${ex}";${order};${lb ? 135 + (s % 20) * 5 : 60 + (s % 20) * 2.5};${lb ? 'lbs' : 'kg'};${1 + (s % 10)};${s % 3 ? 8 : ''};;;0;"";"";1h 10m`);
      if (s % 5 === 4) lines.push(`${date};"Workout ${w % 3}";"${ex}";Rest Timer;;;;;;;120;"";"";1h 10m`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export const importsSuite: BenchSuite = {
  name: 'imports',
  async run(env) {
    const path = join(env.dir, 'strong-100k.csv');
    writeFileSync(path, strongCsv(env.today, 2000, 50));
    const ctx = env.open(join(env.dir, 'import-target.db'));
    try {
      const t0 = performance.now();
      const started = call(ctx, 'imports.preview', { path });
      await getJob(started.jobId).done;
      const job = call(ctx, 'imports.progress', { jobId: started.jobId });
      const tPreview = performance.now();
      const result = call(ctx, 'imports.commit', { jobId: job.jobId });
      const ms = performance.now() - t0;
      const sets = result.counts.sets;
      if (sets !== 100_000) throw new Error(`expected 100,000 sets, imported ${sets}`);
      return [
        { name: 'Strong CSV, 100,000 sets: read + preview + commit', value: ms, unit: 'ms', target: '≤ 2000 ms', ok: ms <= 2000 },
        { name: '  of which read + preview', value: tPreview - t0, unit: 'ms', target: 'reported' },
        { name: '  sets per second', value: sets / (ms / 1000), unit: 'sets/s', target: 'reported' },
      ];
    } finally {
      ctx.db.close();
    }
  },
};
