// exercise.* and lift.*: the exercise catalogue, one lift's history, records and weekly sets per muscle.
import type { LiftSet } from '../../../shared/contract/training';
import { addDays, weekStartOf } from '../../../shared/dates';
import { isWorkingSetType } from '../../../shared/training';
import { round } from '../../../shared/units';
import { workingSetsPerMuscle } from '../../analysis/muscleVolume';
import type { DomainHandlers } from '../handlerTypes';
import { readProfile } from '../profile/store';
import { BodyWeights } from './bodyWeights';
import { closeMatches, createExercise, findExercise, requireExercise } from './exercises';
import { records, roundPr, toLiftSet } from './records';
import { listExercises } from './store/exercises';
import { loggedSetsInRange, loggedSetsOfExercise, type StoredSet } from './store/sets';

type LiftMethod = 'exercise.list' | 'exercise.match' | 'exercise.add' | 'exercise.history' | 'lift.prs' | 'lift.weeklySets';

type Records = ReturnType<typeof records>['records'][number];
const roundRecords = (r: Records): Records => ({
  ...r,
  bestE1rm: r.bestE1rm ? { ...r.bestE1rm, e1rmKg: round(r.bestE1rm.e1rmKg, 2) } : null,
  bestSessionVolume: r.bestSessionVolume ? { ...r.bestSessionVolume, volumeKg: round(r.bestSessionVolume.volumeKg, 2) } : null,
});

export const liftHandlers: DomainHandlers<LiftMethod> = {
  'exercise.list': (_input, ctx) => listExercises(ctx.db),

  'exercise.match': (input, ctx) => {
    const exercise = findExercise(ctx.db, input.name);
    return { exercise, suggestions: exercise ? [] : closeMatches(ctx.db, input.name) };
  },

  'exercise.add': (input, ctx) => ctx.db.transaction(() => createExercise(ctx.db, input, ctx.now().toISOString()))(),

  'exercise.history': (input, ctx) => {
    const ex = requireExercise(ctx.db, input.exercise);
    const bodyWeights = new BodyWeights(ctx.db);
    const rows = loggedSetsOfExercise(ctx.db, ex.id, input.from, input.to);
    const recs = records(ctx.db, ex.id).records;
    const bySession = new Map<number, StoredSet[]>();
    for (const r of rows) {
      const list = bySession.get(r.sessionId) ?? [];
      list.push(r);
      bySession.set(r.sessionId, list);
    }
    const days = [...bySession.entries()].map(([sessionId, list]) => {
      const sets = list.map((r) => toLiftSet(r, bodyWeights));
      const working = sets.filter((s) => isWorkingSetType(s.type));
      const e1rms = working.map((s) => s.e1rmKg).filter((x): x is number => x != null);
      const top = working.reduce<LiftSet | null>((b, s) => {
        const w = s.assisted ? -s.weightKg : s.weightKg;
        const bw = b ? (b.assisted ? -b.weightKg : b.weightKg) : -Infinity;
        return !b || w > bw || (w === bw && s.reps > b.reps) ? s : b;
      }, null);
      return {
        date: list[0].date,
        sessionId,
        bestE1rmKg: e1rms.length ? Math.max(...e1rms) : null,
        topSet: top ? { weightKg: top.assisted ? -top.weightKg : top.weightKg, reps: top.reps } : null,
        volumeKg: round(working.reduce((t, s) => t + (s.loadKg ?? 0) * s.reps, 0), 2),
        workingSets: working.length,
        sets,
      };
    });
    days.reverse();
    const rec = recs[0] ?? null;
    return { exercise: ex, days, records: rec ? roundRecords(rec) : null };
  },

  'lift.prs': (input, ctx) => {
    const { records: recs, events } = records(ctx.db, input.exercise ? requireExercise(ctx.db, input.exercise).id : undefined);
    const recent = [...events]
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.sessionId - a.sessionId))
      .slice(0, input.recent ?? 20)
      .map(roundPr);
    return { records: recs.map(roundRecords), recent };
  },

  'lift.weeklySets': (input, ctx) => {
    const weekStart = readProfile(ctx.db)?.weekStart ?? 'monday';
    const from = weekStartOf(input.date ?? ctx.today(), weekStart);
    const to = addDays(from, 6);
    const muscles = new Map(listExercises(ctx.db).map((e) => [e.id, e.muscles]));
    const sets = loggedSetsInRange(ctx.db, from, to);
    return { from, to, muscles: workingSetsPerMuscle(sets.map((s) => ({ type: s.type, muscles: muscles.get(s.exerciseId) ?? [] }))) };
  },
};
