// What an import would do, before it does it: the records a file yielded, checked and de-duplicated
// (against the database and within the file), the unit question the file leaves open, the rows refused
// with their line and reason. The commit writes exactly this plan; the preview shows its numbers.
import type Database from 'better-sqlite3';
import { exerciseKey } from '../../store/migrations/003_training';
import { dayEntries } from '../diary/store';
import { findExercise } from '../training/exercises';
import { sessionsInRange } from '../training/store/sessions';
import { nightIdOn } from '../sleep/store';
import { listWeighIns } from '../weight/store';
import type { DayRecord, FoodRecord, ImportRecord, Mass, RejectRecord, SessionRecord, SleepRecord, WeightRecord } from './records';
import { isKnownKey } from './store';

export type AnswerUnit = 'kg' | 'lb';

/** What parsing a file gave: its usable records in file order, and the rows it refused. */
export interface Parsed {
  records: Exclude<ImportRecord, RejectRecord>[];
  rejects: RejectRecord[];
}

export interface Plan {
  weights: (WeightRecord & { kg: number })[];
  nights: SleepRecord[];
  foods: FoodRecord[];
  days: DayRecord[];
  sessions: (SessionRecord & { setsKg: number[] })[];
  /** Exercise names not known yet: each becomes a custom exercise. */
  newExercises: string[];
  duplicates: { inDatabase: number; inFile: number; examples: string[] };
  rejects: RejectRecord[];
  /** The file gives masses without a unit and no answer was given yet. */
  needsUnit: boolean;
}

const LB = 0.45359237;

/** A mass in kg; null when its unit is open and not answered. */
export function toKg(m: Mass, unit: AnswerUnit | undefined): number | null {
  const u = m.unit ?? unit ?? null;
  if (u === null) return null;
  return u === 'kg' ? m.value : u === 'lb' ? m.value * LB : m.value / 1000;
}

const roundKg = (kg: number) => Math.round(kg * 100) / 100;

/** The plan for `parsed` against the database as it is now. `unit` answers the unit question. */
export function planImport(db: Database.Database, parsed: Parsed, today: string, unit?: AnswerUnit): Plan {
  const plan: Plan = { weights: [], nights: [], foods: [], days: [], sessions: [], newExercises: [], duplicates: { inDatabase: 0, inFile: 0, examples: [] }, rejects: [...parsed.rejects], needsUnit: false };
  const seen = new Set<string>();
  const dup = (where: 'inDatabase' | 'inFile', what: string) => {
    plan.duplicates[where]++;
    if (plan.duplicates.examples.length < 10) plan.duplicates.examples.push(what);
  };
  const reject = (r: { line: number }, reason: string) => plan.rejects.push({ kind: 'reject', line: r.line, reason });
  const nightDays = new Set<string>();
  const itemDays = new Set<string>();
  for (const r of parsed.records) if (r.kind === 'food' && !r.dayTotal) itemDays.add(r.date);
  const sessionIndex = new SessionIndex(db);
  // A day's logged food, read once however many of the file's records fall on it.
  const loggedByDay = new Map<string, { name: string; kcal: number }[]>();
  const logged = (date: string) => {
    let list = loggedByDay.get(date);
    if (!list) loggedByDay.set(date, (list = dayEntries(db, date)));
    return list;
  };
  const exerciseNames = new Map<string, string>();
  const rawNames = new Set<string>();

  for (const r of parsed.records) {
    const id = `${r.kind}:${r.key}`;
    if (seen.has(id)) {
      dup('inFile', `${r.kind} ${r.date} (line ${r.line})`);
      continue;
    }
    seen.add(id);
    if (r.date > today) {
      reject(r, `${r.date} is after today (${today})`);
      continue;
    }
    if (r.kind !== 'day' && isKnownKey(db, r.kind, r.key)) {
      dup('inDatabase', `${r.kind} ${r.date}: imported before`);
      continue;
    }
    switch (r.kind) {
      case 'weight': {
        if (r.mass.unit === null && !unit) plan.needsUnit = true;
        const kg = toKg(r.mass, unit);
        if (kg === null) {
          plan.weights.push({ ...r, kg: NaN });
          break;
        }
        if (kg < 20 || kg > 400) reject(r, `weight ${r.mass.value} ${r.mass.unit ?? unit} is not a body weight (20–400 kg)`);
        else if (listWeighIns(db, r.date, r.date).some((w) => Math.abs(w.weightKg - kg) < 0.05)) dup('inDatabase', `weigh-in ${r.date}: ${roundKg(kg)} kg is logged`);
        else plan.weights.push({ ...r, kg: roundKg(kg) });
        break;
      }
      case 'sleep':
        if (r.hours <= 0 || r.hours > 20) reject(r, `${r.hours} hours is not a night's sleep`);
        else if (nightDays.has(r.date)) dup('inFile', `night to ${r.date}: a second night on the same wake-up day`);
        else if (nightIdOn(db, r.date) !== undefined) dup('inDatabase', `night to ${r.date} is logged`);
        else {
          nightDays.add(r.date);
          plan.nights.push(r);
        }
        break;
      case 'food':
        if (r.kcal === null) reject(r, `${r.name} on ${r.date} has no energy value`);
        else if (r.dayTotal && (itemDays.has(r.date) || logged(r.date).length > 0)) dup('inDatabase', `day total ${r.date}: the day's food is already itemised`);
        else if (logged(r.date).some((e) => e.name === r.name && Math.abs(e.kcal - (r.kcal ?? 0)) < 0.5)) dup('inDatabase', `${r.name} on ${r.date} is logged`);
        else plan.foods.push(r);
        break;
      case 'day':
        plan.days.push(r);
        break;
      case 'session': {
        const bad = sessionProblem(r);
        if (bad) {
          reject(r, bad);
          break;
        }
        if (sessionIndex.has(r.date, r.startTime)) {
          dup('inDatabase', `session ${r.date} ${r.startTime} is logged`);
          break;
        }
        const setsKg: number[] = [];
        const sets = [];
        for (const s of r.sets) {
          if (s.mass.unit === null && !unit) plan.needsUnit = true;
          const kg = toKg(s.mass, unit);
          if (kg !== null && kg > 1000) {
            reject(r, `${s.exercise}: ${s.mass.value} ${s.mass.unit ?? unit} is more than 1000 kg`);
            continue;
          }
          sets.push(s);
          setsKg.push(kg === null ? NaN : roundKg(kg));
          if (!rawNames.has(s.exercise)) {
            rawNames.add(s.exercise);
            const key = exerciseKey(s.exercise);
            if (!exerciseNames.has(key)) exerciseNames.set(key, s.exercise);
          }
        }
        if (r.sets.length && !sets.length) break;
        plan.sessions.push({ ...r, sets, setsKg });
        break;
      }
    }
  }
  for (const [, name] of exerciseNames) if (!findExercise(db, name)) plan.newExercises.push(name.trim());
  plan.rejects.sort((a, b) => a.line - b.line);
  return plan;
}

/** Why a session cannot be stored as it is, or null. */
function sessionProblem(r: SessionRecord): string | null {
  if (!(r.minutes > 0 && r.minutes <= 1440)) return `session on ${r.date}: ${r.minutes} minutes is not a session's length`;
  if (r.avgHr !== null && !(r.avgHr >= 25 && r.avgHr <= 250)) return `session on ${r.date}: average heart rate ${r.avgHr} is not 25–250 bpm`;
  for (const [v, what] of [[r.distanceKm, 'distance'], [r.elevationGainM, 'elevation gain'], [r.elevationLossM, 'elevation loss']] as const) {
    if (v !== null && !(v >= 0)) return `session on ${r.date}: ${what} ${v} is negative`;
  }
  if (r.rpe !== null && !(r.rpe >= 0 && r.rpe <= 10)) return `session on ${r.date}: RPE ${r.rpe} is not 0–10`;
  return null;
}

/** The sessions already logged, by day and start, read once per month touched. */
class SessionIndex {
  private months = new Map<string, Set<string>>();
  constructor(private readonly db: Database.Database) {}
  has(date: string, start: string): boolean {
    const month = date.slice(0, 7);
    let set = this.months.get(month);
    if (!set) {
      set = new Set(sessionsInRange(this.db, `${month}-01`, `${month}-31`).map((s) => `${s.date} ${s.start}`));
      this.months.set(month, set);
    }
    return set.has(`${date} ${start}`);
  }
}

export interface PlanSummary {
  counts: { weighIns: number; nights: number; foodEntries: number; foodDays: number; sessions: number; sets: number; newExercises: number };
  from: string | null;
  to: string | null;
}

/** The numbers a user sees before committing. */
export function summarize(plan: Plan): PlanSummary {
  const dates = [...plan.weights, ...plan.nights, ...plan.foods, ...plan.sessions].map((r) => r.date).sort();
  return {
    counts: {
      weighIns: plan.weights.length,
      nights: plan.nights.length,
      foodEntries: plan.foods.length,
      foodDays: new Set(plan.foods.map((f) => f.date)).size,
      sessions: plan.sessions.length,
      sets: plan.sessions.reduce((n, s) => n + s.sets.length, 0),
      newExercises: plan.newExercises.length,
    },
    from: dates[0] ?? null,
    to: dates[dates.length - 1] ?? null,
  };
}
