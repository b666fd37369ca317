// One week's review, read from the per-day read model (daily/facts.ts), the training domain's
// records, and the planner's check — rounded as the report rounds, so the review, the report and the
// Insights screen show the same numbers.
import type { ReviewDay, ReviewWeek } from '../../../shared/contract/review';
import { addDays, daysBetween, dayRange, isValidIsoWeek, weekLabel, weekLabelStart, weekStartOf } from '../../../shared/dates';
import { SESSION_KINDS, kindFamily } from '../../../shared/training';
import { round, roundOrNull } from '../../../shared/units';
import type { DailySession } from '../../analysis/dailyInputs';
import { sessionLoadAU } from '../../analysis/sessionLoad';
import { MAIN_LIFTS } from '../../analysis/underFueling';
import { invalid } from '../../errors';
import type { CoreContext } from '../context';
import { dailyFacts, sessionsOn, type DayFacts } from '../daily/facts';
import { planFindings } from '../plan/check';
import { readProfile } from '../profile/store';
import { recordsBetween } from './records';
import { weekSummary } from './summary';

export type WeekStart = 'monday' | 'sunday';

/** The night the review holds against: 7–9 h (science.md §7; Watson 2015). */
export const SLEEP_TARGET_HOURS = { low: 7, high: 9 } as const;

export const weekStartOfProfile = (ctx: CoreContext): WeekStart => readProfile(ctx.db)?.weekStart ?? 'monday';

/** The week a reference names: a label ('2026-W48') or any of its days; the current week without one. */
export function resolveWeek(ctx: CoreContext, ref: string | undefined, weekStart: WeekStart): { label: string; from: string; to: string } {
  const from = ref && isValidIsoWeek(ref) ? weekLabelStart(ref, weekStart) : weekStartOf(ref ?? ctx.today(), weekStart);
  return { label: weekLabel(from, weekStart), from, to: addDays(from, 6) };
}

const mean = (xs: readonly number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

const reviewSession = (s: DailySession) => ({ id: s.id, kind: s.kind as ReviewDay['done'][number]['kind'], minutes: s.minutes, rpe: s.rpe, loadAU: round(sessionLoadAU(s.rpe, s.minutes), 1) });

/** A day of the review: its facts when known (up to `through`), else its sessions alone (the rest of the running week). */
function reviewDay(date: string, today: string, f: DayFacts | undefined, sessions: readonly DailySession[]): ReviewDay {
  return {
    date,
    over: date < today,
    done: sessions.filter((s) => !s.planned).map(reviewSession),
    planned: sessions.filter((s) => s.planned).map(reviewSession),
    loadAU: round(sessions.filter((s) => !s.planned).reduce((t, s) => t + sessionLoadAU(s.rpe, s.minutes), 0), 1),
    plannedLoadAU: round(sessions.filter((s) => s.planned).reduce((t, s) => t + sessionLoadAU(s.rpe, s.minutes), 0), 1),
    intakeKcal: f?.intakeKcal ?? null,
    tdeeKcal: roundOrNull(f?.tdeeKcal, 0),
    tdeeLowKcal: roundOrNull(f?.tdeeLowKcal, 0),
    tdeeHighKcal: roundOrNull(f?.tdeeHighKcal, 0),
    balanceKcal: f && f.intakeKcal !== null && f.tdeeKcal !== null ? round(f.intakeKcal - f.tdeeKcal, 0) : null,
    sleepHours: f?.sleepHours ?? null,
  };
}

/** Planned against done by kind, in the training log's order of kinds. */
function byKind(days: readonly ReviewDay[]): ReviewWeek['sessions']['byKind'] {
  return SESSION_KINDS.flatMap((kind) => {
    const done = days.flatMap((d) => d.done.filter((s) => s.kind === kind));
    const planned = days.flatMap((d) => d.planned.filter((s) => s.kind === kind));
    if (done.length + planned.length === 0) return [];
    const load = (xs: typeof done) => round(xs.reduce((t, s) => t + s.loadAU, 0), 1);
    return [{ kind, family: kindFamily(kind), done: done.length, planned: planned.length, doneLoadAU: load(done), plannedLoadAU: load(planned) }];
  });
}

const MAIN = new Set(MAIN_LIFTS);

/** Per lift: the days of the week with a performance index, their mean and best (most days first, the main lifts before the others). */
export function liftPerformance(days: readonly DayFacts[]): ReviewWeek['lifts']['performance'] {
  const byLift = new Map<string, number[]>();
  for (const d of days) {
    for (const [exercise, pct] of Object.entries(d.performancePct)) {
      let list = byLift.get(exercise);
      if (!list) byLift.set(exercise, (list = []));
      list.push(pct);
    }
  }
  return [...byLift]
    .map(([exercise, pcts]) => ({ exercise, days: pcts.length, avgPct: round(mean(pcts) as number, 1), bestPct: round(Math.max(...pcts), 1) }))
    .sort((a, b) => b.days - a.days || Number(MAIN.has(b.exercise)) - Number(MAIN.has(a.exercise)) || a.exercise.localeCompare(b.exercise));
}

/** Sleep over the week's known nights against 7–9 h. */
export function sleepOf(hours: readonly (number | null)[]): ReviewWeek['sleep'] {
  const nights = hours.filter((h): h is number => h !== null);
  return {
    nights: nights.length,
    avgHours: roundOrNull(mean(nights), 2),
    targetLowHours: SLEEP_TARGET_HOURS.low,
    targetHighHours: SLEEP_TARGET_HOURS.high,
    nightsBelow: nights.filter((h) => h < SLEEP_TARGET_HOURS.low).length,
    nightsAbove: nights.filter((h) => h > SLEEP_TARGET_HOURS.high).length,
  };
}

export function buildReviewWeek(ctx: CoreContext, ref: string | undefined): ReviewWeek {
  const weekStart = weekStartOfProfile(ctx);
  const { label, from, to } = resolveWeek(ctx, ref, weekStart);
  const today = ctx.today();
  if (from > today) throw invalid('week', `The week ${label} (${from} to ${to}) has not started yet: a review covers weeks up to the current one.`);
  const through = to < today ? to : today;

  // The week before too: its load is the change's reference.
  const before = addDays(from, -7);
  const facts = dailyFacts(ctx, before, through);
  const known = facts.days.slice(7);
  const days = dayRange(from, to).map((date, i) => reviewDay(date, today, known[i], known[i]?.sessions ?? sessionsOn(ctx, date).sessions));

  const [prevLoad, load] = facts.weekLoads;
  const [, energyWeek] = facts.dashboard.weeks;
  const last = facts.days.at(-1)!.loadModel;
  const weekAgo = facts.days[daysBetween(before, through) - 7].loadModel;
  const open = days.flatMap((d) => d.planned.map(() => d.over));
  const uf = facts.dashboard.underFueling;

  const review: Omit<ReviewWeek, 'summary'> = {
    week: label,
    from,
    to,
    weekStart,
    through,
    previous: weekLabel(before, weekStart),
    next: to < today ? weekLabel(addDays(from, 7), weekStart) : null,
    days,
    sessions: {
      done: days.reduce((t, d) => t + d.done.length, 0),
      ahead: open.filter((over) => !over).length,
      missed: open.filter((over) => over).length,
      doneLoadAU: round(days.reduce((t, d) => t + d.loadAU, 0), 1),
      plannedLoadAU: round(days.reduce((t, d) => t + d.plannedLoadAU, 0), 1),
      byKind: byKind(days),
    },
    load: {
      strengthAU: round(load.strengthAU, 1),
      enduranceAU: round(load.enduranceAU, 1),
      otherAU: round(load.otherAU, 1),
      totalAU: round(load.totalAU, 1),
      dailyAU: load.dailyAU.map((x) => round(x, 1)),
      monotony: roundOrNull(load.monotony, 3),
      strain: roundOrNull(load.strain, 1),
      previousTotalAU: round(prevLoad.totalAU, 1),
      acuteAU: round(last.acuteAU, 1),
      chronicAU: round(last.chronicAU, 1),
      previousAcuteAU: round(weekAgo.acuteAU, 1),
      previousChronicAU: round(weekAgo.chronicAU, 1),
    },
    energy: {
      intakeDays: energyWeek.intakeDays,
      intakeKcalAvg: roundOrNull(energyWeek.intakeKcalAvg, 0),
      tdeeKcalAvg: roundOrNull(energyWeek.tdeeKcalAvg, 0),
      balanceKcalAvg: roundOrNull(energyWeek.balanceKcalAvg, 0),
      underFueling: { level: uf.level, from: uf.from, to: uf.to, summary: uf.summary, reasons: uf.reasons },
    },
    sleep: sleepOf(known.map((d) => d.sleepHours)),
    lifts: { prs: recordsBetween(ctx.db, from, through), performance: liftPerformance(known) },
    findings: planFindings(ctx.db, from, to, weekStart),
  };
  return { ...review, summary: weekSummary(review, readProfile(ctx.db)?.weightUnit ?? 'kg') };
}
