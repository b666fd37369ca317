// Everything the Energy view and the report need, from the per-day records of the other domains
// (dailyInputs.ts), the daily weigh-ins and the profile. Pure: no database, no clock.
import type { EnergyDashboard, EnergyDay, EnergyWeek } from '../../shared/contract/energy';
import { addDays, dayRange, daysBetween, weekLabel, weekStartOf } from '../../shared/dates';
import type { DailyIntake, DailyTraining } from './dailyInputs';
import { energyAvailability, fatFreeMass } from './energyFormulas';
import { dailyExerciseEnergy, dailyTrainingMinutes } from './exerciseEnergy';
import { estimateExpenditure, type DailyWeighIn, type ExpenditureDay, type ExpenditureEstimate, type FilterOptions } from './expenditureFilter';
import type { EnergyProfile, FormulaPrior } from './expenditurePrior';
import { UNDER_FUELING_WINDOW_DAYS, underFuelingCheck, type FuelingDay } from './underFueling';
import { classifyIntake, counts } from './underFuelingLogging';
import type { WeightUnit } from '../../shared/units';
import { weightTrend } from './weightTrend';

// The output types are the contract's (src/shared/contract/energy.ts), stated once there.
export type { EnergyDashboard };

export interface EnergyDashboardInput {
  profile: EnergyProfile | null;
  /** Daily mean weigh-ins, ALL history up to `to` (the trend and the filter start at the first one). */
  weights: DailyWeighIn[];
  /** Per-day intake and training, from the first weigh-in (minus a few weeks) to `to`. */
  intake: DailyIntake[];
  training: DailyTraining[];
  from: string;
  to: string;
  filterOptions?: Partial<FilterOptions>;
  /**
   * The expenditure estimate when the caller ran the filter itself (e.g. resumed from a checkpoint);
   * it must reach back to the first day shown. Computed here when absent.
   */
  estimate?: ExpenditureEstimate | null;
  /** Logged intake days before the first `intake` record (a resumed estimate's FilterCheckpoint.intakeDaysBefore). */
  intakeDaysBefore?: number;
  /** The day it is: days from here on are not over (provisional). Without it no day is. */
  today?: string | null;
  /** The unit the verdict's messages use. */
  weightUnit?: WeightUnit;
  /** The first day of the weekly table's weeks (the profile's week start); Monday when absent. */
  weekStart?: 'monday' | 'sunday';
}

/**
 * Records by day counted from `start`: `at(i, date)` is the record of day start + i. Straight by index
 * when the records are consecutive days in order (the per-day read model's always are), else by date.
 */
function byDayFrom<T extends { date: string }>(records: T[], start: string): (i: number, date: string) => T | undefined {
  const n = records.length;
  let consecutive = n > 0 && daysBetween(records[0].date, records[n - 1].date) === n - 1;
  for (let k = 1; consecutive && k < n; k++) consecutive = records[k - 1].date < records[k].date;
  if (consecutive) {
    const offset = daysBetween(records[0].date, start);
    return (i) => records[i + offset];
  }
  const byDate = new Map(records.map((d) => [d.date, d]));
  return (_i, date) => byDate.get(date);
}

const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

export function energyDashboard(input: EnergyDashboardInput): EnergyDashboard {
  const { profile, from, to } = input;
  const windowFrom = addDays(to, -(UNDER_FUELING_WINDOW_DAYS - 1));
  const weekStart = input.weekStart ?? 'monday';
  const firstWeekDay = weekStartOf(from, weekStart);
  const start = [firstWeekDay, windowFrom, from].sort()[0];

  const intakeOn = byDayFrom(input.intake, start);
  const trainingOn = byDayFrom(input.training, start);
  const bodyFatReadings = input.weights.filter((w) => w.bodyFatPct != null && w.date <= to).sort((a, b) => (a.date < b.date ? -1 : 1));

  const estimate =
    input.estimate !== undefined
      ? input.estimate
      : profile
        ? estimateExpenditure({ profile, weights: input.weights, intake: input.intake, training: input.training, today: input.today }, to, input.filterOptions)
        : null;
  // The estimate's days are consecutive from its first day: row i is estimate day i + estOffset.
  const estOffset = estimate?.from ? daysBetween(estimate.from, start) : 0;
  const estAt = (i: number): ExpenditureDay | undefined => (estimate ? estimate.days[i + estOffset] : undefined);

  // Trend from the day before the first shown week (its start value).
  const trend = weightTrend(input.weights, addDays(start, -1), to);
  const trendAt = (i: number): number | null => trend[i + 1]?.trendKg ?? null; // trend[0] is the day before `start`

  const dates = dayRange(start, to);
  // Which days count is the filter's decision where it ran (the same one it fed itself with); before
  // its first day there is no estimate to find a day partly logged by.
  const statusOn = (i: number, date: string) => {
    const d = intakeOn(i, date);
    return estAt(i)?.intakeStatus ?? (d ? classifyIntake(d, null, input.today ?? null) : 'missing');
  };
  // Counted intake from 6 days before `start`, for the 7-day average.
  const countedOn = (i: number, date: string): number | null => {
    const d = intakeOn(i, date);
    return d && counts(statusOn(i, date)) ? d.intakeKcal : null;
  };
  const intake7 = [...dayRange(addDays(start, -6), addDays(start, -1)).map((d, k) => countedOn(k - 6, d)), ...dates.map((d, i) => countedOn(i, d))];
  let bfIdx = 0;
  let bodyFat: number | null = profile?.bodyFatPct ?? null;
  let sum7 = 0;
  let n7 = 0;
  for (let k = 0; k < 6; k++) if (intake7[k] != null) (sum7 += intake7[k] as number), (n7 += 1);
  const rows: EnergyDay[] = [];
  for (let i = 0; i < dates.length; i++) {
    const date = dates[i];
    while (bfIdx < bodyFatReadings.length && bodyFatReadings[bfIdx].date <= date) bodyFat = bodyFatReadings[bfIdx++].bodyFatPct ?? bodyFat;
    const intake = intakeOn(i, date);
    const training = trainingOn(i, date);
    const est = estAt(i);
    const trendKg = trendAt(i);
    const bodyKg = trendKg ?? est?.weightEstimateKg ?? null;
    const exerciseKcal = est ? est.exerciseKcal : bodyKg != null ? dailyExerciseEnergy(training, bodyKg).kcal : null;
    const ffm = profile && bodyKg != null ? fatFreeMass(profile.sex, bodyKg, profile.heightCm, bodyFat) : null;
    const intakeKcal = intake?.intakeKcal ?? null;
    const intakeStatus = statusOn(i, date);
    // Provisional and partly logged days show what was logged but feed no average.
    const countedKcal = counts(intakeStatus) ? intakeKcal : null;
    // Sliding 7-day window over intake7[i … i + 6].
    const entering = intake7[i + 6];
    if (entering != null) (sum7 += entering), (n7 += 1);
    if (i > 0 && intake7[i - 1] != null) (sum7 -= intake7[i - 1] as number), (n7 -= 1);
    rows.push({
      date,
      intakeKcal,
      intakeStatus,
      proteinG: intakeKcal != null ? (intake?.proteinG ?? null) : null,
      carbsG: intakeKcal != null ? (intake?.carbsG ?? null) : null,
      fatG: intakeKcal != null ? (intake?.fatG ?? null) : null,
      intake7dAvgKcal: n7 >= 4 ? sum7 / n7 : null,
      tdeeKcal: est?.tdeeKcal ?? null,
      tdeeLowKcal: est?.lowKcal ?? null,
      tdeeHighKcal: est?.highKcal ?? null,
      tdeeAdaptive: est?.adaptive ?? false,
      balanceKcal: est && countedKcal != null ? countedKcal - est.tdeeKcal : null,
      exerciseKcal,
      trainingMin: dailyTrainingMinutes(training),
      weightKg: trend[i + 1]?.weightKg ?? null,
      trendKg,
      weightChangeKgPerWeek: est?.weightChangeKgPerWeek ?? null,
      ffmKg: ffm?.ffmKg ?? null,
      ffmEstimated: ffm?.estimated ?? false,
      eaKcalPerKgFfm: ffm && countedKcal != null && exerciseKcal != null ? energyAvailability(countedKcal, exerciseKcal, ffm.ffmKg) : null,
      sleepHours: training?.sleepHours ?? null,
    });
  }

  const firstShown = daysBetween(start, from);
  const days = rows.slice(firstShown);

  // Weeks touching [from, to] from the week start: rows are consecutive days, so a week is a slice.
  const weeks: EnergyWeek[] = [];
  for (let m = daysBetween(start, firstWeekDay); m < rows.length; m += 7) {
    const weekFrom = rows[m].date;
    const weekTo = addDays(weekFrom, 6);
    const inWeek = rows.slice(m, m + 7);
    const logged = inWeek.filter((r) => r.intakeKcal != null && counts(r.intakeStatus));
    const startTrend = trendAt(m - 1);
    const endTrend = inWeek[inWeek.length - 1].trendKg;
    weeks.push({
      week: weekLabel(weekFrom, weekStart),
      from: weekFrom,
      to: weekTo,
      intakeKcalAvg: mean(logged.map((r) => r.intakeKcal as number)),
      tdeeKcalAvg: mean(inWeek.filter((r) => r.tdeeKcal != null).map((r) => r.tdeeKcal as number)),
      balanceKcalAvg: mean(logged.filter((r) => r.balanceKcal != null).map((r) => r.balanceKcal as number)),
      weightChangePct: startTrend != null && endTrend != null ? ((endTrend - startTrend) / startTrend) * 100 : null,
      eaKcalPerKgFfmAvg: mean(logged.filter((r) => r.eaKcalPerKgFfm != null).map((r) => r.eaKcalPerKgFfm as number)),
      intakeDays: logged.length,
      partial: weekTo > to || startTrend == null,
    });
  }

  const windowAt = daysBetween(start, windowFrom);
  const windowRows = rows.slice(windowAt);
  const fueling: FuelingDay[] = windowRows.map((r, k) => ({
    date: r.date,
    intakeKcal: r.intakeKcal,
    intakeStatus: r.intakeStatus,
    tdeeAdaptive: r.tdeeAdaptive,
    // What size and logged training predict: the formula prior's base plus the day's exercise.
    predictedKcal: estimate?.prior && r.exerciseKcal != null ? estimate.prior.baseKcal + r.exerciseKcal : null,
    proteinG: r.proteinG,
    carbsG: r.carbsG,
    tdeeKcal: r.tdeeKcal,
    exerciseKcal: r.exerciseKcal ?? 0,
    eaKcalPerKgFfm: r.eaKcalPerKgFfm,
    weighedIn: r.weightKg != null,
    trendKg: r.trendKg,
    sleepHours: r.sleepHours,
    trainingMin: r.trainingMin,
    e1rmKg: trainingOn(k + windowAt, r.date)?.e1rmKg ?? {},
  }));
  const last = rows[rows.length - 1];
  const underFueling = underFuelingCheck({
    days: fueling,
    trendBeforeKg: trendAt(daysBetween(start, windowFrom) - 1),
    ffmKg: last?.ffmKg ?? null,
    ffmEstimated: last?.ffmEstimated ?? false,
    rhoKcalPerKg: estimate?.days[estimate.days.length - 1]?.rhoKcalPerKg ?? null,
    weightUnit: input.weightUnit,
  });

  const lastEst = estimate?.days[estimate.days.length - 1];
  return {
    from,
    to,
    dataStatus: {
      profile: profile != null,
      weighIns: input.weights.filter((w) => w.weightKg != null && w.date <= to).length,
      intakeDays: (input.intakeDaysBefore ?? 0) + input.intake.filter((d) => d.intakeKcal != null && d.date <= to).length,
    },
    prior: estimate?.prior ?? null,
    estimateStart: estimate?.start ?? null,
    days,
    weeks,
    underFueling,
    latest: {
      tdeeKcal: lastEst?.tdeeKcal ?? null,
      tdeeLowKcal: lastEst?.lowKcal ?? null,
      tdeeHighKcal: lastEst?.highKcal ?? null,
      adaptive: lastEst?.adaptive ?? false,
      baseKcal: lastEst?.baseKcal ?? null,
      rhoKcalPerKg: lastEst?.rhoKcalPerKg ?? null,
      ffmKg: last?.ffmKg ?? null,
      ffmEstimated: last?.ffmEstimated ?? false,
    },
  };
}
