import { z } from 'zod';
import { DateRange, Day, method } from './common';
import { SleepVsLiftRow, WeekLoad } from './report';

/** One pair behind the sleep-vs-lift scatter: the night that ended on the lift day, and that day's index. */
export const SleepLiftPoint = z.object({
  date: Day,
  /** The lift the point is of (in the pooled row, each main lift keeps its own name). */
  exercise: z.string(),
  sleepHours: z.number(),
  /** The day's best e1RM as a % of the lift's best of the 28 days before. */
  performancePct: z.number(),
});

/** The fitted line at one sleep duration, with its 95 % confidence band (the mean, not single days). */
export const FitPoint = z.object({ sleepHours: z.number(), pct: z.number(), low: z.number(), high: z.number() });

/** The report's row (same numbers) with what the chart draws. */
export const SleepVsLiftInsight = SleepVsLiftRow.extend({
  slopeLowPctPerHour: z.number().nullable(),
  slopeHighPctPerHour: z.number().nullable(),
  points: z.array(SleepLiftPoint),
  /** Empty under 3 pairs or without spread in sleep. */
  line: z.array(FitPoint),
});
export type SleepVsLiftInsight = z.infer<typeof SleepVsLiftInsight>;

export const StressDay = z.object({
  date: Day,
  /** Completed session-RPE load (minutes × RPE). */
  loadAU: z.number(),
  /** At least 1.5 × the chronic (28-day) daily load of the day before, and over 0. */
  highStress: z.boolean(),
  /** Trained, but under half the chronic daily load of the day before. */
  easy: z.boolean(),
});

export const StressWeek = WeekLoad.extend({
  /** 'YYYY-Www', as in the report. */
  week: z.string(),
  from: Day,
  to: Day,
  /** Foster: mean / population SD of the 7 daily loads; null for a week not over or without variation. */
  monotony: z.number().nullable(),
  strain: z.number().nullable(),
  /** The week's days up to the range's end. */
  days: z.array(StressDay),
});
export type StressWeek = z.infer<typeof StressWeek>;

export const LoadModelRow = z.object({
  date: Day,
  /** EWMA of daily load, 7 and 28 days (Williams 2017), AU/day. */
  acute: z.number(),
  chronic: z.number(),
  /** Fitness (42-day), fatigue (7-day), form = yesterday's fitness − fatigue (Banister). */
  ctl: z.number(),
  atl: z.number(),
  tsb: z.number(),
  /** Acute ÷ chronic; null before 28 days of load history or with no chronic load. */
  ratio: z.number().nullable(),
});
export type LoadModelRow = z.infer<typeof LoadModelRow>;

export const Insights = z.object({
  range: z.object({ from: Day, to: Day }),
  /** Per lift with pairs, then "All main lifts" (report.get's rows, in its order). */
  sleepVsLift: z.array(SleepVsLiftInsight),
  weeks: z.array(StressWeek),
  days: z.array(LoadModelRow),
});
export type Insights = z.infer<typeof Insights>;

export const insightsMethods = {
  'insights.get': method('Sleep vs lift performance and weekly training stress over a range (default: the 84 days ending today).', DateRange, Insights),
};
