// The list of weeks the review navigates: one line per week over a range, read in one pass of the
// per-day read model and the kept lift records — so ten years of weeks cost about what one report does.
import { rangeTooLong } from '../../../shared/contract/common';
import type { ReviewWeekLine } from '../../../shared/contract/review';
import { addDays, dayRange, daysBetween, weekStartOf } from '../../../shared/dates';
import { round, roundOrNull } from '../../../shared/units';
import { invalid } from '../../errors';
import type { CoreContext } from '../context';
import { dailyFacts, sessionsOn } from '../daily/facts';
import { weekLine } from './summary';
import { recordsBetween } from './records';
import { sleepOf, weekStartOfProfile } from './week';

/** Weeks shown by default: the current one and the eleven before it. */
export const DEFAULT_REVIEW_WEEKS = 12;

export function buildReviewWeeks(ctx: CoreContext, input: { from?: string; to?: string }): { from: string; to: string; weeks: ReviewWeekLine[] } {
  const weekStart = weekStartOfProfile(ctx);
  const today = ctx.today();
  const lastDay = input.to && input.to < today ? input.to : today;
  const first = weekStartOf(input.from ?? addDays(weekStartOf(lastDay, weekStart), -7 * (DEFAULT_REVIEW_WEEKS - 1)), weekStart);
  const last = addDays(weekStartOf(lastDay, weekStart), 6);
  if (first > lastDay) return { from: first, to: last, weeks: [] };
  const tooLong = rangeTooLong(first, last);
  if (tooLong) throw invalid('from', tooLong);

  const facts = dailyFacts(ctx, first, lastDay);
  const prs = recordsBetween(ctx.db, first, lastDay);
  const count = (dates: readonly string[], from: string, to: string): number => dates.filter((d) => d >= from && d <= to).length;
  const prDates = prs.map((p) => p.date);
  // The running week's days after today have sessions but no facts yet.
  const ahead = lastDay < last ? dayRange(addDays(lastDay, 1), last).flatMap((d) => sessionsOn(ctx, d).sessions) : [];

  const weeks = facts.dashboard.weeks.map((w, i): ReviewWeekLine => {
    const start = daysBetween(first, w.from);
    const days = facts.days.slice(start, start + 7);
    const sessions = [...days.flatMap((d) => d.sessions), ...(w.to > lastDay ? ahead : [])];
    const line = {
      week: w.week,
      from: w.from,
      to: w.to,
      done: sessions.filter((s) => !s.planned).length,
      planned: sessions.filter((s) => s.planned).length,
      totalAU: round(facts.weekLoads[i].totalAU, 1),
      balanceKcalAvg: roundOrNull(w.balanceKcalAvg, 0),
      sleepAvgHours: sleepOf(days.map((d) => d.sleepHours)).avgHours,
      prs: count(prDates, w.from, w.to),
    };
    return { ...line, line: weekLine(line) };
  });
  return { from: first, to: last, weeks: weeks.reverse() };
}

