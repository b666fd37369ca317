import { z } from 'zod';
import { isValidDate, isValidIsoWeek } from '../dates';
import { Day, FIRST_DAY, LAST_DAY, method, rangeTooLong } from './common';
import { UnderFueling } from './energy';
import { Finding } from './plan';
import { WeekLoad } from './report';
import { PrEvent, SessionKind } from './training';

// The weekly review: one week of the profile's weeks (Monday or Sunday start) — planned against done,
// its training stress, intake against expenditure, sleep against 7–9 h, lift records and performance,
// the planner's findings, and sentences built from those numbers. Every number is the per-day read
// model's, rounded as the report rounds it.

const WEEK_MESSAGE = 'week must be a week written YYYY-Www (e.g. 2026-W48) or a day written YYYY-MM-DD';

/** A week label (the ISO week of the week's Monday; see dates.weekLabel) or any day of the week. */
export const WeekRef = z
  .string({ error: WEEK_MESSAGE })
  .refine((s) => isValidIsoWeek(s) || (isValidDate(s) && s >= FIRST_DAY && s <= LAST_DAY), { message: WEEK_MESSAGE });

export const ReviewSession = z.object({
  id: z.number().int(),
  kind: SessionKind,
  minutes: z.number(),
  rpe: z.number(),
  /** minutes × RPE, AU. */
  loadAU: z.number(),
});

export const ReviewDay = z.object({
  date: Day,
  /** Before today: its sessions still planned were missed. */
  over: z.boolean(),
  /** Logged (completed) sessions. */
  done: z.array(ReviewSession),
  /** Sessions still planned: ahead, or missed when the day is over. */
  planned: z.array(ReviewSession),
  loadAU: z.number(),
  plannedLoadAU: z.number(),
  /** null: nothing counted that day (not logged, marked incomplete, or still ahead). */
  intakeKcal: z.number().nullable(),
  tdeeKcal: z.number().nullable(),
  tdeeLowKcal: z.number().nullable(),
  tdeeHighKcal: z.number().nullable(),
  /** Intake − expenditure, kcal. */
  balanceKcal: z.number().nullable(),
  /** The night that ended that morning, h. */
  sleepHours: z.number().nullable(),
});
export type ReviewDay = z.infer<typeof ReviewDay>;

/** Planned against done by session kind. A session marked done stops being planned, so "planned" counts what is still open. */
export const ReviewKind = z.object({
  kind: SessionKind,
  family: z.enum(['strength', 'endurance', 'other']),
  done: z.number().int(),
  planned: z.number().int(),
  doneLoadAU: z.number(),
  plannedLoadAU: z.number(),
});

export const ReviewLoad = WeekLoad.extend({
  /** The week's completed load per day, from its first day up to the last day known. */
  dailyAU: z.array(z.number()),
  /** Foster: mean / population SD of the 7 daily loads; null while the week runs or without variation. */
  monotony: z.number().nullable(),
  strain: z.number().nullable(),
  /** The week before's total, AU (for the change). */
  previousTotalAU: z.number(),
  /** Acute (7-day EWMA) and chronic (28-day EWMA) daily load at the week's last known day, and a week earlier. */
  acuteAU: z.number(),
  chronicAU: z.number(),
  previousAcuteAU: z.number(),
  previousChronicAU: z.number(),
});

export const ReviewWeek = z.object({
  week: z.string(),
  from: Day,
  to: Day,
  weekStart: z.enum(['monday', 'sunday']),
  /** The last day with facts: the week's last day, or today while it runs. */
  through: Day,
  /** Labels of the weeks before and after (null after: the current week is the last one reviewed). */
  previous: z.string(),
  next: z.string().nullable(),
  days: z.array(ReviewDay),
  sessions: z.object({
    done: z.number().int(),
    /** Still planned on days not yet over. */
    ahead: z.number().int(),
    /** Still planned on days already over. */
    missed: z.number().int(),
    doneLoadAU: z.number(),
    plannedLoadAU: z.number(),
    byKind: z.array(ReviewKind),
  }),
  load: ReviewLoad,
  energy: z.object({
    intakeDays: z.number().int(),
    intakeKcalAvg: z.number().nullable(),
    tdeeKcalAvg: z.number().nullable(),
    /** Mean of intake − expenditure over the days with both. */
    balanceKcalAvg: z.number().nullable(),
    /** The Energy screen's under-fuelling check over the 28 days ending `through`. */
    underFueling: UnderFueling.pick({ level: true, from: true, to: true, summary: true, reasons: true }),
  }),
  sleep: z.object({
    nights: z.number().int(),
    avgHours: z.number().nullable(),
    targetLowHours: z.number(),
    targetHighHours: z.number(),
    nightsBelow: z.number().int(),
    nightsAbove: z.number().int(),
  }),
  lifts: z.object({
    /** Records set this week that beat an earlier one (a first attempt is not counted). */
    prs: z.array(PrEvent),
    /** Per lift: days with a performance index and their mean and best (% of the lift's best e1RM of the 28 days before). */
    performance: z.array(z.object({ exercise: z.string(), days: z.number().int(), avgPct: z.number(), bestPct: z.number() })),
  }),
  /** The planner's interference findings for the week. */
  findings: z.array(Finding),
  /** Plain sentences made from the numbers above (descriptions, not causes). */
  summary: z.array(z.string()),
});
export type ReviewWeek = z.infer<typeof ReviewWeek>;

export const ReviewWeekLine = z.object({
  week: z.string(),
  from: Day,
  to: Day,
  done: z.number().int(),
  planned: z.number().int(),
  totalAU: z.number(),
  balanceKcalAvg: z.number().nullable(),
  sleepAvgHours: z.number().nullable(),
  prs: z.number().int(),
  /** One line from the numbers (the planner's findings are the week's own review: checking ten years of weeks costs more than the rest of the list). */
  line: z.string(),
});
export type ReviewWeekLine = z.infer<typeof ReviewWeekLine>;

export const reviewMethods = {
  'review.week': method(
    'The weekly review of one week (week: 2026-W48 or any day of it; default the current week, the profile’s week start).',
    z.object({ week: WeekRef.optional() }).strict(),
    ReviewWeek,
  ),
  'review.weeks': method(
    'One line per week over a range (default: the 12 weeks ending with the current one), newest first.',
    z
      .object({ from: Day.optional(), to: Day.optional() })
      .strict()
      .refine((r) => !r.from || !r.to || r.from <= r.to, { message: '"from" must not be after "to"', path: ['from'] })
      .refine((r) => !r.from || !r.to || r.from > r.to || !rangeTooLong(r.from, r.to), { message: 'the range may cover at most 20 years', path: ['from'] }),
    z.object({ from: Day, to: Day, weeks: z.array(ReviewWeekLine) }),
  ),
};
