import { z } from 'zod';
import { DateRange, Day, method } from './common';
import { WeightDay } from './weight';
import { TrainingReportFields } from './training';
import { IntakeStatus, ReportWeek, UnderFueling, energyReportDayFields } from './energy';

// The report grows with every domain: each adds its per-day fields here (and, later, per-week and
// window-level sections). Field names are stable camelCase with units in the names.
export const ReportDay = WeightDay.extend({
  // Food: null when the day is missing (nothing logged or marked incomplete), 0 on a fast.
  intakeKcal: z.number().nullable(),
  proteinG: z.number().nullable(),
  carbsG: z.number().nullable(),
  fatG: z.number().nullable(),
  /**
   * true/false as the user left it; null when nothing is logged (and it is not a fast), and on a
   * provisional or partly logged day until the user marks it (intakeKcal keeps what was logged).
   */
  complete: z.boolean().nullable(),
  intakeStatus: IntakeStatus,
})
  .extend(TrainingReportFields)
  .extend(energyReportDayFields);
export type ReportDay = z.infer<typeof ReportDay>;

/** Session-RPE load (minutes × RPE, AU) of completed sessions, by family of session kind. */
export const WeekLoad = z.object({
  strengthAU: z.number(),
  enduranceAU: z.number(),
  otherAU: z.number(),
  totalAU: z.number(),
});

/** The energy week plus its training stress (Foster): monotony = mean / population SD of the 7 daily loads. */
export const ReportStressWeek = ReportWeek.extend({
  load: WeekLoad,
  /** null for a week not over by `range.to`, or whose daily loads do not vary. */
  monotony: z.number().nullable(),
  /** Weekly load × monotony; null with monotony. */
  strain: z.number().nullable(),
});

/**
 * Prior-night sleep (h) against the day's performance index (% of the lift's best e1RM of the 28 days
 * before), per lift over the range, and the main lifts pooled ("All main lifts"). Associations, not causes.
 */
export const SleepVsLiftRow = z.object({
  /** The lift's display name, or "All main lifts". */
  exercise: z.string(),
  n: z.number().int(),
  /** Pearson r and its Fisher-z 95 % interval; null below 10 pairs. */
  r: z.number().nullable(),
  rLow: z.number().nullable(),
  rHigh: z.number().nullable(),
  /** Spearman ρ (average ranks); null when it cannot be computed. */
  spearman: z.number().nullable(),
  /** Least-squares slope: % of the lift's trend per hour of sleep; null below 3 pairs. */
  slopePctPerHour: z.number().nullable(),
});

export const Report = z.object({
  range: z.object({ from: Day, to: Day }),
  days: z.array(ReportDay),
  /** Per ISO week touching the range (energy). */
  weeks: z.array(ReportStressWeek),
  sleepVsLift: z.array(SleepVsLiftRow),
  /** The under-fuelling check over the 28 days ending at `range.to` (energy). */
  underFueling: UnderFueling,
});
export type Report = z.infer<typeof Report>;

export const reportMethods = {
  'report.get': method('Per-day report over a range (default: the 28 days ending today).', DateRange, Report),
};
