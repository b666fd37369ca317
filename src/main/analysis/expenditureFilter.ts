// The adaptive expenditure estimate (science.md §2): a Kalman FILTER over the state
// [true weight W (kg), base expenditure B (kcal/day)], where the day's total expenditure is
// TDEE = B + the net energy of that day's logged sessions (exerciseEnergy.ts). Logged sessions are
// data: when running is added the estimate steps with it the same day, and B only has to learn how
// far off the exercise formulas are for this person.
//
//   predict:  ΔW = (intake − B − exercise)/ρ;  W ← W + ΔW;  B ← B + κ·ΔW + random walk (SD q)
//   observe:  scale weight = W + noise (SD r)
//
// ρ is Hall 2008's energy density with the fat share of the change from Forbes' curve through the
// latest body-fat reading (else the Boer estimate). κ = 10 kcal/kg (Mifflin's weight term) × the
// activity multiplier: resting energy falls as weight falls (D).
//
// It is causal: the estimate for a day uses intake and weigh-ins up to and including that day only,
// so history never shifts when new data arrives. For the same reason its state at the start of a day
// depends only on the days before: a run can stop there (FilterCheckpoint) and resume later, reading
// only the last weeks of input, with the same result to the bit. Conventions (D):
// - a weigh-in is taken in the morning: it reflects the intake of the days before it, and the day's
//   own intake moves the prediction for the next morning;
// - a day without logged intake (or marked incomplete) is MISSING, never zero: the prediction uses
//   the mean of the last 14 days' counted intake with a wide uncertainty; a fast is a logged 0;
// - so is a logged day that does not count (classifyIntake, the verdict's one definition): a day not
//   over yet (on or after `today`), and a past unconfirmed day under half the expenditure expected
//   for it — judged against the estimate carried from the day before (its base through the night,
//   before the day's own weigh-in, plus the day's sessions), the prior on the first day, so the
//   day's intake never judges itself. One half-logged day then cannot pull the estimate down;
// - a day without a weigh-in only predicts;
// - early-diet water swings (glycogen and water, science.md §2): during the first 14 days of data, and
//   for 14 days from the start of a shift of the logged intake by more than 300 kcal/day, the weight
//   state may move more (extra process noise), so a quick drop or rebound on the scale is taken as
//   water rather than as a change of expenditure. A shift is only recognisable a few days in, so
//   the filter's internal state is re-run over the last 7 days with the window open — the estimates
//   already published for those days are not changed;
// - a weigh-in far from the prediction (> 3 SD) is down-weighted, its influence falling as it gets
//   more absurd, so a typo or a salty meal does not yank the estimate;
// - a jump of expenditure (new job, unlogged training) in the last 21 days is tested for
//   (expenditureChange.ts): the estimate and its band lean towards it, and take it once it is clear;
// - q is 12 kcal/day when sessions are logged and 35 when they are not (the base then carries every
//   change of training). Both were tuned on the simulated athletes of tests/unit/energy-sim.ts,
//   including unlogged changes of everyday activity (±150–250 kcal/day), with the jump test above:
//   it takes up a change the slow random walk misses. A q of 10 measured better on the main cohort
//   (RMSE 79.4 against 81.6) and worse on the one with everyday-activity changes (103 against 96).
import { addDays, ageOn, dayRange, daysBetween } from '../../shared/dates';
import type { DailyIntake, DailyTraining } from './dailyInputs';
import { energyDensity, forbesFatMass, forbesFatShare } from './energyFormulas';
import { dailyExerciseEnergy, EXERCISE_RANGE_FRACTION } from './exerciseEnergy';
import { applyChange, observeCandidates, openCandidate, predictCandidates, strongestChange, type ChangeCandidates } from './expenditureChange';
import { observeWeight, predictDay, type DayInput, type Moments } from './expenditureKalman';
import { formulaPrior, type EnergyProfile, type FormulaPrior } from './expenditurePrior';
import {
  DEFAULT_FILTER_OPTIONS,
  type DailyWeighIn,
  type ExpenditureDay,
  type ExpenditureEstimate,
  type ExpenditureInput,
  type FilterCheckpoint,
  type FilterOptions,
  type FilterState,
  type ResumeOptions,
} from './expenditureTypes';
import { classifyIntake, counts, type IntakeStatus } from './underFuelingLogging';

export { kalmanScalarUpdate } from './expenditureKalman';
export { DEFAULT_FILTER_OPTIONS };
export type { DailyWeighIn, ExpenditureDay, ExpenditureEstimate, ExpenditureInput, FilterCheckpoint, FilterOptions, ResumeOptions };

const Z95 = 1.96;

/** A state's deep copy (the candidates are an array of their own). */
const copyState = (s: FilterState): FilterState => ({ ...s, cands: s.cands.slice() });
/** A morning kept for re-filtering after an intake shift: that runs in a water window, which clears the candidates. */
const morningOf = (s: FilterState): FilterState => ({ ...s, cands: [] });

const hasCompletedSession = (d: DailyTraining | undefined): boolean => !!d && d.sessions.some((s) => !s.planned);

/**
 * Log prior odds against a jump for the published estimate and its band (the jump itself is applied
 * at changeThreshold): the estimate leans towards a candidate at odds Bayes factor × e^−2, and the
 * band holds both. docs/bench.md lists the variants measured.
 */
const LEAN_LOG_ODDS = 2;
/** The loss rate's window (days before today) and the logged days it needs. */
const RATE_DAYS = 7;
const RATE_MIN_LOGGED = 4;
/** How many days before a detected intake shift the water window is opened (the detector's reach). */
const SHIFT_LOOKBACK_DAYS = 7;
/** Days after a detected shift before another can be detected (the detector's 35-day reach). */
const SHIFT_COOLDOWN_DAYS = 35;
/** Days of intake before the first weigh-in that the shift detector may look at. */
const PRE = 35;
/**
 * Days of input before a resumed run's first day that it reads: the intake-shift detector looks 34
 * days back (and a detected shift re-filters the 6 days before it).
 */
export const RESUME_LOOKBACK_DAYS = PRE;

/** An approximate JSON-safe copy: −∞ ↔ null (JSON has no infinities). */
const fromInfinity = (x: number): number | null => (Number.isFinite(x) ? x : null);
const toInfinity = (x: number | null): number => (x === null ? -Infinity : x);

/**
 * The causal filter from the first weigh-in to `to`, or from a checkpoint (`resume`) to `to`, which
 * gives the same days bit for bit while reading only the inputs from shortly before it.
 */
export function estimateExpenditure(input: ExpenditureInput, to: string, options: Partial<FilterOptions> = {}, run: ResumeOptions = {}): ExpenditureEstimate {
  const o: FilterOptions = { ...DEFAULT_FILTER_OPTIONS, ...options };
  const weighIns = input.weights.filter((w) => w.weightKg != null && w.date <= to).sort((a, b) => (a.date < b.date ? -1 : 1));
  const resume = run.resume && run.resume.date <= to ? run.resume : undefined;
  if (weighIns.length === 0 && !resume) return { start: null, from: null, prior: null, days: [], checkpoints: [] };
  const start = resume ? resume.start : weighIns[0].date;
  const { profile } = input;
  const R = o.scaleSdKg ** 2;

  let prior: FormulaPrior;
  let startBodyFat: number | null;
  let startLogged: boolean;
  if (resume) {
    prior = resume.prior;
    startBodyFat = null;
    startLogged = false;
  } else {
    const w0 = weighIns[0];
    startBodyFat = w0.bodyFatPct ?? profile.bodyFatPct;
    startLogged = input.training.some((d) => d.date <= start && hasCompletedSession(d));
    prior = formulaPrior(profile, w0.weightKg as number, ageOn(profile.birthDate, start), { exerciseLogged: startLogged, bodyFatPct: startBodyFat });
  }

  const priorVar = prior.sdKcal ** 2;
  // Mifflin's 10 kcal per kg of body weight, times the activity multiplier (D).
  const weightCoupling = 10 * prior.multiplier;

  // Everything by day index (0 = the first weigh-in), from `first` (0, or the resumed day) to the
  // last day. Arrays start PRE days before `first` (index i is at i − base): intake there feeds the
  // intake-shift detector, and a shift detected on a resumed run's first days re-filters the days
  // just before it.
  const first = resume ? daysBetween(start, resume.date) : 0;
  const base = first - PRE;
  const dates = dayRange(addDays(start, base), to);
  const size = dates.length; // indices base … n − 1
  const n = size + base;
  const indexOf = new Map<string, number>();
  dates.forEach((d, j) => indexOf.set(d, j + base));
  const weightAt = new Float64Array(size).fill(NaN);
  const bodyFatAt = new Float64Array(size).fill(NaN);
  for (const w of weighIns) {
    const i = indexOf.get(w.date);
    if (i === undefined) continue;
    weightAt[i - base] = w.weightKg as number;
    if (w.bodyFatPct != null) bodyFatAt[i - base] = w.bodyFatPct;
  }
  const trainingAt: (DailyTraining | undefined)[] = new Array(size);
  // Net exercise energy is proportional to body weight (per-km and MET costs alike): kcal per kg.
  const exercisePerKg = new Float64Array(size);
  for (const d of input.training) {
    const i = indexOf.get(d.date);
    if (i !== undefined && i >= 0) {
      trainingAt[i - base] = d;
      exercisePerKg[i - base] = dailyExerciseEnergy(d, 1).kcal;
    }
  }
  const today = input.today ?? null;
  const recordAt: (DailyIntake | undefined)[] = new Array(size);
  for (const d of input.intake) {
    const i = indexOf.get(d.date);
    if (i !== undefined) recordAt[i - base] = d;
  }
  // Counted intake (NaN: unknown), decided day by day as the run reaches it (`classify`). Days before
  // the run's first have no estimate to judge them by: they count as logged, except those a resumed
  // run's checkpoint says were left out as partly logged.
  const statusAt: IntakeStatus[] = new Array(size);
  const intakeAt = new Float64Array(size).fill(NaN);
  const leftOut = new Set(resume?.partialDays ?? []);
  for (let j = 0; j < first - base; j++) {
    const r = recordAt[j];
    statusAt[j] = r ? classifyIntake(r, null, today) : 'missing';
    if (leftOut.has(dates[j])) statusAt[j] = 'partial';
    if (r && counts(statusAt[j])) intakeAt[j] = r.intakeKcal as number;
  }
  /** Day i's status against the expenditure expected for it (`expectedKcal`): only counted days enter. */
  const classify = (i: number, expectedKcal: number) => {
    const j = i - base;
    const r = recordAt[j];
    statusAt[j] = r ? classifyIntake(r, expectedKcal, today) : 'missing';
    if (r && counts(statusAt[j])) intakeAt[j] = r.intakeKcal as number;
  };
  // Logged-day counts by prefix, for the dashboard's count of logged days (FilterCheckpoint.intakeDaysBefore).
  const cumN = new Float64Array(size + 1);
  for (let j = 0; j < size; j++) cumN[j + 1] = cumN[j] + (recordAt[j]?.intakeKcal != null ? 1 : 0);
  /**
   * Counted intake over days first…last (indices relative to the start, inclusive). Sums are taken
   * over each window itself, so they come out the same to the bit wherever the arrays start (a resumed run).
   */
  const window = (from: number, last: number) => {
    const a = Math.max(0, from - base);
    const b = last - base + 1;
    let n = 0;
    let sum = 0;
    let sum2 = 0;
    for (let j = a; j < b; j++) {
      const x = intakeAt[j];
      if (!Number.isNaN(x)) {
        n += 1;
        sum += x;
        sum2 += x * x;
      }
    }
    return { n, sum, sum2 };
  };
  /** The mean and SD of the last 14 days' counted intake: the best guess for a missing day. */
  const recentIntake = (i: number) => {
    const w = window(i - 13, i);
    const mean = w.n ? w.sum / w.n : 0;
    const sd = w.n > 1 ? Math.sqrt(Math.max(0, (w.sum2 - w.n * mean * mean) / (w.n - 1))) : 0;
    return { n: w.n, mean, sd };
  };
  /**
   * Did the counted intake shift? The mean of the last 7 days (≥ 4 counted) against the 28 days
   * before them (≥ 10 logged), differing by more than the threshold.
   */
  const intakeShifted = (i: number): boolean => {
    const recent = window(i - 6, i);
    const base = window(i - 34, i - 7);
    if (recent.n < 4 || base.n < 10) return false;
    return Math.abs(recent.sum / recent.n - base.sum / base.n) > o.intakeShiftKcal;
  };
  const ageAt = (date: string): number => ageOn(profile.birthDate, date);
  /** kg/week from the last 7 days' balance (ExpenditureDay.weightChangeKgPerWeek). */
  const balanceRate = (i: number, j: number, baseKcal: number, weightKg: number, rho: number): number | null => {
    const eaten = window(i - RATE_DAYS, i - 1);
    if (eaten.n < RATE_MIN_LOGGED) return null;
    let exercise = 0;
    for (let k = j - RATE_DAYS; k < j; k++) exercise += exercisePerKg[k] * weightKg;
    return (RATE_DAYS * (eaten.sum / eaten.n - baseKcal - exercise / RATE_DAYS)) / rho;
  };

  /** One day: the morning weigh-in, the day's estimate, then the prediction through the day's intake. */
  const step = (s: FilterState, i: number, inWater: boolean): ExpenditureDay => {
    const j = i - base;
    const date = dates[j];
    const z = weightAt[j];
    const hasWeighIn = !Number.isNaN(z);
    const training = trainingAt[j];
    if (hasWeighIn && !Number.isNaN(bodyFatAt[j])) {
      s.bodyFat = bodyFatAt[j];
      s.anchorWeight = z;
      s.anchorFatMass = (z * bodyFatAt[j]) / 100;
    }
    // The first logged session switches the base from "level incl. exercise" to "non-exercise"
    // (expenditurePrior.ts): the base drops by what the multiplier credited for exercise.
    if (!s.exerciseLogged && hasCompletedSession(training)) {
      s.exerciseLogged = true;
      const full = formulaPrior(profile, s.W, ageAt(date), { exerciseLogged: false, bodyFatPct: s.bodyFat });
      const capped = formulaPrior(profile, s.W, ageAt(date), { exerciseLogged: true, bodyFatPct: s.bodyFat });
      s.B -= full.baseKcal - capped.baseKcal;
    }

    // In a water window the scale is expected to wander: it is no evidence of a jump of expenditure.
    if (inWater) s.cands.length = 0;
    else openCandidate(s.cands, o.changeWindowDays);
    if (hasWeighIn) observeCandidates(s.cands, observeWeight(s, z, R, o.outlierSd));
    let jump = strongestChange(s.cands, o.changePriorSdKcal);
    if (jump.logBf > o.changeThreshold) {
      applyChange(s, jump);
      s.cands.length = 0;
      jump = strongestChange(s.cands, o.changePriorSdKcal);
    }

    const exercise = exercisePerKg[j] * s.W;
    const exerciseSd = (exercise * EXERCISE_RANGE_FRACTION) / Z95;
    // Published: the estimate and the strongest candidate jump, mixed by how likely the weigh-ins
    // make it, so the estimate leans well before it jumps; the band is the mixture's, so it widens
    // while the weigh-ins disagree with the estimate.
    const p = 1 / (1 + Math.exp(LEAN_LOG_ODDS - jump.logBf));
    const baseKcal = s.B + p * jump.shiftKcal;
    const baseVar = s.pbb + p * (jump.shiftVar + (1 - p) * jump.shiftKcal ** 2);
    const sd = Math.sqrt(Math.max(0, baseVar) + exerciseSd ** 2);
    const rho = energyDensity(forbesFatShare(forbesFatMass(s.W, s.anchorWeight, s.anchorFatMass)));
    const day: ExpenditureDay = {
      date,
      tdeeKcal: baseKcal + exercise,
      sdKcal: sd,
      lowKcal: baseKcal + exercise - Z95 * sd,
      highKcal: baseKcal + exercise + Z95 * sd,
      baseKcal,
      exerciseKcal: exercise,
      weightEstimateKg: s.W,
      weightChangeKgPerWeek: balanceRate(i, j, baseKcal, s.W, rho),
      rhoKcalPerKg: rho,
      weighInsSeen: 0,
      intakeDaysSeen: 0,
      adaptive: false,
      waterWindow: inWater,
      intakeStatus: statusAt[j],
    };

    // Predict tomorrow morning through today's intake; a missing day is unknown, never zero.
    const eaten = intakeAt[j];
    const input: DayInput = {
      intakeKcal: eaten,
      intakeVar: o.loggingSdKcal ** 2,
      exerciseKcal: exercise,
      exerciseVar: exerciseSd ** 2,
      f: 1 / rho,
      k: o.weightCouplingKcalPerKg ?? weightCoupling,
      waterVar: inWater ? o.waterSdKgPerDay ** 2 : 0,
      maxBVar: priorVar,
    };
    if (Number.isNaN(eaten)) {
      const imputed = recentIntake(i);
      if (imputed.n >= 3) {
        input.intakeKcal = imputed.mean;
        input.intakeVar = Math.max(o.missingIntakeSdKcal, imputed.sd) ** 2;
      } else {
        // Nothing logged lately: the weight change says nothing about expenditure. Assume balance,
        // so the prediction no longer involves B (which only widens by its random walk).
        input.intakeKcal = null;
        input.intakeVar = (2 * o.missingIntakeSdKcal) ** 2;
      }
    }
    predictDay(s, input, s.exerciseLogged ? o.processSdKcal : o.processSdUnloggedKcal);
    if (input.intakeKcal === null) predictCandidates(s.cands, 0, 1);
    else predictCandidates(s.cands, input.f, 1 - input.k * input.f);
    return day;
  };

  const w0 = weighIns[0];
  const state: FilterState = resume
    ? copyState(resume.state)
    : {
        W: w0.weightKg as number,
        B: prior.baseKcal,
        pww: R,
        pwb: 0,
        pbb: prior.sdKcal ** 2,
        cands: [],
        anchorWeight: w0.weightKg as number,
        anchorFatMass: (w0.weightKg as number) - prior.ffm.ffmKg,
        bodyFat: startBodyFat,
        exerciseLogged: startLogged,
      };
  // Morning states of the last days (a ring), so a detected diet change can re-filter them.
  const ring = SHIFT_LOOKBACK_DAYS + 1;
  const mornings: FilterState[] = new Array(ring);
  // The first two weeks of data are a water window: tracking often starts with a diet.
  let waterFrom = o.waterDamping ? 0 : -Infinity;
  let waterUntil = o.waterDamping ? o.waterWindowDays : -Infinity;
  // The detector keeps seeing a shift until its 28-day baseline has moved past it: one window per shift.
  let lastShiftFrom = -Infinity;
  let weighInsSeen = 0;
  let intakeDaysSeen = 0;
  if (resume) {
    resume.mornings.forEach((m, k) => {
      const i = first - resume.mornings.length + k;
      if (m && i >= 0) mornings[i % ring] = morningOf(m);
    });
    waterFrom = toInfinity(resume.waterFrom);
    waterUntil = toInfinity(resume.waterUntil);
    lastShiftFrom = toInfinity(resume.lastShiftFrom);
    weighInsSeen = resume.weighInsSeen;
    intakeDaysSeen = resume.intakeDaysSeen;
  }
  const intakeDaysBefore = resume?.intakeDaysBefore ?? 0;
  const days: ExpenditureDay[] = new Array(n - first);
  const checkpoints: FilterCheckpoint[] = [];

  for (let i = first; i < n; i++) {
    const j = i - base;
    if (run.capture && i >= ring && i > first && run.capture(dates[j])) {
      checkpoints.push({
        date: dates[j],
        start,
        prior,
        state: copyState(state),
        mornings: Array.from({ length: ring - 1 }, (_, k) => morningOf(mornings[(i - ring + 1 + k) % ring])),
        waterFrom: fromInfinity(waterFrom),
        waterUntil: fromInfinity(waterUntil),
        lastShiftFrom: fromInfinity(lastShiftFrom),
        weighInsSeen,
        intakeDaysSeen,
        intakeDaysBefore: intakeDaysBefore + cumN[i - PRE - base],
        partialDays: dates.slice(Math.max(0, j - PRE), j).filter((_, k) => statusAt[Math.max(0, j - PRE) + k] === 'partial'),
      });
    }
    mornings[i % ring] = morningOf(state);
    classify(i, state.B + exercisePerKg[j] * state.W);
    if (!Number.isNaN(weightAt[j])) weighInsSeen += 1;
    const loggedToday = !Number.isNaN(intakeAt[j]);
    if (loggedToday) intakeDaysSeen += 1;

    // A new intake shift (causal: logged intake up to today) opens a water window that began when the
    // shift began; the last days are re-filtered with it. Their published estimates stay as they were.
    if (o.waterDamping && loggedToday && i >= lastShiftFrom + SHIFT_COOLDOWN_DAYS && intakeShifted(i)) {
      waterFrom = Math.max(0, i - SHIFT_LOOKBACK_DAYS + 1);
      waterUntil = waterFrom + o.waterWindowDays;
      lastShiftFrom = waterFrom;
      Object.assign(state, copyState(mornings[waterFrom % ring]));
      for (let k = waterFrom; k < i; k++) step(state, k, true);
      mornings[i % ring] = morningOf(state);
    }
    const day = step(state, i, i >= waterFrom && i < waterUntil);
    day.weighInsSeen = weighInsSeen;
    day.intakeDaysSeen = intakeDaysSeen;
    day.adaptive = weighInsSeen >= 4 && intakeDaysSeen >= 7;
    days[i - first] = day;
  }
  return { start, from: dates[first - base] ?? null, prior, days, checkpoints };
}
