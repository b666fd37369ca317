// Detecting a real change of expenditure the estimate has not followed yet (science.md §2): the
// generalised likelihood ratio test of Willsky & Jones 1976 (IEEE Trans Autom Control 21:108) for a
// jump of the base expenditure B on one of the last days.
//
// A jump of Δ kcal/day at the start of day t0 leaves the filter with an error d·Δ in [W, B] that the
// filter's own equations carry forward (F between mornings, I − K·H at a weigh-in), and every later
// weigh-in's innovation has the expected value γ·Δ (γ = d_W). Per candidate day t0, the innovations
// since then give the most likely Δ and how strongly the weigh-ins point to it (a Bayes factor, with
// a normal prior on the size of a jump, so a few noisy weigh-ins cannot claim a huge one). When the
// strongest passes the threshold, the estimate is corrected by d·Δ and its uncertainty grows by
// d·dᵀ·var(Δ).
import type { Moments, Observation } from './expenditureKalman';

/**
 * The candidate days, oldest first, flat (cheap to copy into checkpoints): per candidate its error
 * signature d per unit Δ (d_W, d_B) and the sums Σγν/S, Σγ²/S over its weigh-ins.
 */
export type ChangeCandidates = number[];
const STRIDE = 4;

/** A new candidate each morning: a jump of B by 1 leaves B off by 1 and W not yet. */
export function openCandidate(c: ChangeCandidates, windowDays: number): void {
  c.push(0, 1, 0, 0);
  if (c.length > windowDays * STRIDE) c.splice(0, STRIDE);
}

/** A weigh-in's evidence for each candidate, then each signature through the filter's update. */
export function observeCandidates(c: ChangeCandidates, obs: Observation): void {
  for (let k = 0; k < c.length; k += STRIDE) {
    const g = c[k];
    c[k + 2] += (g * obs.innovation) / obs.sv;
    c[k + 3] += (g * g) / obs.sv;
    c[k + 1] -= obs.gainB * g;
    c[k] -= obs.gainW * g;
  }
}

/** Each signature through the prediction F = [[1, −a], [0, d]] (a = f, d = 1 − κf; a = 0, d = 1 without intake). */
export function predictCandidates(c: ChangeCandidates, a: number, d: number): void {
  for (let k = 0; k < c.length; k += STRIDE) {
    c[k] -= a * c[k + 1];
    c[k + 1] *= d;
  }
}

export interface ChangeEvidence {
  /** The best candidate's estimated jump, kcal/day, as it stands in B now (Δ·d_B). */
  shiftKcal: number;
  /** Its variance as it stands in B now. */
  shiftVar: number;
  /** Its log Bayes factor, jump : no jump (0 without evidence). */
  logBf: number;
  /** Its signature (d_W, d_B), the jump Δ at its start and Δ's variance, given the weigh-ins. */
  dW: number;
  dB: number;
  delta: number;
  deltaVar: number;
}

/**
 * The candidate the weigh-ins favour most. With a normal prior on the jump (SD `priorSd`), a
 * candidate with few or weak weigh-ins behind it stays near 0: Δ = Σγν/S ÷ (Σγ²/S + 1/σ²), and its
 * log Bayes factor is ½·[(Σγν/S)² ÷ (Σγ²/S + 1/σ²) − ln(1 + σ²·Σγ²/S)].
 */
export function strongestChange(c: ChangeCandidates, priorSd: number): ChangeEvidence {
  const prior = priorSd * priorSd;
  let out: ChangeEvidence = { shiftKcal: 0, shiftVar: 0, logBf: 0, dW: 0, dB: 0, delta: 0, deltaVar: 0 };
  for (let k = 0; k < c.length; k += STRIDE) {
    const sgv = c[k + 2];
    const sgg = c[k + 3];
    if (sgg <= 0) continue;
    const precision = sgg + 1 / prior;
    const logBf = 0.5 * ((sgv * sgv) / precision - Math.log1p(prior * sgg));
    if (logBf > out.logBf) {
      const delta = sgv / precision;
      const dB = c[k + 1];
      out = { shiftKcal: delta * dB, shiftVar: (dB * dB) / precision, logBf, dW: c[k], dB, delta, deltaVar: 1 / precision };
    }
  }
  return out;
}

/** Apply the detected jump to the state: mean by d·Δ, covariance by d·dᵀ·var(Δ). */
export function applyChange(m: Moments, e: ChangeEvidence): void {
  m.W += e.dW * e.delta;
  m.B += e.dB * e.delta;
  m.pww += e.dW * e.dW * e.deltaVar;
  m.pwb += e.dW * e.dB * e.deltaVar;
  m.pbb += e.dB * e.dB * e.deltaVar;
}
