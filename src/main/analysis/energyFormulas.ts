// Resting energy, fat-free mass and the energy density of weight change (science.md §1–2).
// Pure functions: plain numbers in, numbers out.

export type Sex = 'male' | 'female';
export type ActivityLevel = 'sedentary' | 'light' | 'moderate' | 'active' | 'very-active';

/** Mifflin–St Jeor resting energy, kcal/day (Mifflin et al. 1990, Am J Clin Nutr 51:241). */
export function mifflinStJeor(sex: Sex, weightKg: number, heightCm: number, ageYears: number): number {
  return 10 * weightKg + 6.25 * heightCm - 5 * ageYears + (sex === 'male' ? 5 : -161);
}

/**
 * Cunningham resting energy from fat-free mass, kcal/day: the lean-mass form used when FFM is known
 * (science.md §1 also names Katch–McArdle; Cunningham is better in physique athletes, Tinsley 2019).
 */
export function cunningham(ffmKg: number): number {
  return 500 + 22 * ffmKg;
}

/** Boer 1984 fat-free mass estimate, kg — an ESTIMATE, shown as such. */
export function boerFfm(sex: Sex, weightKg: number, heightCm: number): number {
  return sex === 'male' ? 0.407 * weightKg + 0.267 * heightCm - 19.2 : 0.252 * weightKg + 0.473 * heightCm - 48.3;
}

/** The conventional activity multipliers (science.md §1: no primary source; only a starting prior). */
export const ACTIVITY_MULTIPLIERS: Record<ActivityLevel, number> = {
  sedentary: 1.2,
  light: 1.375,
  moderate: 1.55,
  active: 1.725,
  'very-active': 1.9,
};

/**
 * The share of the multiplier that stands for daily life outside training when sessions are logged
 * and counted separately (a design choice of ours, D): the levels above "light" exist to account
 * for exercise, so they are capped at the "light" multiplier — the logged sessions replace the rest,
 * and exercise is not counted twice.
 */
export const NON_EXERCISE_MULTIPLIER_CAP = ACTIVITY_MULTIPLIERS.light;

export interface FatFreeMass {
  ffmKg: number;
  /** true when it comes from the Boer formula rather than a body-fat reading. */
  estimated: boolean;
  method: 'body-fat' | 'boer';
}

/** FFM from a body-fat reading when there is one, else the Boer estimate (science.md §3). */
export function fatFreeMass(sex: Sex, weightKg: number, heightCm: number, bodyFatPct: number | null | undefined): FatFreeMass {
  if (bodyFatPct != null && bodyFatPct > 0 && bodyFatPct < 100) {
    return { ffmKg: weightKg * (1 - bodyFatPct / 100), estimated: false, method: 'body-fat' };
  }
  // Boer can exceed the weight for very light, tall people; keep FFM within a plausible share.
  const ffm = Math.min(boerFfm(sex, weightKg, heightCm), weightKg * 0.95);
  return { ffmKg: Math.max(ffm, weightKg * 0.4), estimated: true, method: 'boer' };
}

/** Energy content of fat and of lean tissue, kcal/kg (Hall 2008, Int J Obes 32:573). */
export const RHO_FAT = 9441;
export const RHO_LEAN = 1816;

/** Energy density of a change in body weight with fat share f (Hall 2008 form): f·9441 + (1 − f)·1816. */
export function energyDensity(fatShare: number): number {
  const f = Math.min(1, Math.max(0, fatShare));
  return f * RHO_FAT + (1 - f) * RHO_LEAN;
}

/**
 * Fat share of a weight change from current fat mass, Forbes' curve as used by Hall 2008:
 * dFFM/dFM = 10.4 / FM, so f = FM / (FM + 10.4). Lean people lose relatively more lean tissue.
 */
export function forbesFatShare(fatMassKg: number): number {
  const fm = Math.max(1, fatMassKg);
  return fm / (fm + 10.4);
}

/**
 * Fat mass at `weightKg` on the Forbes curve through an anchor (a weight and its fat mass, from a
 * body-fat reading or the Boer estimate). Integrating dFFM/dFM = 10.4/FM gives
 * FFM = 10.4·ln(FM) + C, so W = FM + 10.4·ln(FM) + C; solved for FM by Newton's method.
 * This is how Hall 2008 lets the composition of a change follow the fat mass as it changes.
 */
export function forbesFatMass(weightKg: number, anchorWeightKg: number, anchorFatMassKg: number): number {
  const fm0 = Math.max(1, anchorFatMassKg);
  const c = anchorWeightKg - fm0 - 10.4 * Math.log(fm0);
  let fm = Math.max(0.5, fm0 + (weightKg - anchorWeightKg) * forbesFatShare(fm0));
  for (let k = 0; k < 8; k++) {
    const g = fm + 10.4 * Math.log(fm) + c - weightKg;
    fm = Math.max(0.5, fm - g / (1 + 10.4 / fm));
    if (Math.abs(g) < 1e-9) break;
  }
  return fm;
}

/**
 * The simple estimator (science.md §2): expenditure = mean intake − ρ·(trend change per day).
 * 14 days at 2500 kcal while the trend falls 0.05 kg/day, ρ 7700 → 2885 kcal.
 */
export function simpleExpenditure(meanIntakeKcal: number, trendChangeKgPerDay: number, rhoKcalPerKg: number): number {
  return meanIntakeKcal - rhoKcalPerKg * trendChangeKgPerDay;
}

/** Energy availability, kcal per kg FFM per day (IOC REDs consensus, Mountjoy 2023). */
export function energyAvailability(intakeKcal: number, netExerciseKcal: number, ffmKg: number): number {
  return (intakeKcal - netExerciseKcal) / ffmKg;
}
