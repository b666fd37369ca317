// Timing helpers shared by the suites. Figures are medians of several runs after a warm-up, so one
// slow run on a shared machine does not decide the number.
import { performance } from 'node:perf_hooks';
import type { Figure } from './types';

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Median wall time of `runs` calls of fn (after `warmup` unmeasured calls), in ms. */
export async function timeMs(fn: () => unknown, runs = 5, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** A figure with an upper-bound target (`max` undefined = informational, no target). */
export function figure(name: string, value: number, unit: string, max?: number): Figure {
  const rounded = Math.round(value * 10) / 10;
  if (max === undefined) return { name, value: rounded, unit, target: '—' };
  return { name, value: rounded, unit, target: `≤ ${max} ${unit}`, ok: value <= max };
}
