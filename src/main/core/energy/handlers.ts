import type Database from 'better-sqlite3';
import { addDays, dayRange, daysBetween, weekStartOf } from '../../../shared/dates';
import { round } from '../../../shared/units';
import { energyDashboard, type EnergyDashboard } from '../../analysis/energyDashboard';
import { estimateExpenditure, RESUME_LOOKBACK_DAYS, type DailyWeighIn, type ExpenditureEstimate, type FilterCheckpoint } from '../../analysis/expenditureFilter';
import type { EnergyProfile } from '../../analysis/expenditurePrior';
import { sessionLoadAU } from '../../analysis/sessionLoad';
import { UNDER_FUELING_WINDOW_DAYS } from '../../analysis/underFueling';
import type { CoreContext } from '../context';
import type { DailyTraining } from '../../analysis/dailyInputs';
import { capturePolicy, latestCheckpoint, saveCheckpoints } from '../energy/checkpoints';
import { dailyIntake, type FoodDailyIntake } from '../diary/daily';
import { dailyTraining } from '../training/daily';
import { statement } from '../../store/statements';
import { readProfile } from '../profile/store';
import type { DomainHandlers } from '../handlerTypes';
import { defaultRange } from '../range';

/** Daily mean weigh-in and body-fat reading, all history up to `to`. */
function dailyWeighIns(db: Database.Database, to: string): DailyWeighIn[] {
  return statement(db, 'SELECT date, AVG(weight_kg) AS weightKg, AVG(body_fat_pct) AS bodyFatPct FROM weigh_ins WHERE date <= ? GROUP BY date ORDER BY date').all(to) as DailyWeighIn[];
}

/** What the energy dashboard reads: the profile, all weigh-ins up to `to`, and intake and training per day from `historyFrom`. */
export interface EnergyInputs {
  profile: EnergyProfile | null;
  weights: DailyWeighIn[];
  /** First day of `intake` and `training` (one record per day from here to `to`). */
  historyFrom: string;
  /**
   * First day whose training record is complete. Before it (history the filter runs through but
   * nothing shows) records carry sessions and load only: no sleep, no e1RM.
   */
  detailFrom: string;
  intake: FoodDailyIntake[];
  training: DailyTraining[];
  /** The stored filter state the estimate resumes from (then `historyFrom` is 35 days before it), or null. */
  checkpoint: FilterCheckpoint | null;
}

type SessionTuple = [number, string, string, string | null, string, number, number, number | null, number | null, number | null, number | null, number];
// The columns of DailySession, as training's dailyTraining reads them (core/training/daily.ts); its
// session list query (sessionRowsInRange) also counts every session's sets, three times the cost here.
const SESSION_DAYS_SQL = `SELECT id, date, kind, modality, start_time, minutes, rpe, distance_km, elevation_gain_m, elevation_loss_m, avg_hr, planned
  FROM training_sessions WHERE date >= ? AND date <= ? ORDER BY date, start_time, id`;

/**
 * Training days with sessions and load only: what the filter needs from history (exercise energy),
 * without the sleep log and the per-set e1RM work of `dailyTraining` (most of its time over ten
 * years). A unit test holds these records to dailyTraining's (tests/unit/energy-report.test.ts).
 */
function sessionDays(db: Database.Database, from: string, to: string): DailyTraining[] {
  const days = dayRange(from, to).map((date): DailyTraining => ({ date, loadAU: 0, plannedLoadAU: 0, sessions: [], sleepHours: null, e1rmKg: {} }));
  const rows = statement(db, SESSION_DAYS_SQL).raw(true).all(from, to) as SessionTuple[];
  for (const [id, date, kind, modality, start, minutes, rpe, distanceKm, elevationGainM, elevationLossM, avgHr, planned] of rows) {
    const d = days[daysBetween(from, date)];
    d.sessions.push({ id, kind, modality, start, minutes, rpe, distanceKm, elevationGainM, elevationLossM, avgHr, planned: planned === 1 });
    // Foster session-RPE load, summed as dailyTraining sums it.
    if (planned === 1) d.plannedLoadAU += sessionLoadAU(rpe, minutes);
    else d.loadAU += sessionLoadAU(rpe, minutes);
  }
  for (const d of days) {
    d.loadAU = round(d.loadAU, 2);
    d.plannedLoadAU = round(d.plannedLoadAU, 2);
  }
  return days;
}

/**
 * Reads the dashboard's inputs for [from, to]. The filter runs from the first weigh-in ever, so a
 * day's estimate is the same whatever range is asked for. It resumes from the latest stored
 * checkpoint at least 35 days before the first day shown, if any (core/energy/checkpoints.ts), and
 * intake and training are read from 35 days before where it starts (the intake-shift detector looks
 * back that far) — always from at least a week before `from`, so every day of [from, to] is in them
 * (the report reuses them: core/handlers/report.ts). Full training records (sleep, e1RM) are read
 * from the first day the dashboard shows or checks.
 */
export function readEnergyInputs(ctx: CoreContext, from: string, to: string, opts: { checkpoints?: boolean } = {}): EnergyInputs {
  const p = readProfile(ctx.db);
  const profile: EnergyProfile | null = p
    ? { sex: p.sex, birthDate: p.birthDate, heightCm: p.heightCm, activityLevel: p.activityLevel, bodyFatPct: p.bodyFatPct }
    : null;
  const weights = dailyWeighIns(ctx.db, to);
  // The first day the dashboard has a row for: its first week's Monday, or the under-fuelling window's start.
  const detailFrom = [weekStartOf(from, 'monday'), addDays(to, -(UNDER_FUELING_WINDOW_DAYS - 1))].sort()[0];
  const checkpoint =
    profile && weights.length && opts.checkpoints !== false ? latestCheckpoint(ctx.db, addDays(detailFrom, -RESUME_LOOKBACK_DAYS), weights[0].date) : null;
  let historyFrom: string;
  if (checkpoint) historyFrom = addDays(checkpoint.date, -RESUME_LOOKBACK_DAYS);
  else {
    const candidates = [addDays(detailFrom, -7)];
    if (weights.length) candidates.push(addDays(weights[0].date, -RESUME_LOOKBACK_DAYS));
    historyFrom = candidates.sort()[0];
  }
  const training = [...sessionDays(ctx.db, historyFrom, addDays(detailFrom, -1)), ...dailyTraining(ctx.db, detailFrom, to)];
  return { profile, weights, historyFrom, detailFrom, intake: dailyIntake(ctx.db, historyFrom, to), training, checkpoint };
}

/**
 * The energy dashboard over [from, to], from inputs already read (or read here). The filter run
 * captures new checkpoints (old month starts) and stores them for the next call.
 */
export function computeEnergyDashboard(ctx: CoreContext, from: string, to: string, inputs: EnergyInputs = readEnergyInputs(ctx, from, to)): EnergyDashboard {
  const { profile, weights, intake, training, checkpoint } = inputs;
  let estimate: ExpenditureEstimate | null = null;
  if (profile) {
    estimate = estimateExpenditure({ profile, weights, intake, training }, to, {}, { resume: checkpoint ?? undefined, capture: capturePolicy(ctx.db, to) });
    saveCheckpoints(ctx.db, estimate.checkpoints);
  }
  return energyDashboard({ profile, weights, intake, training, from, to, estimate, intakeDaysBefore: checkpoint?.intakeDaysBefore ?? 0 });
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
