// The training domain's per-day record for the energy analysis and the report (core/dailyInputs.ts).
import type Database from 'better-sqlite3';
import { dayRange } from '../../../shared/dates';
import { round } from '../../../shared/units';
import { setE1rm } from '../../analysis/e1rm';
import { sessionLoadAU } from '../../analysis/sessionLoad';
import type { DailySession, DailyTraining } from '../dailyInputs';
import { BodyWeights, sessionRowsInRange, setLoadKg, setRowsInRange, sleepRowsInRange } from './store';

/** One record per day of [from, to]: load (completed and planned), sessions, last night's sleep, best e1RM per lift. */
export function dailyTraining(db: Database.Database, from: string, to: string): DailyTraining[] {
  const days = new Map<string, DailyTraining>(
    dayRange(from, to).map((date) => [date, { date, loadAU: 0, plannedLoadAU: 0, sessions: [], sleepHours: null, e1rmKg: {} }]),
  );
  for (const r of sessionRowsInRange(db, from, to)) {
    const d = days.get(r.date)!;
    const s: DailySession = {
      id: r.id,
      kind: r.kind,
      modality: r.modality,
      start: r.start_time,
      minutes: r.minutes,
      rpe: r.rpe,
      distanceKm: r.distance_km,
      elevationGainM: r.elevation_gain_m,
      elevationLossM: r.elevation_loss_m,
      avgHr: r.avg_hr,
      planned: r.planned === 1,
    };
    d.sessions.push(s);
    // Foster session-RPE load; completed sessions are load, planned ones planned load.
    if (s.planned) d.plannedLoadAU += sessionLoadAU(s.rpe, s.minutes);
    else d.loadAU += sessionLoadAU(s.rpe, s.minutes);
  }
  for (const n of sleepRowsInRange(db, from, to)) days.get(n.date)!.sleepHours = n.hours;

  const bodyWeights = new BodyWeights(db);
  for (const r of setRowsInRange(db, from, to)) {
    const e = setE1rm({ loadKg: setLoadKg(r, bodyWeights), reps: r.reps, rpe: r.rpe, rir: r.rir, type: r.set_type });
    if (!e) continue;
    const best = days.get(r.date)!.e1rmKg;
    const v = round(e.e1rmKg, 2);
    if (best[r.exercise] === undefined || v > best[r.exercise]) best[r.exercise] = v;
  }
  for (const d of days.values()) {
    d.loadAU = round(d.loadAU, 2);
    d.plannedLoadAU = round(d.plannedLoadAU, 2);
  }
  return [...days.values()];
}
