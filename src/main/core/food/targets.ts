// What a day's nutrition targets are computed from: the targets domain's plan for the day when the
// user chose targets there (a goal, a check-in, a fixed target); else the targets the user set here
// (settings), the energy domain's expenditure estimate for the day, and the training domain's
// sessions of the day. The arithmetic is in analysis/nutritionTargets.ts and analysis/weeklyTargets.ts.
import type Database from 'better-sqlite3';
import { DEFAULT_TARGETS, dayTargets, type DayTargets, type DayTraining, type ExpenditureEstimate, type TargetSettings, type TargetWeight } from '../../analysis/nutritionTargets';
import type { CoreContext } from '../context';
import { expenditureOn, sessionsOn } from '../daily/facts';
import { planForDay } from '../targets/week';
import { readTargetsSetting, writeTargetsSetting } from './targetsStore';

/** Stored settings carry this version; older ones stored every field on any change. */
const TARGETS_FORMAT = 2;

type Stored = Partial<TargetSettings> & { format?: number };

function readStored(db: Database.Database): Stored {
  const r = readTargetsSetting(db);
  if (!r) return {};
  const stored = JSON.parse(r) as Stored;
  if (stored.format !== TARGETS_FORMAT) {
    // Before format 2 a change of any target wrote all four, so a carbohydrate band equal to the old
    // fixed default (5–7 g/kg) was never chosen: it now follows the training.
    const c = stored.carbsGPerKg;
    if (c && c.min === 5 && c.max === 7) delete stored.carbsGPerKg;
  }
  return stored;
}

/** The targets in force: what the user set, the defaults for the rest. */
export function readTargets(db: Database.Database): TargetSettings {
  const { format: _format, ...stored } = readStored(db);
  return { ...DEFAULT_TARGETS, ...stored };
}

/** Stores the targets the user changed; null for energy or carbohydrate means "follow the data" again. */
export function writeTargets(db: Database.Database, change: Partial<TargetSettings>): TargetSettings {
  const { format: _format, ...stored } = readStored(db);
  const next: Stored = { ...stored, ...change, format: TARGETS_FORMAT };
  for (const k of ['energyKcal', 'carbsGPerKg'] as const) if (next[k] === null) delete next[k];
  writeTargetsSetting(db, JSON.stringify(next));
  return readTargets(db);
}

/**
 * The energy domain's expenditure estimate for the day (the per-day read model's, the number the
 * Energy view shows) — for a day still ahead, today's (there is no intake or weigh-in to learn from
 * yet). Null without a profile or before the first weigh-in.
 */
function expenditureFor(ctx: CoreContext, date: string): ExpenditureEstimate | null {
  const today = ctx.today();
  const asOf = date > today ? today : date;
  const e = expenditureOn(ctx, asOf);
  if (!e) return null;
  const d = e.day;
  return { kcal: d.tdeeKcal, lowKcal: d.lowKcal, highKcal: d.highKcal, adaptive: d.adaptive, formula: e.prior.method, asOf };
}

/**
 * The day's training time, mobility excluded (as the energy domain counts it): sessions done, and
 * on today or a later day the sessions still planned; a plan for a past day that was not done did
 * not happen.
 */
function trainingFor(ctx: CoreContext, date: string): DayTraining {
  const day = sessionsOn(ctx, date);
  let doneMin = 0;
  let plannedMin = 0;
  for (const s of day?.sessions ?? []) {
    if (s.kind === 'mobility') continue;
    if (!s.planned) doneMin += s.minutes;
    else if (date >= ctx.today()) plannedMin += s.minutes;
  }
  return { doneMin, plannedMin };
}

/** Where the day's targets come from when the targets domain planned them. */
export interface DayPlan {
  week: string;
  basis: 'proposal' | 'checkin' | 'fixed';
  reason: string;
}

/**
 * The day view's targets: the targets domain's plan for the day when there is one (which counts an
 * energy target set here as fixed by hand), else the food diary's own targets.
 */
export function targetsForDay(ctx: CoreContext, date: string, weight: TargetWeight): DayTargets & { plan: DayPlan | null } {
  const settings = readTargets(ctx.db);
  const own = dayTargets(settings, weight, expenditureFor(ctx, date), trainingFor(ctx, date));
  const plan = planForDay(ctx, date);
  if (!plan) return { ...own, plan: null };
  const { day } = plan;
  const point = (g: number, source: string) => ({ min: g, max: g, source });
  const source = `planned for ${plan.week} (${plan.basis === 'fixed' ? 'your fixed target' : plan.basis === 'checkin' ? 'your check-in' : 'your goal'})`;
  return {
    energyKcal: day.energyKcal,
    proteinG: point(day.proteinG, source),
    carbsG: point(day.carbsG, source),
    fatG: point(day.fatG, source),
    basis: {
      energy: { kind: 'plan', estimate: own.basis.energy.estimate, note: `Energy ${day.energyKcal.toLocaleString('en-US')} kcal: ${plan.note}` },
      protein: { kind: 'set', band: { min: plan.proteinGPerKg, max: plan.proteinGPerKg }, note: `Protein ${day.proteinG} g, the same every day: ${plan.proteinGPerKg} g/kg × ${plan.weightKg} kg.` },
      carbs: { ...own.basis.carbs, note: `Carbohydrate ${day.carbsG} g: ${day.reason}.` },
      fat: { kind: 'set', band: own.basis.fat.band, note: `Fat ${day.fatG} g: the rest of the day's energy, within 20–35 % of it (IOM 2005).` },
    },
    plan: { week: plan.week, basis: plan.basis, reason: day.reason },
  };
}
