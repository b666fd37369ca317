// The food diary: entries that snapshot what they were logged with, meal slots, day status,
// totals. Every entry keeps its own nutrients (per 100 g and totals), so editing a custom food or
// recipe later — or a new SR24 build — never changes what was logged.
import type Database from 'better-sqlite3';
import type { DayLog, DayStatus, Entry, MacroTotals, MealSlot } from '../../../shared/contract/diary';
import { addDays } from '../../../shared/dates';
import { cleanNumber, scaleNutrients, type NutrientValues } from '../../../shared/food/nutrients';
import type { CoreContext } from '../context';
import { AppError, invalid, notFound } from '../../errors';
import { checkAmount, getFood, measuresOf, per100gOf, resolveAmount, type FoodRow } from './foods';
import { intakeChanged } from './daily';
import { usageChanged } from './search';

// ---- meal slots ----

export function listSlots(db: Database.Database): MealSlot[] {
  return db.prepare('SELECT id, name, position FROM meal_slot ORDER BY position, id').all() as MealSlot[];
}

export function resolveSlot(db: Database.Database, ref: { meal?: string; mealId?: number }, field = 'meal'): MealSlot {
  if (ref.mealId !== undefined) {
    const s = db.prepare('SELECT id, name, position FROM meal_slot WHERE id = ?').get(ref.mealId) as MealSlot | undefined;
    if (!s) throw new AppError('not_found', `No meal slot with id ${ref.mealId}.`, field === 'meal' ? 'mealId' : field);
    return s;
  }
  const name = (ref.meal ?? '').trim();
  const s = db.prepare('SELECT id, name, position FROM meal_slot WHERE name = ? COLLATE NOCASE').get(name) as MealSlot | undefined;
  if (!s) {
    const names = listSlots(db).map((x) => `"${x.name}"`).join(', ');
    throw invalid(field, `There is no meal called "${name}". Meals: ${names}.`);
  }
  return s;
}

export function renameSlot(db: Database.Database, id: number, name: string): MealSlot {
  const slot = resolveSlot(db, { mealId: id }, 'id');
  const clash = db.prepare('SELECT id FROM meal_slot WHERE name = ? COLLATE NOCASE AND id != ?').get(name, id);
  if (clash) throw new AppError('conflict', `There is already a meal called "${name}".`, 'name');
  db.prepare('UPDATE meal_slot SET name = ? WHERE id = ?').run(name, slot.id);
  return { ...slot, name };
}

export function addSlot(db: Database.Database, name: string): MealSlot {
  const clash = db.prepare('SELECT id FROM meal_slot WHERE name = ? COLLATE NOCASE').get(name);
  if (clash) throw new AppError('conflict', `There is already a meal called "${name}".`, 'name');
  const pos = (db.prepare('SELECT IFNULL(MAX(position), 0) + 1 AS p FROM meal_slot').get() as { p: number }).p;
  const info = db.prepare('INSERT INTO meal_slot (name, position) VALUES (?, ?)').run(name, pos);
  return { id: Number(info.lastInsertRowid), name, position: pos };
}

// ---- dates ----

/** Diary days run from 1900 to a year ahead (planning meals ahead, copying to tomorrow). */
export function checkDiaryDate(ctx: CoreContext, date: string, field = 'date'): void {
  const latest = addDays(ctx.today(), 366);
  if (date > latest) throw invalid(field, `${date} is more than a year ahead; the diary goes up to ${latest}.`);
  if (date < '1900-01-01') throw invalid(field, `${date} is before 1900.`);
}

// ---- entries ----

interface EntryRow {
  id: number;
  date: string;
  slot_id: number;
  slot_name: string;
  position: number;
  kind: 'food' | 'quick';
  food_id: number | null;
  food_ref: string | null;
  source: string | null;
  name: string;
  grams: number | null;
  qty: number | null;
  unit: string | null;
  unit_grams: number | null;
  per100g: string | null;
  kcal: number;
  protein_g: number | null;
  carbs_g: number | null;
  fat_g: number | null;
  nutrients: string;
  created_at: string;
  deleted_at: string | null;
}

const ENTRY_SELECT = `SELECT e.*, s.name AS slot_name FROM diary_entry e JOIN meal_slot s ON s.id = e.slot_id`;

export function toEntry(r: EntryRow): Entry {
  return {
    id: r.id,
    date: r.date,
    mealId: r.slot_id,
    meal: r.slot_name,
    kind: r.kind,
    foodId: r.food_ref,
    source: r.source,
    name: r.name,
    grams: r.grams,
    qty: r.qty,
    unit: r.unit,
    kcal: r.kcal,
    proteinG: r.protein_g,
    carbsG: r.carbs_g,
    fatG: r.fat_g,
    createdAt: r.created_at,
  };
}

export function entryRow(db: Database.Database, id: number, includeDeleted = false): EntryRow {
  const r = db.prepare(`${ENTRY_SELECT} WHERE e.id = ?${includeDeleted ? '' : ' AND e.deleted_at IS NULL'}`).get(id) as EntryRow | undefined;
  if (!r) throw notFound('diary entry', id);
  return r;
}

function nextPosition(db: Database.Database, date: string, slotId: number): number {
  return (db.prepare('SELECT IFNULL(MAX(position), 0) + 1 AS p FROM diary_entry WHERE date = ? AND slot_id = ? AND deleted_at IS NULL').get(date, slotId) as { p: number }).p;
}

/** Keeps food_usage (recent / frequent) equal to what the live diary says about a food. */
export function refreshUsage(db: Database.Database, foodId: number | null): void {
  if (foodId === null) return;
  const last = db
    .prepare('SELECT date, qty, unit, created_at FROM diary_entry WHERE food_id = ? AND deleted_at IS NULL ORDER BY date DESC, id DESC LIMIT 1')
    .get(foodId) as { date: string; qty: number | null; unit: string | null; created_at: string } | undefined;
  if (!last) {
    db.prepare('DELETE FROM food_usage WHERE food_id = ?').run(foodId);
  } else {
    const uses = (db.prepare('SELECT COUNT(*) AS n FROM diary_entry WHERE food_id = ? AND deleted_at IS NULL').get(foodId) as { n: number }).n;
    db.prepare(
      `INSERT INTO food_usage (food_id, uses, last_date, last_at, last_qty, last_unit) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(food_id) DO UPDATE SET uses = excluded.uses, last_date = excluded.last_date, last_at = excluded.last_at,
         last_qty = excluded.last_qty, last_unit = excluded.last_unit`,
    ).run(foodId, uses, last.date, last.created_at, last.qty, last.unit);
  }
  usageChanged(db);
}

/** A new entry of a food: one more use, and the latest amount if it is the latest day. */
function noteUse(db: Database.Database, foodId: number, date: string, qty: number | null, unit: string | null, at: string): void {
  db.prepare(
    `INSERT INTO food_usage (food_id, uses, last_date, last_at, last_qty, last_unit) VALUES (?, 1, ?, ?, ?, ?)
     ON CONFLICT(food_id) DO UPDATE SET uses = food_usage.uses + 1,
       last_at = CASE WHEN excluded.last_date >= food_usage.last_date THEN excluded.last_at ELSE food_usage.last_at END,
       last_qty = CASE WHEN excluded.last_date >= food_usage.last_date THEN excluded.last_qty ELSE food_usage.last_qty END,
       last_unit = CASE WHEN excluded.last_date >= food_usage.last_date THEN excluded.last_unit ELSE food_usage.last_unit END,
       last_date = MAX(food_usage.last_date, excluded.last_date)`,
  ).run(foodId, date, at, qty, unit);
  usageChanged(db);
}

interface Snapshot {
  grams: number | null;
  qty: number | null;
  unit: string | null;
  unitGrams: number | null;
  per100g: NutrientValues | null;
  totals: NutrientValues;
}

function foodSnapshot(food: FoodRow, amount: { grams: number; qty: number; unit: string; unitGrams: number }): Snapshot {
  const per100g = per100gOf(food);
  if (per100g.energyKcal === undefined) {
    throw invalid('food.id', `"${food.name}" (${food.ref}) has no energy value in its data, so it cannot be logged; pick a similar food.`);
  }
  return { ...amount, per100g, totals: scaleNutrients(per100g, amount.grams) };
}

function quickSnapshot(q: { kcal: number; proteinG?: number | null; carbsG?: number | null; fatG?: number | null }): Snapshot {
  const totals: NutrientValues = { energyKcal: q.kcal };
  if (q.proteinG != null) totals.proteinG = q.proteinG;
  if (q.carbsG != null) totals.carbsG = q.carbsG;
  if (q.fatG != null) totals.fatG = q.fatG;
  return { grams: null, qty: null, unit: null, unitGrams: null, per100g: null, totals };
}

const macroOf = (t: NutrientValues) => ({ kcal: t.energyKcal ?? 0, protein: t.proteinG ?? null, carbs: t.carbsG ?? null, fat: t.fatG ?? null });

function insertEntry(
  ctx: CoreContext,
  e: { date: string; slotId: number; kind: 'food' | 'quick'; food: FoodRow | null; name: string; snap: Snapshot; createdAt?: string },
): number {
  intakeChanged(ctx.db, e.date);
  const m = macroOf(e.snap.totals);
  const info = ctx.db
    .prepare(
      `INSERT INTO diary_entry (date, slot_id, position, kind, food_id, food_ref, source, name, grams, qty, unit, unit_grams, per100g,
         kcal, protein_g, carbs_g, fat_g, nutrients, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      e.date,
      e.slotId,
      nextPosition(ctx.db, e.date, e.slotId),
      e.kind,
      e.food?.id ?? null,
      e.food?.ref ?? null,
      e.food?.source ?? null,
      e.name,
      e.snap.grams,
      e.snap.qty,
      e.snap.unit,
      e.snap.unitGrams,
      e.snap.per100g ? JSON.stringify(e.snap.per100g) : null,
      m.kcal,
      m.protein,
      m.carbs,
      m.fat,
      JSON.stringify(e.snap.totals),
      e.createdAt ?? ctx.now().toISOString(),
    );
  return Number(info.lastInsertRowid);
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
    if (input.food) {
      const food = getFood(ctx.db, input.food.id, 'food.id');
      const amount = resolveAmount(measuresOf(ctx.db, food.id), input.food.qty, input.food.unit, input.food.measureId, 'food.unit');
      checkAmount(amount.grams, food.name, input.confirm);
      id = insertEntry(ctx, { date: input.date, slotId: slot.id, kind: 'food', food, name: food.brand ? `${food.name} (${food.brand})` : food.name, snap: foodSnapshot(food, amount) });
      noteUse(ctx.db, food.id, input.date, amount.qty, amount.unit, ctx.now().toISOString());
    } else {
      const q = input.quick!;
      id = insertEntry(ctx, { date: input.date, slotId: slot.id, kind: 'quick', food: null, name: q.label?.trim() || 'Quick add', snap: quickSnapshot(q) });
    }
    return toEntry(entryRow(ctx.db, id));
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
  const cur = entryRow(ctx.db, input.id);
  const date = input.date ?? cur.date;
  checkDiaryDate(ctx, date);
  const slot = input.meal !== undefined || input.mealId !== undefined ? resolveSlot(ctx.db, input) : { id: cur.slot_id };
  const sets: string[] = [];
  const args: unknown[] = [];
  if (cur.kind === 'food') {
    if (input.quick) throw invalid('quick', 'This entry is a food, not a quick add: change its amount instead.');
    if (input.qty !== undefined || input.unit !== undefined || input.measureId !== undefined) {
      const per100g = JSON.parse(cur.per100g ?? '{}') as NutrientValues;
      // The amount is re-resolved against the food's measures as they are now, but the nutrients
      // stay the ones the entry was logged with.
      const liveFood = cur.food_id !== null ? (ctx.db.prepare('SELECT id FROM food WHERE id = ?').get(cur.food_id) as { id: number } | undefined) : undefined;
      const measures = liveFood ? measuresOf(ctx.db, liveFood.id) : [];
      const qty = input.qty ?? cur.qty ?? 0;
      const unit = input.unit ?? cur.unit ?? 'g';
      const sameUnit = input.unit === undefined && input.measureId === undefined && cur.unit_grams !== null;
      const amount = sameUnit
        ? { grams: cleanNumber(qty * cur.unit_grams!), qty, unit: cur.unit!, unitGrams: cur.unit_grams! }
        : resolveAmount(measures, qty, unit, input.measureId, 'unit');
      checkAmount(amount.grams, cur.name, input.confirm);
      const totals = scaleNutrients(per100g, amount.grams);
      const m = macroOf(totals);
      sets.push('grams = ?', 'qty = ?', 'unit = ?', 'unit_grams = ?', 'kcal = ?', 'protein_g = ?', 'carbs_g = ?', 'fat_g = ?', 'nutrients = ?');
      args.push(amount.grams, amount.qty, amount.unit, amount.unitGrams, m.kcal, m.protein, m.carbs, m.fat, JSON.stringify(totals));
    }
  } else {
    if (input.qty !== undefined || input.unit !== undefined || input.measureId !== undefined) {
      throw invalid('qty', 'A quick add has no amount: change its energy and macros instead.');
    }
    if (input.quick) {
      const old = JSON.parse(cur.nutrients) as NutrientValues;
      const next = {
        kcal: input.quick.kcal ?? old.energyKcal ?? 0,
        proteinG: input.quick.proteinG === undefined ? old.proteinG : input.quick.proteinG,
        carbsG: input.quick.carbsG === undefined ? old.carbsG : input.quick.carbsG,
        fatG: input.quick.fatG === undefined ? old.fatG : input.quick.fatG,
      };
      const totals = quickSnapshot(next).totals;
      const m = macroOf(totals);
      sets.push('kcal = ?', 'protein_g = ?', 'carbs_g = ?', 'fat_g = ?', 'nutrients = ?');
      args.push(m.kcal, m.protein, m.carbs, m.fat, JSON.stringify(totals));
      if (input.quick.label !== undefined) {
        sets.push('name = ?');
        args.push(input.quick.label.trim() || 'Quick add');
      }
    }
  }
  return ctx.db.transaction(() => {
    if (date !== cur.date || slot.id !== cur.slot_id) {
      sets.push('date = ?', 'slot_id = ?', 'position = ?');
      args.push(date, slot.id, nextPosition(ctx.db, date, slot.id));
    }
    intakeChanged(ctx.db, cur.date, date);
    if (sets.length) ctx.db.prepare(`UPDATE diary_entry SET ${sets.join(', ')} WHERE id = ?`).run(...args, cur.id);
    refreshUsage(ctx.db, cur.food_id);
    return toEntry(entryRow(ctx.db, cur.id));
  })();
}

export function deleteEntry(ctx: CoreContext, id: number): Entry {
  const cur = entryRow(ctx.db, id);
  return ctx.db.transaction(() => {
    intakeChanged(ctx.db, cur.date);
    ctx.db.prepare('UPDATE diary_entry SET deleted_at = ? WHERE id = ?').run(ctx.now().toISOString(), id);
    refreshUsage(ctx.db, cur.food_id);
    return toEntry(cur);
  })();
}

export function restoreEntry(ctx: CoreContext, id: number): Entry {
  const cur = entryRow(ctx.db, id, true);
  if (cur.deleted_at === null) throw new AppError('conflict', `Entry ${id} is not deleted.`, 'id');
  return ctx.db.transaction(() => {
    intakeChanged(ctx.db, cur.date);
    ctx.db.prepare('UPDATE diary_entry SET deleted_at = NULL WHERE id = ?').run(id);
    refreshUsage(ctx.db, cur.food_id);
    return toEntry(entryRow(ctx.db, id));
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
  const rows = ctx.db
    .prepare(`${ENTRY_SELECT} WHERE e.date = ? AND e.deleted_at IS NULL${fromSlot ? ' AND e.slot_id = ?' : ''} ORDER BY s.position, e.position, e.id`)
    .all(...(fromSlot ? [input.fromDate, fromSlot.id] : [input.fromDate])) as EntryRow[];
  if (rows.length === 0) {
    throw invalid(fromSlot ? 'meal' : 'fromDate', `Nothing is logged ${fromSlot ? `in ${fromSlot.name} ` : ''}on ${input.fromDate}, so there is nothing to copy.`);
  }
  return ctx.db.transaction(() => {
    intakeChanged(ctx.db, input.toDate);
    const now = ctx.now().toISOString();
    const ids = rows.map((r) => {
      const info = ctx.db
        .prepare(
          `INSERT INTO diary_entry (date, slot_id, position, kind, food_id, food_ref, source, name, grams, qty, unit, unit_grams, per100g,
             kcal, protein_g, carbs_g, fat_g, nutrients, created_at)
           SELECT ?, ?, ?, kind, food_id, food_ref, source, name, grams, qty, unit, unit_grams, per100g, kcal, protein_g, carbs_g, fat_g,
             nutrients, ? FROM diary_entry WHERE id = ?`,
        )
        .run(input.toDate, toSlot?.id ?? r.slot_id, nextPosition(ctx.db, input.toDate, toSlot?.id ?? r.slot_id), now, r.id);
      return Number(info.lastInsertRowid);
    });
    for (const f of new Set(rows.map((r) => r.food_id))) refreshUsage(ctx.db, f);
    return ids.map((id) => toEntry(entryRow(ctx.db, id)));
  })();
}

// ---- day status and totals ----

interface DayRow {
  complete: number | null;
  fast: number;
}

export function dayStatus(db: Database.Database, date: string): DayStatus {
  const d = db.prepare('SELECT complete, fast FROM diary_day WHERE date = ?').get(date) as DayRow | undefined;
  const n = (db.prepare('SELECT COUNT(*) AS n FROM diary_entry WHERE date = ? AND deleted_at IS NULL').get(date) as { n: number }).n;
  return statusOf(date, n > 0, d);
}

/** The day as every analysis sees it (science.md §2: a day without logged intake is missing, never zero). */
export function statusOf(date: string, hasEntries: boolean, d: DayRow | undefined): DayStatus {
  const fast = d?.fast === 1;
  const markedIncomplete = d?.complete === 0;
  const complete = fast ? true : !hasEntries ? null : !markedIncomplete;
  return { date, hasEntries, fast, markedIncomplete, complete };
}

function upsertDay(db: Database.Database, date: string, complete: number | null, fast: number): void {
  intakeChanged(db, date);
  if (complete === null && fast === 0) db.prepare('DELETE FROM diary_day WHERE date = ?').run(date);
  else
    db.prepare('INSERT INTO diary_day (date, complete, fast) VALUES (?, ?, ?) ON CONFLICT(date) DO UPDATE SET complete = excluded.complete, fast = excluded.fast').run(
      date,
      complete,
      fast,
    );
}

export function setComplete(ctx: CoreContext, date: string, complete: boolean): DayStatus {
  checkDiaryDate(ctx, date);
  const cur = dayStatus(ctx.db, date);
  if (complete && !cur.hasEntries && !cur.fast) {
    throw invalid('complete', `Nothing is logged on ${date}. To count it as a day of zero intake, mark it as a fast.`);
  }
  // Marking a day incomplete ends a fast (the two say opposite things about the day).
  upsertDay(ctx.db, date, complete ? null : 0, complete ? (cur.fast ? 1 : 0) : 0);
  return dayStatus(ctx.db, date);
}

export function setFast(ctx: CoreContext, date: string, fast: boolean): DayStatus {
  checkDiaryDate(ctx, date);
  if (fast && date > ctx.today()) throw invalid('date', `${date} has not happened yet; mark a fast on the day or after.`);
  // A fast is a complete day by definition: it clears an "incomplete" mark.
  upsertDay(ctx.db, date, null, fast ? 1 : 0);
  return dayStatus(ctx.db, date);
}

export function emptyTotals(): MacroTotals {
  return { kcal: 0, proteinG: 0, carbsG: 0, fatG: 0, entries: 0, unknown: { proteinG: 0, carbsG: 0, fatG: 0 } };
}

/** Sums entries; unknown macros are counted, not treated as zero. */
export function addToTotals(t: MacroTotals, e: Pick<Entry, 'kcal' | 'proteinG' | 'carbsG' | 'fatG'>): void {
  t.kcal = cleanNumber(t.kcal + e.kcal);
  t.entries += 1;
  for (const k of ['proteinG', 'carbsG', 'fatG'] as const) {
    const v = e[k];
    if (v === null) t.unknown[k] += 1;
    else t[k] = cleanNumber(t[k] + v);
  }
}

/** The columns toEntry reads: not the nutrient snapshots (kilobytes per entry), for the day view. */
const ENTRY_LIST_SELECT = `SELECT e.id, e.date, e.slot_id, e.kind, e.food_ref, e.source, e.name, e.grams, e.qty, e.unit, e.kcal, e.protein_g,
  e.carbs_g, e.fat_g, e.created_at, s.name AS slot_name FROM diary_entry e JOIN meal_slot s ON s.id = e.slot_id`;

export function dayLog(db: Database.Database, date: string): DayLog {
  const entries = (db.prepare(`${ENTRY_LIST_SELECT} WHERE e.date = ? AND e.deleted_at IS NULL ORDER BY e.position, e.id`).all(date) as EntryRow[]).map(toEntry);
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
  const d = db.prepare('SELECT complete, fast FROM diary_day WHERE date = ?').get(date) as DayRow | undefined;
  return { date, status: statusOf(date, entries.length > 0, d), meals, totals };
}

/** A day's status, macro totals and every entry's nutrient totals, for the nutrient detail view. */
export function dayNutrition(db: Database.Database, date: string): { status: DayStatus; totals: MacroTotals; snapshots: NutrientValues[] } {
  const rows = db.prepare('SELECT kcal, protein_g, carbs_g, fat_g, nutrients FROM diary_entry WHERE date = ? AND deleted_at IS NULL').all(date) as {
    kcal: number;
    protein_g: number | null;
    carbs_g: number | null;
    fat_g: number | null;
    nutrients: string;
  }[];
  const totals = emptyTotals();
  for (const r of rows) addToTotals(totals, { kcal: r.kcal, proteinG: r.protein_g, carbsG: r.carbs_g, fatG: r.fat_g });
  const d = db.prepare('SELECT complete, fast FROM diary_day WHERE date = ?').get(date) as DayRow | undefined;
  return { status: statusOf(date, rows.length > 0, d), totals, snapshots: rows.map((r) => JSON.parse(r.nutrients) as NutrientValues) };
}
