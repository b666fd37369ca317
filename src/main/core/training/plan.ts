// Reads what the interference rules need around a range and runs them (analysis/interference.ts).
import type Database from 'better-sqlite3';
import type { Finding } from '../../../shared/contract/plan';
import { addDays, ageOn } from '../../../shared/dates';
import { CHECK_LOOKAHEAD_DAYS, CHECK_LOOKBACK_DAYS, checkPlan, type CheckPlanInput, type PlanSession } from '../../analysis/interference';
import { readProfile } from '../handlers/profile';
import { BodyWeights, sessionRowsInRange, setLoadKg, setRowsInRange, sleepRowsInRange } from './store';

export function planCheckInput(db: Database.Database, from: string, to: string, weekStart: 'monday' | 'sunday'): CheckPlanInput {
  const lo = addDays(from, -CHECK_LOOKBACK_DAYS);
  const hi = addDays(to, CHECK_LOOKAHEAD_DAYS);
  const bodyWeights = new BodyWeights(db);
  const sets = new Map<number, PlanSession['sets'] & object>();
  for (const r of setRowsInRange(db, lo, hi)) {
    let list = sets.get(r.session_id);
    if (!list) sets.set(r.session_id, (list = []));
    list.push({ exercise: r.exercise, loadKg: setLoadKg(r, bodyWeights), reps: r.reps, rpe: r.rpe, rir: r.rir, type: r.set_type });
  }
  const sessions: PlanSession[] = sessionRowsInRange(db, lo, hi).map((r) => ({
    id: r.id,
    date: r.date,
    start: r.start_time,
    minutes: r.minutes,
    kind: r.kind,
    modality: r.modality,
    rpe: r.rpe,
    distanceKm: r.distance_km,
    elevationLossM: r.elevation_loss_m,
    avgHr: r.avg_hr,
    planned: r.planned === 1,
    title: r.title,
    sets: sets.get(r.id),
  }));
  const sleep = sleepRowsInRange(db, addDays(from, -15), to).map((n) => ({ date: n.date, bedDate: n.bed_date, bed: n.bed_time }));
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
