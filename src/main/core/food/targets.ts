// What a day's nutrition targets are computed from: the targets the user set (settings), the energy
// domain's expenditure estimate for the day, and the training domain's sessions of the day. The
// arithmetic is in analysis/nutritionTargets.ts.
import type Database from 'better-sqlite3';
import { DEFAULT_TARGETS, type DayTraining, type ExpenditureEstimate, type TargetSettings } from '../../analysis/nutritionTargets';
import type { CoreContext } from '../context';
import { expenditureOn, sessionsOn } from '../daily/facts';
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
export function expenditureFor(ctx: CoreContext, date: string): ExpenditureEstimate | null {
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
export function trainingFor(ctx: CoreContext, date: string): DayTraining {
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
