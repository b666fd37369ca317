// The training domain's per-day records for the per-day read model and the report.
import type Database from 'better-sqlite3';
import { dayRange, daysBetween } from '../../../shared/dates';
import { round } from '../../../shared/units';
import { setE1rm } from '../../analysis/e1rm';
import { sessionLoadAU } from '../../analysis/sessionLoad';
import type { DailyTraining } from '../../analysis/dailyInputs';
import { sleepHoursByDay } from '../sleep/store';
import { bodyWeightsFor, setLoadKg } from './bodyWeights';
import { sessionsInRange } from './store/sessions';
import { workingSets } from './store/sets';

/**
 * One record per day of [from, to] with its sessions and Foster session-RPE load (completed sessions
 * are load, planned ones planned load); no sleep, no e1RM. What the energy filter needs over all of
 * history, without the per-set work.
 */
export function dailySessions(db: Database.Database, from: string, to: string): DailyTraining[] {
  const days = dayRange(from, to).map((date): DailyTraining => ({ date, loadAU: 0, plannedLoadAU: 0, sessions: [], sleepHours: null, e1rmKg: {} }));
  for (const s of sessionsInRange(db, from, to)) {
    const d = days[daysBetween(from, s.date)];
    d.sessions.push({
      id: s.id,
      kind: s.kind,
      modality: s.modality,
      start: s.start,
      minutes: s.minutes,
      rpe: s.rpe,
      distanceKm: s.distanceKm,
      elevationGainM: s.elevationGainM,
      elevationLossM: s.elevationLossM,
      avgHr: s.avgHr,
      planned: s.planned,
    });
    if (s.planned) d.plannedLoadAU += sessionLoadAU(s.rpe, s.minutes);
    else d.loadAU += sessionLoadAU(s.rpe, s.minutes);
  }
  for (const d of days) {
    d.loadAU = round(d.loadAU, 2);
    d.plannedLoadAU = round(d.plannedLoadAU, 2);
  }
  return days;
}

/**
 * One record per day of [from, to]: load (completed and planned), sessions, best e1RM per lift, and
 * the night that ended that morning — read through the sleep domain; `{ sleep: false }` leaves it
 * null for a caller that reads sleep itself.
 */
export function dailyTraining(db: Database.Database, from: string, to: string, opts: { sleep?: boolean } = {}): DailyTraining[] {
  const days = dailySessions(db, from, to);
  if (opts.sleep !== false) {
    for (const [date, hours] of sleepHoursByDay(db, from, to)) days[daysBetween(from, date)].sleepHours = hours;
  }
  const sets = workingSets(db, { from, to });
  const bodyWeights = bodyWeightsFor(db, sets);
  for (const x of sets) {
    const e = setE1rm({ loadKg: setLoadKg(x, bodyWeights), reps: x.reps, rpe: x.rpe, rir: x.rir, type: x.type });
    if (!e) continue;
    const best = days[daysBetween(from, x.date)].e1rmKg;
    const v = round(e.e1rmKg, 2);
    if (best[x.exercise] === undefined || v > best[x.exercise]) best[x.exercise] = v;
  }
  return days;
}
