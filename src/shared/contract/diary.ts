import { z } from 'zod';
import { Day, Empty, Id, method } from './common';
import { AmountUnitHelp, FoodId } from './food';

// The food diary: meal slots, entries (food or quick add), day status, daily totals vs targets.

export const MealSlot = z.object({ id: Id, name: z.string(), position: z.number().int() });
export type MealSlot = z.infer<typeof MealSlot>;

export const Entry = z.object({
  id: Id,
  date: Day,
  mealId: Id,
  meal: z.string(),
  kind: z.enum(['food', 'quick']),
  /** The food it was logged from ("05064", "c12", "r3"), null for a quick add. */
  foodId: z.string().nullable(),
  source: z.string().nullable(),
  name: z.string(),
  /** Weight eaten; null for a quick add. */
  grams: z.number().nullable(),
  /** The amount as entered: 2 × "cup, chopped", 150 × "g". */
  qty: z.number().nullable(),
  unit: z.string().nullable(),
  kcal: z.number(),
  /** null = unknown (a quick add without it), never a made-up 0. */
  proteinG: z.number().nullable(),
  carbsG: z.number().nullable(),
  fatG: z.number().nullable(),
  createdAt: z.string(),
});
export type Entry = z.infer<typeof Entry>;

export const MacroTotals = z.object({
  kcal: z.number(),
  proteinG: z.number(),
  carbsG: z.number(),
  fatG: z.number(),
  entries: z.number().int(),
  /** Entries whose value is unknown (their amount is not in the total). */
  unknown: z.object({ proteinG: z.number().int(), carbsG: z.number().int(), fatG: z.number().int() }),
});
export type MacroTotals = z.infer<typeof MacroTotals>;

export const DayStatus = z.object({
  date: Day,
  hasEntries: z.boolean(),
  fast: z.boolean(),
  markedIncomplete: z.boolean(),
  /** The user said the day is complete (or it is a fast): it counts even while not over or if it looks partly logged. */
  markedComplete: z.boolean(),
  /** As the analyses see the day: true, false (missing data), null (nothing logged). */
  complete: z.boolean().nullable(),
});
export type DayStatus = z.infer<typeof DayStatus>;

export const DayLog = z.object({
  date: Day,
  status: DayStatus,
  meals: z.array(MealSlot.extend({ entries: z.array(Entry), totals: MacroTotals })),
  totals: MacroTotals,
});
export type DayLog = z.infer<typeof DayLog>;

const Band = z.object({ min: z.number(), max: z.number() });

export const NutritionTargets = z.object({
  /** Fixed energy target, kcal/day; null (the default) = the day's estimated expenditure. */
  energyKcal: z.number().nullable(),
  /** Protein per kg body weight per day (default 1.6–2.2, Morton 2018). */
  proteinGPerKg: Band,
  /** Fixed carbohydrate per kg body weight per day; null (the default) = the band for the day's training (Thomas, Erdman, Burke 2016). */
  carbsGPerKg: Band.nullable(),
  /** Fat as % of energy (default 20–35 %, IOM 2005 AMDR). */
  fatPctEnergy: Band,
});
export type NutritionTargets = z.infer<typeof NutritionTargets>;

export const NutrientTotal = z.object({
  key: z.string(),
  label: z.string(),
  unit: z.string(),
  group: z.string(),
  /** Sum over the day's entries that have the value; null when none has it. */
  amount: z.number().nullable(),
  /** Entries without this nutrient (so the amount is a lower bound). */
  entriesWithout: z.number().int(),
  dailyValue: z.number().nullable(),
  percentDv: z.number().nullable(),
  dvNote: z.string().nullable(),
});

const TargetLine = z.object({ min: z.number(), max: z.number(), source: z.string() }).nullable();

export const NutritionDay = z.object({
  date: Day,
  status: DayStatus,
  totals: MacroTotals,
  /** Body weight the per-kg targets use: the weight trend on the day, else the latest weigh-in. */
  weightKg: z.number().nullable(),
  weightBasis: z.enum(['trend', 'weigh-in']).nullable(),
  targets: z.object({
    energyKcal: z.number().nullable(),
    proteinG: TargetLine,
    carbsG: TargetLine,
    fatG: TargetLine,
  }),
  /** Where the energy and carbohydrate targets come from (the user's numbers, the expenditure estimate, the day's training). */
  targetBasis: z.object({
    energy: z.object({
      kind: z.enum(['set', 'expenditure', 'plan', 'none']),
      estimate: z
        .object({
          kcal: z.number(),
          lowKcal: z.number().nullable(),
          highKcal: z.number().nullable(),
          adaptive: z.boolean(),
          formula: z.enum(['mifflin', 'cunningham']).nullable(),
          asOf: Day,
        })
        .nullable(),
      note: z.string(),
    }),
    protein: z.object({ kind: z.enum(['set', 'default']), band: Band, note: z.string() }),
    fat: z.object({ kind: z.enum(['set', 'default']), band: Band, note: z.string() }),
    carbs: z.object({
      kind: z.enum(['set', 'training']),
      gPerKg: Band,
      trainingMin: z.number(),
      plannedMin: z.number(),
      load: z.enum(['light', 'moderate', 'high', 'very-high']).nullable(),
      note: z.string(),
    }),
  }),
  /** The week's plan the targets come from (goal, check-in or fixed target), with the day's reason; null: the diary's own targets. */
  targetPlan: z.object({ week: z.string(), basis: z.enum(['proposal', 'checkin', 'fixed']), reason: z.string() }).nullable(),
  /** What is left to eat: target (or the band's lower end) less the day's total; negative when over; null without a target. */
  remaining: z.object({ energyKcal: z.number().nullable(), proteinG: z.number().nullable(), carbsG: z.number().nullable(), fatG: z.number().nullable() }),
  nutrients: z.array(NutrientTotal),
  dailyValuesSource: z.string(),
});
export type NutritionDay = z.infer<typeof NutritionDay>;

const Qty = z
  .number({ error: (iss) => (iss.input === undefined ? 'amount is required' : 'amount must be a number') })
  .finite({ message: 'amount must be a number' })
  .gt(0, { message: 'amount must be more than 0' });

const gramsOf = (label: string, max: number) =>
  z
    .number({ error: `${label} must be a number (g)` })
    .finite({ message: `${label} must be a number (g)` })
    .min(0, { message: `${label} cannot be negative` })
    .max(max, { message: `${label} must be at most ${max} g` });

export const QuickAdd = z
  .object({
    kcal: z
      .number({ error: (iss) => (iss.input === undefined ? 'energy (kcal) is required' : 'energy must be a number (kcal)') })
      .finite({ message: 'energy must be a number (kcal)' })
      .min(0, { message: 'energy cannot be negative' })
      .max(10_000, { message: 'energy must be at most 10000 kcal in one entry' }),
    proteinG: gramsOf('protein', 1000).nullable().optional(),
    carbsG: gramsOf('carbohydrate', 2000).nullable().optional(),
    fatG: gramsOf('fat', 1000).nullable().optional(),
    label: z.string().trim().max(200, { message: 'label must be at most 200 characters' }).optional(),
  })
  .strict();

const FoodAmount = z
  .object({
    id: FoodId,
    qty: Qty,
    unit: z.string({ error: AmountUnitHelp }).trim().min(1, { message: AmountUnitHelp }),
    /** Pick a measure by id (the UI) instead of by name. */
    measureId: Id.optional(),
  })
  .strict();

const MealName = z.string({ error: 'meal must be the name of a meal slot, e.g. "Breakfast"' }).trim().min(1, { message: 'meal must not be empty' });

const onlyOneMeal = <T extends { meal?: string; mealId?: number }>(v: T) => !(v.meal !== undefined && v.mealId !== undefined);

export const diaryMethods = {
  'meal.add': method(
    'Log a food (amount in g, oz, lb, kg or one of its measures) or a quick add (kcal, optional macros). Over 5 kg needs confirm.',
    z
      .object({
        date: Day,
        meal: MealName.optional(),
        mealId: Id.optional(),
        food: FoodAmount.optional(),
        quick: QuickAdd.optional(),
        confirm: z.boolean().optional(),
      })
      .strict()
      .refine((v) => (v.food === undefined) !== (v.quick === undefined), { message: 'give either a food with an amount or a quick add, not both', path: ['food'] })
      .refine((v) => v.meal !== undefined || v.mealId !== undefined, { message: 'meal is required (e.g. "Breakfast")', path: ['meal'] })
      .refine(onlyOneMeal, { message: 'give meal or mealId, not both', path: ['meal'] }),
    Entry,
  ),
  'meal.update': method(
    'Edit an entry: its amount (food) or values (quick add), or move it to another meal or day.',
    z
      .object({
        id: Id,
        date: Day.optional(),
        meal: MealName.optional(),
        mealId: Id.optional(),
        qty: Qty.optional(),
        unit: z.string().trim().min(1, { message: AmountUnitHelp }).optional(),
        measureId: Id.optional(),
        quick: QuickAdd.partial().optional(),
        confirm: z.boolean().optional(),
      })
      .strict()
      .refine(onlyOneMeal, { message: 'give meal or mealId, not both', path: ['meal'] }),
    Entry,
  ),
  'meal.delete': method('Delete an entry; returns it, and meal.restore undoes it.', z.object({ id: Id }).strict(), Entry),
  'meal.restore': method('Undo a delete: the entry comes back exactly as it was.', z.object({ id: Id }).strict(), Entry),
  'meal.list': method('One day of the diary: meal slots with their entries and totals, and the day status.', z.object({ date: Day }).strict(), DayLog),
  'meal.copy': method(
    'Copy one meal (or the whole day, without meal) to another day, keeping what each entry was logged with.',
    z
      .object({
        fromDate: Day,
        toDate: Day,
        meal: MealName.optional(),
        mealId: Id.optional(),
        /** The meal slot to copy into (default: the same slot). */
        toMeal: MealName.optional(),
        toMealId: Id.optional(),
      })
      .strict()
      .refine(onlyOneMeal, { message: 'give meal or mealId, not both', path: ['meal'] }),
    z.object({ copied: z.array(Entry) }),
  ),
  'mealSlot.list': method('The meal slots, in order.', Empty, z.array(MealSlot)),
  'mealSlot.rename': method('Rename a meal slot.', z.object({ id: Id, name: MealName.max(40, { message: 'meal name must be at most 40 characters' }) }).strict(), MealSlot),
  'mealSlot.add': method('Add a meal slot at the end.', z.object({ name: MealName.max(40, { message: 'meal name must be at most 40 characters' }) }).strict(), MealSlot),
  'mealSlot.reorder': method(
    'Put the meal slots in a new order: every slot id once, first to last.',
    z.object({ ids: z.array(Id, { error: 'ids must be the list of meal slot ids in their new order' }) }).strict(),
    z.array(MealSlot),
  ),
  'day.setComplete': method(
    'Mark a day complete, or incomplete (then it is missing data for every analysis, not a low-intake day).',
    z.object({ date: Day, complete: z.boolean({ error: 'complete must be true or false' }) }).strict(),
    DayStatus,
  ),
  'day.setFast': method('Mark a day as a deliberate fast (counts as what is logged, zero if nothing), or unmark it.', z.object({ date: Day, fast: z.boolean({ error: 'fast must be true or false' }) }).strict(), DayStatus),
  'nutrition.day': method('A day’s totals against targets and every nutrient against its daily value.', z.object({ date: Day }).strict(), NutritionDay),
  'nutrition.targets': method('The nutrition targets.', Empty, NutritionTargets),
  'nutrition.setTargets': method(
    'Change nutrition targets (any subset). energyKcal null = follow the day’s estimated expenditure; carbsGPerKg null = follow the day’s training.',
    z
      .object({
        /** null: follow the day's estimated expenditure again. */
        energyKcal: z.number({ error: 'energy target must be a number (kcal)' }).min(800, { message: 'energy target must be between 800 and 8000 kcal' }).max(8000, { message: 'energy target must be between 800 and 8000 kcal' }).nullable().optional(),
        proteinGPerKg: Band.refine((b) => b.min > 0 && b.min <= b.max && b.max <= 5, { message: 'protein band must be within 0–5 g/kg with min ≤ max' }).optional(),
        /** null: follow the day's training again. */
        carbsGPerKg: Band.refine((b) => b.min >= 0 && b.min <= b.max && b.max <= 15, { message: 'carbohydrate band must be within 0–15 g/kg with min ≤ max' }).nullable().optional(),
        fatPctEnergy: Band.refine((b) => b.min >= 0 && b.min <= b.max && b.max <= 100, { message: 'fat band must be within 0–100 % with min ≤ max' }).optional(),
      })
      .strict(),
    NutritionTargets,
  ),
};
