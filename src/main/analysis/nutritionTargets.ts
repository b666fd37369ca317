// Daily macronutrient targets from body weight, the day's training and an energy target. Pure: no
// database, no clock.
import { fromKg, kcalText, perMassText, round as roundTo, type WeightUnit } from '../../shared/units';
import { carbohydrateBand, type CarbLoad } from './carbohydrateBand';

export interface Band {
  min: number;
  max: number;
}

/** What the user chose; null means "follow the data" (the default). */
export interface TargetSettings {
  /** Fixed kcal/day, or null: the adaptive expenditure estimate of the day (maintenance). */
  energyKcal: number | null;
  proteinGPerKg: Band;
  /** Fixed g/kg/day, or null: the band for the day's training (Thomas, Erdman & Burke 2016). */
  carbsGPerKg: Band | null;
  fatPctEnergy: Band;
}

/**
 * Defaults:
 * - energy: the day's estimated expenditure (science.md §2, computed by the energy domain), so an
 *   untouched target means "eat what you burn"; a goal (deficit, surplus) is a number the user sets;
 * - protein 1.6–2.2 g/kg/day: Morton et al. 2018, BJSM 52:376 (1.6 g/kg maximised gains in lean
 *   mass with resistance training; the 95 % CI reached 2.2) — science.md §4;
 * - carbohydrate: Thomas, Erdman & Burke 2016, MSSE 48:543, by the day's training time
 *   (analysis/carbohydrateBand.ts; science.md §4): 3–5 g/kg light, 5–7 about 1 h, 6–10 for 1–3 h,
 *   8–12 over 3 h. Per day, not per week: the source's bands are daily fuel needs for the work done,
 *   so a long day gets more than a rest day (the roadmap's "more carbohydrate on hard and long days");
 * - fat 20–35 % of energy: the Acceptable Macronutrient Distribution Range (Institute of Medicine,
 *   Dietary Reference Intakes for Energy… and Macronutrients, 2005).
 */
export const DEFAULT_TARGETS: TargetSettings = {
  energyKcal: null,
  proteinGPerKg: { min: 1.6, max: 2.2 },
  carbsGPerKg: null,
  fatPctEnergy: { min: 20, max: 35 },
};

export const TARGET_SOURCES = {
  protein: 'Morton et al. 2018, Br J Sports Med 52:376',
  carbs: 'Thomas, Erdman & Burke 2016, Med Sci Sports Exerc 48:543',
  fat: 'Institute of Medicine 2005, Acceptable Macronutrient Distribution Range (20–35 % of energy)',
  expenditure: 'adaptive expenditure estimate (science.md §2)',
} as const;

/** Atwater general factor for fat, kcal per gram. */
const KCAL_PER_G_FAT = 9;

/** The energy domain's estimate for the day (null without a profile and a weigh-in). */
export interface ExpenditureEstimate {
  kcal: number;
  lowKcal: number | null;
  highKcal: number | null;
  /** false while it still rests mostly on the formula (Mifflin–St Jeor or Cunningham × activity). */
  adaptive: boolean;
  /** The formula it starts from, for the explanation. */
  formula: 'mifflin' | 'cunningham' | null;
  /** The day the estimate is for (the target day, or today for a day still ahead). */
  asOf: string;
}

/** The day's training time, mobility excluded. */
export interface DayTraining {
  /** Completed sessions. */
  doneMin: number;
  /** Sessions still planned (counted on today and later days only). */
  plannedMin: number;
}

export interface TargetLine extends Band {
  source: string;
}

export interface EnergyBasis {
  /** 'set' = the user's number; 'expenditure' = the day's estimate; 'plan' = the week's targets (goal, check-in, fixed); 'none' = neither is available. */
  kind: 'set' | 'expenditure' | 'plan' | 'none';
  estimate: ExpenditureEstimate | null;
  /** One sentence for the screen: where the number comes from. */
  note: string;
}

export interface CarbsBasis {
  /** 'set' = the user's band; 'training' = the band for the day's training time. */
  kind: 'set' | 'training';
  gPerKg: Band;
  trainingMin: number;
  plannedMin: number;
  load: CarbLoad | null;
  note: string;
}

export interface BandBasis {
  /** 'set' = the user's band; 'default' = the band cited. */
  kind: 'set' | 'default';
  band: Band;
  note: string;
}

/** The body weight per-kg targets use. */
export interface TargetWeight {
  kg: number | null;
  basis: 'trend' | 'weigh-in' | null;
  /** The unit the notes speak in (kg when not given). */
  unit?: WeightUnit;
}

export interface DayTargets {
  energyKcal: number | null;
  proteinG: TargetLine | null;
  carbsG: TargetLine | null;
  fatG: TargetLine | null;
  basis: { energy: EnergyBasis; protein: BandBasis; carbs: CarbsBasis; fat: BandBasis };
}

const minutes = (m: number): string => (m < 90 ? `${Math.round(m)} min` : `${roundTo(m / 60, 1)} h`);

/** An expenditure estimate as an energy target: to the nearest 10 kcal (the estimate's band is ± hundreds). */
export const energyTargetOf = (estimateKcal: number): number => Math.round(estimateKcal / 10) * 10;

function energyBasis(settings: TargetSettings, estimate: ExpenditureEstimate | null): { kcal: number | null; basis: EnergyBasis } {
  if (settings.energyKcal !== null) {
    return { kcal: settings.energyKcal, basis: { kind: 'set', estimate, note: `Energy ${kcalText(settings.energyKcal)} kcal: the target you set.` } };
  }
  if (!estimate) {
    return {
      kcal: null,
      basis: { kind: 'none', estimate: null, note: 'Energy: no target yet. Set your profile and log a weigh-in for an expenditure estimate, or set a target.' },
    };
  }
  const target = energyTargetOf(estimate.kcal);
  const band = estimate.lowKcal !== null && estimate.highKcal !== null ? ` (95 % band ${kcalText(estimate.lowKcal)}–${kcalText(estimate.highKcal)})` : '';
  const how = estimate.adaptive
    ? 'learned from your logged food and weight trend'
    : `still mostly the ${estimate.formula === 'cunningham' ? 'Cunningham' : 'Mifflin–St Jeor'} formula × your activity level; it adapts after about a week of logged food and a few weigh-ins`;
  return {
    kcal: target,
    basis: { kind: 'expenditure', estimate, note: `Energy ${kcalText(target)} kcal: your estimated expenditure${band}, ${how} — maintenance; set a target to eat for a deficit or a surplus.` },
  };
}

function carbsBasis(settings: TargetSettings, training: DayTraining, unit: WeightUnit): CarbsBasis {
  const total = training.doneMin + training.plannedMin;
  if (settings.carbsGPerKg !== null) {
    const b = settings.carbsGPerKg;
    return { kind: 'set', gPerKg: b, trainingMin: total, plannedMin: training.plannedMin, load: null, note: `Carbohydrate ${perMassText([b.min, b.max], 'g', unit)}: the band you set.` };
  }
  const band = carbohydrateBand(total);
  const parts = [training.doneMin > 0 ? `${minutes(training.doneMin)} done` : '', training.plannedMin > 0 ? `${minutes(training.plannedMin)} planned` : ''].filter(Boolean);
  const day = parts.length ? `${parts.join(', ')} on this day` : 'no training on this day';
  return {
    kind: 'training',
    gPerKg: { min: band.lowGPerKg, max: band.highGPerKg },
    trainingMin: total,
    plannedMin: training.plannedMin,
    load: band.load,
    note: `Carbohydrate ${perMassText([band.lowGPerKg, band.highGPerKg], 'g', unit)} for ${band.label}: ${day}. Thomas, Erdman & Burke 2016.`,
  };
}

const sameBand = (a: Band, b: Band) => a.min === b.min && a.max === b.max;
const perKgOf = (w: TargetWeight) =>
  w.kg === null ? ': log a weigh-in for a target in grams' : ` × ${roundTo(fromKg(w.kg, w.unit ?? 'kg'), 1)} ${w.unit ?? 'kg'} (${w.basis === 'trend' ? 'weight trend' : 'first weigh-in'})`;

/**
 * Targets for one day; a per-kg target is null without a body weight, and fat (a share of energy)
 * without an energy target. Each comes with the sentence the screen shows about where it is from.
 */
export function dayTargets(settings: TargetSettings, weight: TargetWeight, estimate: ExpenditureEstimate | null, training: DayTraining): DayTargets {
  const weightKg = weight.kg;
  const perKg = (b: Band, source: string): TargetLine | null => (weightKg === null ? null : { min: roundTo(b.min * weightKg, 1), max: roundTo(b.max * weightKg, 1), source });
  const energy = energyBasis(settings, estimate);
  const carbs = carbsBasis(settings, training, weight.unit ?? 'kg');
  const e = energy.kcal;
  const p = settings.proteinGPerKg;
  const proteinDefault = sameBand(p, DEFAULT_TARGETS.proteinGPerKg);
  const f = settings.fatPctEnergy;
  const fatDefault = sameBand(f, DEFAULT_TARGETS.fatPctEnergy);
  return {
    energyKcal: e,
    proteinG: perKg(p, proteinDefault ? TARGET_SOURCES.protein : 'your band'),
    carbsG: perKg(carbs.gPerKg, carbs.kind === 'training' ? `${TARGET_SOURCES.carbs} (${carbohydrateBand(carbs.trainingMin).label})` : 'your band'),
    fatG:
      e === null
        ? null
        : {
            min: roundTo((e * f.min) / 100 / KCAL_PER_G_FAT, 1),
            max: roundTo((e * f.max) / 100 / KCAL_PER_G_FAT, 1),
            source: fatDefault ? TARGET_SOURCES.fat : 'your band',
          },
    basis: {
      energy: energy.basis,
      protein: {
        kind: proteinDefault ? 'default' : 'set',
        band: p,
        note: `Protein ${perMassText([p.min, p.max], 'g', weight.unit ?? 'kg')}${perKgOf(weight)}${proteinDefault ? ': Morton et al. 2018, Br J Sports Med 52:376.' : ' (the band you set).'}`,
      },
      carbs,
      fat: {
        kind: fatDefault ? 'default' : 'set',
        band: f,
        note: `Fat ${f.min}–${f.max} % of energy${e === null ? ' (needs an energy target)' : ''}${fatDefault ? ': IOM 2005 Acceptable Macronutrient Distribution Range.' : ' (the band you set).'}`,
      },
    },
  };
}
