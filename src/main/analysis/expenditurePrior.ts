// The formula prior (science.md §1): what the app believes about expenditure before the logged
// intake and weight have said anything. Mifflin–St Jeor, or Cunningham when fat-free mass is known
// from a body-fat reading, × the activity multiplier.
//
// Double counting (D): the activity multipliers above "light" stand for exercise. When the user logs
// sessions, their net energy is added day by day (exerciseEnergy.ts), so the multiplier is capped at
// "light" (1.375) for the non-exercise part. Without logged sessions the full multiplier applies.
import {
  ACTIVITY_MULTIPLIERS,
  NON_EXERCISE_MULTIPLIER_CAP,
  cunningham,
  fatFreeMass,
  mifflinStJeor,
  type ActivityLevel,
  type FatFreeMass,
  type Sex,
} from './energyFormulas';

export interface EnergyProfile {
  sex: Sex;
  birthDate: string;
  heightCm: number;
  activityLevel: ActivityLevel;
  /** Profile body fat %, used when no weigh-in carries a reading. */
  bodyFatPct: number | null;
}

export interface FormulaPrior {
  /** Non-exercise (base) expenditure the prior assumes, kcal/day. */
  baseKcal: number;
  /** Standard deviation of the prior, kcal/day. */
  sdKcal: number;
  reeKcal: number;
  method: 'mifflin' | 'cunningham';
  activityLevel: ActivityLevel;
  /** The profile level's multiplier and the one actually applied (capped when sessions are logged). */
  levelMultiplier: number;
  multiplier: number;
  /** true: logged sessions are added on top, day by day. */
  exerciseLogged: boolean;
  weightKg: number;
  ageYears: number;
  ffm: FatFreeMass;
}

/** The formula prior is trusted to about ±12 % (1 SD) — the formulas' own spread in athletes (D). */
export const PRIOR_SD_FRACTION = 0.12;

export function formulaPrior(
  profile: EnergyProfile,
  weightKg: number,
  ageYears: number,
  opts: { exerciseLogged: boolean; bodyFatPct?: number | null },
): FormulaPrior {
  const bodyFat = opts.bodyFatPct ?? profile.bodyFatPct;
  const ffm = fatFreeMass(profile.sex, weightKg, profile.heightCm, bodyFat);
  // Cunningham needs a measured FFM; an estimated (Boer) FFM would be an estimate of an estimate.
  const method = ffm.estimated ? 'mifflin' : 'cunningham';
  const reeKcal = method === 'cunningham' ? cunningham(ffm.ffmKg) : mifflinStJeor(profile.sex, weightKg, profile.heightCm, ageYears);
  const levelMultiplier = ACTIVITY_MULTIPLIERS[profile.activityLevel];
  const multiplier = opts.exerciseLogged ? Math.min(levelMultiplier, NON_EXERCISE_MULTIPLIER_CAP) : levelMultiplier;
  const baseKcal = reeKcal * multiplier;
  return {
    baseKcal,
    sdKcal: baseKcal * PRIOR_SD_FRACTION,
    reeKcal,
    method,
    activityLevel: profile.activityLevel,
    levelMultiplier,
    multiplier,
    exerciseLogged: opts.exerciseLogged,
    weightKg,
    ageYears,
    ffm,
  };
}
