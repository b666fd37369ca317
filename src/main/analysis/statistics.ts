// Association statistics for the "sleep vs lift performance" chart (science.md §7): Pearson r with
// its Fisher-z 95 % interval, Spearman ρ with average ranks for ties, and the least-squares line
// with its 95 % confidence band from the t distribution. Pure: numbers in, numbers out.

const sum = (xs: readonly number[]): number => {
  let s = 0;
  for (const x of xs) s += x;
  return s;
};

export const mean = (xs: readonly number[]): number => sum(xs) / xs.length;

/** Pearson's r, or null with fewer than 2 pairs or when either side does not vary. */
export function pearson(x: readonly number[], y: readonly number[]): number | null {
  const n = Math.min(x.length, y.length);
  if (n < 2) return null;
  const mx = mean(x.slice(0, n));
  const my = mean(y.slice(0, n));
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  // Rounding can push a perfect correlation a hair past ±1, which atanh would turn into ±Infinity.
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/** The normal 97.5 % quantile; the Fisher interval uses science.md's rounded 1.96 so its vectors hold to the digit. */
const Z_975 = 1.959963984540054;
const Z_FISHER = 1.96;

/**
 * The 95 % interval of r through Fisher's z: z = atanh r, SE = 1/√(n − 3), back through tanh.
 * Null below 4 pairs (no standard error); r = ±1 gives [±1, ±1].
 */
export function fisherInterval(r: number, n: number): { low: number; high: number } | null {
  if (n < 4) return null;
  if (Math.abs(r) >= 1) return { low: r, high: r };
  const z = Math.atanh(r);
  const half = Z_FISHER / Math.sqrt(n - 3);
  return { low: Math.tanh(z - half), high: Math.tanh(z + half) };
}

/** Ranks 1…n, tied values sharing the mean of the ranks they span. */
export function averageRanks(xs: readonly number[]): number[] {
  const order = xs.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const ranks = new Array<number>(xs.length);
  for (let k = 0; k < order.length; ) {
    let j = k;
    while (j + 1 < order.length && order[j + 1].v === order[k].v) j += 1;
    const rank = (k + j) / 2 + 1;
    for (let m = k; m <= j; m++) ranks[order[m].i] = rank;
    k = j + 1;
  }
  return ranks;
}

/** Spearman's ρ: Pearson's r of the average ranks (exact with ties), or null as pearson. */
export function spearman(x: readonly number[], y: readonly number[]): number | null {
  const n = Math.min(x.length, y.length);
  return pearson(averageRanks(x.slice(0, n)), averageRanks(y.slice(0, n)));
}

// Two-sided 95 % critical values t(0.975, df) for df 1–30 (any statistics table).
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074,
  2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/**
 * t(0.975, df): the table up to 30 degrees of freedom, beyond it the Cornish–Fisher expansion of t
 * around the normal quantile (Abramowitz & Stegun 26.7.5), within 0.001 of the exact value from 30 on.
 */
export function tQuantile975(df: number): number {
  if (!(df >= 1)) throw new RangeError(`t quantile needs df ≥ 1, got ${df}`);
  if (df <= 30) return T_975[Math.floor(df) - 1];
  const z = Z_975;
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  return (
    z +
    (z3 + z) / (4 * df) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3)
  );
}

export interface LinearFit {
  n: number;
  slope: number;
  intercept: number;
  /** The slope's 95 % interval (t with n − 2 degrees of freedom). */
  slopeLow: number;
  slopeHigh: number;
  /** Residual standard error. */
  s: number;
  meanX: number;
  /** Σ(x − x̄)². */
  sxx: number;
  t: number;
}

/** Least-squares y = intercept + slope·x, or null below 3 pairs or when x does not vary. */
export function linearFit(x: readonly number[], y: readonly number[]): LinearFit | null {
  const n = Math.min(x.length, y.length);
  if (n < 3) return null;
  const mx = mean(x.slice(0, n));
  const my = mean(y.slice(0, n));
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (x[i] - mx) ** 2;
    sxy += (x[i] - mx) * (y[i] - my);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  let sse = 0;
  for (let i = 0; i < n; i++) sse += (y[i] - intercept - slope * x[i]) ** 2;
  const s = Math.sqrt(sse / (n - 2));
  const t = tQuantile975(n - 2);
  const half = (t * s) / Math.sqrt(sxx);
  return { n, slope, intercept, slopeLow: slope - half, slopeHigh: slope + half, s, meanX: mx, sxx, t };
}

/** The 95 % confidence band of the fitted line (the mean of y) at x. */
export function fitBand(fit: LinearFit, x: number): { y: number; low: number; high: number } {
  const y = fit.intercept + fit.slope * x;
  const half = fit.t * fit.s * Math.sqrt(1 / fit.n + (x - fit.meanX) ** 2 / fit.sxx);
  return { y, low: y - half, high: y + half };
}
