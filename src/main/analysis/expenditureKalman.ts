// The two-state Kalman steps of the expenditure filter (expenditureFilter.ts, science.md §2): the
// state [true weight W (kg), base expenditure B (kcal/day)] with its covariance, observed by a
// morning weigh-in and carried to the next morning through the day's intake.

/** One scalar Kalman step (science.md §2 check: 2800, 200², 20², 2885, 250² → K 0.3926, 2833.4, SD 156.6). */
export function kalmanScalarUpdate(priorMean: number, priorVar: number, processVar: number, observation: number, observationVar: number) {
  const p = priorVar + processVar;
  const gain = p / (p + observationVar);
  const mean = priorMean + gain * (observation - priorMean);
  const variance = (1 - gain) * p;
  return { gain, mean, variance, sd: Math.sqrt(variance) };
}

/** Mean and covariance of [W, B]. */
export interface Moments {
  W: number;
  B: number;
  pww: number;
  pwb: number;
  pbb: number;
}

/** A weigh-in's innovation, its (robust) variance and the gains it was applied with. */
export interface Observation {
  innovation: number;
  sv: number;
  gainW: number;
  gainB: number;
}

/**
 * The morning weigh-in `z` (noise variance `r`). Beyond `outlierSd` SD its influence falls as
 * 1/innovation (redescending), so a typo of several kg moves the estimate less than a plausible
 * reading does: the reading counts as noisier by that factor.
 */
export function observeWeight(m: Moments, z: number, r: number, outlierSd: number): Observation {
  const innovation = z - m.W;
  let sv = m.pww + r;
  const limit = outlierSd * Math.sqrt(sv);
  let noise = r;
  if (Math.abs(innovation) > limit) {
    sv *= (innovation / limit) ** 2;
    noise = sv - m.pww;
  }
  // The weight is observed directly: its update is the scalar step; the base moves with it
  // through their covariance.
  const w = kalmanScalarUpdate(m.W, m.pww, 0, z, noise);
  const kb = m.pwb / sv;
  m.W = w.mean;
  m.B += kb * innovation;
  const pwb = m.pwb - w.gain * m.pwb;
  m.pbb -= kb * m.pwb;
  m.pww = w.variance;
  m.pwb = pwb;
  return { innovation, sv, gainW: w.gain, gainB: kb };
}

/** What one day adds between two mornings. */
export interface DayInput {
  /** Logged (or imputed) intake, kcal; null: unknown, assume balance (the weight says nothing about B). */
  intakeKcal: number | null;
  intakeVar: number;
  exerciseKcal: number;
  exerciseVar: number;
  /** 1/ρ, kg per kcal. */
  f: number;
  /** κ: change of base expenditure per kg of weight change. */
  k: number;
  /** Extra variance of the weight (a water window), kg². */
  waterVar: number;
  /** Ceiling of B's variance (the formula prior's). */
  maxBVar: number;
}

/**
 * Predict tomorrow morning through today's intake:
 *   ΔW = (intake − B − exercise)/ρ;  W ← W + ΔW;  B ← B + κ·ΔW + random walk (SD q)
 * so F = [[1, −f], [0, 1 − κf]] with f = 1/ρ, and the intake's uncertainty enters W (and B via κ).
 */
export function predictDay(m: Moments, d: DayInput, q: number): void {
  const known = d.intakeKcal !== null;
  const dW = known ? ((d.intakeKcal as number) - m.B - d.exerciseKcal) * d.f : 0;
  m.W += dW;
  m.B += d.k * dW;
  const a = known ? -d.f : 0;
  const dd = known ? 1 - d.k * d.f : 1;
  const qIntake = (d.intakeVar + d.exerciseVar) * d.f * d.f;
  const pww = m.pww + 2 * a * m.pwb + a * a * m.pbb + qIntake + d.waterVar;
  const pwb = dd * (m.pwb + a * m.pbb) + d.k * qIntake;
  // Never less sure than the formula prior itself (a long stretch without logged intake).
  const pbb = Math.min(dd * dd * m.pbb + d.k * d.k * qIntake + q * q, d.maxBVar);
  m.pww = pww;
  m.pwb = pwb;
  m.pbb = pbb;
}
