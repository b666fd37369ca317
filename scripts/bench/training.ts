// Bench suite of the training domain: the interference check (plan.check) for one week, and over ten
// years of sessions (target ≤ 2 ms per week). Runs inside `npm run bench` (scripts/bench/suites.ts)
// or on its own:  npx tsx scripts/bench/training.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CoreContext } from '../../src/main/core/context';
import { dispatch } from '../../src/main/core/dispatch';
import { mulberry32 } from '../../src/main/core/demo/random';
import { dailySessions, dailyTraining } from '../../src/main/core/training/daily';
import { insertSession, insertSets, sessionValues, type ResolvedSet, type SessionValues } from '../../src/main/core/training/sessions';
import { findExercise } from '../../src/main/core/training/exercises';
import { sessionExtent } from '../../src/main/core/training/store/sessions';
import { insertNight } from '../../src/main/core/sleep/store';
import { openDatabase } from '../../src/main/store/db';
import { addDays, dayRange, isoWeekday, weekStartOf } from '../../src/shared/dates';
import { round } from '../../src/shared/units';
import { syntheticHistory } from './synthetic';
import type { BenchEnv, BenchSuite, Figure } from './types';

const TEN_YEARS_DAYS = 3653;
const PER_WEEK_TARGET_MS = 2;

/** Fills a database with ten years of a hybrid athlete's sessions, sets and nights (deterministic). */
export function generateTrainingHistory(ctx: CoreContext, today: string): { sessions: number; sets: number } {
  const rand = mulberry32(48_2026);
  const from = addDays(today, -(TEN_YEARS_DAYS - 1));
  const ex = (name: string) => findExercise(ctx.db, name)!;
  const squat = ex('Back Squat');
  const bench = ex('Bench Press');
  const dead = ex('Deadlift');
  const row = ex('Barbell Row');
  const press = ex('Overhead Press');
  const rdl = ex('Romanian Deadlift');
  let sessions = 0;
  let sets = 0;
  const lift = (exercise: ResolvedSet['exercise'], kg: number, reps: number, n: number): ResolvedSet[] => [
    { exercise, type: 'warmup', input: { exercise: exercise.name, weightKg: Math.round(kg * 0.5), reps: 5 } },
    { exercise, type: 'warmup', input: { exercise: exercise.name, weightKg: Math.round(kg * 0.75), reps: 3 } },
    ...Array.from({ length: n }, () => ({ exercise, type: 'working' as const, input: { exercise: exercise.name, weightKg: kg, reps, rpe: 7.5 + Math.round(rand() * 4) / 2 } })),
  ];
  const base = (date: string, start: string, kind: SessionValues['kind'], minutes: number, rpe: number, extra: Partial<SessionValues> = {}): SessionValues =>
    sessionValues({ date, start, kind, minutes, rpe }, { planned: date > today, ...extra });
  ctx.db.transaction(() => {
    for (const [i, date] of dayRange(from, addDays(today, 7)).entries()) {
      const wd = isoWeekday(date);
      const strength = 1 + (i / TEN_YEARS_DAYS) * 0.3 + (rand() - 0.5) * 0.04;
      const todays: { v: SessionValues; sets: ResolvedSet[] }[] = [];
      if (wd === 0) todays.push({ v: base(date, '07:00', 'heavy-lower', 70, 8), sets: [...lift(squat, Math.round(120 * strength), 5, 3), ...lift(rdl, Math.round(100 * strength), 8, 3)] });
      if (wd === 1) todays.push({ v: base(date, '18:00', rand() < 0.5 ? 'intervals' : 'zone2', 50, rand() < 0.5 ? 8 : 4, { modality: 'run', distanceKm: 8 + rand() * 3, avgHr: 130 + Math.round(rand() * 30) }), sets: [] });
      if (wd === 2) todays.push({ v: base(date, '07:00', 'heavy-upper', 65, 8), sets: [...lift(bench, Math.round(90 * strength), 5, 3), ...lift(row, Math.round(75 * strength), 6, 3), ...lift(press, Math.round(55 * strength), 6, 3)] });
      if (wd === 3) todays.push({ v: base(date, '18:30', rand() < 0.5 ? 'tempo' : 'zone2', 45 + Math.round(rand() * 20), rand() < 0.5 ? 7 : 3, { modality: rand() < 0.7 ? 'run' : 'ride', distanceKm: 9 + rand() * 10 }), sets: [] });
      if (wd === 4) todays.push({ v: base(date, '07:00', 'full-body', 60, 7), sets: lift(dead, Math.round(150 * strength), 3, 3) });
      if (wd === 5) todays.push({ v: base(date, '09:00', rand() < 0.25 ? 'hills' : 'long', 80 + Math.round(rand() * 40), 6, { modality: 'run', distanceKm: 14 + rand() * 6, elevationLossM: Math.round(rand() * 300) }), sets: [] });
      if (wd === 6 && rand() < 0.7) todays.push({ v: base(date, '10:00', 'mobility', 30, 2), sets: [] });
      for (const t of todays) {
        const id = insertSession(ctx, t.v);
        if (t.sets.length) insertSets(ctx, { id, date }, t.sets);
        sessions += 1;
        sets += t.sets.length;
      }
      if (date <= today) {
        const hours = 6 + rand() * 2.5;
        const wake = `${String(Math.floor(23 + hours) - 24).padStart(2, '0')}:${String(Math.round((hours % 1) * 60) % 60).padStart(2, '0')}`;
        insertNight(ctx.db, { date, bedDate: addDays(date, -1), bed: '23:00', wake, hours: Math.round(hours * 100) / 100, hoursEntered: true, quality: 3, notes: null }, 'bench');
      }
    }
  })();
  return { sessions, sets };
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function checkOk(r: ReturnType<typeof dispatch>): void {
  if (!r.ok) throw new Error(`plan.check failed: ${r.error.message}`);
}

export const trainingSuite: BenchSuite = {
  name: 'training',
  run(env: BenchEnv): Figure[] {
    // Use the shared ten-year history if it holds sessions; otherwise build ours next to it.
    let ctx = env.open(env.tenYearDb);
    if (sessionExtent(ctx.db).count < 1000) {
      ctx.db.close();
      ctx = env.open(join(env.dir, 'training-10y.db'));
      if (sessionExtent(ctx.db).count === 0) generateTrainingHistory(ctx, env.today);
    }
    const { count: sessions, first } = sessionExtent(ctx.db) as { count: number; first: string };
    const lastWeek = weekStartOf(addDays(env.today, -7), 'monday');

    // Ten years in one call.
    const from = weekStartOf(first, 'monday');
    const weeks = Math.ceil((Date.parse(env.today) - Date.parse(from)) / (7 * 86_400_000)) + 1;
    const whole = median(Array.from({ length: 3 }, () => time(() => checkOk(dispatch(ctx, 'plan.check', { from, to: env.today }))).ms));

    // Every week of ten years, one call each (what paging through the planner costs), after a warm-up.
    for (let w = from, k = 0; k < 26; w = addDays(w, 7), k++) checkOk(dispatch(ctx, 'plan.check', { from: w, to: addDays(w, 6) }));
    const everyWeek = time(() => {
      for (let w = from; w <= env.today; w = addDays(w, 7)) checkOk(dispatch(ctx, 'plan.check', { from: w, to: addDays(w, 6) }));
    }).ms;

    // One week, through dispatch (validation, reading ~8 weeks around it, the rules), warm.
    for (let i = 0; i < 20; i++) checkOk(dispatch(ctx, 'plan.check', { from: lastWeek, to: addDays(lastWeek, 6) }));
    const oneWeek = median(Array.from({ length: 50 }, () => time(() => checkOk(dispatch(ctx, 'plan.check', { from: lastWeek, to: addDays(lastWeek, 6) }))).ms));

    const daily = time(() => dailyTraining(ctx.db, from, env.today)).ms;
    const sessionDays = time(() => dailySessions(ctx.db, from, env.today)).ms;
    ctx.db.close();
    return [
      { name: `plan.check, one week (${sessions} sessions in the database)`, value: round(oneWeek, 3), unit: 'ms', target: `≤ ${PER_WEEK_TARGET_MS} ms`, ok: oneWeek <= PER_WEEK_TARGET_MS },
      { name: `plan.check, 10 years in one call (${weeks} weeks)`, value: round(whole / weeks, 3), unit: 'ms/week', target: `≤ ${PER_WEEK_TARGET_MS} ms/week`, ok: whole / weeks <= PER_WEEK_TARGET_MS },
      { name: 'plan.check, 10 years in one call (total)', value: Math.round(whole), unit: 'ms', target: '—' },
      { name: `plan.check, each of ${weeks} weeks on its own`, value: round(everyWeek / weeks, 3), unit: 'ms/week', target: `≤ ${PER_WEEK_TARGET_MS} ms/week`, ok: everyWeek / weeks <= PER_WEEK_TARGET_MS },
      { name: 'dailyTraining over 10 years', value: Math.round(daily), unit: 'ms', target: '—' },
      { name: 'dailySessions over 10 years (sessions and load only)', value: Math.round(sessionDays), unit: 'ms', target: '—' },
    ];
  },
};

// Standalone: npx tsx scripts/bench/training.ts
if (/scripts[\\/]bench[\\/]training\.ts$/.test(process.argv[1] ?? '')) {
  const dir = mkdtempSync(join(tmpdir(), 'hp-bench-training-'));
  const today = '2026-11-26';
  const open = (path: string): CoreContext => ({ db: openDatabase(path), dbPath: path, today: () => today, now: () => new Date(`${today}T12:00:00Z`) });
  const env: BenchEnv = { dir, tenYearDb: join(dir, 'ten-years.db'), today, open, history: syntheticHistory(today) };
  process.env.HYBRID_PLANNER_QUIET = '1';
  try {
    const t0 = performance.now();
    const figures = trainingSuite.run(env) as Figure[];
    const width = Math.max(...figures.map((f) => f.name.length));
    for (const f of figures) console.log(`${f.name.padEnd(width)}  ${String(f.value).padStart(9)} ${f.unit.padEnd(8)} target ${f.target}${f.ok === undefined ? '' : f.ok ? '  ok' : '  MISSED'}`);
    console.log(`(suite ran in ${Math.round(performance.now() - t0)} ms, including building the history)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
