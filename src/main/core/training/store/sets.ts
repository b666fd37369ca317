// Every SQL statement on lift_sets: rows (with their session's day and their exercise's name) in,
// StoredSet records out (one mapper), and every write says which day it changed.
import type Database from 'better-sqlite3';
import type { SetType } from '../../../../shared/training';
import { notFound } from '../../../errors';
import { statement } from '../../../store/statements';
import { recordChange } from '../../changes';

// Rows are read as arrays in SELECT order: records and e1RM per day map every working set of ten years.
type SetRow = [
  id: number,
  sessionId: number,
  date: string,
  position: number,
  exerciseId: number,
  exercise: string,
  bodyweight: number,
  weightKg: number,
  assisted: number,
  reps: number,
  rpe: number | null,
  rir: number | null,
  type: SetType,
  notes: string | null,
];

/** A set as stored, with its session's day and its exercise's name and kind. */
export interface StoredSet extends SetValues {
  id: number;
  sessionId: number;
  /** The session's day. */
  date: string;
  position: number;
  exercise: string;
  /** A bodyweight lift: weightKg is the added load (the assistance when assisted). */
  bodyweight: boolean;
}

const toStoredSet = ([id, sessionId, date, position, exerciseId, exercise, bodyweight, weightKg, assisted, reps, rpe, rir, type, notes]: SetRow): StoredSet => ({
  id,
  sessionId,
  date,
  position,
  exerciseId,
  exercise,
  bodyweight: bodyweight === 1,
  weightKg,
  assisted: assisted === 1,
  reps,
  rpe,
  rir,
  type,
  notes,
});

const SELECT = `SELECT x.id, x.session_id, s.date, x.position, x.exercise_id, e.name AS exercise, e.bodyweight,
  x.weight_kg, x.assisted, x.reps, x.rpe, x.rir, x.set_type, x.notes
  FROM lift_sets x JOIN training_sessions s ON s.id = x.session_id JOIN exercises e ON e.id = x.exercise_id`;
const ORDER = 'ORDER BY s.date, s.start_time, s.id, x.position, x.id';
const WORKING = "x.set_type IN ('working', 'failure')";

export function getSet(db: Database.Database, id: number): StoredSet {
  const r = statement(db, `${SELECT} WHERE x.id = ?`).raw(true).get(id) as SetRow | undefined;
  if (!r) throw notFound('set', id);
  return toStoredSet(r);
}

export function setsOfSession(db: Database.Database, sessionId: number): StoredSet[] {
  return (statement(db, `${SELECT} WHERE x.session_id = ? ${ORDER}`).raw(true).all(sessionId) as SetRow[]).map(toStoredSet);
}

/** Sets of logged sessions in [from, to], in time order. */
export function loggedSetsInRange(db: Database.Database, from: string, to: string): StoredSet[] {
  return (statement(db, `${SELECT} WHERE s.date >= ? AND s.date <= ? AND s.planned = 0 ${ORDER}`).raw(true).all(from, to) as SetRow[]).map(toStoredSet);
}

/** Sets of one exercise in logged sessions in [from, to], in time order. */
export function loggedSetsOfExercise(db: Database.Database, exerciseId: number, from = '0000-01-01', to = '9999-12-31'): StoredSet[] {
  return (statement(db, `${SELECT} WHERE x.exercise_id = ? AND s.planned = 0 AND s.date >= ? AND s.date <= ? ${ORDER}`).raw(true).all(exerciseId, from, to) as SetRow[]).map(
    toStoredSet,
  );
}

/**
 * Working sets (and sets to failure) of logged sessions in time order: all, one exercise's, or those
 * in [from, to] — what records, e1RM per day and the planner's middle-ground check read.
 */
export function workingSets(db: Database.Database, filter: { exerciseId?: number; from?: string; to?: string } = {}): StoredSet[] {
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
  return (statement(db, `${SELECT} WHERE s.planned = 0 AND ${WORKING} ${where.join(' ')} ${ORDER}`).raw(true).all(...args) as SetRow[]).map(toStoredSet);
}

/**
 * A working set as the per-day e1RM read takes it: its session, its exercise, the load signed (the
 * assistance of an assisted set is negative), the reps, and the RPE it was done at (analysis/e1rm.ts
 * effectiveRpe: as entered, else 10 − RIR, else 10 for a set to failure, else null).
 */
export type E1rmSetRow = [sessionId: number, exerciseId: number, signedKg: number, reps: number, rpe: number | null];

/**
 * Working sets (and sets to failure) of logged sessions in [from, to] that can give an e1RM (1–10
 * reps), in time order, as arrays of the fewest values: the report reads every one of ten years, and
 * each value read costs (names, dates and objects per set were most of its cost; the caller knows
 * its sessions' days and the exercises).
 */
export function e1rmSetRows(db: Database.Database, from: string, to: string): E1rmSetRow[] {
  return statement(
    db,
    `SELECT x.session_id, x.exercise_id, CASE x.assisted WHEN 1 THEN -x.weight_kg ELSE x.weight_kg END, x.reps,
            COALESCE(x.rpe, 10 - x.rir, CASE x.set_type WHEN 'failure' THEN 10 END)
     FROM lift_sets x JOIN training_sessions s ON s.id = x.session_id
     WHERE s.planned = 0 AND ${WORKING} AND x.reps <= 10 AND s.date >= ? AND s.date <= ? ${ORDER}`,
  )
    .raw(true)
    .all(from, to) as E1rmSetRow[];
}

/** The exercises a session holds sets of. */
export function exerciseIdsOfSession(db: Database.Database, sessionId: number): number[] {
  return (statement(db, 'SELECT DISTINCT exercise_id AS id FROM lift_sets WHERE session_id = ?').all(sessionId) as { id: number }[]).map((r) => r.id);
}

/** What a set write stores. */
export interface SetValues {
  exerciseId: number;
  weightKg: number;
  assisted: boolean;
  reps: number;
  rpe: number | null;
  rir: number | null;
  type: SetType;
  notes: string | null;
}

/** Appends sets to a session on `date` (after its last one); returns their ids. */
export function insertSets(db: Database.Database, session: { id: number; date: string }, sets: SetValues[], nowIso: string): number[] {
  const maxPos = (statement(db, 'SELECT COALESCE(MAX(position), 0) AS p FROM lift_sets WHERE session_id = ?').get(session.id) as { p: number }).p;
  const ins = statement(
    db,
    'INSERT INTO lift_sets (session_id, exercise_id, position, weight_kg, assisted, reps, rpe, rir, set_type, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const ids = sets.map((s, i) => Number(ins.run(session.id, s.exerciseId, maxPos + i + 1, s.weightKg, s.assisted ? 1 : 0, s.reps, s.rpe, s.rir, s.type, s.notes, nowIso).lastInsertRowid));
  if (sets.length) recordChange(db, [session.date]);
  return ids;
}

export function updateSet(db: Database.Database, before: StoredSet, v: SetValues): void {
  statement(db, 'UPDATE lift_sets SET exercise_id = ?, weight_kg = ?, assisted = ?, reps = ?, rpe = ?, rir = ?, set_type = ?, notes = ? WHERE id = ?').run(
    v.exerciseId,
    v.weightKg,
    v.assisted ? 1 : 0,
    v.reps,
    v.rpe,
    v.rir,
    v.type,
    v.notes,
    before.id,
  );
  recordChange(db, [before.date]);
}

export function deleteSet(db: Database.Database, s: StoredSet): void {
  statement(db, 'DELETE FROM lift_sets WHERE id = ?').run(s.id);
  recordChange(db, [s.date]);
}
