// What a day's nutrition targets are computed from: the targets the user set (settings), the energy
// domain's expenditure estimate for the day, and the training domain's sessions of the day. The
// arithmetic is in analysis/nutritionTargets.ts.
import type Database from 'better-sqlite3';
import { addDays } from '../../../shared/dates';
import { DEFAULT_TARGETS, type DayTraining, type ExpenditureEstimate, type TargetSettings } from '../../analysis/nutritionTargets';
import type { CoreContext } from '../context';
import { computeEnergyDashboard } from '../energy/handlers';
import { readProfile } from '../profile/store';
import { dailyTraining } from '../training/daily';

const TARGETS_KEY = 'nutrition.targets';
/** Stored settings carry this version; older ones stored every field on any change. */
const TARGETS_FORMAT = 2;

type Stored = Partial<TargetSettings> & { format?: number };

function readStored(db: Database.Database): Stored {
  const r = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(TARGETS_KEY) as string | undefined;
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
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(TARGETS_KEY, JSON.stringify(next));
  return readTargets(db);
}

// The expenditure estimate runs a filter over all history (tens of ms for ten years). The filter is
// causal — a day's estimate uses data up to that day only — so one run answers every day of a
// window: keep the answers for the days around the one asked (paging through the diary) until
// anything in the database changes (this connection's total_changes(), another's data_version).
const WINDOW_BEFORE = 90;
const WINDOW_AFTER = 30;
const estimates = new WeakMap<Database.Database, { key: string; byDay: Map<string, ExpenditureEstimate | null> }>();

/**
 * The energy domain's expenditure estimate for the day — for a day still ahead, today's (there is no
 * intake or weigh-in to learn from yet). Null without a profile or before the first weigh-in.
 */
export function expenditureFor(ctx: CoreContext, date: string): ExpenditureEstimate | null {
  if (!readProfile(ctx.db)) return null;
  const today = ctx.today();
  const asOf = date > today ? today : date;
  const key = `${ctx.db.pragma('data_version', { simple: true })}:${ctx.db.prepare('SELECT total_changes()').pluck().get()}`;
  let cache = estimates.get(ctx.db);
  if (!cache || cache.key !== key) {
    cache = { key, byDay: new Map() };
    estimates.set(ctx.db, cache);
  }
  if (!cache.byDay.has(asOf)) {
    const to = [addDays(asOf, WINDOW_AFTER), today].sort()[0];
    const dash = computeEnergyDashboard(ctx, addDays(asOf, -WINDOW_BEFORE), to);
    const formula = dash.prior?.method ?? null;
    for (const d of dash.days) {
      cache.byDay.set(
        d.date,
        d.tdeeKcal == null ? null : { kcal: d.tdeeKcal, lowKcal: d.tdeeLowKcal, highKcal: d.tdeeHighKcal, adaptive: d.tdeeAdaptive, formula, asOf: d.date },
      );
    }
    if (!cache.byDay.has(asOf)) cache.byDay.set(asOf, null);
  }
  return cache.byDay.get(asOf)!;
}

/**
 * The day's training time, mobility excluded (as the energy domain counts it): sessions done, and
 * on today or a later day the sessions still planned; a plan for a past day that was not done did
 * not happen.
 */
export function trainingFor(ctx: CoreContext, date: string): DayTraining {
  const day = dailyTraining(ctx.db, date, date)[0];
  let doneMin = 0;
  let plannedMin = 0;
  for (const s of day?.sessions ?? []) {
    if (s.kind === 'mobility') continue;
    if (!s.planned) doneMin += s.minutes;
    else if (date >= ctx.today()) plannedMin += s.minutes;
  }
  return { doneMin, plannedMin };
}
