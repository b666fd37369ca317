import { z } from 'zod';
import { isValidIsoWeek } from '../dates';
import { Day, Empty, method } from './common';

// Goal and weekly targets: energy from the expenditure estimate and the goal, spread over the planned
// week's days by training; weekly check-ins; energy targets fixed by hand (or from the verdict's advice).

export const GoalType = z.enum(['lose', 'maintain', 'gain'], { error: 'goal type must be lose, maintain or gain' });

const ratePct = z
  .number({ error: 'rate must be a number (% of body weight a week)' })
  .finite({ message: 'rate must be a number (% of body weight a week)' })
  .min(0, { message: 'rate is a positive % of body weight a week: choose lose or gain for the direction' })
  .max(2, { message: 'a rate above 2 % of body weight a week is refused: most of the loss would be lean mass (Garthe 2011, IJSNEM 21:97)' });

const proteinGPerKg = z
  .number({ error: 'protein must be a number (g per kg body weight a day)' })
  .finite({ message: 'protein must be a number (g per kg body weight a day)' })
  .min(0.8, { message: 'protein must be between 0.8 and 3.5 g/kg a day' })
  .max(3.5, { message: 'protein must be between 0.8 and 3.5 g/kg a day' });

const energyKcal = z
  .number({ error: 'energy must be a number (kcal a day)' })
  .int({ message: 'energy must be a whole number of kcal a day' })
  .min(800, { message: 'energy target must be between 800 and 8000 kcal a day (a negative or tiny target is not a target)' })
  .max(8000, { message: 'energy target must be between 800 and 8000 kcal a day (a negative or tiny target is not a target)' });

/** ISO week label, 2026-W48: the user's week that holds that ISO week's Monday. */
export const Week = z
  .string({ error: 'week must be written like 2026-W48' })
  .refine(isValidIsoWeek, { message: 'week must be a real ISO week written like 2026-W48', abort: true })
  .refine((w) => w >= '1900-W02' && w <= '2100-W52', { message: 'week must be from 1900-W02 to 2100-W52' });

export const Goal = z.object({ type: GoalType, ratePct: z.number(), proteinGPerKg: z.number(), setOn: Day });
export type Goal = z.infer<typeof Goal>;

export const GoalState = z.object({
  /** null: no goal set; targets then aim at maintenance. */
  goal: Goal.nullable(),
  /** Rates or protein outside the evidence's band, each with its source. */
  warnings: z.array(z.string()),
});

export const DayTarget = z.object({ date: Day, energyKcal: z.number(), proteinG: z.number(), carbsG: z.number(), fatG: z.number(), reason: z.string() });
export type DayTarget = z.infer<typeof DayTarget>;

const Fixed = z.object({ energyKcal: z.number(), source: z.enum(['hand', 'verdict']), fromWeekStart: Day, toWeekStart: Day.nullable() });

export const WeekTargets = z.object({
  week: z.string(),
  weekStart: Day,
  /** The week's energy (the days' sum), or null without an expenditure estimate and no fixed target. */
  energyKcal: z.number().nullable(),
  days: z.array(DayTarget),
  /** Where the week's energy comes from. */
  basis: z.enum(['proposal', 'checkin', 'fixed', 'none']),
  note: z.string(),
  goal: Goal.nullable(),
  warnings: z.array(z.string()),
  /** The planned week's expected expenditure (its days' sum): non-exercise part × 7 plus the planned sessions. */
  expenditureKcal: z.number().nullable(),
  /** The estimator's mean expenditure a day over the 7 days before the week (up to today). */
  recentExpenditureKcal: z.number().nullable(),
  /** Energy per kg of weight change, the estimator's (kcal/kg). */
  rhoKcalPerKg: z.number().nullable(),
  weightKg: z.number().nullable(),
  /** The goal's energy balance a day (negative: deficit). */
  goalBalanceKcal: z.number(),
  /** The adaptive proposal, a day on average (expected expenditure + goal balance), shown beside a fixed or accepted number. */
  proposalKcalPerDay: z.number().nullable(),
  fixed: Fixed.nullable(),
});
export type WeekTargets = z.infer<typeof WeekTargets>;

export const CheckinReview = z.object({
  week: z.string(),
  weekStart: Day,
  intakeKcal: z.number().nullable(),
  completeDays: z.number().int(),
  targetKcal: z.number().nullable(),
  trendChangeKg: z.number().nullable(),
  trendChangePct: z.number().nullable(),
  goalRatePct: z.number(),
  expenditureKcal: z.number().nullable(),
  expenditureChangeKcal: z.number().nullable(),
  summary: z.array(z.string()),
});

export const Checkin = z.object({
  id: z.number().int(),
  week: z.string(),
  weekStart: Day,
  doneOn: Day,
  proposedKcal: z.number().nullable(),
  energyKcal: z.number(),
  decision: z.enum(['accepted', 'edited', 'kept-fixed']),
});

export const CheckinView = z.object({
  /** The week the check-in sets (the coming week unless asked). */
  week: z.string(),
  weekStart: Day,
  /** true when the week has no check-in yet and it starts today or has started. */
  due: z.boolean(),
  review: CheckinReview,
  proposal: WeekTargets,
  /** The week's check-in, if done. */
  done: Checkin.nullable(),
});

export const targetsMethods = {
  'goal.get': method('The goal in force (lose, maintain or gain, its rate and protein) and its warnings.', Empty, GoalState),
  'goal.set': method(
    'Set the goal: lose (default 0.5 %/wk), maintain or gain (default 0.25 %/wk); rate above 0.7 %/wk warns, above 2 %/wk is refused.',
    z.object({ type: GoalType, ratePct: ratePct.optional(), proteinGPerKg: proteinGPerKg.optional() }).strict(),
    GoalState,
  ),
  'targets.week': method('A week’s energy and per-day targets with reasons (default: the coming week).', z.object({ week: Week.optional() }).strict(), WeekTargets),
  'targets.checkin': method('The weekly check-in: last week’s intake vs target, trend vs goal, expenditure change, and the proposal.', z.object({ week: Week.optional() }).strict(), CheckinView),
  'targets.checkinSave': method(
    'Complete a check-in: accept the proposal, or edit the energy a day. A fixed target is kept unless replaceFixed is true or energy is given.',
    z.object({ week: Week.optional(), energyKcal: energyKcal.optional(), replaceFixed: z.boolean({ error: 'replaceFixed must be true or false' }).optional() }).strict(),
    WeekTargets,
  ),
  'targets.fix': method(
    'Fix the energy target a day from a week on (default the coming week) for some weeks or until cleared; energyKcal null clears it.',
    z
      .object({
        energyKcal: energyKcal.nullable(),
        week: Week.optional(),
        weeks: z.number({ error: 'weeks must be a number' }).int({ message: 'weeks must be a whole number' }).min(1, { message: 'weeks must be from 1 to 52' }).max(52, { message: 'weeks must be from 1 to 52' }).optional(),
        source: z.enum(['hand', 'verdict'], { error: 'source must be hand or verdict' }).optional(),
      })
      .strict(),
    WeekTargets,
  ),
  'targets.history': method('Past check-ins, latest first.', Empty, z.array(Checkin)),
};
