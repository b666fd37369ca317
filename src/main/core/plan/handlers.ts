import type { PlanWeek } from '../../../shared/contract/plan';
import type { Session } from '../../../shared/contract/training';
import { addDays, daysBetween, dayRange, isoWeekStart, weekStartOf } from '../../../shared/dates';
import { round } from '../../../shared/units';
import { checkPlan, isHighStressDay } from '../../analysis/interference';
import { splitLoad } from '../../analysis/sessionLoad';
import { AppError, invalid } from '../../errors';
import { checkSession, describeSession, insertSession, overlappingSessions, valuesOf } from '../training/sessions';
import { getSession, listSessions, readSession, sessionsInRange } from '../training/store/sessions';
import { readProfile } from '../profile/store';
import { planCheckInput, planFindings } from './check';
import type { DomainHandlers } from '../handlerTypes';

function totals(sessions: Session[]): PlanWeek['planned'] {
  return {
    count: sessions.length,
    minutes: round(sessions.reduce((t, s) => t + s.minutes, 0), 2),
    loadAU: round(sessions.reduce((t, s) => t + s.loadAU, 0), 2),
    distanceKm: round(sessions.reduce((t, s) => t + (s.distanceKm ?? 0), 0), 2),
  };
}

export const planHandlers: DomainHandlers<'plan.check' | 'plan.week' | 'plan.copyWeek'> = {
  'plan.check': (input, ctx) => {
    const profileWeekStart = readProfile(ctx.db)?.weekStart ?? 'monday';
    let from: string;
    let to: string;
    let weekStart = profileWeekStart;
    if (input.week) {
      // ISO weeks run Monday to Sunday whatever the profile says.
      from = isoWeekStart(input.week);
      to = addDays(from, 6);
      weekStart = 'monday';
    } else if (input.from || input.to) {
      from = input.from ?? addDays(input.to!, -6);
      to = input.to ?? addDays(input.from!, 6);
    } else {
      from = weekStartOf(ctx.today(), profileWeekStart);
      to = addDays(from, 6);
    }
    if (daysBetween(from, to) > 366 * 20) throw invalid('to', 'Check at most 20 years at a time.');
    return { from, to, findings: planFindings(ctx.db, from, to, weekStart) };
  },

  'plan.week': (input, ctx) => {
    const weekStart = readProfile(ctx.db)?.weekStart ?? 'monday';
    const from = weekStartOf(input.date ?? ctx.today(), weekStart);
    const to = addDays(from, 6);
    const check = planCheckInput(ctx.db, from, to, weekStart);
    const sessions = listSessions(ctx.db, from, to);
    const findings = checkPlan(check);
    const days = dayRange(from, to).map((date) => {
      const own = check.sessions.filter((s) => s.date === date);
      const load = splitLoad(own);
      return { date, highStress: isHighStressDay(own), loadAU: round(load.loadAU, 2), plannedLoadAU: round(load.plannedLoadAU, 2) };
    });
    const load = splitLoad(sessions);
    const byKind: Record<string, number> = {};
    for (const [k, v] of Object.entries(load.byKind)) byKind[k] = round(v, 2);
    return {
      from,
      to,
      weekStart,
      sessions,
      findings,
      days,
      planned: totals(sessions.filter((s) => s.planned)),
      completed: totals(sessions.filter((s) => !s.planned)),
      loadByKind: byKind,
    };
  },

  'plan.copyWeek': (input, ctx) => {
    const from = input.from;
    const to = input.to ?? addDays(from, 7);
    const shift = daysBetween(from, to);
    if (shift === 0) throw invalid('to', 'The target week is the same as the source week.');
    let sources = sessionsInRange(ctx.db, from, addDays(from, 6));
    if (input.sessionIds) {
      const wanted = new Set(input.sessionIds);
      for (const id of wanted) {
        const r = getSession(ctx.db, id);
        if (r.date < from || r.date > addDays(from, 6)) throw invalid('sessionIds', `Session ${id} (${r.date}) is not in the week starting ${from}.`);
      }
      sources = sources.filter((r) => wanted.has(r.id));
    }
    if (sources.length === 0) throw invalid('from', `There are no sessions in the week starting ${from} to copy.`);
    const copies = sources.map((r) => ({
      ...valuesOf(r),
      date: addDays(r.date, shift),
      // A copy is a plan: no actuals carried over.
      planned: true,
      avgHr: null,
      source: 'copy',
    }));
    if (!input.confirm) {
      const clashes = copies.flatMap((c) => overlappingSessions(ctx.db, c.date, c.start, c.minutes).map((r) => `${c.date} ${c.start} overlaps ${describeSession(r)}`));
      if (clashes.length) {
        throw new AppError(
          'needs_confirmation',
          `${clashes.length} of the copied sessions would overlap sessions already there (${clashes.slice(0, 3).join('; ')}${clashes.length > 3 ? '; …' : ''}). Send again with confirm: true to copy anyway.`,
          'to',
        );
      }
    }
    const created = ctx.db.transaction(() =>
      copies.map((c) => {
        checkSession(ctx, c, { confirm: true });
        return insertSession(ctx, c);
      }),
    )();
    return { from, to, created: created.map((id) => readSession(ctx.db, id)) };
  },
};
