import { addDays } from '../../../shared/dates';
import { checkGoal, DEFAULT_PROTEIN_G_PER_KG, DEFAULT_RATE_PCT, reviewWeek, type Goal } from '../../analysis/weeklyTargets';
import { AppError } from '../../errors';
import type { CoreContext } from '../context';
import type { DomainHandlers } from '../handlerTypes';
import { readProfile } from '../profile/store';
import { checkinFor, currentGoal, insertCheckin, insertFixed, insertGoal, latestFixedId, listCheckins, type StoredCheckin } from './store';
import { asInvalid, basisBefore, goalOf, goalOut, resolveWeek, weekLabel, weekStartPref, weekTargets } from './week';

/** Check-ins the history lists (about two years of weeks). */
const HISTORY_LIMIT = 104;

function goalState(ctx: CoreContext) {
  const g = currentGoal(ctx.db);
  return { goal: goalOut(g), warnings: g ? asInvalid(() => checkGoal(goalOf(g))) : [] };
}

/** The week before `start` looked back on: intake vs its target, trend vs goal, expenditure change. */
function review(ctx: CoreContext, start: string) {
  const pref = weekStartPref(ctx);
  const last = addDays(start, -7);
  const g = currentGoal(ctx.db);
  const goal: Goal = g ? goalOf(g) : { type: 'maintain', ratePct: 0, proteinGPerKg: DEFAULT_PROTEIN_G_PER_KG.maintain };
  const lastWeek = basisBefore(ctx, start);
  const before = basisBefore(ctx, last);
  const today = ctx.today();
  const days = lastWeek.dashboard.days.filter((d) => d.date >= last && d.date < today);
  const trendBefore = before.dashboard.days.map((d) => d.trendKg).filter((x): x is number => x != null);
  const trendNow = days.map((d) => d.trendKg).filter((x): x is number => x != null);
  const lastTargets = weekTargets(ctx, last, weekLabel(last, pref));
  const r = reviewWeek({
    goal,
    intake: days.map((d) => (d.intakeStatus === 'complete' || d.intakeStatus === 'fast' ? d.intakeKcal : null)),
    targetKcal: lastTargets.energyKcal == null ? null : Math.round(lastTargets.energyKcal / 7),
    trendStartKg: trendBefore.at(-1) ?? trendNow[0] ?? null,
    trendEndKg: trendNow.at(-1) ?? null,
    expenditureKcal: lastWeek.recentKcal,
    previousExpenditureKcal: before.recentKcal,
    unit: readProfile(ctx.db)?.weightUnit ?? 'kg',
  });
  return { week: weekLabel(last, pref), weekStart: last, ...r };
}

const checkinOut = (ctx: CoreContext, c: StoredCheckin) => ({
  id: c.id,
  week: weekLabel(c.weekStart, weekStartPref(ctx)),
  weekStart: c.weekStart,
  doneOn: c.doneOn,
  proposedKcal: c.proposedKcal,
  energyKcal: c.energyKcal,
  decision: c.decision,
});

export const targetsHandlers: DomainHandlers<'goal.get' | 'goal.set' | 'targets.week' | 'targets.checkin' | 'targets.checkinSave' | 'targets.fix' | 'targets.history'> = {
  'goal.get': (_input, ctx) => goalState(ctx),
  'goal.set': (input, ctx) => {
    const goal: Goal = { type: input.type, ratePct: input.ratePct ?? DEFAULT_RATE_PCT[input.type], proteinGPerKg: input.proteinGPerKg ?? DEFAULT_PROTEIN_G_PER_KG[input.type] };
    asInvalid(() => checkGoal(goal));
    insertGoal(ctx.db, { setOn: ctx.today(), ...goal });
    return goalState(ctx);
  },
  'targets.week': (input, ctx) => {
    const { start, week } = resolveWeek(ctx, input.week);
    return weekTargets(ctx, start, week);
  },
  'targets.checkin': (input, ctx) => {
    const { start, week } = resolveWeek(ctx, input.week);
    const done = checkinFor(ctx.db, start);
    return { week, weekStart: start, due: !done && start <= ctx.today(), review: review(ctx, start), proposal: weekTargets(ctx, start, week), done: done ? checkinOut(ctx, done) : null };
  },
  'targets.checkinSave': (input, ctx) => {
    const { start, week } = resolveWeek(ctx, input.week);
    const now = weekTargets(ctx, start, week);
    let decision: StoredCheckin['decision'];
    let energyKcal: number;
    if (input.energyKcal !== undefined) [decision, energyKcal] = ['edited', input.energyKcal];
    else if (now.fixed && !input.replaceFixed) [decision, energyKcal] = ['kept-fixed', now.fixed.energyKcal];
    else if (now.proposalKcalPerDay != null) [decision, energyKcal] = ['accepted', now.proposalKcalPerDay];
    else throw new AppError('invalid_input', 'There is no proposal to accept yet: set your profile and log a weigh-in, or give the energy a day.', 'energyKcal');
    const goal = currentGoal(ctx.db);
    insertCheckin(ctx.db, { weekStart: start, doneOn: ctx.today(), goalId: goal?.id ?? null, proposedKcal: now.proposalKcalPerDay, energyKcal, decision, fixedSeen: latestFixedId(ctx.db), review: review(ctx, start) });
    return weekTargets(ctx, start, week);
  },
  'targets.fix': (input, ctx) => {
    const { start, week } = resolveWeek(ctx, input.week);
    fixTarget(ctx, { energyKcal: input.energyKcal, weekStart: start, weeks: input.weeks ?? null, source: input.source ?? 'hand' });
    return weekTargets(ctx, start, week);
  },
  'targets.history': (_input, ctx) => listCheckins(ctx.db, HISTORY_LIMIT).map((c) => checkinOut(ctx, c)),
};

/**
 * Fixes the energy target a day from the week starting `weekStart` (default: the coming week) for
 * `weeks` weeks or until cleared (null energy clears). What the verdict's "use as my target" calls.
 */
function fixTarget(ctx: CoreContext, f: { energyKcal: number | null; weekStart?: string; weeks?: number | null; source?: 'hand' | 'verdict' }): void {
  const from = f.weekStart ?? resolveWeek(ctx).start;
  insertFixed(ctx.db, { fromWeekStart: from, toWeekStart: f.weeks ? addDays(from, 7 * (f.weeks - 1)) : null, energyKcal: f.energyKcal, source: f.source ?? 'hand', setOn: ctx.today() });
}
