// The training domain's per-day records for the per-day read model and the report.
import type Database from 'better-sqlite3';
import { dayRange, daysBetween } from '../../../shared/dates';
import { round } from '../../../shared/units';
import { workingSetE1rmKg } from '../../analysis/e1rm';
import { sessionLoadAU } from '../../analysis/sessionLoad';
import type { DailyTraining } from '../../analysis/dailyInputs';
import { sleepHoursByDay } from '../sleep/store';
import { BodyWeights, setLoadKg } from './bodyWeights';
import { listExercises } from './store/exercises';
import { sessionsByDay } from './store/sessions';
import { e1rmSetRows } from './store/sets';

/**
 * One record per day of [from, to] with its sessions and Foster session-RPE load (completed sessions
 * are load, planned ones planned load); no sleep, no e1RM. What the energy filter needs over all of
 * history, without the per-set work.
 */
export function dailySessions(db: Database.Database, from: string, to: string): DailyTraining[] {
  const byDay = sessionsByDay(db, from, to);
  const dates = dayRange(from, to);
  const days: DailyTraining[] = new Array(byDay.length);
  for (let i = 0; i < byDay.length; i++) {
    const sessions = byDay[i];
    let loadAU = 0;
    let plannedLoadAU = 0;
    for (const s of sessions) {
      if (s.planned) plannedLoadAU += sessionLoadAU(s.rpe, s.minutes);
      else loadAU += sessionLoadAU(s.rpe, s.minutes);
    }
    days[i] = { date: dates[i], loadAU: round(loadAU, 2), plannedLoadAU: round(plannedLoadAU, 2), sessions, sleepHours: null, e1rmKg: {} };
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
  const sets = e1rmSetRows(db, from, to);
  if (sets.length === 0) return days;
  // Each set's day through its session, and its lift's name and kind through the exercises: a lookup
  // per set instead of a date and a name read and parsed per set.
  const dayOf = new Map<number, DailyTraining>();
  for (const d of days) for (const s of d.sessions) if (!s.planned) dayOf.set(s.id, d);
  const lifts = new Map(listExercises(db).map((e) => [e.id, e]));
  let bodyWeights: BodyWeights | null = null;
  for (const [sessionId, exerciseId, signedKg, reps, rpe] of sets) {
    const day = dayOf.get(sessionId) as DailyTraining;
    const lift = lifts.get(exerciseId) as { name: string; bodyweight: boolean };
    const loadKg = lift.bodyweight
      ? setLoadKg({ bodyweight: true, weightKg: Math.abs(signedKg), assisted: signedKg < 0, date: day.date }, (bodyWeights ??= new BodyWeights(db)))
      : Math.abs(signedKg);
    const e = workingSetE1rmKg(loadKg, reps, rpe);
    if (e === null) continue;
    const best = day.e1rmKg;
    const v = round(e, 2);
    const held = best[lift.name];
    if (held === undefined || v > held) best[lift.name] = v;
  }
  return days;
}
