// Daily macronutrient targets from body weight and an energy target. Pure: no database, no clock.

export interface Band {
  min: number;
  max: number;
}

export interface TargetSettings {
  energyKcal: number | null;
  proteinGPerKg: Band;
  carbsGPerKg: Band;
  fatPctEnergy: Band;
}

/**
 * Defaults:
 * - protein 1.6–2.2 g/kg/day: Morton et al. 2018, BJSM 52:376 (1.6 g/kg maximised gains in lean
 *   mass with resistance training; the 95 % CI reached 2.2) — science.md §4;
 * - carbohydrate 5–7 g/kg/day: Thomas, Erdman & Burke 2016, MSSE 48:543, for about an hour of
 *   training a day (science.md §4); a design default (D) until targets follow the training plan;
 * - fat 20–35 % of energy: the Acceptable Macronutrient Distribution Range (Institute of Medicine,
 *   Dietary Reference Intakes for Energy… and Macronutrients, 2005).
 */
export const DEFAULT_TARGETS: TargetSettings = {
  energyKcal: null,
  proteinGPerKg: { min: 1.6, max: 2.2 },
  carbsGPerKg: { min: 5, max: 7 },
  fatPctEnergy: { min: 20, max: 35 },
};

export const TARGET_SOURCES = {
  protein: 'Morton et al. 2018, Br J Sports Med 52:376 (1.6 g/kg/day, 95 % CI up to 2.2)',
  carbs: 'Thomas, Erdman & Burke 2016, Med Sci Sports Exerc 48:543 (about 1 h of training a day)',
  fat: 'Institute of Medicine 2005, Acceptable Macronutrient Distribution Range (20–35 % of energy)',
} as const;

/** Atwater general factor for fat, kcal per gram. */
const KCAL_PER_G_FAT = 9;

export interface MacroTargets {
  energyKcal: number | null;
  proteinG: (Band & { source: string }) | null;
  carbsG: (Band & { source: string }) | null;
  fatG: (Band & { source: string }) | null;
}

const r1 = (x: number): number => Math.round(x * 10) / 10;

/** Targets for one day; a target that needs the body weight or the energy target is null without it. */
export function macroTargets(settings: TargetSettings, weightKg: number | null): MacroTargets {
  const perKg = (b: Band, source: string) => (weightKg === null ? null : { min: r1(b.min * weightKg), max: r1(b.max * weightKg), source });
  const energy = settings.energyKcal;
  return {
    energyKcal: energy,
    proteinG: perKg(settings.proteinGPerKg, TARGET_SOURCES.protein),
    carbsG: perKg(settings.carbsGPerKg, TARGET_SOURCES.carbs),
    fatG:
      energy === null
        ? null
        : {
            min: r1((energy * settings.fatPctEnergy.min) / 100 / KCAL_PER_G_FAT),
            max: r1((energy * settings.fatPctEnergy.max) / 100 / KCAL_PER_G_FAT),
            source: TARGET_SOURCES.fat,
          },
  };
}
