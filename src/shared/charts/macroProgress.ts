// Data for the diary's progress bars (energy, protein, carbohydrate, fat against their targets).
// Pure, so the bars' numbers are unit-tested; the Svelte component only draws them.

export interface MacroTotalsLike {
  kcal: number;
  proteinG: number;
  carbsG: number;
  fatG: number;
  unknown: { proteinG: number; carbsG: number; fatG: number };
}
interface TargetBand {
  min: number;
  max: number;
  source?: string;
}
export interface TargetsLike {
  energyKcal: number | null;
  proteinG: TargetBand | null;
  carbsG: TargetBand | null;
  fatG: TargetBand | null;
}

type BarStatus = 'none' | 'below' | 'within' | 'above';

export interface ProgressBar {
  key: 'energy' | 'protein' | 'carbs' | 'fat';
  label: string;
  unit: 'kcal' | 'g';
  value: number;
  /** The target (energy: min = max = the target). */
  target: { min: number; max: number } | null;
  /** Fractions of the bar's length (0…1). */
  fill: number;
  bandStart: number | null;
  bandEnd: number | null;
  status: BarStatus;
  /** "1,234 of 2,500 kcal", "62 g of 128–176 g" */
  text: string;
  /** "1,266 kcal left", "66 g to the band", "12 g over", or null without a target. */
  remaining: string | null;
  /** Entries whose value is unknown, so the total is a lower bound. */
  unknownEntries: number;
  source: string | null;
}

/** Within ±5 % of a single energy target counts as on target (a design choice). */
const ENERGY_TOLERANCE = 0.05;

const plain = (x: number) => Math.round(x).toLocaleString('en-US');
const num = (x: number, unit: string) => `${plain(x)} ${unit}`;

function bar(key: ProgressBar['key'], label: string, unit: 'kcal' | 'g', value: number, target: TargetBand | null, unknownEntries: number): ProgressBar {
  const scaleMax = Math.max(target ? target.max * 1.2 : 0, value * 1.05, 1);
  const fill = Math.min(1, value / scaleMax);
  if (!target) {
    return { key, label, unit, value, target: null, fill: value > 0 ? fill : 0, bandStart: null, bandEnd: null, status: 'none', text: num(value, unit), remaining: null, unknownEntries, source: null };
  }
  const single = target.min === target.max;
  const lo = single ? target.min * (1 - ENERGY_TOLERANCE) : target.min;
  const hi = single ? target.max * (1 + ENERGY_TOLERANCE) : target.max;
  const status: BarStatus = value < lo ? 'below' : value > hi ? 'above' : 'within';
  const text = single ? `${plain(value)} of ${num(target.min, unit)}` : `${num(value, unit)} of ${plain(target.min)}–${num(target.max, unit)}`;
  let remaining: string;
  if (single) remaining = value <= target.min ? `${num(target.min - value, unit)} left` : `${num(value - target.min, unit)} over`;
  else remaining = status === 'below' ? `${num(target.min - value, unit)} to go` : status === 'above' ? `${num(value - target.max, unit)} over` : 'in range';
  return {
    key,
    label,
    unit,
    value,
    target: { min: target.min, max: target.max },
    fill,
    bandStart: target.min / scaleMax,
    bandEnd: target.max / scaleMax,
    status,
    text,
    remaining,
    unknownEntries,
    source: target.source ?? null,
  };
}

export function macroProgress(totals: MacroTotalsLike, targets: TargetsLike): ProgressBar[] {
  return [
    bar('energy', 'Energy', 'kcal', totals.kcal, targets.energyKcal === null ? null : { min: targets.energyKcal, max: targets.energyKcal }, 0),
    bar('protein', 'Protein', 'g', totals.proteinG, targets.proteinG, totals.unknown.proteinG),
    bar('carbs', 'Carbs', 'g', totals.carbsG, targets.carbsG, totals.unknown.carbsG),
    bar('fat', 'Fat', 'g', totals.fatG, targets.fatG, totals.unknown.fatG),
  ];
}
