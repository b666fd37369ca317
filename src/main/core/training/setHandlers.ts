// set.*: logging lifts. A set logged without a session joins the day's strength session, completes a
// planned one, or creates one whose kind is guessed from the lifts.
import type Database from 'better-sqlite3';
import type { Exercise } from '../../../shared/contract/training';
import { minutesToTime } from '../../../shared/timeOfDay';
import type { SessionKind } from '../../../shared/training';
import { invalid } from '../../errors';
import type { DomainHandlers } from '../handlerTypes';
import { BodyWeights } from './bodyWeights';
import { createExercise, findExercise, requireExercise } from './exercises';
import { records, roundPr, toLiftSet } from './records';
import { SET_ADD_SOURCE, checkSession, insertSession, insertSets, overlappingSessions, resolveSet, sessionValues, takesSets } from './sessions';
import { getSession, latestStrengthSession, markSessionDone, setSessionKind } from './store/sessions';
import { deleteSet, getSet, updateSet } from './store/sets';

/** A start for a session created by set.add: noon, else the first free hour of the day. */
function freeStart(db: Database.Database, date: string, minutes: number): string {
  for (const h of [12, 13, 14, 11, 10, 15, 16, 17, 9, 18, 8, 19, 7, 20, 6, 21]) {
    const start = minutesToTime(h * 60);
    if (overlappingSessions(db, date, start, minutes).length === 0) return start;
  }
  return '12:00';
}

/** Lower, upper, or both (full body): the kind of a session set.add created, from its lifts. */
function guessedKind(current: string | null, lowerBody: boolean): SessionKind {
  const want: SessionKind = lowerBody ? 'heavy-lower' : 'heavy-upper';
  if (!current || current === want) return want;
  return 'full-body';
}

export const setHandlers: DomainHandlers<'set.add' | 'set.update' | 'set.delete'> = {
  'set.add': (input, ctx) => {
    const db = ctx.db;
    let exercise: Exercise | null = findExercise(db, input.exercise);
    if (!exercise && !input.create) requireExercise(db, input.exercise); // throws with close matches
    const { date: _d, sessionId: _s, create: _c, confirm, muscles, lowerBody, bodyweight, start, kind, minutes, sessionRpe, ...setFields } = input;
    if (setFields.rpe != null && setFields.rir != null) throw invalid('rir', 'Give RPE or RIR (reps in reserve) for a set, not both.');

    let session: { id: number; kind: string; source: string; date: string } | null = null;
    if (input.sessionId !== undefined) {
      const s = getSession(db, input.sessionId);
      if (input.date !== undefined && input.date !== s.date) throw invalid('date', `Session ${s.id} is on ${s.date}, not ${input.date}.`);
      if (s.planned) throw invalid('sessionId', `Session ${s.id} is still planned: mark it done before logging its sets.`);
      if (!takesSets(s.kind)) throw invalid('sessionId', `Session ${s.id} is a ${s.kind} session: sets go into strength or sport-specific sessions.`);
      session = s;
    } else {
      if (input.date === undefined) throw invalid('date', 'date is required (or give sessionId).');
      if (input.date > ctx.today()) throw invalid('date', `The date ${input.date} is in the future: sets can be logged up to today (${ctx.today()}).`);
    }
    const date = session?.date ?? input.date!;

    const result = db.transaction(() => {
      if (!exercise) exercise = createExercise(db, { name: input.exercise, muscles, lowerBody, bodyweight }, ctx.now().toISOString());
      const resolved = resolveSet(db, { ...setFields, exercise: exercise.name }, '');
      let action: 'joined' | 'created' | 'completed' = 'joined';
      if (!session) {
        const done = latestStrengthSession(db, date, false);
        const planned = done ? undefined : latestStrengthSession(db, date, true);
        if (done) session = done;
        else if (planned) {
          // Logging sets for a planned lift means it happened: it becomes a logged session.
          markSessionDone(db, planned, ctx.now().toISOString());
          session = planned;
          action = 'completed';
        } else {
          const mins = minutes ?? 60;
          const v = sessionValues(
            { date, start: start ?? freeStart(db, date, mins), kind: kind ?? guessedKind(null, exercise.lowerBody), minutes: mins, rpe: sessionRpe ?? 7 },
            { source: kind ? 'manual' : SET_ADD_SOURCE },
          );
          if (start) checkSession(ctx, v, { confirm });
          const id = insertSession(ctx, v);
          session = { id, kind: v.kind, source: v.source!, date };
          action = 'created';
        }
      }
      if (action !== 'created' && session.source === SET_ADD_SOURCE) {
        const k = guessedKind(session.kind, exercise.lowerBody);
        if (k !== session.kind) setSessionKind(db, session, k);
      }
      const [setId] = insertSets(ctx, session, [resolved]);
      return { setId, action };
    })();

    const set = getSet(db, result.setId);
    const { events } = records(db, set.exerciseId, { perSet: true });
    const prs = events.filter((e) => e.setId === set.id || (e.type === 'best-session-volume' && e.sessionId === set.sessionId)).map(roundPr);
    return { ...toLiftSet(set, new BodyWeights(db)), sessionCreated: result.action === 'created', sessionAction: result.action, prs };
  },

  'set.update': (input, ctx) => {
    const cur = getSet(ctx.db, input.id);
    const next = {
      exercise: input.exercise ?? cur.exercise,
      weightKg: input.weightKg ?? cur.weightKg,
      assisted: input.assisted ?? cur.assisted,
      reps: input.reps ?? cur.reps,
      rpe: input.rpe !== undefined ? input.rpe : cur.rpe,
      rir: input.rir !== undefined ? input.rir : cur.rir,
      type: input.type ?? cur.type,
      notes: input.notes !== undefined ? input.notes : cur.notes,
    };
    // Switching between RPE and RIR: giving one clears the other.
    if (input.rpe != null && input.rir === undefined) next.rir = null;
    if (input.rir != null && input.rpe === undefined) next.rpe = null;
    const r = resolveSet(ctx.db, next);
    updateSet(ctx.db, cur, { exerciseId: r.exercise.id, weightKg: next.weightKg, assisted: next.assisted, reps: next.reps, rpe: next.rpe ?? null, rir: next.rir ?? null, type: r.type, notes: next.notes ?? null });
    return toLiftSet(getSet(ctx.db, input.id), new BodyWeights(ctx.db));
  },

  'set.delete': (input, ctx) => {
    const cur = getSet(ctx.db, input.id);
    const set = toLiftSet(cur, new BodyWeights(ctx.db));
    deleteSet(ctx.db, cur);
    return set;
  },
};
