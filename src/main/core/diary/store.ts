// Every SQL statement of the food diary: meal slots, entries (each with the nutrient snapshot it was
// logged with) and day marks (incomplete, fast). Typed rows in, domain objects out. Every write
// tells the change feed which days it changed (a moved entry: its old and its new day).
import type Database from 'better-sqlite3';
import type { Entry, MealSlot } from '../../../shared/contract/diary';
import type { NutrientValues } from '../../../shared/food/nutrients';
import { statement } from '../../store/statements';
import { recordChange } from '../changes';

// ---- meal slots ----

interface SlotRow {
  id: number;
  name: string;
  position: number;
}
const toSlot = (r: SlotRow): MealSlot => ({ id: r.id, name: r.name, position: r.position });

export function listSlots(db: Database.Database): MealSlot[] {
  return (statement(db, 'SELECT id, name, position FROM meal_slot ORDER BY position, id').all() as SlotRow[]).map(toSlot);
}

export function slotById(db: Database.Database, id: number): MealSlot | undefined {
  const r = statement(db, 'SELECT id, name, position FROM meal_slot WHERE id = ?').get(id) as SlotRow | undefined;
  return r && toSlot(r);
}

/** A slot by name, case-insensitively; `exceptId` leaves one slot out (renaming it). */
export function slotByName(db: Database.Database, name: string, exceptId = -1): MealSlot | undefined {
  const r = statement(db, 'SELECT id, name, position FROM meal_slot WHERE name = ? COLLATE NOCASE AND id != ?').get(name, exceptId) as SlotRow | undefined;
  return r && toSlot(r);
}

/** Renaming a slot changes no day's numbers. */
export function writeSlotName(db: Database.Database, id: number, name: string): void {
  statement(db, 'UPDATE meal_slot SET name = ? WHERE id = ?').run(name, id);
}

/** Positions 1…n in the given order; like a rename, the order changes no day's numbers. */
export function writeSlotOrder(db: Database.Database, ids: readonly number[]): void {
  const set = statement(db, 'UPDATE meal_slot SET position = ? WHERE id = ?');
  ids.forEach((id, i) => set.run(i + 1, id));
}

export function insertSlot(db: Database.Database, name: string): MealSlot {
  const position = statement(db, 'SELECT IFNULL(MAX(position), 0) + 1 FROM meal_slot').pluck().get() as number;
  const info = statement(db, 'INSERT INTO meal_slot (name, position) VALUES (?, ?)').run(name, position);
  return { id: Number(info.lastInsertRowid), name, position };
}

// ---- entries ----

/** An entry as the diary keeps it: what the contract shows, plus what it was logged with. */
export interface DiaryEntry extends Entry {
  /** The food's row id (null for a quick add). */
  foodRowId: number | null;
  /** Grams of one unit of its amount. */
  unitGrams: number | null;
  /** The food's nutrients per 100 g when it was logged, and the entry's nutrient totals (null: not read). */
  per100g: NutrientValues | null;
  nutrients: NutrientValues | null;
  deleted: boolean;
}

interface EntryRow {
  id: number;
  date: string;
  slot_id: number;
  slot_name: string;
  kind: 'food' | 'quick';
  food_id: number | null;
  food_ref: string | null;
  source: string | null;
  name: string;
  grams: number | null;
  qty: number | null;
  unit: string | null;
  unit_grams: number | null;
  kcal: number;
  protein_g: number | null;
  carbs_g: number | null;
  fat_g: number | null;
  created_at: string;
  deleted_at: string | null;
  /** Only read with the snapshots. */
  per100g?: string | null;
  nutrients?: string;
}

function toDiaryEntry(r: EntryRow): DiaryEntry {
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
    foodRowId: r.food_id,
    unitGrams: r.unit_grams,
    per100g: r.per100g ? (JSON.parse(r.per100g) as NutrientValues) : null,
    nutrients: r.nutrients !== undefined ? (JSON.parse(r.nutrients) as NutrientValues) : null,
    deleted: r.deleted_at !== null,
  };
}

/** The contract's entry (what callers see) of a diary entry. */
export function publicEntry(e: DiaryEntry): Entry {
  return {
    id: e.id,
    date: e.date,
    mealId: e.mealId,
    meal: e.meal,
    kind: e.kind,
    foodId: e.foodId,
    source: e.source,
    name: e.name,
    grams: e.grams,
    qty: e.qty,
    unit: e.unit,
    kcal: e.kcal,
    proteinG: e.proteinG,
    carbsG: e.carbsG,
    fatG: e.fatG,
    createdAt: e.createdAt,
  };
}

/** Without the snapshots (kilobytes per entry): what lists and totals need. */
const LIST_COLUMNS = `e.id, e.date, e.slot_id, e.kind, e.food_id, e.food_ref, e.source, e.name, e.grams, e.qty, e.unit, e.unit_grams, e.kcal,
  e.protein_g, e.carbs_g, e.fat_g, e.created_at, e.deleted_at, s.name AS slot_name`;
const FULL_SELECT = `SELECT ${LIST_COLUMNS}, e.per100g, e.nutrients FROM diary_entry e JOIN meal_slot s ON s.id = e.slot_id`;
const LIST_SELECT = `SELECT ${LIST_COLUMNS} FROM diary_entry e JOIN meal_slot s ON s.id = e.slot_id`;

/** An entry with its snapshots; a deleted one only when asked. */
export function entryById(db: Database.Database, id: number, includeDeleted = false): DiaryEntry | undefined {
  const r = statement(db, `${FULL_SELECT} WHERE e.id = ?${includeDeleted ? '' : ' AND e.deleted_at IS NULL'}`).get(id) as EntryRow | undefined;
  return r && toDiaryEntry(r);
}

/** A day's live entries in slot and logging order, with their snapshots (copying them). */
export function entriesToCopy(db: Database.Database, date: string, slotId: number | null): DiaryEntry[] {
  const rows = (
    slotId === null
      ? statement(db, `${FULL_SELECT} WHERE e.date = ? AND e.deleted_at IS NULL ORDER BY s.position, e.position, e.id`).all(date)
      : statement(db, `${FULL_SELECT} WHERE e.date = ? AND e.deleted_at IS NULL AND e.slot_id = ? ORDER BY s.position, e.position, e.id`).all(date, slotId)
  ) as EntryRow[];
  return rows.map(toDiaryEntry);
}

/** A day's live entries in logging order, without snapshots (the day view). */
export function dayEntries(db: Database.Database, date: string): DiaryEntry[] {
  return (statement(db, `${LIST_SELECT} WHERE e.date = ? AND e.deleted_at IS NULL ORDER BY e.position, e.id`).all(date) as EntryRow[]).map(toDiaryEntry);
}

/** A day's live entries with their nutrient totals (the nutrient view). */
export function dayEntriesWithNutrients(db: Database.Database, date: string): DiaryEntry[] {
  return (statement(db, `${FULL_SELECT} WHERE e.date = ? AND e.deleted_at IS NULL ORDER BY e.position, e.id`).all(date) as EntryRow[]).map(toDiaryEntry);
}

export function entryCount(db: Database.Database, date: string): number {
  return statement(db, 'SELECT COUNT(*) FROM diary_entry WHERE date = ? AND deleted_at IS NULL').pluck().get(date) as number;
}

function nextPosition(db: Database.Database, date: string, slotId: number): number {
  return statement(db, 'SELECT IFNULL(MAX(position), 0) + 1 FROM diary_entry WHERE date = ? AND slot_id = ? AND deleted_at IS NULL').pluck().get(date, slotId) as number;
}

/** The macro columns of an entry, from its nutrient totals. */
const macroOf = (t: NutrientValues) => [t.energyKcal ?? 0, t.proteinG ?? null, t.carbsG ?? null, t.fatG ?? null] as const;

/** What a new entry is logged with. */
export interface NewEntry {
  date: string;
  slotId: number;
  kind: 'food' | 'quick';
  food: { id: number; ref: string; source: string } | null;
  name: string;
  grams: number | null;
  qty: number | null;
  unit: string | null;
  unitGrams: number | null;
  per100g: NutrientValues | null;
  totals: NutrientValues;
  createdAt: string;
}

/** Logs an entry at the end of its meal; returns its id. */
export function insertEntry(db: Database.Database, e: NewEntry): number {
  const info = statement(
    db,
    `INSERT INTO diary_entry (date, slot_id, position, kind, food_id, food_ref, source, name, grams, qty, unit, unit_grams, per100g,
       kcal, protein_g, carbs_g, fat_g, nutrients, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    e.date, e.slotId, nextPosition(db, e.date, e.slotId), e.kind, e.food?.id ?? null, e.food?.ref ?? null, e.food?.source ?? null, e.name,
    e.grams, e.qty, e.unit, e.unitGrams, e.per100g ? JSON.stringify(e.per100g) : null, ...macroOf(e.totals), JSON.stringify(e.totals), e.createdAt,
  );
  recordChange(db, [e.date]);
  return Number(info.lastInsertRowid);
}

/** Deletes an entry outright (an undone import takes back exactly what it wrote); false when it is gone already. */
export function removeEntry(db: Database.Database, id: number, date: string): boolean {
  const gone = statement(db, 'DELETE FROM diary_entry WHERE id = ?').run(id).changes > 0;
  if (gone) recordChange(db, [date]);
  return gone;
}

/** A copy of an entry, snapshots and all, at the end of a meal on another (or the same) day. */
export function copyEntry(db: Database.Database, id: number, date: string, slotId: number, createdAt: string): number {
  const info = statement(
    db,
    `INSERT INTO diary_entry (date, slot_id, position, kind, food_id, food_ref, source, name, grams, qty, unit, unit_grams, per100g,
       kcal, protein_g, carbs_g, fat_g, nutrients, created_at)
     SELECT ?, ?, ?, kind, food_id, food_ref, source, name, grams, qty, unit, unit_grams, per100g, kcal, protein_g, carbs_g, fat_g,
       nutrients, ? FROM diary_entry WHERE id = ?`,
  ).run(date, slotId, nextPosition(db, date, slotId), createdAt, id);
  recordChange(db, [date]);
  return Number(info.lastInsertRowid);
}

/** What an edit changes: a new amount (with its totals), a quick add's numbers and label, a new day or meal. */
export interface EntryChange {
  amount?: { grams: number; qty: number; unit: string; unitGrams: number };
  totals?: NutrientValues;
  name?: string;
  move?: { date: string; slotId: number };
}

export function updateEntry(db: Database.Database, cur: DiaryEntry, c: EntryChange): void {
  const sets: string[] = [];
  const args: unknown[] = [];
  if (c.amount) {
    sets.push('grams = ?', 'qty = ?', 'unit = ?', 'unit_grams = ?');
    args.push(c.amount.grams, c.amount.qty, c.amount.unit, c.amount.unitGrams);
  }
  if (c.totals) {
    sets.push('kcal = ?', 'protein_g = ?', 'carbs_g = ?', 'fat_g = ?', 'nutrients = ?');
    args.push(...macroOf(c.totals), JSON.stringify(c.totals));
  }
  if (c.name !== undefined) {
    sets.push('name = ?');
    args.push(c.name);
  }
  if (c.move) {
    sets.push('date = ?', 'slot_id = ?', 'position = ?');
    args.push(c.move.date, c.move.slotId, nextPosition(db, c.move.date, c.move.slotId));
  }
  if (sets.length) statement(db, `UPDATE diary_entry SET ${sets.join(', ')} WHERE id = ?`).run(...args, cur.id);
  recordChange(db, c.move ? [cur.date, c.move.date] : [cur.date]);
}

/** Deletes (a time) or restores (null) an entry. */
export function setEntryDeleted(db: Database.Database, e: DiaryEntry, deletedAt: string | null): void {
  statement(db, 'UPDATE diary_entry SET deleted_at = ? WHERE id = ?').run(deletedAt, e.id);
  recordChange(db, [e.date]);
}

/** The latest live entry of a food and how many there are (for its recent/frequent usage). */
export function lastUseOf(db: Database.Database, foodId: number): { date: string; qty: number | null; unit: string | null; createdAt: string; uses: number } | undefined {
  const last = statement(db, 'SELECT date, qty, unit, created_at FROM diary_entry WHERE food_id = ? AND deleted_at IS NULL ORDER BY date DESC, id DESC LIMIT 1').get(foodId) as
    | { date: string; qty: number | null; unit: string | null; created_at: string }
    | undefined;
  if (!last) return undefined;
  const uses = statement(db, 'SELECT COUNT(*) FROM diary_entry WHERE food_id = ? AND deleted_at IS NULL').pluck().get(foodId) as number;
  return { date: last.date, qty: last.qty, unit: last.unit, createdAt: last.created_at, uses };
}

// ---- day marks ----

/** How the user marked a day: complete NULL = as logged, 0 = incomplete; fast 1 = a deliberate fast. */
export interface DayMark {
  complete: number | null;
  fast: number;
}
interface DayRow extends DayMark {
  date: string;
}
const toDayMark = (r: DayRow): DayMark => ({ complete: r.complete, fast: r.fast });

export function dayMark(db: Database.Database, date: string): DayMark | undefined {
  const r = statement(db, 'SELECT date, complete, fast FROM diary_day WHERE date = ?').get(date) as DayRow | undefined;
  return r && toDayMark(r);
}

/** Day marks of [from, to], by date. */
export function dayMarks(db: Database.Database, from: string, to: string): Map<string, DayMark> {
  const rows = statement(db, 'SELECT date, complete, fast FROM diary_day WHERE date >= ? AND date <= ?').all(from, to) as DayRow[];
  return new Map(rows.map((r) => [r.date, toDayMark(r)]));
}

/** Sets a day's marks; no mark at all removes the row. */
export function writeDayMark(db: Database.Database, date: string, complete: number | null, fast: number): void {
  if (complete === null && fast === 0) statement(db, 'DELETE FROM diary_day WHERE date = ?').run(date);
  else
    statement(db, 'INSERT INTO diary_day (date, complete, fast) VALUES (?, ?, ?) ON CONFLICT(date) DO UPDATE SET complete = excluded.complete, fast = excluded.fast').run(
      date,
      complete,
      fast,
    );
  recordChange(db, [date]);
}

// ---- per-day sums ----

/**
 * One day's live entries summed, as an array: the day, the number of entries, energy, the macros
 * (NULL when no entry knew one) and the entries missing a macro.
 */
export type DaySums = [date: string, n: number, kcal: number, p: number | null, c: number | null, f: number | null, gaps: number];

/**
 * The sums of every day of [from, to] that has live entries, by day. One pass over the covering
 * index diary_entry_day_totals (date, deleted_at, kcal and the macros): the wide rows are never read;
 * arrays, not objects, as ten years of days are read at once.
 */
export function daySums(db: Database.Database, from: string, to: string): DaySums[] {
  return statement(
    db,
    `SELECT date, COUNT(*), SUM(kcal), SUM(protein_g), SUM(carbs_g), SUM(fat_g), SUM(protein_g IS NULL OR carbs_g IS NULL OR fat_g IS NULL)
     FROM diary_entry WHERE date >= ? AND date <= ? AND deleted_at IS NULL GROUP BY date ORDER BY date`,
  )
    .raw(true)
    .all(from, to) as DaySums[];
}

/** Whether any diary entry was ever logged (the demo goes only into an empty database). */
export function hasAnyEntry(db: Database.Database): boolean {
  return statement(db, 'SELECT EXISTS(SELECT 1 FROM diary_entry)').pluck().get() === 1;
}
