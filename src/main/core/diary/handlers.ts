import { DAILY_VALUES_SOURCE, NUTRIENTS, cleanNumber } from '../../../shared/food/nutrients';
import type { CoreContext } from '../context';
import { ensureFoodDatabase } from '../food/build';
import {
  addEntry,
  addSlot,
  copyEntries,
  dayLog,
  dayNutrition,
  deleteEntry,
  listSlots,
  renameSlot,
  reorderSlots,
  restoreEntry,
  setComplete,
  setFast,
  updateEntry,
} from './diary';
import { readTargets, targetsForDay, writeTargets } from '../food/targets';
import { addDays } from '../../../shared/dates';
import { round } from '../../../shared/units';
import { weightTrend } from '../../analysis/weightTrend';
import type { DomainHandlers } from '../handlerTypes';
import { dailyWeighInsBetween, firstDayWeight } from '../weight/store';
import { readProfile } from '../profile/store';

/**
 * Weigh-ins older than this no longer move the trend: whatever the gaps, each day shrinks an old
 * value's share by 0.9 (α = 1 − 0.9^k over k days), so after 150 days 0.9^150 ≈ 1.4e-7 of it remains.
 */
const TREND_HISTORY_DAYS = 150;

/**
 * The body weight per-kg targets use: the weight trend on the day (science.md §2, carried from the
 * latest weigh-in), computed from the last 150 days of weigh-ins so a 10-year log stays fast.
 */
export function targetWeight(ctx: CoreContext, date: string): { weightKg: number | null; basis: 'trend' | 'weigh-in' | null } {
  const weights = dailyWeighInsBetween(ctx.db, addDays(date, -TREND_HISTORY_DAYS), date);
  const day = weightTrend(weights, date, date)[0];
  if (day?.trendKg != null) return { weightKg: round(day.trendKg, 1), basis: 'trend' };
  // Before the first weigh-in there is no trend yet: use the first weigh-in after it.
  const next = firstDayWeight(ctx.db);
  return next == null ? { weightKg: null, basis: null } : { weightKg: round(next, 1), basis: 'weigh-in' };
}

/** Target less what was eaten, to the gram or kcal; null without a target. */
const left = (target: number | null, eaten: number): number | null => (target === null ? null : Math.round(target - eaten));

export const diaryHandlers: DomainHandlers<
  | 'meal.add'
  | 'meal.update'
  | 'meal.delete'
  | 'meal.restore'
  | 'meal.list'
  | 'meal.copy'
  | 'mealSlot.list'
  | 'mealSlot.rename'
  | 'mealSlot.add'
  | 'mealSlot.reorder'
  | 'day.setComplete'
  | 'day.setFast'
  | 'nutrition.day'
  | 'nutrition.targets'
  | 'nutrition.setTargets'
> = {
  'meal.add': (input, ctx) => {
    if (input.food) ensureFoodDatabase(ctx);
    return addEntry(ctx, input);
  },
  'meal.update': (input, ctx) => {
    ensureFoodDatabase(ctx);
    return updateEntry(ctx, input);
  },
  'meal.delete': (input, ctx) => deleteEntry(ctx, input.id),
  'meal.restore': (input, ctx) => restoreEntry(ctx, input.id),
  'meal.list': (input, ctx) => dayLog(ctx.db, input.date),
  'meal.copy': (input, ctx) => ({ copied: copyEntries(ctx, input) }),
  'mealSlot.list': (_input, ctx) => listSlots(ctx.db),
  'mealSlot.rename': (input, ctx) => renameSlot(ctx.db, input.id, input.name),
  'mealSlot.add': (input, ctx) => addSlot(ctx.db, input.name),
  'mealSlot.reorder': (input, ctx) => reorderSlots(ctx.db, input.ids),
  'day.setComplete': (input, ctx) => setComplete(ctx, input.date, input.complete),
  'day.setFast': (input, ctx) => setFast(ctx, input.date, input.fast),
  'nutrition.day': (input, ctx) => {
    const { status, totals, snapshots: snaps } = dayNutrition(ctx.db, input.date);
    const { weightKg, basis } = targetWeight(ctx, input.date);
    const targets = targetsForDay(ctx, input.date, { kg: weightKg, basis, unit: readProfile(ctx.db)?.weightUnit ?? 'kg' });
    const nutrients = NUTRIENTS.map((n) => {
      let amount: number | null = null;
      let without = 0;
      for (const s of snaps) {
        const v = s[n.key];
        if (v === undefined) without++;
        else amount = cleanNumber((amount ?? 0) + v);
      }
      const dv = n.dailyValue ?? null;
      return {
        key: n.key,
        label: n.label,
        unit: n.unit,
        group: n.group,
        amount,
        entriesWithout: without,
        dailyValue: dv,
        percentDv: dv !== null && amount !== null ? Math.round((amount / dv) * 1000) / 10 : null,
        dvNote: n.dvNote ?? null,
      };
    });
    return {
      date: input.date,
      status,
      totals,
      weightKg,
      weightBasis: basis,
      targets: { energyKcal: targets.energyKcal, proteinG: targets.proteinG, carbsG: targets.carbsG, fatG: targets.fatG },
      targetBasis: targets.basis,
      targetPlan: targets.plan,
      remaining: {
        energyKcal: left(targets.energyKcal, totals.kcal),
        proteinG: left(targets.proteinG?.min ?? null, totals.proteinG),
        carbsG: left(targets.carbsG?.min ?? null, totals.carbsG),
        fatG: left(targets.fatG?.min ?? null, totals.fatG),
      },
      nutrients,
      dailyValuesSource: DAILY_VALUES_SOURCE,
    };
  },
  'nutrition.targets': (_input, ctx) => readTargets(ctx.db),
  'nutrition.setTargets': (input, ctx) => writeTargets(ctx.db, input),
};
