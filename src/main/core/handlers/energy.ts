import type Database from 'better-sqlite3';
import { addDays, weekStartOf } from '../../../shared/dates';
import { round } from '../../../shared/units';
import { energyDashboard, type EnergyDashboard } from '../../analysis/energyDashboard';
import type { DailyWeighIn } from '../../analysis/expenditureFilter';
import type { EnergyProfile } from '../../analysis/expenditurePrior';
import type { CoreContext } from '../context';
import type { DailyTraining } from '../dailyInputs';
import { dailyIntake, type FoodDailyIntake } from '../food/daily';
import { dailyTraining } from '../training/daily';
import { readProfile } from './profile';
import type { DomainHandlers } from './types';
import { defaultRange } from './weight';

/** Daily mean weigh-in and body-fat reading, all history up to `to`. */
function dailyWeighIns(db: Database.Database, to: string): DailyWeighIn[] {
  return db
    .prepare('SELECT date, AVG(weight_kg) AS weightKg, AVG(body_fat_pct) AS bodyFatPct FROM weigh_ins WHERE date <= ? GROUP BY date ORDER BY date')
    .all(to) as DailyWeighIn[];
}

/** What the energy dashboard reads: the profile, all weigh-ins up to `to`, and intake and training per day from `historyFrom`. */
export interface EnergyInputs {
  profile: EnergyProfile | null;
  weights: DailyWeighIn[];
  /** First day of `intake` and `training` (one record per day from here to `to`). */
  historyFrom: string;
  intake: FoodDailyIntake[];
  training: DailyTraining[];
}

/**
 * Reads the dashboard's inputs for [from, to]. The filter runs from the first weigh-in ever, so a
 * day's estimate is the same whatever range is asked for; intake and training are read from five
 * weeks before it (the intake-shift detector looks back that far), and always from at least a week
 * before `from`, so every day of [from, to] is in them (the report reuses them: core/handlers/report.ts).
 */
export function readEnergyInputs(ctx: CoreContext, from: string, to: string): EnergyInputs {
  const p = readProfile(ctx.db);
  const profile: EnergyProfile | null = p
    ? { sex: p.sex, birthDate: p.birthDate, heightCm: p.heightCm, activityLevel: p.activityLevel, bodyFatPct: p.bodyFatPct }
    : null;
  const weights = dailyWeighIns(ctx.db, to);
  const earliestShown = [weekStartOf(from, 'monday'), addDays(to, -27)].sort()[0];
  const candidates = [addDays(earliestShown, -7)];
  if (weights.length) candidates.push(addDays(weights[0].date, -35));
  const historyFrom = candidates.sort()[0];
  return { profile, weights, historyFrom, intake: dailyIntake(ctx.db, historyFrom, to), training: dailyTraining(ctx.db, historyFrom, to) };
}

/** The energy dashboard over [from, to], from inputs already read (or read here). */
export function computeEnergyDashboard(ctx: CoreContext, from: string, to: string, inputs: EnergyInputs = readEnergyInputs(ctx, from, to)): EnergyDashboard {
  return energyDashboard({ profile: inputs.profile, weights: inputs.weights, intake: inputs.intake, training: inputs.training, from, to });
}

export const energyHandlers: DomainHandlers<'energy.dashboard'> = {
  'energy.dashboard': (input, ctx) => {
    const { from, to } = defaultRange(ctx, input, 28);
    return computeEnergyDashboard(ctx, from, to);
  },
};

const r = (v: number | null | undefined, digits: number): number | null => (v == null ? null : round(v, digits));

/** The energy domain's part of the report (issue 5 point 6), rounded as shown. */
export function energyReport(dash: EnergyDashboard) {
  const byDay = new Map(dash.days.map((d) => [d.date, d]));
  return {
    day(date: string) {
      const d = byDay.get(date);
      return {
        tdeeKcal: r(d?.tdeeKcal, 0),
        tdeeLowKcal: r(d?.tdeeLowKcal, 0),
        tdeeHighKcal: r(d?.tdeeHighKcal, 0),
        eaKcalPerKgFfm: r(d?.eaKcalPerKgFfm, 1),
      };
    },
    weeks: dash.weeks.map((w) => ({
      week: w.week,
      intakeKcalAvg: r(w.intakeKcalAvg, 0),
      tdeeKcalAvg: r(w.tdeeKcalAvg, 0),
      balanceKcalAvg: r(w.balanceKcalAvg, 0),
      weightChangePct: r(w.weightChangePct, 2),
    })),
    underFueling: dash.underFueling,
  };
}
