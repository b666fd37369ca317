// The per-day read model: for every day of a range, the facts every screen and the report use —
// weight and trend, intake with its completeness and macros, training load and planned load,
// sessions, sleep, best e1RM per lift and its performance index, acute/chronic load and
// fitness/fatigue/form, expenditure with its band, energy availability — built here
// and nowhere else, from the domains' per-day readers through the one cache (./cache.ts). The
// arithmetic is analysis/'s (energyDashboard, liftPerformance, trainingLoad); this module only
// decides what it is given.
import { addDays, daysBetween, weekStartOf } from '../../../shared/dates';
import type { DailyTraining } from '../../analysis/dailyInputs';
import { energyDashboard, type EnergyDashboard } from '../../analysis/energyDashboard';
import { PERFORMANCE_WINDOW_DAYS, performanceIndex, sleepVsLift, type SleepVsLift } from '../../analysis/liftPerformance';
import { loadModels, weekLoad, type LoadModelDay, type WeekLoad } from '../../analysis/trainingLoad';
import { estimateExpenditure, RESUME_LOOKBACK_DAYS, type DailyWeighIn, type ExpenditureDay, type ExpenditureEstimate } from '../../analysis/expenditureFilter';
import type { EnergyProfile, FormulaPrior } from '../../analysis/expenditurePrior';
import { UNDER_FUELING_WINDOW_DAYS } from '../../analysis/underFueling';
import type { EnergyDay } from '../../../shared/contract/energy';
import type { CoreContext } from '../context';
import type { FoodDailyIntake } from '../diary/daily';
import { readProfile } from '../profile/store';
import { dailyCache, type DailyCache } from './cache';

/** What the energy arithmetic is given for [from, to]. */
export interface EnergyInputs {
  profile: EnergyProfile | null;
  /** Daily mean weigh-ins, all history up to `to`. */
  weights: DailyWeighIn[];
  /** First day of `intake` and `training` (one record per day from here to `to`). */
  historyFrom: string;
  /** First day whose training record is complete; before it records carry sessions and load only. */
  detailFrom: string;
  intake: FoodDailyIntake[];
  training: DailyTraining[];
  /** The profile's week start: where the weekly table's weeks start. */
  weekStart: 'monday' | 'sunday';
}

/** The first day the dashboard has a row for: its first week's first day, or the under-fuelling window's start. */
const detailStart = (from: string, to: string, weekStart: 'monday' | 'sunday'): string =>
  [weekStartOf(from, weekStart), addDays(to, -(UNDER_FUELING_WINDOW_DAYS - 1))].sort()[0];

/**
 * Where intake and training history start: 35 days before the first weigh-in (the filter's
 * intake-shift detector looks back that far), and at least a week before the first row (7-day means).
 */
function historyStart(weights: DailyWeighIn[], detailFrom: string): string {
  const candidates = [addDays(detailFrom, -7)];
  if (weights.length) candidates.push(addDays(weights[0].date, -RESUME_LOOKBACK_DAYS));
  return candidates.sort()[0];
}

/** The inputs as the domains' readers give them (history: sessions and load only), for tests and a from-scratch computation. */
export function readEnergyInputs(ctx: CoreContext, from: string, to: string): EnergyInputs {
  const c = dailyCache(ctx.db);
  const weights = c.weights(to);
  const weekStart = c.weekStart();
  const detailFrom = detailStart(from, to, weekStart);
  const historyFrom = historyStart(weights, detailFrom);
  const training = [...(historyFrom < detailFrom ? c.sessionDays(historyFrom, addDays(detailFrom, -1)) : []), ...c.fullTraining(detailFrom, to)];
  return { profile: c.profile(), weights, historyFrom, detailFrom, intake: c.intake.get(historyFrom, to), training, weekStart };
}

/**
 * The filter's answers up to `to`, from `sliceFrom` on (or its first day), kept in the cache: a run
 * resumes from the latest state before what it has not answered yet.
 */
function cachedEstimate(c: DailyCache, profile: EnergyProfile, weights: DailyWeighIn[], to: string, sliceFrom: string, today: string): ExpenditureEstimate {
  if (weights.length === 0) return { start: null, from: null, prior: null, days: [], checkpoints: [] };
  const start = weights[0].date;
  c.filterToday(today);
  let f = c.filter && c.filter.start === start ? c.filter : null;
  const last = f?.days.at(-1)?.date;
  if (!f || !last || last < to) {
    const resume = f && last ? f.states.findLast((s) => s.date <= addDays(last, 1)) : undefined;
    const inputFrom = addDays(resume?.date ?? start, -RESUME_LOOKBACK_DAYS);
    const after = resume?.date ?? '';
    const run = estimateExpenditure(
      { profile, weights, intake: c.intake.get(inputFrom, to), training: c.sessionDays(inputFrom, to), today },
      to,
      {},
      { resume, capture: (d) => d.endsWith('-01') && d > after },
    );
    if (!f || !resume) f = c.filter = { start, today, prior: run.prior as FormulaPrior, days: [], states: [] };
    f.days.length = daysBetween(start, run.from as string);
    for (const d of run.days) f.days.push(d);
    f.states.push(...run.checkpoints);
  }
  const from = sliceFrom > start ? sliceFrom : start;
  return { start, from, prior: f.prior, days: f.days.slice(daysBetween(start, from), daysBetween(start, to) + 1), checkpoints: [] };
}

/**
 * The energy dashboard over [from, to] from the cached inputs and filter. Its rows need sessions and
 * sleep; best e1RM per lift only in the under-fuelling window (the strength signal) — unless the
 * caller wants every day's full training record (`full`, the report).
 */
function dashboardOf(
  ctx: CoreContext,
  c: DailyCache,
  from: string,
  to: string,
  detailFrom: string,
  full: boolean,
): { dashboard: EnergyDashboard; intake: FoodDailyIntake[]; training: DailyTraining[] } {
  const profile = c.profile();
  const weights = c.weights(to);
  const historyFrom = historyStart(weights, detailFrom);
  const intake = c.intake.get(historyFrom, to);
  const windowFrom = addDays(to, -(UNDER_FUELING_WINDOW_DAYS - 1));
  const training =
    full || windowFrom <= detailFrom ? c.fullTraining(detailFrom, to) : [...c.sessionDays(detailFrom, addDays(windowFrom, -1), true), ...c.fullTraining(windowFrom, to)];
  const estimate = profile ? cachedEstimate(c, profile, weights, to, detailFrom, ctx.today()) : null;
  const dashboard = energyDashboard({ profile, weights, intake, training, from, to, estimate, weekStart: c.weekStart(), ...dayContext(ctx) });
  return { dashboard, intake: intake.slice(daysBetween(historyFrom, from)), training: training.slice(daysBetween(detailFrom, from)) };
}

/**
 * The energy dashboard over [from, to]. With `inputs` (readEnergyInputs) it is computed from them
 * from scratch; without, from the cache — the same answer.
 */
export function computeEnergyDashboard(ctx: CoreContext, from: string, to: string, inputs?: EnergyInputs): EnergyDashboard {
  if (!inputs) {
    const c = dailyCache(ctx.db);
    return dashboardOf(ctx, c, from, to, detailStart(from, to, c.weekStart()), false).dashboard;
  }
  const { profile, weights, intake, training, weekStart } = inputs;
  return energyDashboard({ profile, weights, intake, training, from, to, weekStart, ...dayContext(ctx) });
}

/** Which days are not over yet (today on), and the unit the verdict speaks in. */
function dayContext(ctx: CoreContext): { today: string; weightUnit: 'kg' | 'lb' } {
  return { today: ctx.today(), weightUnit: readProfile(ctx.db)?.weightUnit ?? 'kg' };
}

/** One day's facts: the diary's and training's records of the day, the energy day's weight and expenditure, and what the lifts and loads add. */
export type DayFacts = FoodDailyIntake &
  DailyTraining &
  Pick<EnergyDay, 'weightKg' | 'trendKg' | 'weightChangeKgPerWeek' | 'tdeeKcal' | 'tdeeLowKcal' | 'tdeeHighKcal' | 'tdeeAdaptive' | 'eaKcalPerKgFfm' | 'intakeStatus'> & {
    /** Per lift: the day's best e1RM as a % of the lift's best in the 28 days before (liftPerformance.ts). */
    performancePct: Record<string, number>;
    /** Acute (EWMA 7) and chronic (EWMA 28) load, fitness/fatigue/form (trainingLoad.ts). */
    loadModel: LoadModelDay;
  };

export interface DailyFacts {
  days: DayFacts[];
  /** The energy dashboard over the same range (weeks, under-fuelling check, latest estimate). */
  dashboard: EnergyDashboard;
  /** The dashboard's weeks' training stress, in the same order (days up to `to` only). */
  weekLoads: (WeekLoad & { week: string })[];
  /** Prior-night sleep against the performance index over the range, per lift and pooled. */
  sleepVsLift: SleepVsLift[];
}

/**
 * How far back the load models start (from 0): a load older than that keeps under 0.02 % of its
 * weight in the 42-day fitness and far less in the shorter ones, so the range does not visibly move them.
 */
export const LOAD_HISTORY_DAYS = 365;

/** The facts of every day of [from, to]. */
export function dailyFacts(ctx: CoreContext, from: string, to: string): DailyFacts {
  const c = dailyCache(ctx.db);
  // Read first: its span holds the dashboard's (which starts at most 27 days back), so training is read once.
  const indexFrom = addDays(from, -PERFORMANCE_WINDOW_DAYS);
  const performance = performanceIndex(c.training.get(indexFrom, to), PERFORMANCE_WINDOW_DAYS);
  const { dashboard, intake, training } = dashboardOf(ctx, c, from, to, detailStart(from, to, c.weekStart()), true);
  const loadFrom = addDays(from, -LOAD_HISTORY_DAYS);
  const history = c.sessionDays(loadFrom, to);
  const models = loadModels(history.map((d) => d.loadAU)).slice(LOAD_HISTORY_DAYS);
  const weekLoads = dashboard.weeks.map((w) => ({ week: w.week, ...weekLoad(history.slice(daysBetween(loadFrom, w.from), daysBetween(loadFrom, w.to) + 1)) }));
  const days = dashboard.days.map((e, i): DayFacts => {
    const f = intake[i];
    const t = training[i];
    return {
      date: e.date,
      weightKg: e.weightKg,
      trendKg: e.trendKg,
      weightChangeKgPerWeek: e.weightChangeKgPerWeek,
      intakeKcal: f.intakeKcal,
      proteinG: f.proteinG,
      carbsG: f.carbsG,
      fatG: f.fatG,
      // A day not over, or one that looks partly logged, keeps what was logged but is not complete
      // until the user says so (the energy day's status decides, as for every analysis).
      complete: e.intakeStatus === 'provisional' || e.intakeStatus === 'partial' ? null : f.complete,
      intakeStatus: e.intakeStatus,
      fast: f.fast,
      confirmed: f.confirmed,
      macroGaps: f.macroGaps,
      loadAU: t.loadAU,
      plannedLoadAU: t.plannedLoadAU,
      sessions: t.sessions,
      sleepHours: t.sleepHours,
      e1rmKg: t.e1rmKg,
      performancePct: performance[i],
      loadModel: models[i],
      tdeeKcal: e.tdeeKcal,
      tdeeLowKcal: e.tdeeLowKcal,
      tdeeHighKcal: e.tdeeHighKcal,
      tdeeAdaptive: e.tdeeAdaptive,
      eaKcalPerKgFfm: e.eaKcalPerKgFfm,
    };
  });
  return { days, dashboard, weekLoads, sleepVsLift: sleepVsLift(days) };
}

/** The expenditure estimate of one day (as the dashboard shows it) and the prior's formula, or null before the first weigh-in or without a profile. */
export function expenditureOn(ctx: CoreContext, date: string): { day: ExpenditureDay; prior: FormulaPrior } | null {
  const c = dailyCache(ctx.db);
  const profile = c.profile();
  if (!profile) return null;
  // The filter is causal: running it to today answers every earlier day, and is what the next asks reuse.
  const to = [date, ctx.today()].sort()[1];
  const est = cachedEstimate(c, profile, c.weights(to), to, date, ctx.today());
  const day = est.from === date ? est.days[0] : undefined;
  return day && est.prior ? { day, prior: est.prior } : null;
}

/** The day's sessions (planned and done) with their load. */
export function sessionsOn(ctx: CoreContext, date: string): DailyTraining {
  return dailyCache(ctx.db).sessionDays(date, date)[0];
}
