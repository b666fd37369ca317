import { z } from 'zod';
import { DateRange, Day, method } from './common';
import { WeightUnit } from './profile';

// The Energy dashboard: expenditure vs intake, energy availability, the weekly table and the
// under-fuelling check. All energies in kcal, masses in kg.

const kcal = z.number();
const nKcal = z.number().nullable();

/**
 * complete: counted; fast: counted as 0; incomplete/missing: left out. provisional: the day is not
 * over (or is today) and not marked complete; partial: a past unmarked day whose logged intake is under
 * half the expenditure estimate ("looks partly logged"). Both are shown with what was logged and left
 * out until the user marks them complete.
 */
export const IntakeStatus = z.enum(['complete', 'fast', 'incomplete', 'missing', 'provisional', 'partial']);

export const EnergyDay = z.object({
  date: Day,
  /** What was logged (kept on provisional and partial days, which are not counted). */
  intakeKcal: nKcal,
  intakeStatus: IntakeStatus,
  proteinG: z.number().nullable(),
  carbsG: z.number().nullable(),
  fatG: z.number().nullable(),
  intake7dAvgKcal: nKcal,
  tdeeKcal: nKcal,
  tdeeLowKcal: nKcal,
  tdeeHighKcal: nKcal,
  tdeeAdaptive: z.boolean(),
  balanceKcal: nKcal,
  exerciseKcal: nKcal,
  trainingMin: z.number(),
  weightKg: z.number().nullable(),
  trendKg: z.number().nullable(),
  /**
   * Weight change per week from the expenditure estimate: the last 7 days' energy balance over ρ
   * (negative when losing). Follows a change within days; the trend lags about 9.
   */
  weightChangeKgPerWeek: z.number().nullable(),
  ffmKg: z.number().nullable(),
  ffmEstimated: z.boolean(),
  eaKcalPerKgFfm: z.number().nullable(),
  sleepHours: z.number().nullable(),
});
export type EnergyDay = z.infer<typeof EnergyDay>;

export const EnergyWeek = z.object({
  week: z.string(),
  from: Day,
  to: Day,
  intakeKcalAvg: nKcal,
  tdeeKcalAvg: nKcal,
  balanceKcalAvg: nKcal,
  weightChangePct: z.number().nullable(),
  eaKcalPerKgFfmAvg: z.number().nullable(),
  intakeDays: z.number().int(),
  partial: z.boolean(),
});
export type EnergyWeek = z.infer<typeof EnergyWeek>;

export const SignalStatus = z.enum(['ok', 'watch', 'high', 'no-data']);
export const UnderFuelingLevel = z.enum(['ok', 'watch', 'high', 'insufficient-data']);
export const SignalCode = z.enum(['deficit', 'weight-loss-rate', 'protein', 'carbohydrate', 'energy-availability', 'sleep', 'strength-trend']);

export const UnderFuelingReason = z.object({
  code: SignalCode,
  status: SignalStatus,
  message: z.string(),
  value: z.number().nullable(),
  threshold: z.number().nullable(),
  watchThreshold: z.number().nullable(),
  highThreshold: z.number().nullable(),
  unit: z.string(),
  source: z.string(),
  dataDays: z.number().int(),
});

/** How much of the window's food log can be trusted (science.md §4, plausibility). */
export const FoodLogging = z.object({
  /** Counted days: complete (marked, or past and plausible) and fasts. */
  completeDays: z.number().int(),
  /** Past unmarked days that look partly logged (under half the expenditure estimate): left out. */
  partialDays: z.number().int(),
  /** Today, or a day not over, that is not marked complete: left out. */
  provisionalDays: z.number().int(),
  /** The logged intake cannot be true given the weight trend: intake-based signals are not judged. */
  suspectUnderLogging: z.boolean(),
  /** Why it looks under-logged, in plain words (null when it does not). */
  message: z.string().nullable(),
});

export const UnderFueling = z.object({
  level: UnderFuelingLevel,
  windowDays: z.number().int(),
  from: Day,
  to: Day,
  summary: z.string(),
  missing: z.array(z.string()),
  /** The fuelling signals that decide the level: energy (deficit, loss rate), protein, energy availability, the lifts' trend. */
  reasons: z.array(UnderFuelingReason),
  /** Also affecting your training, never raising the level: sleep and carbohydrate. */
  context: z.array(UnderFuelingReason),
  logging: FoodLogging,
  /**
   * The one calorie number every screen shows ("eat about N kcal/day"): above current intake when the
   * verdict asks for more food, else current intake; null without enough trustworthy data.
   */
  suggestedIntakeKcal: z.number().nullable(),
  /** Current intake: the mean of the window's counted days (null with too few). */
  currentIntakeKcal: z.number().nullable(),
  /** The weight unit the messages use (the profile's). */
  weightUnit: WeightUnit,
  advice: z.array(
    z.object({ code: z.union([SignalCode, z.literal('reds')]), message: z.string(), target: z.number().nullable(), unit: z.string().nullable() }),
  ),
  notes: z.array(z.string()),
  carbohydrateBand: z.object({
    load: z.enum(['light', 'moderate', 'high', 'very-high']),
    label: z.string(),
    lowGPerKg: z.number(),
    highGPerKg: z.number(),
    trainingMinPerDay: z.number(),
  }),
});
export type UnderFueling = z.infer<typeof UnderFueling>;

export const FormulaPrior = z.object({
  baseKcal: kcal,
  sdKcal: kcal,
  reeKcal: kcal,
  method: z.enum(['mifflin', 'cunningham']),
  activityLevel: z.enum(['sedentary', 'light', 'moderate', 'active', 'very-active']),
  levelMultiplier: z.number(),
  multiplier: z.number(),
  exerciseLogged: z.boolean(),
  weightKg: z.number(),
  ageYears: z.number(),
  ffm: z.object({ ffmKg: z.number(), estimated: z.boolean(), method: z.enum(['body-fat', 'boer']) }),
});

export const EnergyDashboard = z.object({
  from: Day,
  to: Day,
  dataStatus: z.object({ profile: z.boolean(), weighIns: z.number().int(), intakeDays: z.number().int() }),
  prior: FormulaPrior.nullable(),
  estimateStart: Day.nullable(),
  days: z.array(EnergyDay),
  weeks: z.array(EnergyWeek),
  underFueling: UnderFueling,
  latest: z.object({
    tdeeKcal: nKcal,
    tdeeLowKcal: nKcal,
    tdeeHighKcal: nKcal,
    adaptive: z.boolean(),
    baseKcal: nKcal,
    rhoKcalPerKg: z.number().nullable(),
    ffmKg: z.number().nullable(),
    ffmEstimated: z.boolean(),
  }),
});
export type EnergyDashboard = z.infer<typeof EnergyDashboard>;

/** What the energy domain adds to each report day. */
export const energyReportDayFields = {
  tdeeKcal: nKcal,
  tdeeLowKcal: nKcal,
  tdeeHighKcal: nKcal,
  eaKcalPerKgFfm: z.number().nullable(),
};

/** Per ISO week in the report. */
export const ReportWeek = z.object({
  week: z.string(),
  intakeKcalAvg: nKcal,
  tdeeKcalAvg: nKcal,
  balanceKcalAvg: nKcal,
  weightChangePct: z.number().nullable(),
});

export const energyMethods = {
  'energy.dashboard': method(
    'Expenditure vs intake, energy availability, weekly table and the under-fuelling check over a range (default: the 28 days ending today).',
    DateRange,
    EnergyDashboard,
  ),
};
