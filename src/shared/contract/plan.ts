import { z } from 'zod';
import { isValidIsoWeek } from '../dates';
import { Day, Id, method } from './common';
import { Session } from './training';

// The week planner: interference findings (science.md §8), the week view, copying a week forward.

export const Severity = z.enum(['info', 'warning', 'critical']);

export const Finding = z.object({
  code: z.string(),
  severity: Severity,
  /** One line: what, when, what to do. */
  message: z.string(),
  sessionIds: z.array(z.number().int()),
  /** What the rule rests on (science.md §8). */
  source: z.string(),
  /** The day it is shown on in the calendar. */
  date: Day,
});
export type Finding = z.infer<typeof Finding>;

const IsoWeek = z
  .string({ error: 'week must be an ISO week written YYYY-Www, e.g. 2026-W48' })
  .refine(isValidIsoWeek, { message: 'week must be an ISO week written YYYY-Www, e.g. 2026-W48' });

const Totals = z.object({ count: z.number().int(), minutes: z.number(), loadAU: z.number(), distanceKm: z.number() });

export const PlanWeek = z.object({
  from: Day,
  to: Day,
  weekStart: z.enum(['monday', 'sunday']),
  sessions: z.array(Session),
  findings: z.array(Finding),
  days: z.array(
    z.object({
      date: Day,
      /** Heavy strength, hard endurance, or ≥ 400 AU: our definition of a high-stress day. */
      highStress: z.boolean(),
      loadAU: z.number(),
      plannedLoadAU: z.number(),
    }),
  ),
  planned: Totals,
  completed: Totals,
  /** Completed load by session kind, AU (the weekly stress load's input). */
  loadByKind: z.record(z.string(), z.number()),
});
export type PlanWeek = z.infer<typeof PlanWeek>;

export const planMethods = {
  'plan.check': method(
    'Interference findings for an ISO week (week: 2026-W48), a range (from/to), or by default the current week.',
    z
      .object({ week: IsoWeek.optional(), from: Day.optional(), to: Day.optional() })
      .strict()
      .refine((r) => !(r.week && (r.from || r.to)), { message: 'give either a week or from/to, not both', path: ['week'] })
      .refine((r) => !r.from || !r.to || r.from <= r.to, { message: '"from" must not be after "to"', path: ['from'] }),
    z.object({ from: Day, to: Day, findings: z.array(Finding) }),
  ),
  'plan.week': method(
    'The planner week holding a day (default today; the profile’s week start): sessions, findings, per-day stress, planned vs completed totals.',
    z.object({ date: Day.optional() }).strict(),
    PlanWeek,
  ),
  'plan.copyWeek': method(
    'Copy a week’s sessions forward as planned sessions (default: to the next week). Overlaps need confirm: true.',
    z
      .object({ from: Day, to: Day.optional(), confirm: z.boolean().optional(), sessionIds: z.array(Id).optional() })
      .strict(),
    z.object({ from: Day, to: Day, created: z.array(Session) }),
  ),
};
