// Which logged days count, and whether the food log can be true at all (science.md §2, §4).
// A day still going on is provisional; a past day nobody confirmed whose logged intake is under half
// the expenditure estimate "looks partly logged" (a forgotten dinner, not a fast). Both are shown and
// left out until marked complete. Over the window, a log that the scale contradicts (for weeks the
// learned expenditure far below what size and training predict, or energy availability reading low
// while weight holds) is most likely under-reported, so intake-based alarms are not raised from it.
import type { EnergyDay, UnderFueling } from '../../shared/contract/energy';
import { perMassText, type WeightUnit } from '../../shared/units';
import { fmt, mean, UNDER_REPORTING_SOURCE } from './underFuelingText';

export type IntakeStatus = EnergyDay['intakeStatus'];

/** Under this share of the day's expenditure estimate, an unconfirmed past day looks partly logged. */
export const PARTIAL_DAY_SHARE = 0.5;
/**
 * The learned expenditure is "far below" the prediction under this share of it: two of the formula
 * prior's standard deviations (±12 %, expenditurePrior.ts) below.
 */
export const IMPLAUSIBLE_TDEE_SHARE = 0.76;
/** Days of the window on which the learned expenditure must sit that far below ("for weeks"). */
export const IMPLAUSIBLE_TDEE_DAYS = 14;
/** Energy availability under this (the low band) while the trend loses less than FLAT_RATE is implausible. */
export const IMPLAUSIBLE_EA = 30;
/** %BW/wk: a loss slower than this counts as weight holding steady. */
export const FLAT_RATE = 0.1;

/**
 * A logged day's status. `confirmed`: the user marked it complete (or a fast). `tdeeKcal`: the
 * expenditure expected for the day — the expenditure filter judges each day by the estimate it carried
 * from the day before (expenditureFilter.ts), and every analysis takes the filter's status. `today`:
 * the day the analysis runs on; a day on or after it is not over.
 */
export function classifyIntake(day: { date: string; intakeKcal: number | null; complete: boolean | null; fast: boolean; confirmed?: boolean }, tdeeKcal: number | null, today: string | null): IntakeStatus {
  if (day.fast) return 'fast';
  if (day.intakeKcal == null) return day.complete === false ? 'incomplete' : 'missing';
  if (day.confirmed) return 'complete';
  if (today != null && day.date >= today) return 'provisional';
  if (tdeeKcal != null && day.intakeKcal < PARTIAL_DAY_SHARE * tdeeKcal) return 'partial';
  return 'complete';
}

/** Counted by every analysis: complete days and fasts. */
export const counts = (s: IntakeStatus): boolean => s === 'complete' || s === 'fast';

export interface LoggingDay {
  intakeStatus: IntakeStatus;
  tdeeKcal: number | null;
  tdeeAdaptive: boolean;
  /** What size and logged training predict (the formula prior's base + the day's exercise), kcal. */
  predictedKcal: number | null;
}

/**
 * The window's logging. `eaMean`: mean energy availability of the counted days; `lossRate`: the
 * trend's loss, %BW/wk (negative: gaining); null when unknown.
 */
export function assessLogging(days: LoggingDay[], eaMean: number | null, lossRate: number | null, unit: WeightUnit): UnderFueling['logging'] {
  const completeDays = days.filter((d) => counts(d.intakeStatus)).length;
  const partialDays = days.filter((d) => d.intakeStatus === 'partial').length;
  const provisionalDays = days.filter((d) => d.intakeStatus === 'provisional').length;
  const learned = days.filter((d) => d.tdeeAdaptive && d.tdeeKcal != null && d.predictedKcal != null);
  const farBelow = learned.filter((d) => (d.tdeeKcal as number) < IMPLAUSIBLE_TDEE_SHARE * (d.predictedKcal as number));
  const why: string[] = [];
  if (farBelow.length >= IMPLAUSIBLE_TDEE_DAYS) {
    const tdee = mean(farBelow.map((d) => d.tdeeKcal as number));
    const predicted = mean(farBelow.map((d) => d.predictedKcal as number));
    why.push(
      `on ${farBelow.length} days the expenditure learned from your log (about ${fmt(tdee)} kcal/day) sat far below what your size and logged training predict (about ${fmt(predicted)} kcal/day)`,
    );
  }
  if (eaMean != null && eaMean < IMPLAUSIBLE_EA && lossRate != null && lossRate < FLAT_RATE) {
    why.push(`food energy left after training reads ${perMassText([eaMean], 'kcal', unit, 1)} of fat-free mass while your weight is ${lossRate <= -FLAT_RATE ? 'rising' : 'holding steady'} — eating that little, it would be falling`);
  }
  const suspect = why.length > 0;
  return {
    completeDays,
    partialDays,
    provisionalDays,
    suspectUnderLogging: suspect,
    message: suspect
      ? `Your food log looks incomplete: ${why.join('; and ')}. Leaving food out is the usual cause — athletes’ logs miss about a fifth of what they eat on average (${UNDER_REPORTING_SOURCE}). Log everything for a week (drinks, oils, snacks) or mark partly logged days incomplete; until then the intake-based checks are not judged.`
      : null,
  };
}
