// Writing sessions and sets: the checks every write path shares (future dates, overlaps, sets only on
// logged strength/sport sessions) so session.add, session.update, templates, copy-week, set.add and
// the demo behave the same.
import type Database from 'better-sqlite3';
import type { Exercise, SetInput } from '../../../shared/contract/training';
import { addDays } from '../../../shared/dates';
import { formatDuration, wallClockMinutes } from '../../../shared/timeOfDay';
import { KIND_LABELS, isStrengthKind, type SetType } from '../../../shared/training';
import type { CoreContext } from '../context';
import { AppError, invalid } from '../../errors';
import { requireExercise } from './exercises';
import { routineExists } from './store/routines';
import * as sessionStore from './store/sessions';
import type { SessionValues, StoredSession } from './store/sessions';
import * as setStore from './store/sets';

export type { SessionValues };

/** A session with the required fields set and every optional one empty (null, not planned). */
export function sessionValues(
  required: Pick<SessionValues, 'date' | 'start' | 'kind' | 'minutes' | 'rpe'>,
  extra: Partial<SessionValues> = {},
): SessionValues {
  return {
    modality: null,
    distanceKm: null,
    elevationGainM: null,
    elevationLossM: null,
    avgHr: null,
    title: null,
    notes: null,
    planned: false,
    templateId: null,
    routineId: null,
    ...required,
    ...extra,
  };
}

/** A stored session's values, to rewrite it with some of them changed. */
export function valuesOf(s: StoredSession): SessionValues {
  return {
    date: s.date,
    start: s.start,
    kind: s.kind,
    minutes: s.minutes,
    rpe: s.rpe,
    modality: s.modality,
    distanceKm: s.distanceKm,
    elevationGainM: s.elevationGainM,
    elevationLossM: s.elevationLossM,
    avgHr: s.avgHr,
    title: s.title,
    notes: s.notes,
    planned: s.planned,
    templateId: s.templateId,
    routineId: s.routineId,
    source: s.source,
  };
}

/** The source of a session set.add created: its kind is a guess from the lifts until the user picks one. */
export const SET_ADD_SOURCE = 'set.add';

export function checkRoutineId(db: Database.Database, id: number | null | undefined): void {
  if (id != null && !routineExists(db, id)) throw invalid('routineId', `No routine with id ${id}.`);
}

/** Sets belong to lifting (and sport-specific: carries) sessions. */
export const takesSets = (kind: string): boolean => isStrengthKind(kind) || kind === 'sport';

/** Sessions whose time overlaps [start, start + minutes) on the wall-clock timeline. */
export function overlappingSessions(db: Database.Database, date: string, start: string, minutes: number, exclude: number[] = []): StoredSession[] {
  const a0 = wallClockMinutes(date, start);
  const a1 = a0 + minutes;
  return sessionStore.sessionsInRange(db, addDays(date, -1), addDays(date, 1)).filter((s) => {
    if (exclude.includes(s.id)) return false;
    const b0 = wallClockMinutes(s.date, s.start);
    return a0 < b0 + s.minutes && b0 < a1;
  });
}

export function describeSession(s: Pick<StoredSession, 'id' | 'date' | 'start' | 'minutes' | 'kind' | 'title'>): string {
  return `${s.title ?? KIND_LABELS[s.kind]} on ${s.date} at ${s.start} (${formatDuration(s.minutes)}, id ${s.id})`;
}

/** The checks of a session about to be written. Throws; writes nothing. */
export function checkSession(ctx: CoreContext, v: SessionValues, opts: { excludeId?: number; confirm?: boolean } = {}): void {
  if (!v.planned && v.date > ctx.today()) {
    throw invalid('date', `The date ${v.date} is in the future: a completed session can be logged up to today (${ctx.today()}); plan it instead (planned).`);
  }
  if (!opts.confirm) {
    const clash = overlappingSessions(ctx.db, v.date, v.start, v.minutes, opts.excludeId ? [opts.excludeId] : []);
    if (clash.length) {
      throw new AppError(
        'needs_confirmation',
        `This session (${v.date} ${v.start}, ${formatDuration(v.minutes)}) overlaps ${clash.map(describeSession).join('; ')}. Send it again with confirm: true (CLI: --confirm) to keep both.`,
        'start',
      );
    }
  }
}

export function insertSession(ctx: CoreContext, v: SessionValues): number {
  return sessionStore.insertSession(ctx.db, v, ctx.now().toISOString());
}

export function updateSession(ctx: CoreContext, before: StoredSession, v: SessionValues): void {
  sessionStore.updateSession(ctx.db, before, v, ctx.now().toISOString());
}

export interface ResolvedSet {
  input: SetInput;
  exercise: Exercise;
  type: SetType;
}

/** Checks a set that does not need the database beyond its exercise. Field names are prefixed. */
export function resolveSet(db: Database.Database, s: SetInput, prefix = ''): ResolvedSet {
  const exercise = requireExercise(db, s.exercise, `${prefix}exercise`);
  if (s.rpe != null && s.rir != null) throw invalid(`${prefix}rir`, 'Give RPE or RIR (reps in reserve) for a set, not both.');
  if (s.assisted && !exercise.bodyweight) {
    throw invalid(`${prefix}assisted`, `${exercise.name} is not a bodyweight lift: only bodyweight lifts (pull-ups, dips…) can be assisted.`);
  }
  return { input: s, exercise, type: s.type ?? 'working' };
}

/** Appends checked sets to a session; returns their ids. */
export function insertSets(ctx: CoreContext, session: { id: number; date: string }, sets: ResolvedSet[]): number[] {
  const values = sets.map(
    (s): setStore.SetValues => ({
      exerciseId: s.exercise.id,
      weightKg: s.input.weightKg,
      assisted: s.input.assisted ?? false,
      reps: s.input.reps,
      rpe: s.input.rpe ?? null,
      rir: s.input.rir ?? null,
      type: s.type,
      notes: s.input.notes ?? null,
    }),
  );
  return setStore.insertSets(ctx.db, session, values, ctx.now().toISOString());
}
