// Reads what the interference rules need around a range, through the training, sleep and profile
// domains, and runs them (analysis/interference.ts). plan.check runs for every week the planner
// shows, and for ten years at a time.
import type Database from 'better-sqlite3';
import type { Finding } from '../../../shared/contract/plan';
import { addDays, ageOn } from '../../../shared/dates';
import { CHECK_LOOKAHEAD_DAYS, CHECK_LOOKBACK_DAYS, E1RM_REFERENCE_DAYS, checkPlan, type CheckPlanInput, type PlanSession, type PlanSet } from '../../analysis/interference';
import { readProfile } from '../profile/store';
import { nightFacts } from '../sleep/store';
import { bodyWeightsFor, setLoadKg } from '../training/bodyWeights';
import { sessionsInRange } from '../training/store/sessions';
import { workingSets } from '../training/store/sets';

export function planCheckInput(db: Database.Database, from: string, to: string, weekStart: 'monday' | 'sunday'): CheckPlanInput {
  // Working sets only (the middle-ground check and the e1RM reference use nothing else), of logged sessions.
  const sets = new Map<number, PlanSet[]>();
  const stored = workingSets(db, { from: addDays(from, -E1RM_REFERENCE_DAYS), to });
  const bodyWeights = bodyWeightsFor(db, stored);
  for (const x of stored) {
    let list = sets.get(x.sessionId);
    if (!list) sets.set(x.sessionId, (list = []));
    list.push({ exercise: x.exercise, loadKg: setLoadKg(x, bodyWeights), reps: x.reps, rpe: x.rpe, rir: x.rir, type: x.type });
  }
  const sessions: PlanSession[] = sessionsInRange(db, addDays(from, -CHECK_LOOKBACK_DAYS), addDays(to, CHECK_LOOKAHEAD_DAYS)).map((s) => ({
    id: s.id,
    date: s.date,
    start: s.start,
    minutes: s.minutes,
    kind: s.kind,
    modality: s.modality,
    rpe: s.rpe,
    distanceKm: s.distanceKm,
    elevationLossM: s.elevationLossM,
    avgHr: s.avgHr,
    planned: s.planned,
    title: s.title,
    sets: sets.get(s.id),
  }));
  const sleep = nightFacts(db, addDays(from, -15), to);
  const profile = readProfile(db);
  return {
    from,
    to,
    weekStart,
    sessions,
    sleep,
    heartRate: profile ? { firstThresholdBpm: profile.hrLt1, thresholdBpm: profile.hrThreshold, maxBpm: profile.hrMax, ageYears: ageOn(profile.birthDate, to) } : undefined,
  };
}

export function planFindings(db: Database.Database, from: string, to: string, weekStart: 'monday' | 'sunday'): Finding[] {
  return checkPlan(planCheckInput(db, from, to, weekStart));
}
