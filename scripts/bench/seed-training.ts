// Seed-only bench suite: ten years of training and sleep on the shared 10-year database, following
// the synthetic history's phases (scripts/bench/synthetic.ts): three lifting days a week all year,
// easy endurance at maintenance, a running-heavy week in the cuts, an extra hypertrophy day in the
// surpluses — 4 to 6 sessions a week, about 6 % skipped — strength that climbs in surpluses and
// slips in cuts, nightly sleep (about 4 % of nights not logged, shorter in the cuts), and the coming
// week planned.
//
// Sessions and sets go through the training domain's insertSession/insertSets (what session.add
// writes after its checks; the plan has no overlaps by construction); nights through sleep.add.
import { performance } from 'node:perf_hooks';
import type { CoreContext } from '../../src/main/core/context';
import { gaussian } from '../../src/main/core/demo/random';
import { call } from '../../src/main/core/dispatch';
import { findExercise } from '../../src/main/core/training/exercises';
import { insertSession, insertSets, sessionValues, type ResolvedSet, type SessionValues } from '../../src/main/core/training/sessions';
import { addDays, isoWeekday } from '../../src/shared/dates';
import type { SessionKind, Modality } from '../../src/shared/training';
import type { SyntheticHistory, SyntheticPhase } from './synthetic';
import type { BenchSuite } from './types';

interface LiftPlan {
  exercise: string;
  /** Working weight at strength level 1, kg. */
  kg: number;
  reps: number;
  sets: number;
  rpe: number;
}
interface SessionPlan {
  start: string;
  kind: SessionKind;
  minutes: number;
  rpe: number;
  modality?: Modality;
  distanceKm?: number;
  avgHr?: number;
  lifts?: LiftPlan[];
  /** Chance the session happens in a given week (optional extras). */
  chance?: number;
}

const HEAVY_LOWER: SessionPlan = {
  start: '07:00',
  kind: 'heavy-lower',
  minutes: 70,
  rpe: 8,
  lifts: [
    { exercise: 'Back Squat', kg: 120, reps: 5, sets: 3, rpe: 8.5 },
    { exercise: 'Romanian Deadlift', kg: 100, reps: 8, sets: 3, rpe: 7.5 },
  ],
};
const HEAVY_UPPER: SessionPlan = {
  start: '07:00',
  kind: 'heavy-upper',
  minutes: 65,
  rpe: 8,
  lifts: [
    { exercise: 'Bench Press', kg: 90, reps: 5, sets: 3, rpe: 8.5 },
    { exercise: 'Barbell Row', kg: 75, reps: 6, sets: 3, rpe: 8 },
    { exercise: 'Overhead Press', kg: 55, reps: 6, sets: 3, rpe: 8 },
  ],
};
const FULL_BODY: SessionPlan = {
  start: '07:00',
  kind: 'full-body',
  minutes: 60,
  rpe: 7,
  lifts: [
    { exercise: 'Deadlift', kg: 150, reps: 3, sets: 3, rpe: 8 },
    { exercise: 'Lunge', kg: 50, reps: 10, sets: 2, rpe: 7 },
  ],
};
const HYPERTROPHY: SessionPlan = {
  start: '17:30',
  kind: 'hypertrophy',
  minutes: 60,
  rpe: 7,
  lifts: [
    { exercise: 'Incline Bench Press', kg: 70, reps: 10, sets: 3, rpe: 8 },
    { exercise: 'Lat Pulldown', kg: 65, reps: 10, sets: 3, rpe: 8 },
    { exercise: 'Leg Press', kg: 180, reps: 12, sets: 3, rpe: 8 },
  ],
};
const EASY_RUN: SessionPlan = { start: '18:00', kind: 'zone2', minutes: 45, rpe: 4, modality: 'run', distanceKm: 7.5, avgHr: 142 };
const EASY_RIDE: SessionPlan = { start: '18:30', kind: 'zone2', minutes: 60, rpe: 3, modality: 'ride', distanceKm: 24, avgHr: 135 };
const INTERVALS: SessionPlan = { start: '18:00', kind: 'intervals', minutes: 50, rpe: 8, modality: 'run', distanceKm: 9, avgHr: 162 };
const TEMPO: SessionPlan = { start: '18:30', kind: 'tempo', minutes: 45, rpe: 7, modality: 'run', distanceKm: 9, avgHr: 160 };
const LONG_RUN: SessionPlan = { start: '09:00', kind: 'long', minutes: 100, rpe: 6, modality: 'run', distanceKm: 17, avgHr: 148 };
const MOBILITY: SessionPlan = { start: '10:00', kind: 'mobility', minutes: 30, rpe: 2 };

/** Each phase's week, Monday 0 … Sunday 6. */
const WEEKS: Record<SyntheticPhase, Record<number, SessionPlan[]>> = {
  maintenance: { 0: [HEAVY_LOWER], 1: [EASY_RUN], 2: [HEAVY_UPPER], 3: [{ ...EASY_RIDE, chance: 0.6 }], 4: [FULL_BODY], 6: [{ ...MOBILITY, chance: 0.4 }] },
  cut: { 0: [HEAVY_LOWER], 1: [INTERVALS], 2: [HEAVY_UPPER], 3: [TEMPO], 4: [FULL_BODY], 5: [LONG_RUN] },
  bulk: { 0: [HEAVY_LOWER], 1: [{ ...EASY_RUN, chance: 0.5 }], 2: [HEAVY_UPPER], 4: [FULL_BODY], 5: [HYPERTROPHY] },
};
const SKIPPED = 0.06;
const NIGHTS_NOT_LOGGED = 0.04;

/** Strength change per day by phase (level 1 = the plan's weights); gains slow as the level rises. */
const STRENGTH_PER_DAY: Record<SyntheticPhase, number> = { bulk: 0.0006, maintenance: 0.0002, cut: -0.0003 };

const hhmm = (minutes: number): string => {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};
const plates = (kg: number) => Math.round(kg / 2.5) * 2.5;

export function seedTraining(ctx: CoreContext, history: SyntheticHistory): { sessions: number; sets: number; nights: number } {
  const rand = history.random('training');
  const exercises = new Map<string, ResolvedSet['exercise']>();
  const exercise = (name: string) => {
    let e = exercises.get(name);
    if (!e) {
      e = findExercise(ctx.db, name) ?? undefined;
      if (!e) throw new Error(`seed-training: no exercise "${name}"`);
      exercises.set(name, e);
    }
    return e;
  };
  const session = (date: string, p: SessionPlan, planned: boolean, jitter: number): SessionValues =>
    sessionValues(
      { date, start: p.start, kind: p.kind, minutes: Math.round(p.minutes * jitter), rpe: p.rpe },
      {
        modality: p.modality ?? null,
        distanceKm: p.distanceKm != null ? Math.round(p.distanceKm * jitter * 10) / 10 : null,
        avgHr: p.avgHr != null && !planned ? p.avgHr + Math.round(gaussian(rand) * 4) : null,
        planned,
      },
    );
  const setsOf = (lifts: LiftPlan[], level: number): ResolvedSet[] =>
    lifts.flatMap((l) => {
      const ex = exercise(l.exercise);
      const work = plates(l.kg * level);
      const warmups: ResolvedSet[] = [0.5, 0.75].map((f) => ({ exercise: ex, type: 'warmup', input: { exercise: ex.name, weightKg: plates(work * f), reps: 5 } }));
      const working: ResolvedSet[] = Array.from({ length: l.sets }, () => ({
        exercise: ex,
        type: 'working',
        input: { exercise: ex.name, weightKg: work, reps: l.reps, rpe: Math.min(10, Math.max(6, l.rpe + Math.round(gaussian(rand) * 1) / 2)) },
      }));
      return [...warmups, ...working];
    });

  let level = 1;
  let sessions = 0;
  let sets = 0;
  let nights = 0;
  for (const day of history.days) {
    const gain = STRENGTH_PER_DAY[day.phase];
    level += gain > 0 ? gain * Math.max(0, (1.45 - level) / 0.45) : gain;
    const plan = WEEKS[day.phase][isoWeekday(day.date)] ?? [];
    for (const p of plan) {
      if (rand() >= (p.chance ?? 1) || rand() < SKIPPED) continue;
      const id = insertSession(ctx, session(day.date, p, false, 0.9 + rand() * 0.2));
      sessions += 1;
      if (p.lifts) {
        const s = setsOf(p.lifts, level);
        insertSets(ctx, { id, date: day.date }, s);
        sets += s.length;
      }
    }
    // The night that ended this morning: shorter in the cuts; up early on lifting mornings.
    if (rand() >= NIGHTS_NOT_LOGGED) {
      const hours = Math.min(9.5, Math.max(4.5, (day.phase === 'cut' ? 6.9 : 7.4) + gaussian(rand) * 0.5));
      const wake = (plan.some((p) => p.start === '07:00') ? 6 * 60 : 7 * 60) + Math.round(gaussian(rand) * 10);
      const bed = wake - Math.round(hours * 60) - 15;
      call(ctx, 'sleep.add', { date: day.date, bed: hhmm(bed), wake: hhmm(wake), hours: Math.round(hours * 100) / 100, quality: hours >= 7 ? 4 : 3 });
      nights += 1;
    }
  }
  // The coming week, planned (what the planner shows next to ten years of history).
  const phase = history.days[history.days.length - 1].phase;
  for (let i = 1; i <= 7; i++) {
    const date = addDays(history.to, i);
    for (const p of WEEKS[phase][isoWeekday(date)] ?? []) {
      insertSession(ctx, session(date, p, true, 1));
      sessions += 1;
    }
  }
  return { sessions, sets, nights };
}

/** Seeds only: the figures on these sessions are measured by the training, core (report) and energy suites. */
export const seedTrainingSuite: BenchSuite = {
  name: 'seed-training',
  seed: (ctx, history) => {
    const t0 = performance.now();
    const { sessions, sets, nights } = seedTraining(ctx, history);
    console.log(`  seed-training: ${sessions} sessions, ${sets} sets, ${nights} nights (${Math.round(performance.now() - t0)} ms)`);
  },
  run: () => [],
};
