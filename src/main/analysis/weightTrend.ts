// The Hacker's Diet trend (Walker; science.md §2): Tₜ = Tₜ₋₁ + α·(Wₜ − Tₜ₋₁), α = 0.1 per day.
// After k days without a weigh-in the next one uses α = 1 − 0.9^k (a design choice of ours, so a
// gap counts as k daily steps towards the new weight). Days without a weigh-in carry the trend.
import { dayRange } from '../../shared/dates';

export interface DailyWeight {
  date: string;
  /** The day's mean weigh-in, or null. */
  weightKg: number | null;
}

export interface TrendPoint {
  date: string;
  weightKg: number | null;
  trendKg: number | null;
}

export const TREND_ALPHA = 0.1;

/**
 * The trend on every day from `from` to `to`. `weights` may start before `from` (history feeds
 * the trend) and need not be dense. The trend starts at the first weigh-in, unless `initialTrendKg`
 * seeds it (the value on the day before the first weigh-in).
 */
export function weightTrend(weights: DailyWeight[], from: string, to: string, initialTrendKg?: number): TrendPoint[] {
  const byDay = new Map<string, number>();
  for (const w of weights) if (w.weightKg != null) byDay.set(w.date, w.weightKg);
  const sortedDays = [...byDay.keys()].sort();
  const out: TrendPoint[] = [];
  if (sortedDays.length === 0 && initialTrendKg === undefined) {
    return dayRange(from, to).map((date) => ({ date, weightKg: null, trendKg: null }));
  }
  const start = sortedDays.length && sortedDays[0] < from ? sortedDays[0] : from;
  let trend: number | null = initialTrendKg ?? null;
  let gap = 0; // days since the trend was last updated (the seed counts as the day before `start`)
  for (const date of dayRange(start, to)) {
    gap += 1;
    const w = byDay.get(date);
    if (w !== undefined) {
      trend = trend === null ? w : trend + (1 - Math.pow(1 - TREND_ALPHA, gap)) * (w - trend);
      gap = 0;
    }
    if (date >= from) out.push({ date, weightKg: w ?? null, trendKg: trend });
  }
  return out;
}
