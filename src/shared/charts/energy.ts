// The data of the Energy view's charts and weekly table, from the `energy.dashboard` result. Pure:
// the Svelte component only draws what this returns (and tests assert on it).
import type { EnergyDashboard, EnergyDay, EnergyWeek } from '../contract/energy';
import { addDays, dayRange } from '../dates';
import { fromKg, KG_PER_LB, round, roundOrNull, type WeightUnit } from '../units';

export type EnergyRange = 'week' | 'month' | 'quarter';
export const RANGE_DAYS: Record<EnergyRange, number> = { week: 7, month: 30, quarter: 91 };

/** The dates a range shows, ending at `to`. */
export function rangeDates(range: EnergyRange, to: string): { from: string; to: string } {
  return { from: addDays(to, -(RANGE_DAYS[range] - 1)), to };
}

type IntakeBarStatus = EnergyDay['intakeStatus'];

export interface DayMarker {
  index: number;
  date: string;
  status: Exclude<IntakeBarStatus, 'complete'>;
  /** Tooltip text: why this day has no (or a zero) bar. */
  label: string;
}

export interface EnergyChartSeries {
  range: EnergyRange;
  from: string;
  to: string;
  labels: string[];
  /** Logged intake per day (null: not counted). */
  intakeKcal: (number | null)[];
  intakeStatus: IntakeBarStatus[];
  /** Days drawn differently: missing and incomplete days (left out), fasts (counted as 0). */
  markers: DayMarker[];
  /** Height of a marker bar, kcal (a small fixed share of the axis so it is visible but not data). */
  markerKcal: number;
  intake7dAvgKcal: (number | null)[];
  tdeeKcal: (number | null)[];
  tdeeLowKcal: (number | null)[];
  tdeeHighKcal: (number | null)[];
  exerciseKcal: (number | null)[];
  eaKcalPerKgFfm: (number | null)[];
  weightUnit: WeightUnit;
  /** Weigh-ins and the trend, in the user's unit. */
  scaleWeight: (number | null)[];
  trendWeight: (number | null)[];
  /** The kcal axis (from 0, bars must not be cut off). */
  kcalAxis: { min: number; max: number };
  /** Nothing to draw in this range. */
  empty: boolean;
  /** What the user can do to fill it (empty state). */
  emptySteps: string[];
}

export const MARKER_LABELS: Record<DayMarker['status'], string> = {
  missing: 'Nothing logged — missing, not counted as zero',
  incomplete: 'Marked incomplete — left out of every average',
  fast: 'Fast — counted as 0 kcal',
  provisional: 'Today (or not over) — shown, counted once the day is over or marked complete',
  partial: 'Looks partly logged (under half the expenditure estimate) — left out until marked complete',
};

const roundTo = roundOrNull;

export function energyChartSeries(dash: EnergyDashboard, range: EnergyRange, weightUnit: WeightUnit): EnergyChartSeries {
  const { from, to } = rangeDates(range, dash.to);
  const byDate = new Map(dash.days.map((d) => [d.date, d]));
  const labels = dayRange(from, to);
  const rows = labels.map((date) => byDate.get(date));
  const pick = (f: (d: EnergyDay) => number | null, digits = 0) => rows.map((d) => (d ? roundTo(f(d), digits) : null));

  const intakeKcal = pick((d) => d.intakeKcal);
  const tdeeLowKcal = pick((d) => d.tdeeLowKcal);
  const tdeeHighKcal = pick((d) => d.tdeeHighKcal);
  const values = [...intakeKcal, ...tdeeHighKcal].filter((v): v is number => v != null);
  const top = values.length ? Math.max(...values) : 3000;
  const max = Math.ceil((top * 1.08) / 500) * 500;
  const markerKcal = Math.round(max * 0.04);
  const intakeStatus = rows.map((d) => d?.intakeStatus ?? 'missing');
  const markers: DayMarker[] = [];
  intakeStatus.forEach((status, index) => {
    if (status !== 'complete') markers.push({ index, date: labels[index], status, label: MARKER_LABELS[status] });
  });

  const scaleWeight = pick((d) => (d.weightKg == null ? null : fromKg(d.weightKg, weightUnit)), 1);
  const trendWeight = pick((d) => (d.trendKg == null ? null : fromKg(d.trendKg, weightUnit)), 2);
  const tdeeKcal = pick((d) => d.tdeeKcal);
  const hasData = rows.some((d) => d && (d.intakeKcal != null || d.weightKg != null || d.intakeStatus === 'fast'));

  const emptySteps: string[] = [];
  if (!dash.dataStatus.profile) emptySteps.push('Set up your profile (sex, birth date, height, activity level): the starting estimate of expenditure comes from it.');
  if (dash.dataStatus.weighIns === 0) emptySteps.push('Log your weight most mornings: the estimate learns from how your weight moves.');
  if (dash.dataStatus.intakeDays === 0) emptySteps.push('Log what you eat in the food diary; mark a day incomplete if you missed something — it is then left out, never counted as zero.');
  if (!hasData && emptySteps.length === 0) emptySteps.push('No intake or weigh-ins in this range: pick another range or log some days.');

  return {
    range,
    from,
    to,
    labels,
    intakeKcal,
    intakeStatus,
    markers,
    markerKcal,
    intake7dAvgKcal: pick((d) => d.intake7dAvgKcal),
    tdeeKcal,
    tdeeLowKcal,
    tdeeHighKcal,
    exerciseKcal: pick((d) => d.exerciseKcal),
    eaKcalPerKgFfm: pick((d) => d.eaKcalPerKgFfm, 1),
    weightUnit,
    scaleWeight,
    trendWeight,
    // Bars start at zero: a cut-off axis would exaggerate day-to-day differences.
    kcalAxis: { min: 0, max },
    empty: !hasData,
    emptySteps,
  };
}

/** A week of the dashboard, its values rounded as shown, and the display strings. */
export interface WeekRow extends EnergyWeek {
  /** Display strings (— for none). */
  text: { intake: string; tdee: string; balance: string; weightChange: string; ea: string };
}

const fmtInt = (v: number | null): string => (v == null ? '—' : Math.round(v).toLocaleString('en-US').replace('-', '−'));
const fmtSigned = (v: number | null, digits: number, suffix = ''): string => {
  if (v == null) return '—';
  const r = v.toFixed(digits);
  const zero = Number(r) === 0;
  return `${zero ? '' : v > 0 ? '+' : '−'}${Math.abs(Number(r)).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })}${suffix}`;
};

/** Energy left after training (kcal per kg of lean mass a day) as shown: per lb for lb users, one decimal. */
export const eaText = (perKg: number | null, weightUnit: WeightUnit): string => (perKg == null ? '—' : (weightUnit === 'lb' ? perKg * KG_PER_LB : perKg).toFixed(1));

/** The weekly table for the weeks that overlap the shown range, newest first; energy left after training per kg or per lb of lean mass. */
export function energyWeekRows(weeks: EnergyWeek[], from: string, to: string, weightUnit: WeightUnit = 'kg'): WeekRow[] {
  return weeks
    .filter((w) => w.to >= from && w.from <= to)
    .map((w) => ({
      ...w,
      intakeKcalAvg: roundTo(w.intakeKcalAvg, 0),
      tdeeKcalAvg: roundTo(w.tdeeKcalAvg, 0),
      balanceKcalAvg: roundTo(w.balanceKcalAvg, 0),
      weightChangePct: roundTo(w.weightChangePct, 2),
      eaKcalPerKgFfmAvg: roundTo(w.eaKcalPerKgFfmAvg, 1),
      text: {
        intake: fmtInt(w.intakeKcalAvg),
        tdee: fmtInt(w.tdeeKcalAvg),
        balance: fmtSigned(w.balanceKcalAvg == null ? null : Math.round(w.balanceKcalAvg), 0),
        weightChange: fmtSigned(w.weightChangePct, 2, ' %'),
        ea: eaText(w.eaKcalPerKgFfmAvg, weightUnit),
      },
    }))
    .reverse();
}
