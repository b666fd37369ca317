// What the lifting apps (Strong, Hevy) share: a workout is rows of sets grouped by its start and name;
// the session's kind is guessed from the lifts, its length from the file or, when the file has none,
// from the number of sets.
import type { SessionKind } from '../../../../shared/training';
import type { ImportRecord, SessionRecord, SetRecord } from '../records';

const LOWER = /squat|deadlift|lunge|leg press|leg curl|leg extension|hip thrust|calf|glute|step[- ]up|good morning|rdl/i;
const UPPER = /bench|press|row|pull|chin|dip|curl|fly|flye|raise|push|lat |pulldown|tricep|bicep|shrug/i;

/** heavy-lower / heavy-upper when at least 70 % of the working sets are one half, else full-body. */
export function liftingKind(sets: SetRecord[]): SessionKind {
  let lower = 0;
  let upper = 0;
  for (const s of sets) {
    if (s.setType === 'warmup') continue;
    if (LOWER.test(s.exercise)) lower++;
    else if (UPPER.test(s.exercise)) upper++;
  }
  const n = lower + upper;
  if (n > 0 && lower / n >= 0.7) return 'heavy-lower';
  if (n > 0 && upper / n >= 0.7) return 'heavy-upper';
  return 'full-body';
}

/** Minutes of a workout the file gives no length for: about 2.5 minutes a set, 20 at least. */
export const minutesFromSets = (sets: number): number => Math.max(20, Math.round(sets * 2.5));

/** "1h 43m", "43m", "1h", "95s" → minutes; null when absent or unreadable. */
export function durationMinutes(raw: string): number | null {
  const m = /^\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*(?:(\d+)\s*s)?\s*$/i.exec(raw);
  if (!m || (!m[1] && !m[2] && !m[3])) return null;
  const minutes = Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0) + Number(m[3] ?? 0) / 60;
  return minutes > 0 ? minutes : null;
}

/** A workout being gathered from its rows. */
export interface Workout {
  key: string;
  line: number;
  date: string;
  startTime: string;
  minutes: number | null;
  title: string | null;
  notes: string | null;
  sets: SetRecord[];
}

/** The finished session record of a gathered workout (null when none of its rows was a set). */
export function workoutSession(w: Workout): SessionRecord | null {
  if (!w.sets.length) return null;
  return {
    kind: 'session',
    key: w.key,
    line: w.line,
    date: w.date,
    startTime: w.startTime,
    minutes: Math.min(1440, Math.round(w.minutes ?? minutesFromSets(w.sets.length))),
    sport: 'strength training',
    sessionKind: liftingKind(w.sets),
    modality: null,
    rpe: null,
    distanceKm: null,
    elevationGainM: null,
    elevationLossM: null,
    avgHr: null,
    title: w.title,
    notes: w.notes,
    sets: w.sets,
  };
}

/** Gathers rows into workouts by key (rows of one workout need not be adjacent) and yields them in file order. */
export class Workouts {
  private byKey = new Map<string, Workout>();
  get(key: string, make: () => Workout): Workout {
    let w = this.byKey.get(key);
    if (!w) this.byKey.set(key, (w = make()));
    return w;
  }
  *records(): Generator<ImportRecord> {
    for (const w of this.byKey.values()) {
      const s = workoutSession(w);
      if (s) yield s;
    }
  }
}

/** A set's reps: a whole number from 1 to 100, or the reason it is not. */
export function repsOf(raw: string): number | string {
  const n = Number(raw.trim());
  if (raw.trim() === '' || n === 0) return 'no reps (a timed or distance set, not a lifting set)';
  if (!Number.isInteger(n) || n < 1 || n > 100) return `reps "${raw}" is not a whole number from 1 to 100`;
  return n;
}

/** RPE 0–10, null when empty; a reason when out of range. */
export function rpeOf(raw: string): number | null | string {
  if (raw.trim() === '') return null;
  const n = Number(raw.trim().replace(',', '.'));
  return Number.isFinite(n) && n >= 0 && n <= 10 ? n : `RPE "${raw}" is not a number from 0 to 10`;
}

