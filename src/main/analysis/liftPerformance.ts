// Lift performance against the lift's own recent level, and how it goes with the night's sleep
// (science.md §6 "Daily performance index", §7; the choice is explained in docs/lift-performance.md).
// Pure: per-day best e1RM and sleep in, numbers out.
import { fisherInterval, linearFit, pearson, spearman } from './statistics';
import { MAIN_LIFTS } from './underFueling';

/** The window the index compares a day with: the 28 days before it. */
export const PERFORMANCE_WINDOW_DAYS = 28;
/** Pairs a correlation needs before r is shown, and each lift needs before it joins the pooled row. */
export const MIN_CORRELATION_PAIRS = 10;
export const POOLED_LABEL = 'All main lifts';

/**
 * Per day, per lift: the day's best e1RM as a % of the best e1RM of that lift in the
 * PERFORMANCE_WINDOW_DAYS days before it (the day itself excluded, so a PR reads above 100). No
 * index for a lift without an e1RM in that window. `days` are consecutive; the first `skip` of them
 * are history only (their index is not returned).
 */
export function performanceIndex(days: readonly { e1rmKg: Record<string, number> }[], skip = 0): Record<string, number>[] {
  const out: Record<string, number>[] = [];
  // Per lift, the days it was done (index into `days`, e1RM), oldest first: a sliding window's max.
  const seen = new Map<string, { at: number[]; kg: number[] }>();
  for (let i = 0; i < days.length; i++) {
    const row: Record<string, number> = {};
    for (const [lift, kg] of Object.entries(days[i].e1rmKg)) {
      let h = seen.get(lift);
      if (!h) seen.set(lift, (h = { at: [], kg: [] }));
      if (i >= skip) {
        let best = 0;
        for (let k = h.at.length - 1; k >= 0 && h.at[k] >= i - PERFORMANCE_WINDOW_DAYS; k--) if (h.kg[k] > best) best = h.kg[k];
        if (best > 0) row[lift] = (kg / best) * 100;
      }
      h.at.push(i);
      h.kg.push(kg);
    }
    if (i >= skip) out.push(row);
  }
  return out;
}

export interface SleepLiftPair {
  sleepHours: number;
  performancePct: number;
}

export interface SleepVsLift {
  exercise: string;
  n: number;
  /** Pearson r and its Fisher-z 95 % interval: null below MIN_CORRELATION_PAIRS. */
  r: number | null;
  rLow: number | null;
  rHigh: number | null;
  /** Spearman ρ (average ranks for ties): null when it cannot be computed (under 2 pairs, no spread). */
  spearman: number | null;
  /** Least-squares slope, % of the lift's trend per hour of sleep, with its 95 % interval; null under 3 pairs. */
  slopePctPerHour: number | null;
  slopeLowPctPerHour: number | null;
  slopeHighPctPerHour: number | null;
  intercept: number | null;
  pairs: SleepLiftPair[];
}

export function associate(exercise: string, pairs: SleepLiftPair[]): SleepVsLift {
  const x = pairs.map((p) => p.sleepHours);
  const y = pairs.map((p) => p.performancePct);
  const n = pairs.length;
  const r = n >= MIN_CORRELATION_PAIRS ? pearson(x, y) : null;
  const ci = r === null ? null : fisherInterval(r, n);
  const fit = linearFit(x, y);
  return {
    exercise,
    n,
    r,
    rLow: ci?.low ?? null,
    rHigh: ci?.high ?? null,
    spearman: spearman(x, y),
    slopePctPerHour: fit?.slope ?? null,
    slopeLowPctPerHour: fit?.slopeLow ?? null,
    slopeHighPctPerHour: fit?.slopeHigh ?? null,
    intercept: fit?.intercept ?? null,
    pairs,
  };
}

const MAIN = new Set(MAIN_LIFTS);

/**
 * Sleep vs lift performance: per lift with at least one pair (the night that ended on the lift day,
 * that day's index), main lifts first in their usual order and then by name, and last the main lifts
 * pooled — only those with MIN_CORRELATION_PAIRS pairs each, so one lift's few days do not pass for
 * the others'.
 */
export function sleepVsLift(days: readonly { sleepHours: number | null; performancePct: Record<string, number> }[]): SleepVsLift[] {
  const byLift = new Map<string, SleepLiftPair[]>();
  for (const d of days) {
    if (d.sleepHours === null) continue;
    for (const [lift, pct] of Object.entries(d.performancePct)) {
      let list = byLift.get(lift);
      if (!list) byLift.set(lift, (list = []));
      list.push({ sleepHours: d.sleepHours, performancePct: pct });
    }
  }
  const order = (l: string): number => (MAIN.has(l) ? MAIN_LIFTS.indexOf(l) : MAIN_LIFTS.length);
  const lifts = [...byLift.keys()].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  const rows = lifts.map((l) => associate(l, byLift.get(l) as SleepLiftPair[]));
  const pooled = rows.filter((r) => MAIN.has(r.exercise) && r.n >= MIN_CORRELATION_PAIRS).flatMap((r) => r.pairs);
  rows.push(associate(POOLED_LABEL, pooled));
  return rows;
}
