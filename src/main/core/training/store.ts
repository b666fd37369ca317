// SQL for the training domain: rows → contract records. Handlers and the daily/plan readers use it.
import type Database from 'better-sqlite3';
import type { Exercise, LiftSet, Session } from '../../../shared/contract/training';
import { minutesToTime, timeToMinutes } from '../../../shared/timeOfDay';
import type { Modality, SessionKind, SetType } from '../../../shared/training';
import { setE1rm } from '../../analysis/e1rm';
import { notFound } from '../../errors';
import { statement } from '../../store/statements';

export interface SessionRow {
  id: number;
  date: string;
  start_time: string;
  minutes: number;
  kind: SessionKind;
  modality: Modality | null;
  rpe: number;
  distance_km: number | null;
  elevation_gain_m: number | null;
  elevation_loss_m: number | null;
  avg_hr: number | null;
  title: string | null;
  notes: string | null;
  planned: number;
  load_au: number;
  template_id: number | null;
  routine_id: number | null;
  source: string;
}

const SESSION_COLUMNS =
  's.id, s.date, s.start_time, s.minutes, s.kind, s.modality, s.rpe, s.distance_km, s.elevation_gain_m, s.elevation_loss_m, s.avg_hr, s.title, s.notes, s.planned, s.load_au, s.template_id, s.routine_id, s.source';

export function toSession(r: SessionRow, setCount: number): Session {
  return {
    id: r.id,
    date: r.date,
    start: r.start_time,
    end: minutesToTime(timeToMinutes(r.start_time) + r.minutes),
    minutes: r.minutes,
    kind: r.kind,
    modality: r.modality,
    rpe: r.rpe,
    distanceKm: r.distance_km,
    elevationGainM: r.elevation_gain_m,
    elevationLossM: r.elevation_loss_m,
    avgHr: r.avg_hr,
    title: r.title,
    notes: r.notes,
    planned: r.planned === 1,
    loadAU: r.load_au,
    templateId: r.template_id,
    routineId: r.routine_id,
    setCount,
  };
}

export function getSessionRow(db: Database.Database, id: number): SessionRow {
  const r = db.prepare(`SELECT ${SESSION_COLUMNS} FROM training_sessions s WHERE s.id = ?`).get(id) as SessionRow | undefined;
  if (!r) throw notFound('session', id);
  return r;
}

export function setCountOf(db: Database.Database, sessionId: number): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM lift_sets WHERE session_id = ?').get(sessionId) as { n: number }).n;
}

export function readSession(db: Database.Database, id: number): Session {
  return toSession(getSessionRow(db, id), setCountOf(db, id));
}

/** Sessions with a date in [from, to], in time order, with their set counts. */
export function sessionRowsInRange(db: Database.Database, from: string, to: string): (SessionRow & { set_count: number })[] {
  return statement(
    db,
      `SELECT ${SESSION_COLUMNS}, (SELECT COUNT(*) FROM lift_sets x WHERE x.session_id = s.id) AS set_count
       FROM training_sessions s WHERE s.date >= ? AND s.date <= ? ORDER BY s.date, s.start_time, s.id`,
  ).all(from, to) as (SessionRow & { set_count: number })[];
}

// --- exercises -----------------------------------------------------------------------------------

export interface ExerciseRow {
  id: number;
  name: string;
  name_key: string;
  muscles: string;
  lower_body: number;
  bodyweight: number;
  builtin: number;
}

export function toExercise(r: ExerciseRow, aliases: string[]): Exercise {
  return {
    id: r.id,
    name: r.name,
    aliases,
    muscles: JSON.parse(r.muscles) as string[],
    lowerBody: r.lower_body === 1,
    bodyweight: r.bodyweight === 1,
    builtin: r.builtin === 1,
  };
}

export function aliasesOf(db: Database.Database, exerciseId: number): string[] {
  return (db.prepare('SELECT alias FROM exercise_aliases WHERE exercise_id = ? ORDER BY alias').all(exerciseId) as { alias: string }[]).map((a) => a.alias);
}

export function getExerciseRow(db: Database.Database, id: number): ExerciseRow {
  const r = db.prepare('SELECT * FROM exercises WHERE id = ?').get(id) as ExerciseRow | undefined;
  if (!r) throw notFound('exercise', id);
  return r;
}

// --- sets ----------------------------------------------------------------------------------------

export interface SetRow {
  id: number;
  session_id: number;
  date: string;
  start_time: string;
  position: number;
  exercise_id: number;
  exercise: string;
  muscles: string;
  lower_body: number;
  bodyweight: number;
  weight_kg: number;
  assisted: number;
  reps: number;
  rpe: number | null;
  rir: number | null;
  set_type: SetType;
  notes: string | null;
}

const SET_SELECT = `SELECT x.id, x.session_id, s.date, s.start_time, x.position, x.exercise_id, e.name AS exercise, e.muscles, e.lower_body, e.bodyweight,
  x.weight_kg, x.assisted, x.reps, x.rpe, x.rir, x.set_type, x.notes
  FROM lift_sets x JOIN training_sessions s ON s.id = x.session_id JOIN exercises e ON e.id = x.exercise_id`;
const SET_ORDER = 'ORDER BY s.date, s.start_time, s.id, x.position, x.id';

export function setRowsOfSession(db: Database.Database, sessionId: number): SetRow[] {
  return db.prepare(`${SET_SELECT} WHERE x.session_id = ? ${SET_ORDER}`).all(sessionId) as SetRow[];
}
export function setRowsInRange(db: Database.Database, from: string, to: string): SetRow[] {
  return statement(db, `${SET_SELECT} WHERE s.date >= ? AND s.date <= ? AND s.planned = 0 ${SET_ORDER}`).all(from, to) as SetRow[];
}
export function setRowsOfExercise(db: Database.Database, exerciseId: number, from = '0000-01-01', to = '9999-12-31'): SetRow[] {
  return statement(db, `${SET_SELECT} WHERE x.exercise_id = ? AND s.planned = 0 AND s.date >= ? AND s.date <= ? ${SET_ORDER}`).all(exerciseId, from, to) as SetRow[];
}
export function getSetRow(db: Database.Database, id: number): SetRow {
  const r = db.prepare(`${SET_SELECT} WHERE x.id = ?`).get(id) as SetRow | undefined;
  if (!r) throw notFound('set', id);
  return r;
}

/**
 * Body weight on a day, for bodyweight lifts: the mean weigh-in of the latest day on or before it,
 * else the first one after (a pull-up logged before the first weigh-in). Null without weigh-ins.
 */
export class BodyWeights {
  private days: string[] = [];
  private kg: number[] = [];
  constructor(db: Database.Database) {
    const rows = statement(db, 'SELECT date, AVG(weight_kg) AS kg FROM weigh_ins GROUP BY date ORDER BY date').all() as { date: string; kg: number }[];
    for (const r of rows) {
      this.days.push(r.date);
      this.kg.push(r.kg);
    }
  }
  on(day: string): number | null {
    if (this.days.length === 0) return null;
    let lo = 0;
    let hi = this.days.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.days[mid] <= day) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? this.kg[0] : this.kg[lo - 1];
  }
}

/** Total load moved by a set: bar/machine load, or body weight ± added/assisting load. */
export function setLoadKg(r: Pick<SetRow, 'bodyweight' | 'weight_kg' | 'assisted' | 'date'>, bodyWeights: BodyWeights): number | null {
  if (r.bodyweight !== 1) return r.weight_kg;
  const bw = bodyWeights.on(r.date);
  if (bw == null) return null;
  return bw + (r.assisted === 1 ? -r.weight_kg : r.weight_kg);
}

export function toLiftSet(r: SetRow, bodyWeights: BodyWeights): LiftSet {
  const loadKg = setLoadKg(r, bodyWeights);
  const e = setE1rm({ loadKg, reps: r.reps, rpe: r.rpe, rir: r.rir, type: r.set_type });
  return {
    id: r.id,
    sessionId: r.session_id,
    date: r.date,
    position: r.position,
    exerciseId: r.exercise_id,
    exercise: r.exercise,
    weightKg: r.weight_kg,
    assisted: r.assisted === 1,
    bodyweight: r.bodyweight === 1,
    loadKg,
    reps: r.reps,
    rpe: r.rpe,
    rir: r.rir,
    type: r.set_type,
    notes: r.notes,
    e1rmKg: e ? e.e1rmKg : null,
    e1rmMethod: e ? e.method : null,
  };
}

// --- sleep ---------------------------------------------------------------------------------------

export interface SleepRow {
  id: number;
  date: string;
  bed_date: string;
  bed_time: string;
  wake_time: string;
  hours: number;
  hours_entered: number;
  quality: number | null;
  notes: string | null;
}


// --- lean reads for the analyses (records, e1RM per day): working sets only, rows as arrays --------

/** A working set (or set to failure) of a logged session, with what the analyses need. */
export interface WorkingSet {
  setId: number;
  sessionId: number;
  date: string;
  exercise: string;
  /** Bodyweight lift: weightKg is added load (assistance when assisted). */
  bodyweight: boolean;
  weightKg: number;
  assisted: boolean;
  reps: number;
  rpe: number | null;
  rir: number | null;
  type: SetType;
}

type WorkingSetTuple = [number, number, string, string, number, number, number, number, number | null, number | null, SetType];
const WORKING_SETS_SQL = (where: string): string => `SELECT x.id, x.session_id, s.date, e.name, e.bodyweight, x.weight_kg, x.assisted, x.reps, x.rpe, x.rir, x.set_type
  FROM lift_sets x JOIN training_sessions s ON s.id = x.session_id JOIN exercises e ON e.id = x.exercise_id
  WHERE s.planned = 0 AND x.set_type IN ('working', 'failure') ${where}
  ORDER BY s.date, s.start_time, s.id, x.position, x.id`;

/** Working sets in time order: all, one exercise's, or those in a date range. */
export function workingSets(db: Database.Database, filter: { exerciseId?: number; from?: string; to?: string } = {}): WorkingSet[] {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (filter.exerciseId !== undefined) {
    where.push('AND x.exercise_id = ?');
    args.push(filter.exerciseId);
  }
  if (filter.from !== undefined) {
    where.push('AND s.date >= ?');
    args.push(filter.from);
  }
  if (filter.to !== undefined) {
    where.push('AND s.date <= ?');
    args.push(filter.to);
  }
  const rows = statement(db, WORKING_SETS_SQL(where.join(' '))).raw(true).all(...args) as WorkingSetTuple[];
  return rows.map(([setId, sessionId, date, exercise, bodyweight, weightKg, assisted, reps, rpe, rir, type]) => ({
    setId,
    sessionId,
    date,
    exercise,
    bodyweight: bodyweight === 1,
    weightKg,
    assisted: assisted === 1,
    reps,
    rpe,
    rir,
    type,
  }));
}

/** Total load of a working set (body weight ± added load for bodyweight lifts), or null if unknown. */
export function workingSetLoadKg(s: WorkingSet, bodyWeights: BodyWeights | null): number | null {
  if (!s.bodyweight) return s.weightKg;
  const bw = bodyWeights?.on(s.date) ?? null;
  return bw == null ? null : bw + (s.assisted ? -s.weightKg : s.weightKg);
}
