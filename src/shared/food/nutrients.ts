// The nutrients the app keeps for every food, in one list shared by the SR24 converter, the core
// (food tables, snapshots, totals) and the renderer (labels, units, daily values).
//
// Values are per 100 g of the edible portion, as SR24 publishes them. A nutrient missing from a
// food is UNKNOWN (absent from its record), never zero.
//
// Units follow SR24 except vitamin D: SR24 (as shipped in the Cronometer jar) gives vitamin D in IU;
// we store µg (1 µg = 40 IU, the FDA/NIH conversion for vitamin D). Vitamin A stays in IU because
// IU → µg RAE depends on how much of it is retinol vs carotenoids, which SR24's IU value hides.
// SR24's "Folate" is total folate in µg (not µg DFE): enriched white rice 20044 lists 231 µg, which
// is SR24's total folate; its DFE value (387) is not in this dataset.

export type NutrientGroup = 'energy' | 'macro' | 'fat' | 'other' | 'mineral' | 'vitamin';

export interface NutrientDef {
  /** Stable key with its unit in the name (stored in JSON snapshots; never rename). */
  key: string;
  label: string;
  unit: 'kcal' | 'g' | 'mg' | 'µg' | 'IU';
  group: NutrientGroup;
  /** The <nutrient name> in the SR24 XML files. */
  sr24: string;
  /** Multiply the SR24 amount by this to get our unit (vitamin D IU → µg). */
  sr24Factor?: number;
  /**
   * FDA Daily Value for adults and children ≥ 4 years (21 CFR 101.9(c), as revised in 2016, the
   * "FDA 2016 DVs"), in this nutrient's unit. Absent where the DV is set in a unit SR24 does not
   * give (vitamin A in µg RAE) or where there is no DV.
   */
  dailyValue?: number;
  /** Why the %DV is approximate, shown next to it. */
  dvNote?: string;
}

export const NUTRIENTS: readonly NutrientDef[] = [
  { key: 'energyKcal', label: 'Energy', unit: 'kcal', group: 'energy', sr24: 'Energy' },
  { key: 'proteinG', label: 'Protein', unit: 'g', group: 'macro', sr24: 'Protein', dailyValue: 50 },
  { key: 'carbsG', label: 'Carbohydrate', unit: 'g', group: 'macro', sr24: 'Carbs', dailyValue: 275 },
  { key: 'fiberG', label: 'Fiber', unit: 'g', group: 'macro', sr24: 'Fiber', dailyValue: 28 },
  { key: 'sugarsG', label: 'Sugars (total)', unit: 'g', group: 'macro', sr24: 'Sugars' },
  { key: 'starchG', label: 'Starch', unit: 'g', group: 'macro', sr24: 'Starch' },
  { key: 'fatG', label: 'Fat', unit: 'g', group: 'fat', sr24: 'Fat', dailyValue: 78 },
  { key: 'saturatedFatG', label: 'Saturated fat', unit: 'g', group: 'fat', sr24: 'Saturated', dailyValue: 20 },
  { key: 'monounsaturatedFatG', label: 'Monounsaturated fat', unit: 'g', group: 'fat', sr24: 'Monounsaturated' },
  { key: 'polyunsaturatedFatG', label: 'Polyunsaturated fat', unit: 'g', group: 'fat', sr24: 'Polyunsaturated' },
  { key: 'transFatG', label: 'Trans fat', unit: 'g', group: 'fat', sr24: 'Trans-Fats' },
  { key: 'omega3G', label: 'Omega-3', unit: 'g', group: 'fat', sr24: 'Omega-3' },
  { key: 'omega6G', label: 'Omega-6', unit: 'g', group: 'fat', sr24: 'Omega-6' },
  { key: 'cholesterolMg', label: 'Cholesterol', unit: 'mg', group: 'fat', sr24: 'Cholesterol', dailyValue: 300 },
  { key: 'alcoholG', label: 'Alcohol', unit: 'g', group: 'other', sr24: 'Alcohol' },
  { key: 'caffeineMg', label: 'Caffeine', unit: 'mg', group: 'other', sr24: 'Caffeine' },
  { key: 'waterG', label: 'Water', unit: 'g', group: 'other', sr24: 'Water' },
  { key: 'sodiumMg', label: 'Sodium', unit: 'mg', group: 'mineral', sr24: 'Sodium', dailyValue: 2300 },
  { key: 'potassiumMg', label: 'Potassium', unit: 'mg', group: 'mineral', sr24: 'Potassium', dailyValue: 4700 },
  { key: 'calciumMg', label: 'Calcium', unit: 'mg', group: 'mineral', sr24: 'Calcium', dailyValue: 1300 },
  { key: 'ironMg', label: 'Iron', unit: 'mg', group: 'mineral', sr24: 'Iron', dailyValue: 18 },
  { key: 'magnesiumMg', label: 'Magnesium', unit: 'mg', group: 'mineral', sr24: 'Magnesium', dailyValue: 420 },
  { key: 'zincMg', label: 'Zinc', unit: 'mg', group: 'mineral', sr24: 'Zinc', dailyValue: 11 },
  { key: 'phosphorusMg', label: 'Phosphorus', unit: 'mg', group: 'mineral', sr24: 'Phosphorus', dailyValue: 1250 },
  { key: 'copperMg', label: 'Copper', unit: 'mg', group: 'mineral', sr24: 'Copper', dailyValue: 0.9 },
  { key: 'manganeseMg', label: 'Manganese', unit: 'mg', group: 'mineral', sr24: 'Manganese', dailyValue: 2.3 },
  { key: 'seleniumUg', label: 'Selenium', unit: 'µg', group: 'mineral', sr24: 'Selenium', dailyValue: 55 },
  { key: 'fluorideUg', label: 'Fluoride', unit: 'µg', group: 'mineral', sr24: 'Fluoride' },
  { key: 'vitaminAIu', label: 'Vitamin A', unit: 'IU', group: 'vitamin', sr24: 'Vitamin A', dvNote: 'The DV (900 µg RAE) cannot be compared with SR24’s IU.' },
  { key: 'retinolUg', label: 'Retinol', unit: 'µg', group: 'vitamin', sr24: 'Retinol' },
  { key: 'vitaminCMg', label: 'Vitamin C', unit: 'mg', group: 'vitamin', sr24: 'Vitamin C', dailyValue: 90 },
  { key: 'vitaminDUg', label: 'Vitamin D', unit: 'µg', group: 'vitamin', sr24: 'Vitamin D', sr24Factor: 1 / 40, dailyValue: 20 },
  { key: 'vitaminEMg', label: 'Vitamin E', unit: 'mg', group: 'vitamin', sr24: 'Vitamin E', dailyValue: 15 },
  { key: 'vitaminKUg', label: 'Vitamin K', unit: 'µg', group: 'vitamin', sr24: 'Vitamin K', dailyValue: 120 },
  { key: 'thiaminMg', label: 'Thiamin (B1)', unit: 'mg', group: 'vitamin', sr24: 'B1 (Thiamine)', dailyValue: 1.2 },
  { key: 'riboflavinMg', label: 'Riboflavin (B2)', unit: 'mg', group: 'vitamin', sr24: 'B2 (Riboflavin)', dailyValue: 1.3 },
  { key: 'niacinMg', label: 'Niacin (B3)', unit: 'mg', group: 'vitamin', sr24: 'B3 (Niacin)', dailyValue: 16, dvNote: 'The DV is in mg niacin equivalents; SR24 gives preformed niacin.' },
  { key: 'pantothenicAcidMg', label: 'Pantothenic acid (B5)', unit: 'mg', group: 'vitamin', sr24: 'B5 (Pantothenic Acid)', dailyValue: 5 },
  { key: 'vitaminB6Mg', label: 'Vitamin B6', unit: 'mg', group: 'vitamin', sr24: 'B6 (Pyridoxine)', dailyValue: 1.7 },
  { key: 'vitaminB12Ug', label: 'Vitamin B12', unit: 'µg', group: 'vitamin', sr24: 'B12 (Cyanocobalamin)', dailyValue: 2.4 },
  { key: 'folateUg', label: 'Folate (total)', unit: 'µg', group: 'vitamin', sr24: 'Folate', dailyValue: 400, dvNote: 'The DV is in µg DFE; SR24 gives total folate, which undercounts added folic acid.' },
  { key: 'cholineMg', label: 'Choline', unit: 'mg', group: 'vitamin', sr24: 'Choline', dailyValue: 550 },
];


/** Which daily values the %DV column uses (shown in the UI). */
export const DAILY_VALUES_SOURCE = 'FDA 2016 Daily Values for adults and children ≥ 4 years (21 CFR 101.9)';

/** Nutrient amounts keyed by NutrientDef.key; a missing key means unknown. */
export type NutrientValues = Record<string, number>;

/** Rounds away float noise from scaling (31.02 × 200 / 100 → 62.04), keeping 9 decimals. */
export function cleanNumber(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

/** Scales per-100 g values to `grams` of food. Unknown stays unknown. */
export function scaleNutrients(per100g: NutrientValues, grams: number): NutrientValues {
  const out: NutrientValues = {};
  for (const k in per100g) out[k] = cleanNumber((per100g[k] * grams) / 100);
  return out;
}
