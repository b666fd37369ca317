// The training domain's per-day record for the energy analysis and the report (core/dailyInputs.ts).
import type Database from 'better-sqlite3';
import { dayRange } from '../../../shared/dates';
import { round } from '../../../shared/units';
import { setE1rm } from '../../analysis/e1rm';
import { sessionLoadAU } from '../../analysis/sessionLoad';
import type { DailySession, DailyTraining } from '../../analysis/dailyInputs';
import type { Modality, SessionKind } from '../../../shared/training';
import { statement } from '../../store/statements';
import { BodyWeights, workingSetLoadKg, workingSets } from './store';

type SessionTuple = [number, string, SessionKind, Modality | null, string, number, number, number | null, number | null, number | null, number | null, number];
const SESSIONS_SQL = `SELECT id, date, kind, modality, start_time, minutes, rpe, distance_km, elevation_gain_m, elevation_loss_m, avg_hr, planned
  FROM training_sessions WHERE date >= ? AND date <= ? ORDER BY date, start_time, id`;

/** One record per day of [from, to]: load (completed and planned), sessions, last night's sleep, best e1RM per lift. */
export function dailyTraining(db: Database.Database, from: string, to: string): DailyTraining[] {
  const days = new Map<string, DailyTraining>(
    dayRange(from, to).map((date) => [date, { date, loadAU: 0, plannedLoadAU: 0, sessions: [], sleepHours: null, e1rmKg: {} }]),
  );
  for (const [id, date, kind, modality, start, minutes, rpe, distanceKm, elevationGainM, elevationLossM, avgHr, planned] of statement(db, SESSIONS_SQL)
    .raw(true)
    .all(from, to) as SessionTuple[]) {
    const s: DailySession = { id, kind, modality, start, minutes, rpe, distanceKm, elevationGainM, elevationLossM, avgHr, planned: planned === 1 };
    const d = days.get(date)!;
    d.sessions.push(s);
    // Foster session-RPE load; completed sessions are load, planned ones planned load.
    if (s.planned) d.plannedLoadAU += sessionLoadAU(s.rpe, s.minutes);
    else d.loadAU += sessionLoadAU(s.rpe, s.minutes);
  }
  for (const [date, hours] of statement(db, 'SELECT date, hours FROM sleep_nights WHERE date >= ? AND date <= ?').raw(true).all(from, to) as [string, number][]) {
    days.get(date)!.sleepHours = hours;
  }

  const sets = workingSets(db, { from, to });
  const bodyWeights = sets.some((x) => x.bodyweight) ? new BodyWeights(db) : null;
  for (const x of sets) {
    const e = setE1rm({ loadKg: workingSetLoadKg(x, bodyWeights), reps: x.reps, rpe: x.rpe, rir: x.rir, type: x.type });
    if (!e) continue;
    const best = days.get(x.date)!.e1rmKg;
    const v = round(e.e1rmKg, 2);
    if (best[x.exercise] === undefined || v > best[x.exercise]) best[x.exercise] = v;
  }
  for (const d of days.values()) {
    d.loadAU = round(d.loadAU, 2);
    d.plannedLoadAU = round(d.plannedLoadAU, 2);
  }
  return [...days.values()];
}

/**
 * Training days with sessions and load only: what the expenditure filter needs from history, without
 * the sleep log and the per-set e1RM work of `dailyTraining` (most of its time over ten years).
 */
export function dailySessions(db: Database.Database, from: string, to: string): DailyTraining[] {
  const days = new Map<string, DailyTraining>(dayRange(from, to).map((date) => [date, { date, loadAU: 0, plannedLoadAU: 0, sessions: [], sleepHours: null, e1rmKg: {} }]));
  for (const [id, date, kind, modality, start, minutes, rpe, distanceKm, elevationGainM, elevationLossM, avgHr, planned] of statement(db, SESSIONS_SQL)
    .raw(true)
    .all(from, to) as SessionTuple[]) {
    const d = days.get(date)!;
    d.sessions.push({ id, kind, modality, start, minutes, rpe, distanceKm, elevationGainM, elevationLossM, avgHr, planned: planned === 1 });
    if (planned === 1) d.plannedLoadAU += sessionLoadAU(rpe, minutes);
    else d.loadAU += sessionLoadAU(rpe, minutes);
  }
  for (const d of days.values()) {
    d.loadAU = round(d.loadAU, 2);
    d.plannedLoadAU = round(d.plannedLoadAU, 2);
  }
  return [...days.values()];
}
