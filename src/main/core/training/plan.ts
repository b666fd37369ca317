// Reads what the interference rules need around a range and runs them (analysis/interference.ts).
// The reads are lean (only the columns the rules use, rows as arrays): plan.check runs for every
// week the planner shows, and for ten years at a time.
import type Database from 'better-sqlite3';
import type { Finding } from '../../../shared/contract/plan';
import { addDays, ageOn } from '../../../shared/dates';
import { CHECK_LOOKAHEAD_DAYS, CHECK_LOOKBACK_DAYS, E1RM_REFERENCE_DAYS, checkPlan, type CheckPlanInput, type PlanSession, type PlanSet } from '../../analysis/interference';
import { readProfile } from '../profile/store';
import type { Modality, SessionKind } from '../../../shared/training';
import { statement } from '../../store/statements';
import { BodyWeights } from './store';

const SESSIONS_SQL = `SELECT id, date, start_time, minutes, kind, modality, rpe, distance_km, elevation_loss_m, avg_hr, planned, title
  FROM training_sessions WHERE date >= ? AND date <= ?`;
// Working sets only (the middle-ground check and the e1RM reference use nothing else), of logged sessions.
const SETS_SQL = `SELECT x.session_id, e.name, e.bodyweight, x.weight_kg, x.assisted, x.reps, x.rpe, x.rir, x.set_type, s.date
  FROM training_sessions s JOIN lift_sets x ON x.session_id = s.id JOIN exercises e ON e.id = x.exercise_id
  WHERE s.date >= ? AND s.date <= ? AND s.planned = 0 AND x.set_type IN ('working', 'failure')
  ORDER BY x.session_id, x.position`;
const SLEEP_SQL = 'SELECT date, bed_date, bed_time FROM sleep_nights WHERE date >= ? AND date <= ?';

type SessionTuple = [number, string, string, number, SessionKind, Modality | null, number, number | null, number | null, number | null, number, string | null];
type SetTuple = [number, string, number, number, number, number, number | null, number | null, string, string];

export function planCheckInput(db: Database.Database, from: string, to: string, weekStart: 'monday' | 'sunday'): CheckPlanInput {
  const lo = addDays(from, -CHECK_LOOKBACK_DAYS);
  const hi = addDays(to, CHECK_LOOKAHEAD_DAYS);
  const sets = new Map<number, PlanSet[]>();
  const setRows = statement(db, SETS_SQL).raw(true).all(addDays(from, -E1RM_REFERENCE_DAYS), to) as SetTuple[];
  const bodyWeights = setRows.some((r) => r[2] === 1) ? new BodyWeights(db) : null;
  for (const [sessionId, exercise, bodyweight, weightKg, assisted, reps, rpe, rir, type, date] of setRows) {
    let list = sets.get(sessionId);
    if (!list) sets.set(sessionId, (list = []));
    // Bodyweight lifts move body weight ± the added (or assisting) load.
    let loadKg: number | null = weightKg;
    if (bodyweight === 1) {
      const bw = bodyWeights!.on(date);
      loadKg = bw == null ? null : bw + (assisted === 1 ? -weightKg : weightKg);
    }
    list.push({ exercise, loadKg, reps, rpe, rir, type });
  }
  const sessions: PlanSession[] = (statement(db, SESSIONS_SQL).raw(true).all(lo, hi) as SessionTuple[]).map(
    ([id, date, start, minutes, kind, modality, rpe, distanceKm, elevationLossM, avgHr, planned, title]) => ({
      id,
      date,
      start,
      minutes,
      kind,
      modality,
      rpe,
      distanceKm,
      elevationLossM,
      avgHr,
      planned: planned === 1,
      title,
      sets: sets.get(id),
    }),
  );
  const sleep = (statement(db, SLEEP_SQL).raw(true).all(addDays(from, -15), to) as [string, string, string][]).map(([date, bedDate, bed]) => ({ date, bedDate, bed }));
  const profile = readProfile(db);
  return {
    from,
    to,
    weekStart,
    sessions,
    sleep,
    heartRate: profile ? { thresholdBpm: profile.hrThreshold, maxBpm: profile.hrMax, ageYears: ageOn(profile.birthDate, to) } : undefined,
  };
}

export function planFindings(db: Database.Database, from: string, to: string, weekStart: 'monday' | 'sunday'): Finding[] {
  return checkPlan(planCheckInput(db, from, to, weekStart));
}
