// Reads everything the user entered into the export's tables, through each domain's exported reads
// (the contract's read methods, or a store's reader where the contract caps a range or hides the
// snapshots a diary entry was logged with).
import type { Call } from '../handlerTypes';
import type { CoreContext } from '../context';
import { schemaVersion } from '../../store/db';
import { daySums, dayMarks, entriesToCopy } from '../diary/store';
import { foodById, foodByRef, ingredientsOf, userFoods } from '../food/store/foods';
import { listNights } from '../sleep/store';
import { listSessions } from '../training/store/sessions';
import { setsOfSession } from '../training/store/sets';
import { listWeighIns } from '../weight/store';
import { readKeep } from '../backup/store';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportDocument, type Row, type Tables } from './tables';

const FIRST = '1900-01-01';
const LAST = '2100-12-31';

/** A user food's number: c12 → 12. Custom foods and recipes share one counter, so this is the order they were made in. */
export const foodNumber = (ref: string | null): number => Number((ref ?? 'x0').slice(1));

/**
 * The custom foods and recipes: the live ones, and deleted ones that logged entries or recipes still
 * use (so those keep their food), in the order they were made.
 */
function userFoodRefs(ctx: CoreContext, entries: Row<'diaryEntries'>[]): { custom: string[]; recipes: string[] } {
  const refs = new Set([...userFoods(ctx.db, 'custom'), ...userFoods(ctx.db, 'recipe')].map((f) => f.ref));
  const more = entries.map((e) => e.foodRef).filter((r): r is string => r !== null && /^[cr]\d+$/.test(r));
  for (let i = 0; i < more.length; i++) {
    const ref = more[i];
    if (refs.has(ref) || !foodByRef(ctx.db, ref)) continue;
    refs.add(ref);
    if (ref.startsWith('r')) for (const id of ingredientsOf(ctx.db, foodByRef(ctx.db, ref)!.id)) more.push(foodById(ctx.db, id.foodId)?.ref ?? '');
  }
  const sorted = [...refs].sort((a, b) => foodNumber(a) - foodNumber(b));
  return { custom: sorted.filter((r) => r.startsWith('c')), recipes: sorted.filter((r) => r.startsWith('r')) };
}

function foodTables(ctx: CoreContext, call: Call, entries: Row<'diaryEntries'>[]): Pick<Tables, 'customFoods' | 'recipes' | 'recipeIngredients'> {
  const customFoods: Row<'customFoods'>[] = [];
  const recipes: Row<'recipes'>[] = [];
  const recipeIngredients: Row<'recipeIngredients'>[] = [];
  const refs = userFoodRefs(ctx, entries);
  for (const ref of refs.custom) {
    const d = call(ctx, 'food.get', { id: ref });
    customFoods.push({
      ref: d.id,
      name: d.name,
      brand: d.brand,
      basis: d.custom?.basis ?? '100g',
      servingName: d.custom?.basisServing?.name ?? null,
      servingGrams: d.custom?.basisServing?.grams ?? null,
      servings: d.measures.map((m) => ({ name: m.name, grams: m.grams })),
      nutrients: d.custom?.entered ?? d.nutrientsPer100g,
      archived: d.archived,
    });
  }
  for (const ref of refs.recipes) {
    const d = call(ctx, 'food.get', { id: ref });
    recipes.push({ ref: d.id, name: d.name, servings: d.recipe?.servings ?? 1, cookedWeightG: d.recipe?.cookedWeightG ?? null, archived: d.archived });
    (d.recipe?.ingredients ?? []).forEach((i, position) => recipeIngredients.push({ recipeRef: d.id, position, foodRef: i.foodId, qty: i.qty, unit: i.unit }));
  }
  return { customFoods, recipes, recipeIngredients };
}

function diaryTables(ctx: CoreContext): Pick<Tables, 'diaryEntries' | 'diaryDays'> {
  const diaryEntries: Row<'diaryEntries'>[] = [];
  for (const [date] of daySums(ctx.db, FIRST, LAST)) {
    for (const e of entriesToCopy(ctx.db, date, null)) {
      diaryEntries.push({
        date: e.date, meal: e.meal, kind: e.kind, foodRef: e.foodId, foodSource: e.source, name: e.name, grams: e.grams, qty: e.qty, unit: e.unit,
        unitGrams: e.unitGrams, kcal: e.kcal, proteinG: e.proteinG, carbsG: e.carbsG, fatG: e.fatG, per100g: e.per100g, nutrients: e.nutrients, createdAt: e.createdAt,
      });
    }
  }
  const diaryDays = [...dayMarks(ctx.db, FIRST, LAST)]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, m]) => ({ date, complete: m.complete === null ? null : m.complete === 1, fast: m.fast === 1 }));
  return { diaryEntries, diaryDays };
}

function trainingTables(ctx: CoreContext, call: Call): Pick<Tables, 'exercises' | 'routines' | 'routineItems' | 'templates' | 'sessions' | 'sets'> {
  const exercises = call(ctx, 'exercise.list', {})
    .filter((e) => !e.builtin)
    .map((e) => ({ name: e.name, muscles: e.muscles, lowerBody: e.lowerBody, bodyweight: e.bodyweight, aliases: e.aliases }));
  const routineList = call(ctx, 'routine.list', {});
  const routineName = new Map(routineList.map((r) => [r.id, r.name]));
  const routines = routineList.map((r) => ({ name: r.name, kind: r.kind, notes: r.notes }));
  const routineItems = routineList.flatMap((r) =>
    r.items.map((i, position) => ({ routine: r.name, position, exercise: i.exercise, sets: i.sets, reps: i.reps, weightKg: i.weightKg, rpe: i.rpe, type: i.type })),
  );
  const templates = call(ctx, 'template.list', {}).map((t) => ({
    name: t.name, kind: t.kind, modality: t.modality, start: t.start, minutes: t.minutes, rpe: t.rpe, distanceKm: t.distanceKm,
    elevationGainM: t.elevationGainM, elevationLossM: t.elevationLossM, notes: t.notes, routine: t.routineId === null ? null : (routineName.get(t.routineId) ?? null),
  }));
  const sessions: Row<'sessions'>[] = [];
  const sets: Row<'sets'>[] = [];
  for (const s of listSessions(ctx.db, FIRST, LAST)) {
    sessions.push({
      key: s.id, date: s.date, start: s.start, minutes: s.minutes, kind: s.kind, modality: s.modality, rpe: s.rpe, distanceKm: s.distanceKm,
      elevationGainM: s.elevationGainM, elevationLossM: s.elevationLossM, avgHr: s.avgHr, title: s.title, notes: s.notes, planned: s.planned,
      routine: s.routineId === null ? null : (routineName.get(s.routineId) ?? null),
    });
    if (s.setCount === 0) continue;
    for (const x of setsOfSession(ctx.db, s.id)) {
      sets.push({ session: s.id, position: x.position, exercise: x.exercise, weightKg: x.weightKg, assisted: x.assisted, reps: x.reps, rpe: x.rpe, rir: x.rir, type: x.type, notes: x.notes });
    }
  }
  return { exercises, routines, routineItems, templates, sessions, sets };
}

/** Everything the user entered, as the export's tables. */
export function collectExport(ctx: CoreContext, call: Call): ExportDocument {
  const profile = call(ctx, 'profile.get', {});
  const keep = readKeep(ctx.db);
  const diary = diaryTables(ctx);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: ctx.now().toISOString(),
    schemaVersion: schemaVersion(ctx.db),
    profile: profile ? [profile] : [],
    settings: [{ key: 'nutritionTargets', value: call(ctx, 'nutrition.targets', {}) }, ...(keep === null ? [] : [{ key: 'backupKeep', value: keep }])],
    weighIns: listWeighIns(ctx.db, FIRST, LAST)
      .reverse()
      .map((w) => ({ date: w.date, weightKg: w.weightKg, bodyFatPct: w.bodyFatPct })),
    mealSlots: call(ctx, 'mealSlot.list', {}).map((m) => ({ position: m.position, name: m.name })),
    ...diary,
    ...foodTables(ctx, call, diary.diaryEntries),
    ...trainingTables(ctx, call),
    sleep: listNights(ctx.db, FIRST, LAST)
      .reverse()
      .map((n) => ({ date: n.date, bedDate: n.bedDate, bed: n.bed, wake: n.wake, hours: n.hours, hoursEntered: n.hoursEntered, quality: n.quality, notes: n.notes })),
  };
}
