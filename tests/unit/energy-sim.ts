// A simulator of hybrid athletes with a KNOWN true expenditure, to validate the adaptive estimator.
// The truth deliberately differs from the estimator's own model, so the test is
// not circular:
// - true resting energy = Mifflin × a personal factor (0.92–1.08); non-exercise activity 1.30–1.55 ×
//   resting (the estimator's prior assumes ≤ 1.375 and the profile's level, so its prior is off);
// - true running cost 0.95–1.15 kcal/kg/km and true MET costs × 0.85–1.15 per athlete (the estimator
//   assumes 1.0 and the Compendium values);
// - true body fat 10–30 %, and the weight change's composition follows Forbes' curve on the TRUE fat
//   mass (the estimator only has the Boer estimate);
// - a slow random drift of non-exercise expenditure;
// - water/glycogen: when the diet changes, the scale moves by 0.6–1.2 kg per 500 kcal/day of change
//   within a few days, without any energy behind it;
// - logged intake = eaten + N(0, 150) kcal; the scale = true weight + water + N(0, 0.6) kg;
//   15 % of weigh-ins and 15 % of intake days missing (by default).
// The true TDEE steps whenever the training plan changes (e.g. +20 miles/week of running ≈ +400 kcal/day).
import type { DailyIntake, DailySession, DailyTraining } from '../../src/main/analysis/dailyInputs';
import { gaussian, mulberry32 } from '../../src/main/core/demo/random';
import { estimateExpenditure, type DailyWeighIn, type ExpenditureDay, type FilterOptions } from '../../src/main/analysis/expenditureFilter';
import { weightTrend } from '../../src/main/analysis/weightTrend';
import type { EnergyProfile } from '../../src/main/analysis/expenditurePrior';
import { mifflinStJeor } from '../../src/main/analysis/energyFormulas';
import { sessionMet } from '../../src/main/analysis/exerciseEnergy';
import { addDays, isoWeekday } from '../../src/shared/dates';
import { miToKm } from '../../src/shared/units';

export interface SimOptions {
  days: number;
  start: string;
  missingIntake: number;
  missingWeighIn: number;
  scaleSdKg: number;
  loggingSdKcal: number;
  /** Whether the athlete logs their sessions (false: the estimator sees intake and weight only). */
  logTraining: boolean;
  water: boolean;
  /** Force the training plan sequence (default: random per athlete). */
  plans?: TrainingPlan[];
  /** Force the diet offsets per phase (kcal/day vs true expenditure). */
  diet?: { day: number; offsetKcal: number }[];
  /**
   * An unlogged change of everyday activity (a new job, a dog, a step goal): non-exercise
   * expenditure steps by ±150–250 kcal/day once, at a random day between 90 and 200.
   */
  neatStep?: boolean;
  /**
   * A real change of expenditure no logged session explains (more walking, a physical job, unlogged
   * training), by `kcal` per day from `day` on: the step the estimator's half-time is measured on.
   */
  expenditureStep?: { day: number; kcal: number };
  /** Intake no longer follows expenditure from this day on (the athlete keeps eating as before). */
  fixedIntakeFrom?: number;
}

export type TrainingPlan = 'lifting' | 'lifting+run20mi' | 'lifting+ride' | 'deload';

export const DEFAULT_SIM: SimOptions = {
  days: 280,
  start: '2025-01-06',
  missingIntake: 0.15,
  missingWeighIn: 0.15,
  scaleSdKg: 0.6,
  loggingSdKcal: 150,
  logTraining: true,
  water: true,
};

export interface SimAthlete {
  seed: number;
  profile: EnergyProfile;
  /** The athlete's true body fat at the start, % (the estimator does not see it unless a test gives it). */
  trueBodyFatPct: number;
  weights: DailyWeighIn[];
  intake: DailyIntake[];
  training: DailyTraining[];
  dates: string[];
  truth: { tdeeKcal: number[]; baseKcal: number[]; exerciseKcal: number[]; weightKg: number[]; waterKg: number[]; intakeKcal: number[] };
  /** Day indices where the training plan (and so the true TDEE) steps. */
  steps: number[];
  plans: { day: number; plan: TrainingPlan }[];
}

type Rand = () => number;
const uniform = (rand: Rand, a: number, b: number) => a + (b - a) * rand();
const pick = <T>(rand: Rand, xs: T[]): T => xs[Math.floor(rand() * xs.length)];

interface PlannedSession {
  session: Omit<DailySession, 'id'>;
}

/** The sessions of one week day under a plan (deterministic per plan; a random 8 % is skipped later). */
function sessionsFor(plan: TrainingPlan, weekday: number, easyRunKm: number): PlannedSession[] {
  const lift = (kind: string, minutes: number, rpe: number): PlannedSession => ({
    session: { kind, modality: null, start: '07:00', minutes, rpe, distanceKm: null, elevationGainM: null, elevationLossM: null, avgHr: null, planned: false },
  });
  const run = (kind: string, km: number, minutes: number, rpe: number): PlannedSession => ({
    session: { kind, modality: 'run', start: '18:00', minutes, rpe, distanceKm: km, elevationGainM: null, elevationLossM: null, avgHr: null, planned: false },
  });
  const ride = (minutes: number, rpe: number): PlannedSession => ({
    session: { kind: 'zone2', modality: 'ride', start: '18:00', minutes, rpe, distanceKm: null, elevationGainM: null, elevationLossM: null, avgHr: null, planned: false },
  });
  const out: PlannedSession[] = [];
  const lifting = plan === 'deload' ? [0, 3] : [0, 2, 4];
  if (lifting.includes(weekday)) out.push(lift(weekday === 0 ? 'heavy-lower' : weekday === 2 ? 'heavy-upper' : 'full-body', plan === 'deload' ? 50 : 65, plan === 'deload' ? 6 : 8));
  if (weekday === 5 && plan !== 'deload') out.push(run('zone2', easyRunKm, easyRunKm * 6.5, 4));
  if (plan === 'lifting+run20mi') {
    // 20 miles (32.2 km) a week on top: Tue 8, Thu 8, Sun 16.2 km.
    const total = miToKm(20);
    if (weekday === 1) out.push(run('zone2', total * 0.25, total * 0.25 * 6.3, 4));
    if (weekday === 3) out.push(run('tempo', total * 0.25, total * 0.25 * 5.3, 7));
    if (weekday === 6) out.push(run('long', total * 0.5, total * 0.5 * 6.4, 6));
  }
  if (plan === 'lifting+ride') {
    if (weekday === 1) out.push(ride(75, 4));
    if (weekday === 3) out.push(ride(60, 6));
    if (weekday === 6) out.push(ride(120, 4));
  }
  return out;
}

export function simulateAthlete(seed: number, opts: Partial<SimOptions> = {}): SimAthlete {
  const o: SimOptions = { ...DEFAULT_SIM, ...opts };
  const rand = mulberry32(seed * 7919 + 17);
  const sex = rand() < 0.75 ? 'male' : 'female';
  const heightCm = sex === 'male' ? 178 + gaussian(rand) * 7 : 166 + gaussian(rand) * 6;
  const age = Math.round(uniform(rand, 20, 45));
  let weight = sex === 'male' ? uniform(rand, 70, 95) : uniform(rand, 55, 75);
  const bodyFat = sex === 'male' ? uniform(rand, 0.1, 0.22) : uniform(rand, 0.18, 0.3);
  let fatMass = weight * bodyFat;
  const reeFactor = uniform(rand, 0.92, 1.08);
  const nonExercisePal = uniform(rand, 1.3, 1.55);
  const runCost = uniform(rand, 0.95, 1.15);
  const metFactor = uniform(rand, 0.85, 1.15);
  const waterPer500 = uniform(rand, 0.6, 1.2);
  const easyRunKm = uniform(rand, 5, 8);
  const birthYear = Number(o.start.slice(0, 4)) - age;
  const profile: EnergyProfile = {
    sex,
    birthDate: `${birthYear}-03-15`,
    heightCm: Math.round(heightCm),
    activityLevel: pick(rand, ['light', 'moderate', 'active'] as const),
    bodyFatPct: null,
  };

  // Training plans: a step at each boundary.
  const plans: { day: number; plan: TrainingPlan }[] = [];
  const seq: TrainingPlan[] = o.plans ?? [
    'lifting',
    pick(rand, ['lifting+run20mi', 'lifting+ride'] as TrainingPlan[]),
    pick(rand, ['lifting', 'deload', 'lifting+run20mi'] as TrainingPlan[]),
    pick(rand, ['lifting+run20mi', 'lifting+ride', 'lifting'] as TrainingPlan[]),
  ];
  const segment = o.days / seq.length;
  seq.forEach((plan, k) => plans.push({ day: k === 0 ? 0 : Math.round(k * segment + uniform(rand, -10, 10)), plan }));
  // Merge consecutive equal plans (no step there).
  const merged = plans.filter((p, k) => k === 0 || p.plan !== plans[k - 1].plan);
  const steps = merged.slice(1).map((p) => p.day);
  const neatDay = o.neatStep ? Math.round(uniform(rand, 90, 200)) : -1;
  const neatKcal = o.neatStep ? (rand() < 0.5 ? -1 : 1) * uniform(rand, 150, 250) : 0;
  if (o.expenditureStep) steps.push(o.expenditureStep.day);
  if (o.neatStep) steps.push(neatDay);
  steps.sort((a, b) => a - b);

  // Diet phases: maintenance (or a small surplus), one 6–11-week cut of 300–650 kcal/day, back to
  // maintenance, then a small surplus — within what lean athletes really do.
  const cutStart = Math.round(uniform(rand, 45, 80));
  const cutEnd = cutStart + Math.round(uniform(rand, 42, 77));
  const diet = o.diet ?? [
    { day: 0, offsetKcal: pick(rand, [0, 0, 150]) },
    { day: cutStart, offsetKcal: -Math.round(uniform(rand, 300, 650)) },
    { day: cutEnd, offsetKcal: 0 },
    { day: Math.max(cutEnd + 28, Math.round(uniform(rand, 200, 240))), offsetKcal: Math.round(uniform(rand, 150, 300)) },
  ];

  const dates: string[] = [];
  const truth: SimAthlete['truth'] = { tdeeKcal: [], baseKcal: [], exerciseKcal: [], weightKg: [], waterKg: [], intakeKcal: [] };
  const weights: DailyWeighIn[] = [];
  const intake: DailyIntake[] = [];
  const training: DailyTraining[] = [];
  let drift = 0;
  let water = 0;
  let lastOffset = diet[0].offsetKcal;
  let waterTarget = 0;
  let sessionId = 1;
  const recentTdee: number[] = [];
  let habitual = 0;

  for (let t = 0; t < o.days; t++) {
    const date = addDays(o.start, t);
    dates.push(date);
    const plan = [...merged].reverse().find((p) => p.day <= t)!.plan;
    const offset = [...diet].reverse().find((p) => p.day <= t)!.offsetKcal;
    if (offset !== lastOffset) {
      if (o.water) waterTarget = Math.max(-1.8, Math.min(1.8, waterTarget + ((offset - lastOffset) / 500) * waterPer500));
      lastOffset = offset;
    }
    // Glycogen/water returns towards 0 slowly once the diet is stable (weeks), and follows the target fast.
    water += (waterTarget - water) / 4;
    waterTarget *= 0.985;

    // Truth: non-exercise expenditure drifts slowly (mean-reverting random walk).
    drift = drift * 0.995 + gaussian(rand) * 4;
    const step = o.expenditureStep && t >= o.expenditureStep.day ? o.expenditureStep.kcal : 0;
    const base = mifflinStJeor(sex, weight, heightCm, age) * reeFactor * nonExercisePal + drift + (o.neatStep && t >= neatDay ? neatKcal : 0) + step;

    const todays = sessionsFor(plan, isoWeekday(date), easyRunKm).filter(() => rand() > 0.08);
    let exercise = 0;
    const sessions: DailySession[] = [];
    for (const { session } of todays) {
      const trueKcal =
        session.modality === 'run' && session.distanceKm
          ? runCost * weight * session.distanceKm
          : (sessionMet(session).met * metFactor - 1) * weight * (session.minutes / 60);
      exercise += trueKcal;
      sessions.push({ ...session, id: sessionId++ });
    }
    const tdee = base + exercise;
    recentTdee.push(tdee);
    if (recentTdee.length > 7) recentTdee.shift();
    if (o.fixedIntakeFrom === undefined || t < o.fixedIntakeFrom) habitual = recentTdee.reduce((a, b) => a + b, 0) / recentTdee.length;
    const eaten = Math.max(800, habitual + offset + gaussian(rand) * 250);

    // The morning scale, before today's eating.
    const weighed = rand() >= o.missingWeighIn;
    weights.push({ date, weightKg: weighed ? Math.round((weight + water + gaussian(rand) * o.scaleSdKg) * 10) / 10 : null });
    const logged = rand() >= o.missingIntake;
    const loggedKcal = Math.round(eaten + gaussian(rand) * o.loggingSdKcal);
    intake.push({
      date,
      intakeKcal: logged ? loggedKcal : null,
      proteinG: logged ? Math.round(weight * 1.8) : null,
      carbsG: logged ? Math.round((loggedKcal * 0.45) / 4) : null,
      fatG: logged ? Math.round((loggedKcal * 0.3) / 9) : null,
      complete: logged ? true : null,
      fast: false,
    });
    training.push({
      date,
      loadAU: sessions.reduce((a, s) => a + s.rpe * s.minutes, 0),
      plannedLoadAU: 0,
      sessions: o.logTraining ? sessions : [],
      sleepHours: null,
      e1rmKg: {},
    });
    truth.tdeeKcal.push(tdee);
    truth.baseKcal.push(base);
    truth.exerciseKcal.push(exercise);
    truth.weightKg.push(weight);
    truth.waterKg.push(water);
    truth.intakeKcal.push(eaten);

    // Tissue change with Forbes' composition on the true fat mass (Hall 2008).
    const fatShare = fatMass / (fatMass + 10.4);
    const rho = fatShare * 9441 + (1 - fatShare) * 1816;
    const dW = (eaten - tdee) / rho;
    weight += dW;
    fatMass += fatShare * dW;
  }
  return { seed, profile, trueBodyFatPct: bodyFat * 100, weights, intake, training, dates, truth, steps, plans: merged };
}

/** The centred 7-day mean of the true TDEE (the "level" a smooth estimate should follow). */
export function weeklyTruth(tdee: number[]): number[] {
  return tdee.map((_, i) => {
    const a = Math.max(0, i - 3);
    const b = Math.min(tdee.length - 1, i + 3);
    let s = 0;
    for (let k = a; k <= b; k++) s += tdee[k];
    return s / (b - a + 1);
  });
}

export interface Accuracy {
  rmse: number;
  bias: number;
  n: number;
  /** Signed errors 21 days after each step (estimate − truth), all athletes. */
  afterStep21: number[];
  afterStep21MeanAbs: number;
  afterStep21Rms: number;
}

/**
 * RMSE and bias against the truth from day 28 on, leaving out the 21 days after each step (the
 * estimator is still catching up there), and the error 21 days after each step.
 */
export function accuracy(runs: { athlete: SimAthlete; estimate: number[]; truth?: number[] }[]): Accuracy {
  let se = 0;
  let sum = 0;
  let n = 0;
  const afterStep21: number[] = [];
  for (const { athlete, estimate, truth = athlete.truth.tdeeKcal } of runs) {
    for (let t = 28; t < estimate.length; t++) {
      if (athlete.steps.some((s) => t >= s && t < s + 21)) continue;
      const e = estimate[t] - truth[t];
      se += e * e;
      sum += e;
      n += 1;
    }
    for (const s of athlete.steps) if (s + 21 < estimate.length) afterStep21.push(estimate[s + 21] - truth[s + 21]);
  }
  const meanAbs = afterStep21.reduce((a, b) => a + Math.abs(b), 0) / Math.max(1, afterStep21.length);
  const rms = Math.sqrt(afterStep21.reduce((a, b) => a + b * b, 0) / Math.max(1, afterStep21.length));
  return { rmse: Math.sqrt(se / n), bias: sum / n, n, afterStep21, afterStep21MeanAbs: meanAbs, afterStep21Rms: rms };
}

/** The estimator's days on every simulated day (undefined before the first weigh-in). */
export function estimateDays(a: SimAthlete, options: Partial<FilterOptions> = {}): (ExpenditureDay | undefined)[] {
  const est = estimateExpenditure({ profile: a.profile, weights: a.weights, intake: a.intake, training: a.training }, a.dates[a.dates.length - 1], options);
  const offset = est.start ? a.dates.indexOf(est.start) : 0;
  return a.dates.map((_, i) => est.days[i - offset]);
}

const STEP_DAY = 100;
const STEP_FOLLOW_DAYS = 60;

export interface StepResponse {
  /** Days from the step until the cohort's mean estimate has moved half as far as the truth. */
  halfTimeDays: number | null;
  /** Share of the true change the mean estimate has followed 10 and 21 days after the step. */
  followed10: number;
  followed21: number;
  /** Share of days with the truth inside the 95 % band: the 21 days after the step, and the 60 after. */
  coverageAfter21: number;
  coverageAfter60: number;
  /** Mean band width (high − low) in the 14 days before the step and in the 21 after, kcal/day. */
  widthBefore: number;
  widthAfter21: number;
}

/**
 * A real change of expenditure of `kcal` per day that no logged session explains (from day 100 of
 * a steady lifting routine at maintenance): how fast and how honestly the estimate follows it.
 * `intakeFollows`: the athlete comes to eat more (intake tracks the new expenditure within a week);
 * otherwise they keep eating as before.
 */
export function stepResponse(seeds: number[], kcal: number, intakeFollows: boolean, options: Partial<FilterOptions> = {}): StepResponse {
  const est = new Array<number>(STEP_FOLLOW_DAYS).fill(0);
  const tru = new Array<number>(STEP_FOLLOW_DAYS).fill(0);
  let in21 = 0;
  let in60 = 0;
  let widthBefore = 0;
  let widthAfter = 0;
  for (const seed of seeds) {
    const a = simulateAthlete(seed, {
      days: STEP_DAY + STEP_FOLLOW_DAYS,
      plans: ['lifting'],
      diet: [{ day: 0, offsetKcal: 0 }],
      expenditureStep: { day: STEP_DAY, kcal },
      fixedIntakeFrom: intakeFollows ? undefined : STEP_DAY,
    });
    const days = estimateDays(a, options);
    const before = (f: (t: number) => number) => {
      let x = 0;
      for (let t = STEP_DAY - 14; t < STEP_DAY; t++) x += f(t);
      return x / 14;
    };
    // The non-exercise part carries the whole step; exercise is logged and the same in both.
    const estBefore = before((t) => days[t]!.baseKcal);
    const truBefore = before((t) => a.truth.baseKcal[t]);
    widthBefore += before((t) => days[t]!.highKcal - days[t]!.lowKcal) / seeds.length;
    for (let d = 0; d < STEP_FOLLOW_DAYS; d++) {
      const t = STEP_DAY + d;
      const day = days[t]!;
      est[d] += (day.baseKcal - estBefore) / seeds.length;
      tru[d] += (a.truth.baseKcal[t] - truBefore) / seeds.length;
      const inside = a.truth.tdeeKcal[t] >= day.lowKcal && a.truth.tdeeKcal[t] <= day.highKcal ? 1 : 0;
      in60 += inside;
      if (d < 21) {
        in21 += inside;
        widthAfter += (day.highKcal - day.lowKcal) / (21 * seeds.length);
      }
    }
  }
  const half = est.findIndex((e, d) => e / tru[d] >= 0.5);
  return {
    halfTimeDays: half < 0 ? null : half,
    followed10: est[10] / tru[10],
    followed21: est[21] / tru[21],
    coverageAfter21: in21 / (21 * seeds.length),
    coverageAfter60: in60 / (STEP_FOLLOW_DAYS * seeds.length),
    widthBefore,
    widthAfter21: widthAfter,
  };
}

export interface RateResponse {
  /** Days from a change of diet until the cohort's mean rate shows half of the true new rate. */
  filterHalfTimeDays: number | null;
  /** The same for the trend's change over the last 7 days and over the last 28 (kg/week). */
  trend7HalfTimeDays: number | null;
  trend28HalfTimeDays: number | null;
  /** The true change of tissue weight the rates aim at, kg/week (mean over days 14–28 after the change). */
  trueKgPerWeek: number;
  /** Mean |error| of each rate over the 28 days after the change, kg/week. */
  filterMeanAbsError: number;
  trend7MeanAbsError: number;
  trend28MeanAbsError: number;
}

/**
 * A diet change of `offsetKcal` per day (from day 100, maintenance before): the weight change per
 * week from the estimator (ExpenditureDay.weightChangeKgPerWeek) against the Hacker's Diet trend's
 * change over 7 and 28 days, all against the true change of tissue weight over the last 7 days
 * (water swings excluded).
 */
export function rateResponse(seeds: number[], offsetKcal: number, options: Partial<FilterOptions> = {}): RateResponse {
  const n = 28;
  const mean = { filter: new Array<number>(n).fill(0), trend7: new Array<number>(n).fill(0), trend28: new Array<number>(n).fill(0), truth: new Array<number>(n).fill(0) };
  const err = { filter: 0, trend7: 0, trend28: 0 };
  for (const seed of seeds) {
    const a = simulateAthlete(seed, { days: STEP_DAY + n, plans: ['lifting'], diet: [{ day: 0, offsetKcal: 0 }, { day: STEP_DAY, offsetKcal }] });
    const days = estimateDays(a, options);
    const tr = weightTrend(a.weights, a.dates[0], a.dates[a.dates.length - 1]).map((p) => p.trendKg ?? NaN);
    for (let d = 0; d < n; d++) {
      const t = STEP_DAY + d;
      const rates = {
        truth: a.truth.weightKg[t] - a.truth.weightKg[t - 7],
        filter: days[t]?.weightChangeKgPerWeek ?? 0,
        trend7: tr[t] - tr[t - 7],
        trend28: ((tr[t] - tr[t - 28]) * 7) / 28,
      };
      for (const k of ['filter', 'trend7', 'trend28', 'truth'] as const) mean[k][d] += rates[k] / seeds.length;
      for (const k of ['filter', 'trend7', 'trend28'] as const) err[k] += Math.abs(rates[k] - rates.truth) / (n * seeds.length);
    }
  }
  const steady = mean.truth.slice(14, 28).reduce((p, q) => p + q, 0) / 14;
  const halfTime = (xs: number[]) => {
    const k = xs.findIndex((x) => x / steady >= 0.5);
    return k < 0 ? null : k;
  };
  return {
    filterHalfTimeDays: halfTime(mean.filter),
    trend7HalfTimeDays: halfTime(mean.trend7),
    trend28HalfTimeDays: halfTime(mean.trend28),
    trueKgPerWeek: steady,
    filterMeanAbsError: err.filter,
    trend7MeanAbsError: err.trend7,
    trend28MeanAbsError: err.trend28,
  };
}
