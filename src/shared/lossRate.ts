// The trend weight's loss rate over a window, as the under-fuelling verdict judges it and the Weight
// screen shows it: one function, so both screens print the same number.
import { round } from './units';

/** Days the rate looks back (the verdict's window). */
export const LOSS_RATE_DAYS = 28;
/** A rate over fewer days than this is not shown. */
export const MIN_LOSS_RATE_SPAN = 14;

export interface LossRate {
  /** % of the start weight a week, rounded as shown; positive = losing. */
  pctPerWeek: number;
  /** kg a week; positive = losing. */
  kgPerWeek: number;
  spanDays: number;
}

/**
 * `trendKg[0]` is the day before the window, then the window's days in order. The rate runs from
 * the first known trend to the last day's; null when the last day has none or the span is too short.
 */
export function windowLossRate(trendKg: (number | null)[]): LossRate | null {
  const end = trendKg[trendKg.length - 1];
  const first = trendKg.findIndex((t) => t != null);
  if (end == null || first < 0) return null;
  const spanDays = trendKg.length - 1 - first;
  if (spanDays < MIN_LOSS_RATE_SPAN) return null;
  const start = trendKg[first] as number;
  return { pctPerWeek: round((((start - end) / start) * 100 * 7) / spanDays, 2), kgPerWeek: ((start - end) * 7) / spanDays, spanDays };
}
