// Every SQL statement on training_sessions: rows in, StoredSession records out (one mapper), and every
// write says which days it changed.
import type Database from 'better-sqlite3';
import type { Session } from '../../../../shared/contract/training';
import { daysBetween } from '../../../../shared/dates';
import { minutesToTime, timeToMinutes } from '../../../../shared/timeOfDay';
import type { Modality, SessionKind } from '../../../../shared/training';
import type { DailySession } from '../../../analysis/dailyInputs';
import { sessionLoadAU } from '../../../analysis/sessionLoad';
import { notFound } from '../../../errors';
import { statement } from '../../../store/statements';
import { recordChange } from '../../changes';

// Rows are read as arrays in COLUMNS order: the planner and the per-day reads map thousands of them.
type DailySessionRow = [
  day: number,
  id: number,
  start: string,
  minutes: number,
  kind: SessionKind,
  modality: Modality | null,
  rpe: number,
  distanceKm: number | null,
  elevationGainM: number | null,
  elevationLossM: number | null,
  avgHr: number | null,
  planned: number,
];

type SessionRow = [
  id: number,
  date: string,
  start: string,
  minutes: number,
  kind: SessionKind,
  modality: Modality | null,
  rpe: number,
  distanceKm: number | null,
  elevationGainM: number | null,
  elevationLossM: number | null,
  avgHr: number | null,
  title: string | null,
  notes: string | null,
  planned: number,
  loadAU: number,
  templateId: number | null,
  routineId: number | null,
  source: string,
];

/** A session as stored: the contract's record without its set count and end time, plus where it came from. */
export interface StoredSession extends Omit<Session, 'setCount' | 'end'> {
  /** 'manual', 'set.add' (kind guessed from the lifts), 'copy', … */
  source: string;
}

/** What a write stores (the load is derived from RPE × minutes). */
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

const COLUMNS =
  's.id, s.date, s.start_time, s.minutes, s.kind, s.modality, s.rpe, s.distance_km, s.elevation_gain_m, s.elevation_loss_m, s.avg_hr, s.title, s.notes, s.planned, s.load_au, s.template_id, s.routine_id, s.source';
const SET_COUNT = '(SELECT COUNT(*) FROM lift_sets x WHERE x.session_id = s.id)';

function toStoredSession([id, date, start, minutes, kind, modality, rpe, distanceKm, elevationGainM, elevationLossM, avgHr, title, notes, planned, loadAU, templateId, routineId, source]: SessionRow): StoredSession {
  return {
    id,
    date,
    start,
    minutes,
    kind,
    modality,
    rpe,
    distanceKm,
    elevationGainM,
    elevationLossM,
    avgHr,
    title,
    notes,
    planned: planned === 1,
    loadAU,
    templateId,
    routineId,
    source,
  };
}

/** The contract's record: the stored session with its end time and set count, without its source. */
export function withSetCount({ source: _source, ...s }: StoredSession, setCount: number): Session {
  return { ...s, end: minutesToTime(timeToMinutes(s.start) + s.minutes), setCount };
}

export function getSession(db: Database.Database, id: number): StoredSession {
  const r = statement(db, `SELECT ${COLUMNS} FROM training_sessions s WHERE s.id = ?`).raw(true).get(id) as SessionRow | undefined;
  if (!r) throw notFound('session', id);
  return toStoredSession(r);
}

export function setCountOf(db: Database.Database, sessionId: number): number {
  return (statement(db, 'SELECT COUNT(*) AS n FROM lift_sets WHERE session_id = ?').get(sessionId) as { n: number }).n;
}

export function readSession(db: Database.Database, id: number): Session {
  return withSetCount(getSession(db, id), setCountOf(db, id));
}

/** Sessions with a date in [from, to], in time order (no set counts: the per-day reads skip that cost). */
export function sessionsInRange(db: Database.Database, from: string, to: string): StoredSession[] {
  const rows = statement(db, `SELECT ${COLUMNS} FROM training_sessions s WHERE s.date >= ? AND s.date <= ? ORDER BY s.date, s.start_time, s.id`).raw(true).all(from, to) as SessionRow[];
  return rows.map(toStoredSession);
}

/**
 * The sessions of each day of [from, to] (`days[i]` is the i-th day's, in time order) as the per-day
 * records hold them: only their columns, so ten years of sessions read fast.
 */
export function sessionsByDay(db: Database.Database, from: string, to: string): DailySession[][] {
  // The day's index comes from SQLite (whole days from `from`): no date string per session.
  const rows = statement(
    db,
    `SELECT CAST(julianday(s.date) - julianday(?) AS INTEGER), s.id, s.start_time, s.minutes, s.kind, s.modality, s.rpe, s.distance_km, s.elevation_gain_m, s.elevation_loss_m, s.avg_hr, s.planned
     FROM training_sessions s WHERE s.date >= ? AND s.date <= ? ORDER BY s.date, s.start_time, s.id`,
  )
    .raw(true)
    .all(from, from, to) as DailySessionRow[];
  const days: DailySession[][] = Array.from({ length: daysBetween(from, to) + 1 }, () => []);
  for (const [at, id, start, minutes, kind, modality, rpe, distanceKm, elevationGainM, elevationLossM, avgHr, planned] of rows) {
    days[at].push({ id, kind, modality, start, minutes, rpe, distanceKm, elevationGainM, elevationLossM, avgHr, planned: planned === 1 });
  }
  return days;
}

/** Sessions with a date in [from, to], in time order, as the contract lists them (with set counts). */
export function listSessions(db: Database.Database, from: string, to: string): Session[] {
  const rows = statement(
    db,
    `SELECT ${COLUMNS}, ${SET_COUNT} AS set_count FROM training_sessions s WHERE s.date >= ? AND s.date <= ? ORDER BY s.date, s.start_time, s.id`,
  ).raw(true).all(from, to) as [...SessionRow, number][];
  return rows.map((r) => withSetCount(toStoredSession(r as unknown as SessionRow), r[r.length - 1] as number));
}

/** The day's latest-started strength session, logged or planned: the one set.add joins. */
export function latestStrengthSession(db: Database.Database, date: string, planned: boolean): StoredSession | undefined {
  const r = statement(
    db,
    `SELECT ${COLUMNS} FROM training_sessions s WHERE s.date = ? AND s.planned = ? AND s.kind IN ('heavy-lower','heavy-upper','full-body','hypertrophy','power')
     ORDER BY s.start_time DESC, s.id DESC LIMIT 1`,
  ).raw(true).get(date, planned ? 1 : 0) as SessionRow | undefined;
  return r && toStoredSession(r);
}

/** How many sessions there are, and the first one's date (null when none). */
export function sessionExtent(db: Database.Database): { count: number; first: string | null } {
  return statement(db, 'SELECT COUNT(*) AS count, MIN(date) AS first FROM training_sessions').get() as { count: number; first: string | null };
}

const params = (v: SessionValues, nowIso: string) => ({
  date: v.date,
  start: v.start,
  minutes: v.minutes,
  kind: v.kind,
  modality: v.modality,
  rpe: v.rpe,
  distanceKm: v.distanceKm,
  elevationGainM: v.elevationGainM,
  elevationLossM: v.elevationLossM,
  avgHr: v.avgHr,
  title: v.title,
  notes: v.notes,
  planned: v.planned ? 1 : 0,
  loadAU: sessionLoadAU(v.rpe, v.minutes),
  templateId: v.templateId,
  routineId: v.routineId,
  source: v.source ?? 'manual',
  now: nowIso,
});

export function insertSession(db: Database.Database, v: SessionValues, nowIso: string): number {
  const info = statement(
    db,
    `INSERT INTO training_sessions (date, start_time, minutes, kind, modality, rpe, distance_km, elevation_gain_m, elevation_loss_m, avg_hr,
       title, notes, planned, load_au, template_id, routine_id, source, created_at, updated_at)
     VALUES (@date, @start, @minutes, @kind, @modality, @rpe, @distanceKm, @elevationGainM, @elevationLossM, @avgHr,
       @title, @notes, @planned, @loadAU, @templateId, @routineId, @source, @now, @now)`,
  ).run(params(v, nowIso));
  recordChange(db, [v.date]);
  return Number(info.lastInsertRowid);
}

/** Rewrites a session; `before` is its stored state (its old date changes too on a move). */
export function updateSession(db: Database.Database, before: StoredSession, v: SessionValues, nowIso: string): void {
  statement(
    db,
    `UPDATE training_sessions SET date=@date, start_time=@start, minutes=@minutes, kind=@kind, modality=@modality, rpe=@rpe,
       distance_km=@distanceKm, elevation_gain_m=@elevationGainM, elevation_loss_m=@elevationLossM, avg_hr=@avgHr, title=@title,
       notes=@notes, planned=@planned, load_au=@loadAU, template_id=@templateId, routine_id=@routineId, source=@source, updated_at=@now
     WHERE id=@id`,
  ).run({ ...params(v, nowIso), id: before.id });
  recordChange(db, [before.date, v.date]);
}

/** A planned session becomes a logged one (its sets are being logged). */
export function markSessionDone(db: Database.Database, s: StoredSession, nowIso: string): void {
  statement(db, 'UPDATE training_sessions SET planned = 0, updated_at = ? WHERE id = ?').run(nowIso, s.id);
  recordChange(db, [s.date]);
}

export function setSessionKind(db: Database.Database, s: Pick<StoredSession, 'id' | 'date'>, kind: SessionKind): void {
  statement(db, 'UPDATE training_sessions SET kind = ? WHERE id = ?').run(kind, s.id);
  recordChange(db, [s.date]);
}

/** Deletes a session (its sets go with it: ON DELETE CASCADE). */
/** Deletes a session (its sets go with it); returns how many rows went (0 when it was gone already). */
export function deleteSession(db: Database.Database, s: Pick<StoredSession, 'id' | 'date'>): number {
  const n = statement(db, 'DELETE FROM training_sessions WHERE id = ?').run(s.id).changes;
  recordChange(db, [s.date]);
  return n;
}

/** Whether any session was ever planned or logged. */
export function hasAnySession(db: Database.Database): boolean {
  return statement(db, 'SELECT EXISTS(SELECT 1 FROM training_sessions)').pluck().get() === 1;
}
