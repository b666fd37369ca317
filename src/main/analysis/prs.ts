// Personal records by type: heaviest weight, best e1RM (science.md §6), most reps at a
// weight, best session volume. Only working sets (and sets to failure) count: warm-ups and drop sets
// are not attempts at a record.
import { isWorkingSetType } from '../../shared/training';
import { setE1rm } from './e1rm';

export interface LiftSet {
  setId: number;
  sessionId: number;
  date: string;
  exercise: string;
  /**
   * The weight as a lifter records it: the external load, or for bodyweight lifts the added load
   * (negative when the lift was assisted).
   */
  weightKg: number;
  /** Total load moved (body weight included for bodyweight lifts), or null when unknown. */
  loadKg: number | null;
  reps: number;
  rpe: number | null;
  rir: number | null;
  type: string;
}

export type PrType = 'heaviest-weight' | 'best-e1rm' | 'most-reps' | 'best-session-volume';

export interface PrEvent {
  type: PrType;
  exercise: string;
  date: string;
  sessionId: number;
  /** The set that set it (null for session volume). */
  setId: number | null;
  /** kg for weight, e1RM and volume; reps for most-reps. */
  value: number;
  /** The weight of the set (most-reps, heaviest, e1RM). */
  weightKg: number | null;
  reps: number | null;
  /** The record before this one (null: the first time the exercise was done). */
  previous: number | null;
}

interface RepMax {
  weightKg: number;
  reps: number;
  date: string;
  setId: number;
}

export interface ExerciseRecords {
  exercise: string;
  heaviest: { weightKg: number; reps: number; date: string; sessionId: number; setId: number } | null;
  bestE1rm: { e1rmKg: number; weightKg: number; reps: number; date: string; sessionId: number; setId: number } | null;
  bestSessionVolume: { volumeKg: number; date: string; sessionId: number } | null;
  /** Most reps at each weight, keeping only weights where no heavier weight was lifted as often. */
  repMaxes: RepMax[];
}

/** Weights compare at 10 g, so lb entries converted to kg still match themselves. */
const wkey = (kg: number): number => Math.round(kg * 100);

interface State {
  rec: ExerciseRecords;
  /** Most reps so far at each weight (keyed by weight in 10 g steps). */
  repsByWeight: Map<number, { w: number; reps: number; date: string; setId: number; weightKg: number }>;
}

/**
 * Walks the sets in time order (sorted here by date, stable for sets of one day) and returns each
 * exercise's current records and every PR as it happened: by default one event per session, exercise
 * and type (the session's best, compared with the record before the session); with `perSet` one per
 * set that beat the running record (what a lifter sees right after logging it). The first time an
 * exercise is done sets its first records.
 */
export function personalRecords(sets: LiftSet[], opts: { perSet?: boolean } = {}): { records: ExerciseRecords[]; events: PrEvent[] } {
  const ordered = sets.map((s, i) => ({ s, i })).sort((a, b) => (a.s.date < b.s.date ? -1 : a.s.date > b.s.date ? 1 : a.i - b.i));
  const state = new Map<string, State>();
  const events: PrEvent[] = [];
  // Events of the session being walked, keyed by exercise|type, so a session yields its best only.
  let pending = new Map<string, PrEvent>();
  let sessionVolume = new Map<string, number>();
  let currentSession: number | null = null;
  let currentDate = '';

  const flushSession = (): void => {
    if (currentSession == null) return;
    for (const [exercise, volume] of sessionVolume) {
      const st = state.get(exercise)!;
      const prev = st.rec.bestSessionVolume;
      if (volume > 0 && (!prev || volume > prev.volumeKg + 1e-9)) {
        pending.set(`${exercise}|best-session-volume`, {
          type: 'best-session-volume',
          exercise,
          date: currentDate,
          sessionId: currentSession,
          setId: null,
          value: volume,
          weightKg: null,
          reps: null,
          previous: prev ? prev.volumeKg : null,
        });
        st.rec.bestSessionVolume = { volumeKg: volume, date: currentDate, sessionId: currentSession };
      }
    }
    events.push(...pending.values());
    pending = new Map();
    sessionVolume = new Map();
  };

  const note = (ev: PrEvent): void => {
    if (opts.perSet) {
      events.push(ev);
      return;
    }
    const key = `${ev.exercise}|${ev.type}`;
    const earlier = pending.get(key);
    // Keep the session's best, but remember the record from before the session.
    pending.set(key, earlier ? { ...ev, previous: earlier.previous } : ev);
  };

  for (const { s } of ordered) {
    if (s.sessionId !== currentSession) {
      flushSession();
      currentSession = s.sessionId;
      currentDate = s.date;
    }
    if (!isWorkingSetType(s.type) || !(s.reps >= 1)) continue;
    let st = state.get(s.exercise);
    if (!st) {
      st = { rec: { exercise: s.exercise, heaviest: null, bestE1rm: null, bestSessionVolume: null, repMaxes: [] }, repsByWeight: new Map() };
      state.set(s.exercise, st);
    }
    const rec = st.rec;
    const w = wkey(s.weightKg);

    if (!rec.heaviest || w > wkey(rec.heaviest.weightKg)) {
      note({ type: 'heaviest-weight', exercise: s.exercise, date: s.date, sessionId: s.sessionId, setId: s.setId, value: s.weightKg, weightKg: s.weightKg, reps: s.reps, previous: rec.heaviest?.weightKg ?? null });
      rec.heaviest = { weightKg: s.weightKg, reps: s.reps, date: s.date, sessionId: s.sessionId, setId: s.setId };
    }

    const e = setE1rm(s);
    if (e && (!rec.bestE1rm || e.e1rmKg > rec.bestE1rm.e1rmKg + 1e-9)) {
      note({ type: 'best-e1rm', exercise: s.exercise, date: s.date, sessionId: s.sessionId, setId: s.setId, value: e.e1rmKg, weightKg: s.weightKg, reps: s.reps, previous: rec.bestE1rm?.e1rmKg ?? null });
      rec.bestE1rm = { e1rmKg: e.e1rmKg, weightKg: s.weightKg, reps: s.reps, date: s.date, sessionId: s.sessionId, setId: s.setId };
    }

    // Most reps at a weight: beaten when no earlier set at this weight or heavier had as many reps,
    // and some earlier set was at least this heavy (otherwise it is a heaviest-weight record).
    let bestRepsAtOrAbove = -1;
    for (const h of st.repsByWeight.values()) if (h.w >= w && h.reps > bestRepsAtOrAbove) bestRepsAtOrAbove = h.reps;
    if (bestRepsAtOrAbove >= 0 && s.reps > bestRepsAtOrAbove) {
      note({ type: 'most-reps', exercise: s.exercise, date: s.date, sessionId: s.sessionId, setId: s.setId, value: s.reps, weightKg: s.weightKg, reps: s.reps, previous: bestRepsAtOrAbove });
    }
    const atWeight = st.repsByWeight.get(w);
    if (!atWeight || s.reps > atWeight.reps) st.repsByWeight.set(w, { w, reps: s.reps, date: s.date, setId: s.setId, weightKg: s.weightKg });

    if (s.loadKg != null && s.loadKg > 0) sessionVolume.set(s.exercise, (sessionVolume.get(s.exercise) ?? 0) + s.loadKg * s.reps);
    else if (!sessionVolume.has(s.exercise)) sessionVolume.set(s.exercise, 0);
  }
  flushSession();

  const records: ExerciseRecords[] = [];
  for (const st of state.values()) {
    st.rec.repMaxes = repMaxFrontier([...st.repsByWeight.values()]);
    records.push(st.rec);
  }
  records.sort((a, b) => a.exercise.localeCompare(b.exercise));
  return { records, events };
}

/** Most reps per weight, keeping a weight only if every heavier weight was done for fewer reps. */
function repMaxFrontier(best: { w: number; reps: number; date: string; setId: number; weightKg: number }[]): RepMax[] {
  const byWeightDesc = [...best].sort((a, b) => b.w - a.w);
  const out: RepMax[] = [];
  let maxReps = 0;
  for (const h of byWeightDesc) {
    if (h.reps > maxReps) {
      out.push({ weightKg: h.weightKg, reps: h.reps, date: h.date, setId: h.setId });
      maxReps = h.reps;
    }
  }
  return out;
}
