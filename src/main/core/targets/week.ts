// A week's targets: the expenditure estimate and the goal (the proposal), a check-in's decision or a
// fixed target, spread over the planned week (analysis/weeklyTargets.ts). Reads the per-day read model
// (expenditure, trend, ρ, sessions) and the profile's week start.
import { addDays, isoWeek, isoWeekStart, weekStartOf } from '../../../shared/dates';
import type { WeekTargets } from '../../../shared/contract/targets';
import { fromKg, round } from '../../../shared/units';
import { checkGoal, DEFAULT_PROTEIN_G_PER_KG, goalBalanceKcal, spreadWeek, TargetsError, type Goal, type PlanDay } from '../../analysis/weeklyTargets';
import type { EnergyDashboard } from '../../analysis/energyDashboard';
import { invalid } from '../../errors';
import type { CoreContext } from '../context';
import { computeEnergyDashboard, sessionsOn } from '../daily/facts';
import { readProfile } from '../profile/store';
import { readTargetsSetting } from '../food/targetsStore';
import { checkinFor, currentGoal, fixedFor, type StoredCheckin, type StoredFixed, type StoredGoal } from './store';

type WeekStart = 'monday' | 'sunday';

export const weekStartPref = (ctx: CoreContext): WeekStart => readProfile(ctx.db)?.weekStart ?? 'monday';

/** The user's week labelled by the ISO week of its Monday (a Sunday week starts the day before). */
export const weekLabel = (start: string, pref: WeekStart): string => isoWeek(addDays(start, pref === 'sunday' ? 1 : 0));
const startOfLabel = (label: string, pref: WeekStart): string => addDays(isoWeekStart(label), pref === 'sunday' ? -1 : 0);

/** The coming week: the one starting today, else the next. */
export function comingWeekStart(today: string, pref: WeekStart): string {
  const s = weekStartOf(today, pref);
  return s === today ? s : addDays(s, 7);
}

/** The week a call names (ISO label) or the coming week: its first day and label. */
export function resolveWeek(ctx: CoreContext, label?: string): { start: string; week: string } {
  const pref = weekStartPref(ctx);
  const start = label ? startOfLabel(label, pref) : comingWeekStart(ctx.today(), pref);
  return { start, week: weekLabel(start, pref) };
}

export const goalOf = (g: StoredGoal): Goal => ({ type: g.type, ratePct: g.ratePct, proteinGPerKg: g.proteinGPerKg });
export const goalOut = (g: StoredGoal | null) => (g ? { ...goalOf(g), setOn: g.setOn } : null);

/** Analysis errors become the user's invalid-input errors, naming the field. */
export function asInvalid<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof TargetsError) throw invalid(e.field, e.message);
    throw e;
  }
}

export interface Basis {
  /** Mean expenditure estimate a day over the 7 days before `start` (up to today), and its non-exercise part. */
  recentKcal: number | null;
  baseKcal: number | null;
  rhoKcalPerKg: number | null;
  weightKg: number | null;
  dashboard: EnergyDashboard;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const roundOrNull = (x: number | null) => (x == null ? null : Math.round(x));

/** What the proposal for a week starting `start` rests on: the week before it, as far as it is known today. */
export function basisBefore(ctx: CoreContext, start: string): Basis {
  const today = ctx.today();
  const asOf = addDays(start, -1) < today ? addDays(start, -1) : today;
  const dashboard = computeEnergyDashboard(ctx, addDays(asOf, -6), asOf);
  const estimated = dashboard.days.filter((d) => d.tdeeKcal != null);
  const trend = dashboard.days.map((d) => d.trendKg ?? d.weightKg).filter((x): x is number => x != null);
  return {
    recentKcal: roundOrNull(mean(estimated.map((d) => d.tdeeKcal as number))),
    baseKcal: roundOrNull(mean(estimated.map((d) => (d.tdeeKcal as number) - (d.exerciseKcal ?? 0)))),
    rhoKcalPerKg: roundOrNull(dashboard.latest.rhoKcalPerKg),
    weightKg: trend.length ? round(trend[trend.length - 1], 1) : null,
    dashboard,
  };
}

/** The week's days with their training (mobility left out); a past day counts what was done, not what was planned. */
export function planDays(ctx: CoreContext, start: string): PlanDay[] {
  const today = ctx.today();
  return Array.from({ length: 7 }, (_, i) => {
    const date = addDays(start, i);
    const sessions = (sessionsOn(ctx, date)?.sessions ?? []).filter((s) => s.kind !== 'mobility' && (!s.planned || date >= today));
    return { date, sessions: sessions.map((s) => ({ kind: s.kind, modality: s.modality, minutes: s.minutes, rpe: s.rpe, distanceKm: s.distanceKm, planned: s.planned })) };
  });
}

/** Which energy holds for the week: a check-in made after the last fixed target, else a fixed target, else the proposal. */
function decided(checkin: StoredCheckin | null, fixed: StoredFixed | null, goal: StoredGoal | null, started: boolean): { kind: 'checkin' | 'fixed'; kcal: number } | null {
  // A check-in made under an older goal no longer holds for a week still ahead: the new goal recomputes it.
  const checkinHolds = checkin && (started || checkin.goalId === (goal?.id ?? null));
  if (checkinHolds && (!fixed || fixed.id <= checkin.fixedSeen)) return { kind: 'checkin', kcal: checkin.energyKcal };
  if (fixed?.energyKcal != null) return { kind: 'fixed', kcal: fixed.energyKcal };
  return null;
}

const kcal = (x: number) => Math.round(x).toLocaleString('en-US');

/** The targets of the week starting `start` (labelled `week`). */
export function weekTargets(ctx: CoreContext, start: string, week: string): WeekTargets {
  const stored = currentGoal(ctx.db);
  const goal = stored ? goalOf(stored) : null;
  const warnings = goal ? asInvalid(() => checkGoal(goal)) : [];
  const basis = basisBefore(ctx, start);
  const fixedRow = fixedFor(ctx.db, start) ?? diaryTarget(ctx, start);
  const fixed = fixedRow?.energyKcal != null ? { energyKcal: fixedRow.energyKcal, source: fixedRow.source, fromWeekStart: fixedRow.fromWeekStart, toWeekStart: fixedRow.toWeekStart } : null;
  const { weightKg, rhoKcalPerKg, recentKcal, baseKcal } = basis;
  const balance = goal && weightKg != null && rhoKcalPerKg != null ? Math.round(goalBalanceKcal(goal, weightKg, rhoKcalPerKg)) : 0;
  const decision = decided(checkinFor(ctx.db, start), fixedRow, stored, start <= ctx.today());
  const head = { week, weekStart: start, goal: goalOut(stored), warnings, recentExpenditureKcal: recentKcal, rhoKcalPerKg, weightKg, goalBalanceKcal: balance, fixed };
  if (weightKg == null || recentKcal == null || baseKcal == null) {
    const note = 'No targets yet: set your profile (sex, birth date, height) and log a weigh-in for an expenditure estimate.';
    return { ...head, energyKcal: null, expenditureKcal: null, proposalKcalPerDay: null, days: [], basis: 'none', note };
  }
  const proteinGPerKg = goal?.proteinGPerKg ?? DEFAULT_PROTEIN_G_PER_KG.maintain;
  const plan = asInvalid(() => spreadWeek({ baseKcal, recentKcal, balanceKcal: balance, decidedKcal: decision?.kcal ?? null, weightKg, proteinGPerKg, days: planDays(ctx, start), unit: readProfile(ctx.db)?.weightUnit ?? 'kg' }));
  const energyKcal = plan.days.reduce((a, d) => a + d.energyKcal, 0);
  const proposal = plan.proposalKcalPerDay;
  const goalText = goal ? (goal.type === 'maintain' ? 'maintain weight' : `${goal.type} ${goal.ratePct} % of body weight a week`) : 'no goal set: maintenance';
  const expenditureText = plan.planned
    ? `expected expenditure ${kcal(plan.expenditureKcal / 7)} kcal a day (${kcal(baseKcal)} without exercise, plus the planned sessions)`
    : `expenditure ${kcal(recentKcal)} kcal a day (the week before; nothing is planned yet)`;
  const goalKg = rhoKcalPerKg ? (Math.abs(balance) * 7) / rhoKcalPerKg : 0;
  const balanceText = balance ? ` ${balance < 0 ? '−' : '+'} ${kcal(Math.abs(balance))} for the goal (${goalWeightText(ctx, goalKg, rhoKcalPerKg as number)})` : '';
  const note =
    decision?.kind === 'fixed'
      ? `Fixed at ${kcal(decision.kcal)} kcal a day (${fixed?.source === 'verdict' ? 'from the under-fuelling advice' : fixedRow?.id === 0 ? 'set by hand in the food diary' : 'set by hand'}); the adaptive proposal, ${kcal(proposal)} kcal, never replaces it unless you choose it.`
      : decision?.kind === 'checkin'
        ? `${kcal(decision.kcal)} kcal a day from your check-in (${goalText}); the adaptive proposal is ${kcal(proposal)} kcal.`
        : `Proposal for ${goalText}: ${expenditureText}${balanceText}.`;
  return { ...head, energyKcal, expenditureKcal: plan.expenditureKcal, proposalKcalPerDay: proposal, days: plan.days, basis: decision?.kind ?? 'proposal', note };
}

/**
 * An energy target set by hand in the food diary counts as a fixed target for every week no fixed
 * target of this domain covers (id 0: not a row here), so the adaptive proposal never replaces it silently.
 */
function diaryTarget(ctx: CoreContext, start: string): StoredFixed | null {
  const json = readTargetsSetting(ctx.db);
  const kcal = json ? (JSON.parse(json) as { energyKcal?: number | null }).energyKcal : null;
  return kcal ? { id: 0, fromWeekStart: start, toWeekStart: null, energyKcal: kcal, source: 'hand', setOn: start } : null;
}

/** "0.4 kg a week × 7,000 kcal/kg" in the user's weight unit. */
function goalWeightText(ctx: CoreContext, kgPerWeek: number, rhoKcalPerKg: number): string {
  const unit = readProfile(ctx.db)?.weightUnit ?? 'kg';
  return `${round(fromKg(kgPerWeek, unit), 2)} ${unit} a week × ${kcal(rhoKcalPerKg / fromKg(1, unit))} kcal/${unit}`;
}

/**
 * The targets domain's plan for one day, when the user has chosen targets for its week (a goal, a
 * check-in or a fixed target); null otherwise. What the food diary's day view shows.
 */
export function planForDay(
  ctx: CoreContext,
  date: string,
): { week: string; basis: 'proposal' | 'checkin' | 'fixed'; day: WeekTargets['days'][number]; note: string; proteinGPerKg: number; weightKg: number | null } | null {
  const pref = weekStartPref(ctx);
  const start = weekStartOf(date, pref);
  const t = weekTargets(ctx, start, weekLabel(start, pref));
  const day = t.days.find((d) => d.date === date);
  // Without a goal, the maintenance proposal and the diary's own energy target are what the diary shows anyway.
  const diaryOnly = t.basis === 'fixed' && fixedFor(ctx.db, start)?.energyKcal == null;
  if (!day || t.basis === 'none' || (!t.goal && (t.basis === 'proposal' || diaryOnly))) return null;
  return { week: t.week, basis: t.basis, day, note: t.note, proteinGPerKg: t.goal?.proteinGPerKg ?? DEFAULT_PROTEIN_G_PER_KG.maintain, weightKg: t.weightKg };
}
