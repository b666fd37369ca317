// Training stress over time from session-RPE load (science.md §5): weekly load by family with
// Foster's monotony and strain, acute and chronic load as exponentially weighted moving averages
// (Williams 2017), and the fitness/fatigue/form model (CTL/ATL/TSB). Pure: loads in, numbers out.
import type { DailySession } from './dailyInputs';
import { sessionLoadAU, splitLoad } from './sessionLoad';

/**
 * Foster's monotony: mean / SD of a week's daily loads (rest days 0), with the POPULATION SD (divide
 * by n, as Foster's worked examples do); null when the loads do not vary (SD 0, e.g. a week of rest).
 */
export function monotony(loads: readonly number[]): number | null {
  const n = loads.length;
  if (n === 0) return null;
  const m = loads.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(loads.reduce((a, b) => a + (b - m) ** 2, 0) / n);
  return sd === 0 ? null : m / sd;
}

/** Foster's strain: the week's load × its monotony (null with monotony). */
export function strain(loads: readonly number[]): number | null {
  const mono = monotony(loads);
  return mono === null ? null : loads.reduce((a, b) => a + b, 0) * mono;
}

export interface WeekLoad {
  strengthAU: number;
  enduranceAU: number;
  otherAU: number;
  totalAU: number;
  /** Completed load per day of the week, in order (days not yet known are left out). */
  dailyAU: number[];
  /** Over the 7 days of a complete week only; null for a week still running or with SD 0. */
  monotony: number | null;
  strain: number | null;
}

/**
 * A week's completed load split by family (strength, endurance, other — splitLoad's families) from
 * its days' sessions. Monotony and strain need all 7 days: over fewer they would not compare with
 * any other week's.
 */
export function weekLoad(days: readonly { sessions: readonly Pick<DailySession, 'kind' | 'rpe' | 'minutes' | 'planned'>[] }[]): WeekLoad {
  const dailyAU: number[] = [];
  const sessions: Pick<DailySession, 'kind' | 'rpe' | 'minutes' | 'planned'>[] = [];
  for (const d of days) {
    let load = 0;
    for (const s of d.sessions) {
      if (s.planned) continue;
      load += sessionLoadAU(s.rpe, s.minutes);
      sessions.push(s);
    }
    dailyAU.push(load);
  }
  // One split for the whole week: the families are splitLoad's.
  const { byFamily } = splitLoad(sessions);
  const full = dailyAU.length === 7;
  return {
    strengthAU: byFamily.strength,
    enduranceAU: byFamily.endurance,
    otherAU: byFamily.other,
    totalAU: byFamily.strength + byFamily.endurance + byFamily.other,
    dailyAU,
    monotony: full ? monotony(dailyAU) : null,
    strain: full ? strain(dailyAU) : null,
  };
}

/** One step of an EWMA with λ = 2/(N + 1) (Williams 2017): today = λ·load + (1 − λ)·yesterday. */
export function ewmaStep(previous: number, load: number, days: number): number {
  const lambda = 2 / (days + 1);
  return lambda * load + (1 - lambda) * previous;
}

/** One step of the fitness/fatigue model: CTL += (L − CTL)/42, ATL += (L − ATL)/7. */
export function pmcStep(ctl: number, atl: number, load: number): { ctl: number; atl: number } {
  return { ctl: ctl + (load - ctl) / 42, atl: atl + (load - atl) / 7 };
}

export const ACUTE_DAYS = 7;
export const CHRONIC_DAYS = 28;

export interface LoadModelDay {
  /** EWMA of daily load, N = 7 and N = 28. */
  acuteAU: number;
  chronicAU: number;
  /** Fitness (42-day), fatigue (7-day) and form: yesterday's fitness − yesterday's fatigue. */
  ctl: number;
  atl: number;
  tsb: number;
}

/**
 * The load models over consecutive days of completed load, all starting from 0 the day before the
 * first (a history that starts with rest days changes nothing: the averages of zeros stay 0).
 */
export function loadModels(loads: readonly number[]): LoadModelDay[] {
  let acute = 0;
  let chronic = 0;
  let ctl = 0;
  let atl = 0;
  const out: LoadModelDay[] = new Array(loads.length);
  for (let i = 0; i < loads.length; i++) {
    const tsb = ctl - atl;
    acute = ewmaStep(acute, loads[i], ACUTE_DAYS);
    chronic = ewmaStep(chronic, loads[i], CHRONIC_DAYS);
    ({ ctl, atl } = pmcStep(ctl, atl, loads[i]));
    out[i] = { acuteAU: acute, chronicAU: chronic, ctl, atl, tsb };
  }
  return out;
}
