// Every SQL statement on goals, target_checkins and fixed_targets: rows in, records out (one mapper
// per table), and every write says which days' targets it changed.
import type Database from 'better-sqlite3';
import { addDays, dayRange } from '../../../shared/dates';
import type { GoalType } from '../../analysis/weeklyTargets';
import { statement } from '../../store/statements';
import { recordChange } from '../changes';

export interface StoredGoal {
  id: number;
  setOn: string;
  type: GoalType;
  ratePct: number;
  proteinGPerKg: number;
}

interface GoalRow {
  id: number;
  set_on: string;
  type: GoalType;
  rate_pct: number;
  protein_g_per_kg: number;
}

const toGoal = (r: GoalRow): StoredGoal => ({ id: r.id, setOn: r.set_on, type: r.type, ratePct: r.rate_pct, proteinGPerKg: r.protein_g_per_kg });

/** The goal in force: the latest set. */
export function currentGoal(db: Database.Database): StoredGoal | null {
  const r = statement(db, 'SELECT id, set_on, type, rate_pct, protein_g_per_kg FROM goals ORDER BY id DESC LIMIT 1').get() as GoalRow | undefined;
  return r ? toGoal(r) : null;
}

/** A goal changes the targets of every day from `from` on (the days a screen may show: a year ahead). */
const daysFrom = (from: string) => dayRange(from, addDays(from, 366));

export function insertGoal(db: Database.Database, g: Omit<StoredGoal, 'id'>): StoredGoal {
  const id = Number(statement(db, 'INSERT INTO goals (set_on, type, rate_pct, protein_g_per_kg) VALUES (?, ?, ?, ?)').run(g.setOn, g.type, g.ratePct, g.proteinGPerKg).lastInsertRowid);
  recordChange(db, daysFrom(g.setOn));
  return { id, ...g };
}

export type CheckinDecision = 'accepted' | 'edited' | 'kept-fixed';

export interface StoredCheckin {
  id: number;
  weekStart: string;
  doneOn: string;
  goalId: number | null;
  proposedKcal: number | null;
  energyKcal: number;
  decision: CheckinDecision;
  /** The latest fixed-target id when it was made: a fixed target with a higher id came after it. */
  fixedSeen: number;
  /** What the user saw (the review of the week before), as stored. */
  review: unknown;
}

interface CheckinRow {
  id: number;
  week_start: string;
  done_on: string;
  goal_id: number | null;
  proposed_kcal: number | null;
  energy_kcal: number;
  decision: CheckinDecision;
  fixed_seen: number;
  review: string;
}

const CHECKIN_SELECT = 'SELECT id, week_start, done_on, goal_id, proposed_kcal, energy_kcal, decision, fixed_seen, review FROM target_checkins';

const toCheckin = (r: CheckinRow): StoredCheckin => ({
  id: r.id,
  weekStart: r.week_start,
  doneOn: r.done_on,
  goalId: r.goal_id,
  proposedKcal: r.proposed_kcal,
  energyKcal: r.energy_kcal,
  decision: r.decision,
  fixedSeen: r.fixed_seen,
  review: JSON.parse(r.review) as unknown,
});

/** The latest check-in for the week starting `weekStart`. */
export function checkinFor(db: Database.Database, weekStart: string): StoredCheckin | null {
  const r = statement(db, `${CHECKIN_SELECT} WHERE week_start = ? ORDER BY id DESC LIMIT 1`).get(weekStart) as CheckinRow | undefined;
  return r ? toCheckin(r) : null;
}

/** Every check-in, latest first (at most `limit`). */
export function listCheckins(db: Database.Database, limit: number): StoredCheckin[] {
  return (statement(db, `${CHECKIN_SELECT} ORDER BY week_start DESC, id DESC LIMIT ?`).all(limit) as CheckinRow[]).map(toCheckin);
}

export function insertCheckin(db: Database.Database, c: Omit<StoredCheckin, 'id'>): StoredCheckin {
  const id = Number(
    statement(db, 'INSERT INTO target_checkins (week_start, done_on, goal_id, proposed_kcal, energy_kcal, decision, fixed_seen, review) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      c.weekStart,
      c.doneOn,
      c.goalId,
      c.proposedKcal,
      c.energyKcal,
      c.decision,
      c.fixedSeen,
      JSON.stringify(c.review),
    ).lastInsertRowid,
  );
  recordChange(db, dayRange(c.weekStart, addDays(c.weekStart, 6)));
  return { id, ...c };
}

export interface StoredFixed {
  id: number;
  fromWeekStart: string;
  toWeekStart: string | null;
  /** null: ends the fixed targets before it (back to the adaptive proposal). */
  energyKcal: number | null;
  source: 'hand' | 'verdict';
  setOn: string;
}

interface FixedRow {
  id: number;
  from_week_start: string;
  to_week_start: string | null;
  energy_kcal: number | null;
  source: 'hand' | 'verdict';
  set_on: string;
}

const toFixed = (r: FixedRow): StoredFixed => ({ id: r.id, fromWeekStart: r.from_week_start, toWeekStart: r.to_week_start, energyKcal: r.energy_kcal, source: r.source, setOn: r.set_on });

/** The latest fixed-target row covering the week starting `weekStart` (its energy null when cleared). */
export function fixedFor(db: Database.Database, weekStart: string): StoredFixed | null {
  const r = statement(
    db,
    'SELECT id, from_week_start, to_week_start, energy_kcal, source, set_on FROM fixed_targets WHERE from_week_start <= ? AND (to_week_start IS NULL OR to_week_start >= ?) ORDER BY id DESC LIMIT 1',
  ).get(weekStart, weekStart) as FixedRow | undefined;
  return r ? toFixed(r) : null;
}

export function insertFixed(db: Database.Database, f: Omit<StoredFixed, 'id'>): StoredFixed {
  const id = Number(
    statement(db, 'INSERT INTO fixed_targets (from_week_start, to_week_start, energy_kcal, source, set_on) VALUES (?, ?, ?, ?, ?)').run(f.fromWeekStart, f.toWeekStart, f.energyKcal, f.source, f.setOn)
      .lastInsertRowid,
  );
  recordChange(db, f.toWeekStart ? dayRange(f.fromWeekStart, addDays(f.toWeekStart, 6)) : daysFrom(f.fromWeekStart));
  return { id, ...f };
}

/** The id of the latest fixed-target row (0 when there is none). */
export function latestFixedId(db: Database.Database): number {
  return (statement(db, 'SELECT COALESCE(MAX(id), 0) FROM fixed_targets').pluck().get() as number) ?? 0;
}
