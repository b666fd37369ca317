// The expenditure filter's types (expenditureFilter.ts, science.md §2): its options, what it is
// given, what it answers, and the state a run can stop at and resume from.
import type { DailyIntake, DailyTraining } from './dailyInputs';
import type { ChangeCandidates } from './expenditureChange';
import type { Moments } from './expenditureKalman';
import type { EnergyProfile, FormulaPrior } from './expenditurePrior';
import type { IntakeStatus } from './underFuelingLogging';

export interface DailyWeighIn {
  date: string;
  /** The day's mean weigh-in, or null. */
  weightKg: number | null;
  /** The day's body-fat reading (%), if any. */
  bodyFatPct?: number | null;
}

export interface FilterOptions {
  /** q: SD of the day-to-day random walk of base expenditure, kcal/day (sessions logged). */
  processSdKcal: number;
  /** q when no session has been logged: the base then carries all training changes too. */
  processSdUnloggedKcal: number;
  /** r: SD of a weigh-in around the true weight, kg. */
  scaleSdKg: number;
  /** SD of a logged day's intake around what was really eaten, kcal. */
  loggingSdKcal: number;
  /** Floor of the SD given to a missing day's intake, kcal. */
  missingIntakeSdKcal: number;
  waterDamping: boolean;
  /** Extra SD per day the weight state may move during a water window, kg. */
  waterSdKgPerDay: number;
  waterWindowDays: number;
  /** Change of the recent logged intake that opens a water window, kcal/day. */
  intakeShiftKcal: number;
  /** Innovations beyond this many SD are down-weighted. */
  outlierSd: number;
  /** κ: change of base expenditure per kg of weight change; default 10 × the prior's multiplier. */
  weightCouplingKcalPerKg?: number;
  /** How many days back a jump of expenditure is looked for. */
  changeWindowDays: number;
  /** Log Bayes factor (jump : none) at which the weigh-ins count as showing a jump. */
  changeThreshold: number;
  /** Prior SD of a jump of expenditure, kcal/day. */
  changePriorSdKcal: number;
}

export const DEFAULT_FILTER_OPTIONS: FilterOptions = {
  processSdKcal: 12,
  processSdUnloggedKcal: 35,
  scaleSdKg: 0.6,
  loggingSdKcal: 150,
  missingIntakeSdKcal: 350,
  waterDamping: true,
  waterSdKgPerDay: 0.15,
  waterWindowDays: 14,
  intakeShiftKcal: 300,
  outlierSd: 3,
  changeWindowDays: 21,
  changeThreshold: 6,
  changePriorSdKcal: 250,
};

export interface ExpenditureDay {
  date: string;
  tdeeKcal: number;
  /** 1 SD of the day's estimate, kcal. */
  sdKcal: number;
  /** 95 % band: ±1.96 SD. */
  lowKcal: number;
  highKcal: number;
  /** Non-exercise part (the filter's state). */
  baseKcal: number;
  /** Net exercise energy of the day's completed sessions. */
  exerciseKcal: number;
  /** The filter's estimate of true (scale-noise-free) weight, kg. */
  weightEstimateKg: number;
  /**
   * Weight change a week from the energy balance of the last 7 days (mean counted intake − the
   * estimated expenditure, over ρ; ≥ 4 counted days), kg/week, negative when losing: it follows a
   * change of intake within days, where the Hacker's Diet trend lags 9 (science.md §2).
   */
  weightChangeKgPerWeek: number | null;
  rhoKcalPerKg: number;
  /** Weigh-ins and logged intake days seen so far (the estimate is "adaptive" from 4 and 7 on). */
  weighInsSeen: number;
  intakeDaysSeen: number;
  adaptive: boolean;
  waterWindow: boolean;
  /** How the day's logged intake was taken (classifyIntake): only complete days and fasts enter the filter. */
  intakeStatus: IntakeStatus;
}

export interface ExpenditureEstimate {
  /** First day with an estimate (the first weigh-in), or null without any weigh-in or profile. */
  start: string | null;
  /** First day in `days`: `start`, or the day a run resumed at (FilterCheckpoint). */
  from: string | null;
  prior: FormulaPrior | null;
  days: ExpenditureDay[];
  /** The filter's state at the start of each day `capture` asked for (ResumeOptions). */
  checkpoints: FilterCheckpoint[];
}

export interface ExpenditureInput {
  profile: EnergyProfile;
  weights: DailyWeighIn[];
  intake: DailyIntake[];
  training: DailyTraining[];
  /** The day it is: intake logged on it or later is not over, so it does not count. Absent: every day is over. */
  today?: string | null;
}

/** Everything the filter carries from one morning to the next. */
export interface FilterState extends Moments {
  /** Candidate days of a jump of expenditure over the last changeWindowDays (expenditureChange.ts). */
  cands: ChangeCandidates;
  /** Forbes-curve anchor: a weight and its fat mass (latest body-fat reading, else Boer at the start). */
  anchorWeight: number;
  anchorFatMass: number;
  bodyFat: number | null;
  exerciseLogged: boolean;
}

/**
 * The filter's whole state at the start of `date` (before that day's weigh-in): a run resumed from
 * it gives exactly the days a run from the first weigh-in gives from `date` on. It depends only on
 * the data of days before `date` (and the profile), so it stays valid while those do not change.
 */
export interface FilterCheckpoint {
  date: string;
  /** The first weigh-in (day index 0) and the prior taken there. */
  start: string;
  prior: FormulaPrior;
  state: FilterState;
  /** Morning states of the days before `date`, oldest first (a detected shift re-filters from one of them). */
  mornings: (FilterState | null)[];
  /** Day indices (0 = start); null stands for "none yet" (−∞). */
  waterFrom: number | null;
  waterUntil: number | null;
  lastShiftFrom: number | null;
  weighInsSeen: number;
  intakeDaysSeen: number;
  /** Logged intake days from RESUME_LOOKBACK_DAYS (expenditureFilter.ts) before `start` to RESUME_LOOKBACK_DAYS before `date`. */
  intakeDaysBefore: number;
  /** Days of the RESUME_LOOKBACK_DAYS before `date` left out as partly logged (judged against estimates a resumed run lacks). */
  partialDays: string[];
}

export interface ResumeOptions {
  /** Carry on from this checkpoint: the input then needs data from RESUME_LOOKBACK_DAYS before it only. */
  resume?: FilterCheckpoint;
  /** Days to capture a checkpoint at (the start of the day). */
  capture?: (date: string) => boolean;
}
