// The weight chart's data, computed once here so the Svelte component only draws it and a unit test
// (and the e2e suite, through the chart's `data-series` attribute) can check exactly what is shown.
// Input is metric (kg, from the core); output is in the user's display unit — the one edge where
// weights are converted.
import { addDays } from '../dates';
import { fromKg, round, type WeightUnit } from '../units';

export type WeightRange = 'week' | 'month' | 'quarter' | 'year' | 'all';

export const WEIGHT_RANGES: readonly { id: WeightRange; label: string; days: number | null }[] = [
  { id: 'week', label: 'Week', days: 7 },
  { id: 'month', label: 'Month', days: 30 },
  { id: 'quarter', label: '3 months', days: 91 },
  { id: 'year', label: 'Year', days: 365 },
  { id: 'all', label: 'All', days: null },
];

/** Shortest span "All" shows, so a brand-new log still gets a readable axis. */
const MIN_ALL_DAYS = 7;

/**
 * The days a range covers, ending today. "All" starts at the first weigh-in (weigh-ins are never in
 * the future, so today is always the end).
 */
export function weightRangeBounds(range: WeightRange, today: string, firstWeighIn: string | null): { from: string; to: string } {
  const def = WEIGHT_RANGES.find((r) => r.id === range) ?? WEIGHT_RANGES[1];
  if (def.days === null) {
    const earliest = addDays(today, -(MIN_ALL_DAYS - 1));
    return { from: firstWeighIn && firstWeighIn < earliest ? firstWeighIn : earliest, to: today };
  }
  return { from: addDays(today, -(def.days - 1)), to: today };
}

export interface WeightChartDay {
  date: string;
  /** Mean of the day's weigh-ins (kg), null when none. */
  weightKg: number | null;
  /** Hacker's Diet trend (kg), null before the first weigh-in. */
  trendKg: number | null;
}

export interface WeightChartInput {
  /** One record per day of the range, any order (weight.trend's `days`). */
  days: WeightChartDay[];
  /** Dates of the individual weigh-ins in the range (several per day allowed), for the counts. */
  weighInDates?: string[];
  unit: WeightUnit;
  /** Above this many points, days are grouped into buckets (a 10-year range stays readable and fast). */
  maxPoints?: number;
}

interface WeightPoint {
  /** Day the point is drawn at: the day, or the last day of its bucket when grouped ("week ending …"). */
  date: string;
  /** Mean weight, display unit, 2 decimals. */
  value: number;
  /** Weigh-ins behind this point. */
  count: number;
  /** The bucket's first and last day (equal when daily). */
  from: string;
  to: string;
}

export interface WeightChartSeries {
  unit: WeightUnit;
  from: string;
  to: string;
  /** Days per point: 1 = daily; 7, 14 or 28 when the range is too long to show every day. */
  bucketDays: number;
  points: WeightPoint[];
  /** The trend at the end of each bucket (every day when daily), from the first weigh-in on. */
  trend: { date: string; value: number }[];
  /** Suggested y-axis bounds in the display unit, or null when there is nothing to show. */
  yAxis: { min: number; max: number } | null;
  summary: {
    /** Trend on the last day of the range. */
    latestTrend: number | null;
    /** Trend change from the first day of the range with a trend to the last. */
    change: number | null;
    /** Weigh-ins in the range. */
    weighIns: number;
  };
}

const DEFAULT_MAX_POINTS = 600;
const BUCKET_SIZES = [1, 7, 14, 28];

function bucketSize(days: number, maxPoints: number): number {
  for (const b of BUCKET_SIZES) if (Math.ceil(days / b) <= maxPoints) return b;
  return Math.ceil(days / maxPoints);
}

/** Axis bounds with breathing room, snapped to whole units so tick labels stay round. */
function axisBounds(values: number[]): { min: number; max: number } | null {
  if (values.length === 0) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const pad = Math.max(0.5, (hi - lo) * 0.08);
  return { min: Math.floor(lo - pad), max: Math.ceil(hi + pad) };
}

export function weightChartData(input: WeightChartInput): WeightChartSeries {
  const { unit } = input;
  const maxPoints = Math.max(1, input.maxPoints ?? DEFAULT_MAX_POINTS);
  const days = [...input.days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const counts = new Map<string, number>();
  for (const d of input.weighInDates ?? []) counts.set(d, (counts.get(d) ?? 0) + 1);
  const show = (kg: number): number => round(fromKg(kg, unit), 2);

  const empty: WeightChartSeries = {
    unit,
    from: days[0]?.date ?? '',
    to: days[days.length - 1]?.date ?? '',
    bucketDays: 1,
    points: [],
    trend: [],
    yAxis: null,
    summary: { latestTrend: null, change: null, weighIns: 0 },
  };
  if (days.length === 0) return empty;

  const from = days[0].date;
  const to = days[days.length - 1].date;
  const b = bucketSize(days.length, maxPoints);
  const points: WeightPoint[] = [];
  const trend: { date: string; value: number }[] = [];
  let weighIns = 0;

  // Buckets are aligned to the END of the range, so the newest point always ends today.
  for (let end = days.length - 1; end >= 0; end -= b) {
    const start = Math.max(0, end - b + 1);
    let sumKg = 0;
    let weighedDays = 0;
    let count = 0;
    for (let i = start; i <= end; i++) {
      const d = days[i];
      if (d.weightKg == null) continue;
      sumKg += d.weightKg; // each day counts once: the day's weight is already the mean of its weigh-ins
      weighedDays += 1;
      count += counts.get(d.date) ?? 1;
    }
    weighIns += count;
    if (weighedDays > 0) {
      points.push({ date: days[end].date, value: show(sumKg / weighedDays), count, from: days[start].date, to: days[end].date });
    }
    const t = days[end].trendKg;
    if (t != null) trend.push({ date: days[end].date, value: show(t) });
  }
  points.reverse();
  trend.reverse();

  // The summary uses the daily trend, not the bucketed one, so it does not depend on the zoom.
  const withTrend = days.filter((d) => d.trendKg != null);
  const first = withTrend[0];
  const last = withTrend[withTrend.length - 1];
  const latestTrend = days[days.length - 1].trendKg;
  let change: number | null = null;
  if (first && last && first !== last) change = round(fromKg(last.trendKg! - first.trendKg!, unit), 2);

  return {
    unit,
    from,
    to,
    bucketDays: b,
    points,
    trend,
    yAxis: axisBounds([...points.map((p) => p.value), ...trend.map((t) => t.value)]),
    summary: { latestTrend: latestTrend == null ? null : show(latestTrend), change, weighIns },
  };
}

export interface WeighInLike {
  id: number;
  date: string;
  weightKg: number;
  bodyFatPct: number | null;
}

export interface WeighInDay<W extends WeighInLike = WeighInLike> {
  date: string;
  /** Mean of the day's weigh-ins, display unit, 2 decimals. */
  meanValue: number;
  entries: (W & { value: number })[];
}

/** The list under the chart: weigh-ins grouped by day, newest day first, each with the day's mean. */
export function groupWeighInsByDay<W extends WeighInLike>(weighIns: W[], unit: WeightUnit): WeighInDay<W>[] {
  const byDay = new Map<string, W[]>();
  for (const w of weighIns) {
    const list = byDay.get(w.date);
    if (list) list.push(w);
    else byDay.set(w.date, [w]);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([date, entries]) => {
      const sorted = [...entries].sort((a, b) => a.id - b.id);
      const meanKg = sorted.reduce((s, w) => s + w.weightKg, 0) / sorted.length;
      return {
        date,
        meanValue: round(fromKg(meanKg, unit), 2),
        entries: sorted.map((w) => ({ ...w, value: round(fromKg(w.weightKg, unit), 2) })),
      };
    });
}
