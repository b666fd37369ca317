import { z } from 'zod';
import { DateRange, Day, method } from './common';
import { WeightDay } from './weight';
import { TrainingReportFields } from './training';
import { ReportWeek, UnderFueling, energyReportDayFields } from './energy';

// The report grows with every domain: each adds its per-day fields here (and, later, per-week and
// window-level sections). Field names are stable camelCase with units in the names.
export const ReportDay = WeightDay.extend({
  // Food: null when the day is missing (nothing logged or marked incomplete), 0 on a fast.
  intakeKcal: z.number().nullable(),
  proteinG: z.number().nullable(),
  carbsG: z.number().nullable(),
  fatG: z.number().nullable(),
  /** true/false as the user left it; null when nothing is logged (and it is not a fast). */
  complete: z.boolean().nullable(),
})
  .extend(TrainingReportFields)
  .extend(energyReportDayFields);
export type ReportDay = z.infer<typeof ReportDay>;

export const Report = z.object({
  range: z.object({ from: Day, to: Day }),
  days: z.array(ReportDay),
  /** Per ISO week touching the range (energy). */
  weeks: z.array(ReportWeek),
  /** The under-fuelling check over the 28 days ending at `range.to` (energy). */
  underFueling: UnderFueling,
});
export type Report = z.infer<typeof Report>;

export const reportMethods = {
  'report.get': method('Per-day report over a range (default: the 28 days ending today).', DateRange, Report),
};
