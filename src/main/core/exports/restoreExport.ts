// Our own export back into an EMPTY database (merging into an existing diary is the import's job).
// Everything goes through the domains: their contract methods where one takes the values (validated,
// as if typed in), and the diary store for entries, which keep the nutrients they were logged with.
// All in one transaction: a file refused half-way leaves the database as it was.
import type { NutrientValues } from '../../../shared/food/nutrients';
import type { Input } from '../../../shared/contract';
import { AppError } from '../../errors';
import { isEmpty } from '../app/store';
import type { CoreContext } from '../context';
import type { Call } from '../handlerTypes';
import { insertEntry, slotByName, writeDayMark } from '../diary/store';
import { foodByRef } from '../food/store/foods';
import { foodNumber } from './collect';
import { readOwnExport } from './read';
import type { ExportDocument, Row, TableName } from './tables';

export { detectOwnExport } from './read';

export type ImportedCounts = Record<TableName, number>;

type Nullish<T> = { [K in keyof T]: Exclude<T[K], null> | undefined };
/** Columns left empty are left out of the call (the method's default), never sent as null where null is not allowed. */
const given = <T extends Record<string, unknown>>(o: T): Nullish<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null)) as Nullish<T>;

function mealSlots(ctx: CoreContext, call: Call, rows: Row<'mealSlots'>[]): void {
  const existing = call(ctx, 'mealSlot.list', {});
  [...rows]
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
    .forEach((r, i) => {
      const name = r.name ?? '';
      if (slotByName(ctx.db, name)) return;
      if (existing[i]) call(ctx, 'mealSlot.rename', { id: existing[i].id, name });
      else call(ctx, 'mealSlot.add', { name });
    });
}

/** Creates the custom foods and recipes in the order they were made; returns their refs in the export → their refs here. */
function foods(ctx: CoreContext, call: Call, doc: ExportDocument): Map<string, string> {
  const refs = new Map<string, string>();
  const ref = (r: string | null) => (r === null ? '' : (refs.get(r) ?? r));
  const made = [...doc.customFoods.map((f) => ({ custom: f, recipe: null })), ...doc.recipes.map((r) => ({ custom: null, recipe: r }))].sort(
    (a, b) => foodNumber(a.custom?.ref ?? a.recipe?.ref ?? null) - foodNumber(b.custom?.ref ?? b.recipe?.ref ?? null),
  );
  for (const { custom: f, recipe: r } of made) {
    if (f) {
      const serving = f.servingName !== null && f.servingGrams !== null ? { name: f.servingName, grams: f.servingGrams } : null;
      const d = call(ctx, 'customFood.create', {
        name: f.name ?? '',
        brand: f.brand,
        basis: f.basis === 'serving' ? 'serving' : '100g',
        serving,
        servings: (f.servings as { name: string; grams: number }[] | null) ?? [],
        nutrients: (f.nutrients ?? {}) as Input<'customFood.create'>['nutrients'],
      });
      refs.set(f.ref ?? '', d.id);
    } else if (r) {
      const ingredients = doc.recipeIngredients
        .filter((i) => i.recipeRef === r.ref)
        .sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
        .map((i) => ({ foodId: ref(i.foodRef), qty: i.qty ?? 0, unit: i.unit ?? 'g' }));
      const d = call(ctx, 'recipe.create', { name: r.name ?? '', servings: r.servings ?? 1, cookedWeightG: r.cookedWeightG, ingredients });
      refs.set(r.ref ?? '', d.id);
    }
  }
  return refs;
}

function training(ctx: CoreContext, call: Call, doc: ExportDocument): void {
  for (const e of doc.exercises) {
    call(ctx, 'exercise.add', { ...given({ muscles: e.muscles as Input<'exercise.add'>['muscles'], lowerBody: e.lowerBody, bodyweight: e.bodyweight, aliases: e.aliases as string[] | null }), name: e.name ?? '' });
  }
  const routineIds = new Map<string, number>();
  for (const r of doc.routines) {
    const items = doc.routineItems
      .filter((i) => i.routine === r.name)
      .sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
      .map((i) => ({ exercise: i.exercise ?? '', sets: i.sets ?? 1, reps: i.reps ?? 1, weightKg: i.weightKg, rpe: i.rpe, type: (i.type ?? 'working') as 'working' }));
    routineIds.set(r.name ?? '', call(ctx, 'routine.add', { name: r.name ?? '', kind: (r.kind ?? undefined) as 'full-body' | undefined, notes: r.notes, items }).id);
  }
  const routineOf = (name: string | null) => (name === null ? null : (routineIds.get(name) ?? null));
  // A new database comes with the built-in templates: the exported ones take their place.
  const seeded = new Map(call(ctx, 'template.list', {}).map((t) => [t.name.toLowerCase(), t.id]));
  for (const t of doc.templates) {
    const { routine, ...fields } = t;
    const values = { ...(given(fields) as Input<'template.add'>), routineId: routineOf(routine) };
    const id = seeded.get((t.name ?? '').toLowerCase());
    if (id === undefined) call(ctx, 'template.add', values);
    else call(ctx, 'template.update', { id, ...values, modality: values.modality ?? null, distanceKm: t.distanceKm, elevationGainM: t.elevationGainM, elevationLossM: t.elevationLossM, notes: t.notes });
  }
  for (const s of doc.sessions) {
    const { key, routine, ...fields } = s;
    const sets = doc.sets
      .filter((x) => x.session === key)
      .sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
      .map(({ session: _s, position: _p, ...x }) => given(x) as Input<'set.add'>);
    call(ctx, 'session.add', { ...(given(fields) as Input<'session.add'>), routineId: routineOf(routine), confirm: true, ...(sets.length ? { sets } : {}) });
  }
}

function diary(ctx: CoreContext, call: Call, doc: ExportDocument, refs: Map<string, string>): void {
  const rowIds = new Map<string, number | null>();
  const rowIdOf = (exported: string): number | null => {
    const ref = refs.get(exported) ?? exported;
    if (!rowIds.has(ref)) {
      // A USDA food: food.get builds the food database on first use, as logging one does.
      if (/^\d{5}$/.test(ref)) call(ctx, 'food.get', { id: ref });
      rowIds.set(ref, foodByRef(ctx.db, ref)?.id ?? null);
    }
    return rowIds.get(ref) ?? null;
  };
  for (const e of doc.diaryEntries) {
    const slot = slotByName(ctx.db, e.meal ?? '') ?? call(ctx, 'mealSlot.add', { name: e.meal ?? 'Snacks' });
    const ref = e.foodRef === null ? null : (refs.get(e.foodRef) ?? e.foodRef);
    const id = e.foodRef === null ? null : rowIdOf(e.foodRef);
    insertEntry(ctx.db, {
      date: e.date ?? '',
      slotId: slot.id,
      kind: e.kind === 'quick' ? 'quick' : 'food',
      food: ref !== null && id !== null ? { id, ref, source: e.foodSource ?? '' } : null,
      name: e.name ?? '',
      grams: e.grams,
      qty: e.qty,
      unit: e.unit,
      unitGrams: e.unitGrams,
      per100g: e.per100g as NutrientValues | null,
      totals: (e.nutrients as NutrientValues | null) ?? ({ energyKcal: e.kcal ?? 0, ...given({ proteinG: e.proteinG, carbsG: e.carbsG, fatG: e.fatG }) } as NutrientValues),
      createdAt: e.createdAt ?? ctx.now().toISOString(),
    });
  }
  for (const d of doc.diaryDays) writeDayMark(ctx.db, d.date ?? '', d.complete === null ? null : d.complete ? 1 : 0, d.fast ? 1 : 0);
}

function apply(ctx: CoreContext, call: Call, doc: ExportDocument): void {
  if (doc.profile[0]) call(ctx, 'profile.set', given(doc.profile[0]) as Input<'profile.set'>);
  for (const s of doc.settings) {
    if (s.key === 'nutritionTargets') call(ctx, 'nutrition.setTargets', s.value as Input<'nutrition.setTargets'>);
    if (s.key === 'backupKeep') call(ctx, 'backup.setKeep', { keep: Number(s.value) });
  }
  mealSlots(ctx, call, doc.mealSlots);
  for (const w of doc.weighIns) call(ctx, 'weight.add', { date: w.date ?? '', weightKg: w.weightKg ?? 0, bodyFatPct: w.bodyFatPct });
  for (const n of doc.sleep) {
    call(ctx, 'sleep.add', { date: n.date ?? '', bed: n.bed ?? '', wake: n.wake ?? '', bedDate: n.bedDate ?? undefined, hours: n.hoursEntered ? n.hours : null, quality: n.quality, notes: n.notes });
  }
  const refs = foods(ctx, call, doc);
  training(ctx, call, doc);
  diary(ctx, call, doc, refs);
  for (const f of [...doc.customFoods, ...doc.recipes]) if (f.archived) call(ctx, 'food.delete', { id: refs.get(f.ref ?? '') ?? '' });
}

/** How many rows of each table an export holds (the dry run's answer); reads and checks it whole. */
export function ownExportCounts(path: string): ImportedCounts {
  return countsOf(readOwnExport(path));
}

function countsOf(doc: ReturnType<typeof readOwnExport>): ImportedCounts {
  return Object.fromEntries(Object.entries(doc).filter(([, v]) => Array.isArray(v)).map(([k, v]) => [k, (v as unknown[]).length])) as ImportedCounts;
}

/**
 * Writes our export at `path` into the database behind `ctx`, which must be empty. Refuses anything
 * else with a message; nothing is written unless all of it is.
 */
export function importOwnExport(ctx: CoreContext, path: string, call: Call): ImportedCounts {
  const doc = readOwnExport(path);
  if (!isEmpty(ctx.db)) {
    throw new AppError(
      'conflict',
      'A Hybrid Planner export is restored only into an empty database, so nothing is entered twice: import it into a new file (--db NEW.db).',
    );
  }
  ctx.db.transaction(() => apply(ctx, call, doc)).immediate();
  return countsOf(doc);
}
