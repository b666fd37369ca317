import { recordChange } from '../changes';
// Writing sessions and sets: the checks every write path shares (future dates, overlaps, sets only on
// logged strength/sport sessions) so session.add, session.update, templates, copy-week, set.add and
// the demo behave the same.
import type Database from 'better-sqlite3';
import type { SetInput } from '../../../shared/contract/training';
import { addDays } from '../../../shared/dates';
import { formatDuration, wallClockMinutes } from '../../../shared/timeOfDay';
import { KIND_LABELS, isStrengthKind, type Modality, type SessionKind, type SetType } from '../../../shared/training';
import { sessionLoadAU } from '../../analysis/sessionLoad';
import type { CoreContext } from '../context';
import { AppError, invalid } from '../../errors';
import { requireExercise } from './exercises';
import type { ExerciseRow, SessionRow } from './store';

export interface SessionValues {
  date: string;
  start: string;
  kind: SessionKind;
  minutes: number;
  rpe: number;
  modality: Modality | null;
  distanceKm: number | null;
  elevationGainM: number | null;
  elevationLossM: number | null;
  avgHr: number | null;
  title: string | null;
  notes: string | null;
  planned: boolean;
  templateId: number | null;
  routineId: number | null;
  source?: string;
}

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

export function valuesOf(r: SessionRow): SessionValues {
  return {
    date: r.date,
    start: r.start_time,
    kind: r.kind,
    minutes: r.minutes,
    rpe: r.rpe,
    modality: r.modality,
    distanceKm: r.distance_km,
    elevationGainM: r.elevation_gain_m,
    elevationLossM: r.elevation_loss_m,
    avgHr: r.avg_hr,
    title: r.title,
    notes: r.notes,
    planned: r.planned === 1,
    templateId: r.template_id,
    routineId: r.routine_id,
    source: r.source,
  };
}

/** Sets belong to lifting (and sport-specific: carries) sessions. */
export const takesSets = (kind: string): boolean => isStrengthKind(kind) || kind === 'sport';

/** Sessions whose time overlaps [start, start + minutes) on the wall-clock timeline. */
export function overlappingSessions(db: Database.Database, date: string, start: string, minutes: number, exclude: number[] = []): SessionRow[] {
  const a0 = wallClockMinutes(date, start);
  const a1 = a0 + minutes;
  const near = db
    .prepare('SELECT * FROM training_sessions WHERE date >= ? AND date <= ? ORDER BY date, start_time')
    .all(addDays(date, -1), addDays(date, 1)) as (SessionRow & { start_time: string })[];
  return near.filter((r) => {
    if (exclude.includes(r.id)) return false;
    const b0 = wallClockMinutes(r.date, r.start_time);
    return a0 < b0 + r.minutes && b0 < a1;
  });
}

export function describeSessionRow(r: Pick<SessionRow, 'id' | 'date' | 'start_time' | 'minutes' | 'kind' | 'title'>): string {
  return `${r.title ?? KIND_LABELS[r.kind]} on ${r.date} at ${r.start_time} (${formatDuration(r.minutes)}, id ${r.id})`;
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
        `This session (${v.date} ${v.start}, ${formatDuration(v.minutes)}) overlaps ${clash.map(describeSessionRow).join('; ')}. Send it again with confirm: true (CLI: --confirm) to keep both.`,
        'start',
      );
    }
  }
}

export function insertSession(ctx: CoreContext, v: SessionValues): number {
  const now = ctx.now().toISOString();
  const info = ctx.db
    .prepare(
      `INSERT INTO training_sessions (date, start_time, minutes, kind, modality, rpe, distance_km, elevation_gain_m, elevation_loss_m, avg_hr,
         title, notes, planned, load_au, template_id, routine_id, source, created_at, updated_at)
       VALUES (@date, @start, @minutes, @kind, @modality, @rpe, @distanceKm, @elevationGainM, @elevationLossM, @avgHr,
         @title, @notes, @planned, @loadAU, @templateId, @routineId, @source, @now, @now)`,
    )
    .run({ ...v, planned: v.planned ? 1 : 0, loadAU: sessionLoadAU(v.rpe, v.minutes), source: v.source ?? 'manual', now });
  recordChange(ctx.db, [v.date]);
  return Number(info.lastInsertRowid);
}

export function updateSession(ctx: CoreContext, id: number, v: SessionValues): void {
  recordChange(ctx.db, [ctx.db.prepare('SELECT date FROM training_sessions WHERE id = ?').pluck().get(id) as string, v.date]);
  ctx.db
    .prepare(
      `UPDATE training_sessions SET date=@date, start_time=@start, minutes=@minutes, kind=@kind, modality=@modality, rpe=@rpe,
         distance_km=@distanceKm, elevation_gain_m=@elevationGainM, elevation_loss_m=@elevationLossM, avg_hr=@avgHr, title=@title,
         notes=@notes, planned=@planned, load_au=@loadAU, template_id=@templateId, routine_id=@routineId, source=@source, updated_at=@now
       WHERE id=@id`,
    )
    .run({ ...v, id, planned: v.planned ? 1 : 0, loadAU: sessionLoadAU(v.rpe, v.minutes), source: v.source ?? 'manual', now: ctx.now().toISOString() });
}

export interface ResolvedSet {
  input: SetInput;
  exercise: ExerciseRow;
  type: SetType;
}

/** Checks a set that does not need the database beyond its exercise. Field names are prefixed. */
export function resolveSet(db: Database.Database, s: SetInput, prefix = ''): ResolvedSet {
  const exercise = requireExercise(db, s.exercise, `${prefix}exercise`);
  if (s.rpe != null && s.rir != null) throw invalid(`${prefix}rir`, 'Give RPE or RIR (reps in reserve) for a set, not both.');
  if (s.assisted && exercise.bodyweight !== 1) {
    throw invalid(`${prefix}assisted`, `${exercise.name} is not a bodyweight lift: only bodyweight lifts (pull-ups, dips…) can be assisted.`);
  }
  return { input: s, exercise, type: s.type ?? 'working' };
}

export function insertSets(ctx: CoreContext, sessionId: number, sets: ResolvedSet[]): number[] {
  const maxPos = (ctx.db.prepare('SELECT COALESCE(MAX(position), 0) AS p FROM lift_sets WHERE session_id = ?').get(sessionId) as { p: number }).p;
  const ins = ctx.db.prepare(
    'INSERT INTO lift_sets (session_id, exercise_id, position, weight_kg, assisted, reps, rpe, rir, set_type, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const now = ctx.now().toISOString();
  recordChange(ctx.db, [ctx.db.prepare('SELECT date FROM training_sessions WHERE id = ?').pluck().get(sessionId) as string]);
  return sets.map((s, i) =>
    Number(
      ins.run(sessionId, s.exercise.id, maxPos + i + 1, s.input.weightKg, s.input.assisted ? 1 : 0, s.input.reps, s.input.rpe ?? null, s.input.rir ?? null, s.type, s.input.notes ?? null, now)
        .lastInsertRowid,
    ),
  );
}
