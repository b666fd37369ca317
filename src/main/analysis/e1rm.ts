// Estimated one-rep max (science.md §6).
//  - Epley w·(1 + r/30) and Brzycki w·36/(37 − r), for working sets of 1–10 reps (S).
//  - With RPE (Helms 2016, Strength Cond J 38:42, RIR-based scale) (P): e1RM = w / %1RM(reps + RIR),
//    RIR = 10 − RPE, a half RPE step is half a rep (we interpolate linearly between table rows);
//    %1RM at RPE 10 from the Tuchscherer table (S). Used only for sets at RPE ≥ 7, where the scale is
//    trustworthy; otherwise Epley.
import { isWorkingSetType } from '../../shared/training';

/** %1RM at RPE 10 for 1…12 reps (Tuchscherer, science.md §6). */
const RPE10_PERCENT_1RM = [100, 95.5, 92.2, 89.2, 86.3, 83.7, 81.1, 78.6, 76.2, 73.9, 70.7, 68.0] as const;

const E1RM_MIN_REPS = 1;
const E1RM_MAX_REPS = 10;
const RPE_E1RM_MIN_RPE = 7;

export function epley(weightKg: number, reps: number): number {
  return weightKg * (1 + reps / 30);
}

export function brzycki(weightKg: number, reps: number): number {
  return (weightKg * 36) / (37 - reps);
}

/**
 * %1RM for a set that would reach failure after `repsToFailure` reps (reps done + reps in reserve),
 * interpolated between whole reps; null outside the table (1–12).
 */
export function percentOneRm(repsToFailure: number): number | null {
  if (!Number.isFinite(repsToFailure) || repsToFailure < 1 || repsToFailure > RPE10_PERCENT_1RM.length) return null;
  const lo = Math.floor(repsToFailure);
  const hi = Math.ceil(repsToFailure);
  const pLo = RPE10_PERCENT_1RM[lo - 1];
  if (lo === hi) return pLo;
  const pHi = RPE10_PERCENT_1RM[hi - 1];
  return pLo + (pHi - pLo) * (repsToFailure - lo);
}

/** RPE-based e1RM (Helms 2016 + Tuchscherer table), or null when RPE < 7 or off the table. */
export function rpeE1rm(weightKg: number, reps: number, rpe: number): number | null {
  if (rpe < RPE_E1RM_MIN_RPE || rpe > 10) return null;
  const pct = percentOneRm(reps + (10 - rpe));
  return pct == null ? null : weightKg / (pct / 100);
}

export type E1rmMethod = 'rpe' | 'epley';

interface SetForE1rm {
  /** Total load moved, kg (for bodyweight lifts: body weight + added − assistance); null if unknown. */
  loadKg: number | null;
  reps: number;
  rpe: number | null;
  rir: number | null;
  type: string;
}

/** The RPE a set was done at: RPE as entered, else 10 − RIR, else 10 for a set taken to failure. */
function effectiveRpe(set: Pick<SetForE1rm, 'rpe' | 'rir' | 'type'>): number | null {
  if (set.rpe != null) return set.rpe;
  if (set.rir != null) return 10 - set.rir;
  if (set.type === 'failure') return 10;
  return null;
}

/** Whether a set can give an e1RM: a working set (or one to failure) of 1–10 reps with a known positive load. */
const qualifies = (loadKg: number | null, reps: number, type: string): loadKg is number =>
  isWorkingSetType(type) && loadKg != null && loadKg > 0 && Number.isInteger(reps) && reps >= E1RM_MIN_REPS && reps <= E1RM_MAX_REPS;

/** The RPE-based e1RM of a qualifying set, or null when its effective RPE is unknown, below 7 or off the table. */
function byRpe(loadKg: number, reps: number, rpe: number | null, rir: number | null, type: string): number | null {
  const r = effectiveRpe({ rpe, rir, type });
  return r != null && r >= RPE_E1RM_MIN_RPE ? rpeE1rm(loadKg, reps, r) : null;
}

/**
 * A set's e1RM: only working sets (and sets to failure) of 1–10 reps with a known positive load.
 * RPE-based when the set has an RPE ≥ 7 (or RIR ≤ 3), Epley otherwise.
 */
export function setE1rm(set: SetForE1rm): { e1rmKg: number; method: E1rmMethod } | null {
  if (!qualifies(set.loadKg, set.reps, set.type)) return null;
  const rpeBased = byRpe(set.loadKg, set.reps, set.rpe, set.rir, set.type);
  if (rpeBased != null) return { e1rmKg: rpeBased, method: 'rpe' };
  return { e1rmKg: epley(set.loadKg, set.reps), method: 'epley' };
}

/**
 * setE1rm's value for a working set (or one to failure) from its total load, reps and effective RPE
 * (RPE as entered, else 10 − RIR, else 10 for a set to failure), without an object in or out: the
 * report takes ten years of sets through it.
 */
export function workingSetE1rmKg(loadKg: number | null, reps: number, rpe: number | null): number | null {
  if (!qualifies(loadKg, reps, 'working')) return null;
  const rpeBased = rpe != null && rpe >= RPE_E1RM_MIN_RPE ? rpeE1rm(loadKg, reps, rpe) : null;
  return rpeBased ?? epley(loadKg, reps);
}

/** The best e1RM among sets (per day, per session…), or null when none qualifies. */
export function bestE1rm(sets: SetForE1rm[]): number | null {
  let best: number | null = null;
  for (const s of sets) {
    const e = setE1rm(s);
    if (e && (best == null || e.e1rmKg > best)) best = e.e1rmKg;
  }
  return best;
}
