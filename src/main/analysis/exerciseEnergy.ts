// Net exercise energy (above resting, so resting energy is never counted twice), science.md §1.
// Running with a distance: ≈ 1 kcal per kg per km, nearly speed-independent (Margaria 1963).
// Everything else: (MET − 1) × kg × hours with Compendium METs (Ainsworth 2011; Herrmann 2024).
// Which Compendium activity a logged session maps to is our choice (D), documented per branch below.
// Methods disagree by 10–15 %, so every figure carries a ±15 % range.
import { STRENGTH_KINDS as STRENGTH_KIND_NAMES } from '../../shared/training';
import type { DailySession, DailyTraining } from './dailyInputs';

export const RUNNING_NET_KCAL_PER_KG_KM = 1.0;
export const EXERCISE_RANGE_FRACTION = 0.15;

// The training vocabulary's strength kinds (shared/training.ts), stated once there.
const STRENGTH_KINDS = new Set<string>(STRENGTH_KIND_NAMES);

export interface SessionEnergy {
  kcal: number;
  lowKcal: number;
  highKcal: number;
  method: 'running-distance' | 'met';
  /** The MET used (method 'met'). */
  met: number | null;
  /** What the session was matched to, for the "why?" text. */
  basis: string;
}

const withRange = (kcal: number, method: SessionEnergy['method'], met: number | null, basis: string): SessionEnergy => ({
  kcal,
  lowKcal: kcal * (1 - EXERCISE_RANGE_FRACTION),
  highKcal: kcal * (1 + EXERCISE_RANGE_FRACTION),
  method,
  met,
  basis,
});

/** The Compendium activity (MET, label) a logged session is matched to. */
export function sessionMet(s: Pick<DailySession, 'kind' | 'modality' | 'rpe'>): { met: number; basis: string } {
  const rpe = s.rpe;
  if (STRENGTH_KINDS.has(s.kind)) {
    // Session RPE separates vigorous lifting from lighter work (D).
    if (rpe >= 7) return { met: 6.0, basis: 'resistance training, vigorous (6.0 MET)' };
    if (rpe >= 5) return { met: 5.0, basis: 'resistance training, squats (5.0 MET)' };
    return { met: 3.5, basis: 'resistance training, 8–15-rep circuits (3.5 MET)' };
  }
  if (s.kind === 'mobility') return { met: 2.3, basis: 'stretching, mild (2.3 MET)' };
  const modality = s.modality ?? 'other';
  if (modality === 'run') {
    // Without a distance, easy running is matched to 8 km/h and anything harder to 9.7 km/h (D).
    if (s.kind === 'zone2' || rpe <= 4) return { met: 8.3, basis: 'running 8 km/h (8.3 MET)' };
    return { met: 9.8, basis: 'running 9.7 km/h (9.8 MET)' };
  }
  if (modality === 'walk') return { met: 3.5, basis: 'walking 4.8 km/h (3.5 MET)' };
  if (modality === 'ride') {
    if (rpe <= 3) return { met: 3.5, basis: 'cycling 30–50 W (3.5 MET)' };
    if (rpe <= 5) return { met: 4.8, basis: 'cycling 51–89 W (4.8 MET)' };
    if (rpe <= 7) return { met: 6.8, basis: 'cycling 90–100 W (6.8 MET)' };
    return { met: 8.8, basis: 'cycling 101–160 W (8.8 MET)' };
  }
  if (modality === 'row') {
    if (rpe <= 4) return { met: 4.8, basis: 'rowing, moderate (4.8 MET)' };
    if (rpe <= 7) return { met: 7.0, basis: 'rowing 100 W (7.0 MET)' };
    return { met: 8.5, basis: 'rowing 150 W (8.5 MET)' };
  }
  // Swimming, sport-specific work and other modalities: the closest general-effort values by RPE,
  // with vigorous circuit (the Compendium's closest match to HIIT) at the top (D).
  if (rpe <= 3) return { met: 3.5, basis: 'light general effort (3.5 MET)' };
  if (rpe <= 5) return { met: 4.8, basis: 'moderate general effort (4.8 MET)' };
  if (rpe <= 7 && s.kind !== 'intervals') return { met: 6.8, basis: 'vigorous general effort (6.8 MET)' };
  return { met: 8.0, basis: 'vigorous circuit, closest to HIIT (8.0 MET)' };
}

/** Net energy of one session for a person weighing `weightKg`. */
export function sessionNetEnergy(s: DailySession, weightKg: number): SessionEnergy {
  if (s.modality === 'run' && s.distanceKm != null && s.distanceKm > 0 && !STRENGTH_KINDS.has(s.kind)) {
    return withRange(RUNNING_NET_KCAL_PER_KG_KM * weightKg * s.distanceKm, 'running-distance', null, 'running ≈ 1 kcal/kg/km net (Margaria 1963)');
  }
  const { met, basis } = sessionMet(s);
  return withRange(Math.max(0, met - 1) * weightKg * (s.minutes / 60), 'met', met, basis);
}

/** Net exercise energy of a day's completed sessions (planned ones do not count). */
export function dailyExerciseEnergy(day: Pick<DailyTraining, 'sessions'> | undefined, weightKg: number): { kcal: number; sessions: number } {
  if (!day) return { kcal: 0, sessions: 0 };
  let kcal = 0;
  let sessions = 0;
  for (const s of day.sessions) {
    if (s.planned) continue;
    kcal += sessionNetEnergy(s, weightKg).kcal;
    sessions += 1;
  }
  return { kcal, sessions };
}

/** Minutes of completed training that day, mobility excluded (the carbohydrate band's volume). */
export function dailyTrainingMinutes(day: Pick<DailyTraining, 'sessions'> | undefined): number {
  if (!day) return 0;
  let minutes = 0;
  for (const s of day.sessions) if (!s.planned && s.kind !== 'mobility') minutes += s.minutes;
  return minutes;
}
