// Every SQL statement on sleep_nights: rows in, SleepNight records out (one mapper), and every write
// says which wake-up days it changed.
import type Database from 'better-sqlite3';
import type { SleepNight } from '../../../shared/contract/sleep';
import { round } from '../../../shared/units';
import { nightSpan } from '../../analysis/sleep';
import { notFound } from '../../errors';
import { statement } from '../../store/statements';
import { recordChange } from '../changes';

interface SleepRow {
  id: number;
  date: string;
  bed_date: string;
  bed_time: string;
  wake_time: string;
  hours: number;
  hours_entered: number;
  quality: number | null;
  notes: string | null;
}

const SELECT = 'SELECT id, date, bed_date, bed_time, wake_time, hours, hours_entered, quality, notes FROM sleep_nights';

function toNight(r: SleepRow): SleepNight {
  const span = nightSpan(r.date, r.bed_time, r.wake_time, r.bed_date);
  return {
    id: r.id,
    date: r.date,
    bedDate: r.bed_date,
    bed: r.bed_time,
    wake: r.wake_time,
    hours: r.hours,
    hoursEntered: r.hours_entered === 1,
    inBedHours: round(('error' in span ? 0 : span.inBedMinutes) / 60, 2),
    quality: r.quality,
    notes: r.notes,
  };
}

export function getNight(db: Database.Database, id: number): SleepNight {
  const r = statement(db, `${SELECT} WHERE id = ?`).get(id) as SleepRow | undefined;
  if (!r) throw notFound('night', id);
  return toNight(r);
}

/** Nights whose wake-up day is in [from, to], latest first. */
export function listNights(db: Database.Database, from: string, to: string): SleepNight[] {
  return (statement(db, `${SELECT} WHERE date >= ? AND date <= ? ORDER BY date DESC`).all(from, to) as SleepRow[]).map(toNight);
}

/** The id of the night ending on `date`, if one is logged. */
export function nightIdOn(db: Database.Database, date: string): number | undefined {
  return (statement(db, 'SELECT id FROM sleep_nights WHERE date = ?').get(date) as { id: number } | undefined)?.id;
}

/** A night's per-day facts: what the daily read model and the planner read over years of nights. */
interface NightFacts {
  /** The wake-up day. */
  date: string;
  bedDate: string;
  bed: string;
  hours: number;
}

/**
 * The per-day facts of the nights ending in [from, to], by wake-up day — a lean read beside the full
 * records (no in-bed span per night): the planner's ten-year check and the report read every night.
 */
export function nightFacts(db: Database.Database, from: string, to: string): NightFacts[] {
  const rows = statement(db, 'SELECT date, bed_date, bed_time, hours FROM sleep_nights WHERE date >= ? AND date <= ? ORDER BY date').raw(true).all(from, to) as [string, string, string, number][];
  return rows.map(([date, bedDate, bed, hours]) => ({ date, bedDate, bed, hours }));
}

/** Hours asleep by wake-up day in [from, to]. */
export function sleepHoursByDay(db: Database.Database, from: string, to: string): Map<string, number> {
  return new Map(statement(db, 'SELECT date, hours FROM sleep_nights WHERE date >= ? AND date <= ? ORDER BY date').raw(true).all(from, to) as [string, number][]);
}

/** What a write stores: hours asleep derived from the times unless entered. */
export interface NightValues {
  date: string;
  bedDate: string;
  bed: string;
  wake: string;
  hours: number;
  hoursEntered: boolean;
  quality: number | null;
  notes: string | null;
}

/** A night's values in the column order of both writes below (date … notes). */
const nightParams = (n: NightValues) => [n.date, n.bedDate, n.bed, n.wake, n.hours, n.hoursEntered ? 1 : 0, n.quality, n.notes];

export function insertNight(db: Database.Database, n: NightValues, nowIso: string): number {
  const id = Number(
    statement(db, 'INSERT INTO sleep_nights (date, bed_date, bed_time, wake_time, hours, hours_entered, quality, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      ...nightParams(n),
      nowIso,
      nowIso,
    ).lastInsertRowid,
  );
  recordChange(db, [n.date]);
  return id;
}

export function updateNight(db: Database.Database, before: SleepNight, n: NightValues, nowIso: string): void {
  statement(db, 'UPDATE sleep_nights SET date = ?, bed_date = ?, bed_time = ?, wake_time = ?, hours = ?, hours_entered = ?, quality = ?, notes = ?, updated_at = ? WHERE id = ?').run(...nightParams(n), nowIso, before.id);
  recordChange(db, [before.date, n.date]);
}

/** Deletes a night; returns how many rows went (0 when it was gone already). */
export function deleteNight(db: Database.Database, n: Pick<SleepNight, 'id' | 'date'>): number {
  const c = statement(db, 'DELETE FROM sleep_nights WHERE id = ?').run(n.id).changes;
  recordChange(db, [n.date]);
  return c;
}

/** Whether any night was ever logged. */
export function hasAnyNight(db: Database.Database): boolean {
  return statement(db, 'SELECT EXISTS(SELECT 1 FROM sleep_nights)').pluck().get() === 1;
}
