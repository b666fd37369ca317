// The export's tables: one CSV per table in the zip, one array per table in the JSON file, the same
// columns in both (docs/export-format.md describes each). Only what the user entered: nothing derived
// (trend, expenditure, e1RM, load) is exported, it is recomputed from these.

/** s: text, n: number, b: true/false, j: JSON (a JSON value in the JSON file, JSON text in a CSV cell). */
export type ColumnType = 's' | 'n' | 'b' | 'j';

export const TABLES = {
  profile: { sex: 's', birthDate: 's', heightCm: 'n', weightUnit: 's', distanceUnit: 's', weekStart: 's', activityLevel: 's', bodyFatPct: 'n', hrRest: 'n', hrMax: 'n', hrThreshold: 'n' },
  settings: { key: 's', value: 'j' },
  weighIns: { date: 's', weightKg: 'n', bodyFatPct: 'n' },
  mealSlots: { position: 'n', name: 's' },
  diaryEntries: {
    date: 's', meal: 's', kind: 's', foodRef: 's', foodSource: 's', name: 's', grams: 'n', qty: 'n', unit: 's', unitGrams: 'n',
    kcal: 'n', proteinG: 'n', carbsG: 'n', fatG: 'n', per100g: 'j', nutrients: 'j', createdAt: 's',
  },
  diaryDays: { date: 's', complete: 'b', fast: 'b' },
  customFoods: { ref: 's', name: 's', brand: 's', basis: 's', servingName: 's', servingGrams: 'n', servings: 'j', nutrients: 'j', archived: 'b' },
  recipes: { ref: 's', name: 's', servings: 'n', cookedWeightG: 'n', archived: 'b' },
  recipeIngredients: { recipeRef: 's', position: 'n', foodRef: 's', qty: 'n', unit: 's' },
  exercises: { name: 's', muscles: 'j', lowerBody: 'b', bodyweight: 'b', aliases: 'j' },
  routines: { name: 's', kind: 's', notes: 's' },
  routineItems: { routine: 's', position: 'n', exercise: 's', sets: 'n', reps: 'n', weightKg: 'n', rpe: 'n', type: 's' },
  templates: { name: 's', kind: 's', modality: 's', start: 's', minutes: 'n', rpe: 'n', distanceKm: 'n', elevationGainM: 'n', elevationLossM: 'n', notes: 's', routine: 's' },
  sessions: {
    key: 'n', date: 's', start: 's', minutes: 'n', kind: 's', modality: 's', rpe: 'n', distanceKm: 'n', elevationGainM: 'n', elevationLossM: 'n',
    avgHr: 'n', title: 's', notes: 's', planned: 'b', routine: 's',
  },
  sets: { session: 'n', position: 'n', exercise: 's', weightKg: 'n', assisted: 'b', reps: 'n', rpe: 'n', rir: 'n', type: 's', notes: 's' },
  sleep: { date: 's', bedDate: 's', bed: 's', wake: 's', hours: 'n', hoursEntered: 'b', quality: 'n', notes: 's' },
} as const satisfies Record<string, Record<string, ColumnType>>;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

type Cell<T extends ColumnType> = T extends 's' ? string : T extends 'n' ? number : T extends 'b' ? boolean : unknown;
export type Row<N extends TableName> = { [C in keyof (typeof TABLES)[N]]: Cell<(typeof TABLES)[N][C] & ColumnType> | null };
export type Tables = { [N in TableName]: Row<N>[] };

export const EXPORT_FORMAT = 'hybrid-planner-export';
export const EXPORT_VERSION = 1;

/** The JSON file: a header, then every table. */
export interface ExportDocument extends Tables {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  schemaVersion: number;
}

/** In the zip: one CSV per table, and this manifest (the header) as JSON. */
export const MANIFEST = 'hybrid-planner-export.json';
export const csvName = (t: TableName): string => `${t}.csv`;
