// The food diary: entries that snapshot what they were logged with, meal slots, day status,
// totals. Every entry keeps its own nutrients (per 100 g and totals), so editing a custom food or
// recipe later — or a new SR24 build — never changes what was logged. All SQL is in store.ts; the
// foods come through the food domain's functions.
import type Database from 'better-sqlite3';
import type { DayLog, DayStatus, Entry, MacroTotals, MealSlot } from '../../../shared/contract/diary';
import { addDays } from '../../../shared/dates';
import { cleanNumber, scaleNutrients, type NutrientValues } from '../../../shared/food/nutrients';
import type { CoreContext } from '../context';
import { AppError, invalid, notFound } from '../../errors';
import { checkAmount, getFood, measuresOf, per100gOf, resolveAmount, type Food } from '../food/foods';
import { foodById, noteUse, writeUsage } from '../food/store/foods';
import {
  copyEntry,
  dayEntries,
  dayEntriesWithNutrients,
  dayMark,
  entriesToCopy,
  entryById,
  entryCount,
  insertEntry,
  insertSlot,
  lastUseOf,
  listSlots,
  publicEntry,
  setEntryDeleted,
  slotById,
  slotByName,
  updateEntry as writeEntryChange,
  writeDayMark,
  writeSlotName,
  writeSlotOrder,
  type DayMark,
  type DiaryEntry,
  type EntryChange,
} from './store';

export { listSlots } from './store';

// ---- meal slots ----

function resolveSlot(db: Database.Database, ref: { meal?: string; mealId?: number }, field = 'meal'): MealSlot {
  if (ref.mealId !== undefined) {
    const s = slotById(db, ref.mealId);
    if (!s) throw new AppError('not_found', `No meal slot with id ${ref.mealId}.`, field === 'meal' ? 'mealId' : field);
    return s;
  }
  const name = (ref.meal ?? '').trim();
  const s = slotByName(db, name);
  if (!s) {
    const names = listSlots(db).map((x) => `"${x.name}"`).join(', ');
    throw invalid(field, `There is no meal called "${name}". Meals: ${names}.`);
  }
  return s;
}

export function renameSlot(db: Database.Database, id: number, name: string): MealSlot {
  const slot = resolveSlot(db, { mealId: id }, 'id');
  if (slotByName(db, name, id)) throw new AppError('conflict', `There is already a meal called "${name}".`, 'name');
  writeSlotName(db, slot.id, name);
  return { ...slot, name };
}

/** A new order of the meal slots: every slot exactly once, so none can be lost or doubled. */
export function reorderSlots(db: Database.Database, ids: readonly number[]): MealSlot[] {
  const slots = listSlots(db);
  const known = new Set(slots.map((s) => s.id));
  const unknown = ids.find((id) => !known.has(id));
  if (unknown !== undefined) throw new AppError('not_found', `No meal slot with id ${unknown}.`, 'ids');
  if (new Set(ids).size !== ids.length || ids.length !== slots.length) {
    throw invalid('ids', `Give every meal slot once (${slots.map((s) => `${s.id} ${s.name}`).join(', ')}), in the new order.`);
  }
  writeSlotOrder(db, ids);
  return listSlots(db);
}

export function addSlot(db: Database.Database, name: string): MealSlot {
  if (slotByName(db, name)) throw new AppError('conflict', `There is already a meal called "${name}".`, 'name');
  return insertSlot(db, name);
}

// ---- dates ----

/** Diary days run from 1900 to a year ahead (planning meals ahead, copying to tomorrow). */
function checkDiaryDate(ctx: CoreContext, date: string, field = 'date'): void {
  const latest = addDays(ctx.today(), 366);
  if (date > latest) throw invalid(field, `${date} is more than a year ahead; the diary goes up to ${latest}.`);
  if (date < '1900-01-01') throw invalid(field, `${date} is before 1900.`);
}

// ---- entries ----

function entry(db: Database.Database, id: number, includeDeleted = false): DiaryEntry {
  const e = entryById(db, id, includeDeleted);
  if (!e) throw notFound('diary entry', id);
  return e;
}

/** Keeps the food's recent / frequent usage equal to what the live diary says about it. */
export function refreshUsage(db: Database.Database, foodId: number | null): void {
  if (foodId === null) return;
  const last = lastUseOf(db, foodId);
  writeUsage(db, foodId, last ? { uses: last.uses, lastDate: last.date, lastAt: last.createdAt, lastQty: last.qty, lastUnit: last.unit } : null);
}

interface Snapshot {
  grams: number | null;
  qty: number | null;
  unit: string | null;
  unitGrams: number | null;
  per100g: NutrientValues | null;
  totals: NutrientValues;
}

function foodSnapshot(food: Food, per100g: NutrientValues, amount: { grams: number; qty: number; unit: string; unitGrams: number }): Snapshot {
  if (per100g.energyKcal === undefined) {
    throw invalid('food.id', `"${food.name}" (${food.ref}) has no energy value in its data, so it cannot be logged; pick a similar food.`);
  }
  return { ...amount, per100g, totals: scaleNutrients(per100g, amount.grams) };
}

function quickTotals(q: { kcal: number; proteinG?: number | null; carbsG?: number | null; fatG?: number | null }): NutrientValues {
  const totals: NutrientValues = { energyKcal: q.kcal };
  if (q.proteinG != null) totals.proteinG = q.proteinG;
  if (q.carbsG != null) totals.carbsG = q.carbsG;
  if (q.fatG != null) totals.fatG = q.fatG;
  return totals;
}

export interface AddInput {
  date: string;
  meal?: string;
  mealId?: number;
  food?: { id: string; qty: number; unit: string; measureId?: number };
  quick?: { kcal: number; proteinG?: number | null; carbsG?: number | null; fatG?: number | null; label?: string };
  confirm?: boolean;
}

export function addEntry(ctx: CoreContext, input: AddInput): Entry {
  checkDiaryDate(ctx, input.date);
  const slot = resolveSlot(ctx.db, input);
  return ctx.db.transaction(() => {
    let id: number;
    const createdAt = ctx.now().toISOString();
    if (input.food) {
      const food = getFood(ctx.db, input.food.id, 'food.id');
      const amount = resolveAmount(measuresOf(ctx.db, food.id), input.food.qty, input.food.unit, input.food.measureId, 'food.unit');
      checkAmount(amount.grams, food.name, input.confirm);
      const snap = foodSnapshot(food, per100gOf(ctx.db, food), amount);
      const name = food.brand ? `${food.name} (${food.brand})` : food.name;
      id = insertEntry(ctx.db, { date: input.date, slotId: slot.id, kind: 'food', food, name, ...snap, createdAt });
      noteUse(ctx.db, food.id, input.date, amount.qty, amount.unit, ctx.now().toISOString());
    } else {
      const q = input.quick!;
      const name = q.label?.trim() || 'Quick add';
      id = insertEntry(ctx.db, { date: input.date, slotId: slot.id, kind: 'quick', food: null, name, grams: null, qty: null, unit: null, unitGrams: null, per100g: null, totals: quickTotals(q), createdAt });
    }
    return publicEntry(entry(ctx.db, id));
  })();
}

export interface UpdateInput {
  id: number;
  date?: string;
  meal?: string;
  mealId?: number;
  qty?: number;
  unit?: string;
  measureId?: number;
  quick?: { kcal?: number; proteinG?: number | null; carbsG?: number | null; fatG?: number | null; label?: string };
  confirm?: boolean;
}

export function updateEntry(ctx: CoreContext, input: UpdateInput): Entry {
  const cur = entry(ctx.db, input.id);
  const date = input.date ?? cur.date;
  checkDiaryDate(ctx, date);
  const slot = input.meal !== undefined || input.mealId !== undefined ? resolveSlot(ctx.db, input) : { id: cur.mealId };
  const change: EntryChange = {};
  if (cur.kind === 'food') {
    if (input.quick) throw invalid('quick', 'This entry is a food, not a quick add: change its amount instead.');
    if (input.qty !== undefined || input.unit !== undefined || input.measureId !== undefined) {
      const per100g = cur.per100g ?? {};
      // The amount is re-resolved against the food's measures as they are now, but the nutrients
      // stay the ones the entry was logged with.
      const liveFood = cur.foodRowId !== null ? foodById(ctx.db, cur.foodRowId) : undefined;
      const measures = liveFood ? measuresOf(ctx.db, liveFood.id) : [];
      const qty = input.qty ?? cur.qty ?? 0;
      const unit = input.unit ?? cur.unit ?? 'g';
      const sameUnit = input.unit === undefined && input.measureId === undefined && cur.unitGrams !== null;
      const amount = sameUnit
        ? { grams: cleanNumber(qty * cur.unitGrams!), qty, unit: cur.unit!, unitGrams: cur.unitGrams! }
        : resolveAmount(measures, qty, unit, input.measureId, 'unit');
      checkAmount(amount.grams, cur.name, input.confirm);
      change.amount = amount;
      change.totals = scaleNutrients(per100g, amount.grams);
    }
  } else {
    if (input.qty !== undefined || input.unit !== undefined || input.measureId !== undefined) {
      throw invalid('qty', 'A quick add has no amount: change its energy and macros instead.');
    }
    if (input.quick) {
      const old = cur.nutrients ?? {};
      change.totals = quickTotals({
        kcal: input.quick.kcal ?? old.energyKcal ?? 0,
        proteinG: input.quick.proteinG === undefined ? old.proteinG : input.quick.proteinG,
        carbsG: input.quick.carbsG === undefined ? old.carbsG : input.quick.carbsG,
        fatG: input.quick.fatG === undefined ? old.fatG : input.quick.fatG,
      });
      if (input.quick.label !== undefined) change.name = input.quick.label.trim() || 'Quick add';
    }
  }
  return ctx.db.transaction(() => {
    if (date !== cur.date || slot.id !== cur.mealId) change.move = { date, slotId: slot.id };
    writeEntryChange(ctx.db, cur, change);
    refreshUsage(ctx.db, cur.foodRowId);
    return publicEntry(entry(ctx.db, cur.id));
  })();
}

export function deleteEntry(ctx: CoreContext, id: number): Entry {
  const cur = entry(ctx.db, id);
  return ctx.db.transaction(() => {
    setEntryDeleted(ctx.db, cur, ctx.now().toISOString());
    refreshUsage(ctx.db, cur.foodRowId);
    return publicEntry(cur);
  })();
}

export function restoreEntry(ctx: CoreContext, id: number): Entry {
  const cur = entry(ctx.db, id, true);
  if (!cur.deleted) throw new AppError('conflict', `Entry ${id} is not deleted.`, 'id');
  return ctx.db.transaction(() => {
    setEntryDeleted(ctx.db, cur, null);
    refreshUsage(ctx.db, cur.foodRowId);
    return publicEntry(entry(ctx.db, id));
  })();
}

export function copyEntries(
  ctx: CoreContext,
  input: { fromDate: string; toDate: string; meal?: string; mealId?: number; toMeal?: string; toMealId?: number },
): Entry[] {
  checkDiaryDate(ctx, input.toDate, 'toDate');
  const fromSlot = input.meal !== undefined || input.mealId !== undefined ? resolveSlot(ctx.db, input) : null;
  const toSlot = input.toMeal !== undefined || input.toMealId !== undefined ? resolveSlot(ctx.db, { meal: input.toMeal, mealId: input.toMealId }, 'toMeal') : null;
  if (!fromSlot && toSlot) throw invalid('toMeal', 'Copying a whole day keeps each entry in its own meal; give a meal to copy into another one.');
  const rows = entriesToCopy(ctx.db, input.fromDate, fromSlot?.id ?? null);
  if (rows.length === 0) {
    throw invalid(fromSlot ? 'meal' : 'fromDate', `Nothing is logged ${fromSlot ? `in ${fromSlot.name} ` : ''}on ${input.fromDate}, so there is nothing to copy.`);
  }
  return ctx.db.transaction(() => {
    const now = ctx.now().toISOString();
    const ids = rows.map((r) => copyEntry(ctx.db, r.id, input.toDate, toSlot?.id ?? r.mealId, now));
    for (const f of new Set(rows.map((r) => r.foodRowId))) refreshUsage(ctx.db, f);
    return ids.map((id) => publicEntry(entry(ctx.db, id)));
  })();
}

// ---- day status and totals ----

function dayStatus(db: Database.Database, date: string): DayStatus {
  return statusOf(date, entryCount(db, date) > 0, dayMark(db, date));
}

/** The day as every analysis sees it (science.md §2: a day without logged intake is missing, never zero). */
export function statusOf(date: string, hasEntries: boolean, d: DayMark | undefined): DayStatus {
  const fast = d?.fast === 1;
  const markedIncomplete = d?.complete === 0;
  const markedComplete = d?.complete === 1 || fast;
  const complete = fast ? true : !hasEntries ? null : !markedIncomplete;
  return { date, hasEntries, fast, markedIncomplete, markedComplete, complete };
}

export function setComplete(ctx: CoreContext, date: string, complete: boolean): DayStatus {
  checkDiaryDate(ctx, date);
  const cur = dayStatus(ctx.db, date);
  if (complete && !cur.hasEntries && !cur.fast) {
    throw invalid('complete', `Nothing is logged on ${date}. To count it as a day of zero intake, mark it as a fast.`);
  }
  // Marking a day incomplete ends a fast (the two say opposite things about the day). Marking it
  // complete is kept (1), so today or a day that looks partly logged counts once the user says so.
  writeDayMark(ctx.db, date, complete ? 1 : 0, complete ? (cur.fast ? 1 : 0) : 0);
  return dayStatus(ctx.db, date);
}

export function setFast(ctx: CoreContext, date: string, fast: boolean): DayStatus {
  checkDiaryDate(ctx, date);
  if (fast && date > ctx.today()) throw invalid('date', `${date} has not happened yet; mark a fast on the day or after.`);
  // A fast is a complete day by definition: it clears an "incomplete" mark.
  writeDayMark(ctx.db, date, null, fast ? 1 : 0);
  return dayStatus(ctx.db, date);
}

function emptyTotals(): MacroTotals {
  return { kcal: 0, proteinG: 0, carbsG: 0, fatG: 0, entries: 0, unknown: { proteinG: 0, carbsG: 0, fatG: 0 } };
}

/** Sums entries; unknown macros are counted, not treated as zero. */
function addToTotals(t: MacroTotals, e: Pick<Entry, 'kcal' | 'proteinG' | 'carbsG' | 'fatG'>): void {
  t.kcal = cleanNumber(t.kcal + e.kcal);
  t.entries += 1;
  for (const k of ['proteinG', 'carbsG', 'fatG'] as const) {
    const v = e[k];
    if (v === null) t.unknown[k] += 1;
    else t[k] = cleanNumber(t[k] + v);
  }
}

export function dayLog(db: Database.Database, date: string): DayLog {
  const entries = dayEntries(db, date).map(publicEntry);
  const totals = emptyTotals();
  const meals = listSlots(db).map((s) => {
    const mine = entries.filter((e) => e.mealId === s.id);
    const t = emptyTotals();
    for (const e of mine) {
      addToTotals(t, e);
      addToTotals(totals, e);
    }
    return { ...s, entries: mine, totals: t };
  });
  return { date, status: statusOf(date, entries.length > 0, dayMark(db, date)), meals, totals };
}

/** A day's status, macro totals and every entry's nutrient totals, for the nutrient detail view. */
export function dayNutrition(db: Database.Database, date: string): { status: DayStatus; totals: MacroTotals; snapshots: NutrientValues[] } {
  const rows = dayEntriesWithNutrients(db, date);
  const totals = emptyTotals();
  for (const r of rows) addToTotals(totals, r);
  return { status: statusOf(date, rows.length > 0, dayMark(db, date)), totals, snapshots: rows.map((r) => r.nutrients ?? {}) };
}
