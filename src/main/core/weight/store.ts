// Every SQL statement of the weight domain: weigh-in rows in, WeighIn records out.
import type Database from 'better-sqlite3';
import type { WeighIn } from '../../../shared/contract/weight';
import { notFound } from '../../errors';
import { statement } from '../../store/statements';
import { recordChange } from '../changes';

interface WeighInRow {
  id: number;
  date: string;
  weight_kg: number;
  body_fat_pct: number | null;
}
const toWeighIn = (r: WeighInRow): WeighIn => ({ id: r.id, date: r.date, weightKg: r.weight_kg, bodyFatPct: r.body_fat_pct });

export function getWeighIn(db: Database.Database, id: number): WeighIn {
  const r = statement(db, 'SELECT id, date, weight_kg, body_fat_pct FROM weigh_ins WHERE id = ?').get(id) as WeighInRow | undefined;
  if (!r) throw notFound('weigh-in', id);
  return toWeighIn(r);
}

export function insertWeighIn(db: Database.Database, w: Omit<WeighIn, 'id'>, createdAt: string): WeighIn {
  const info = statement(db, 'INSERT INTO weigh_ins (date, weight_kg, body_fat_pct, created_at) VALUES (?, ?, ?, ?)').run(w.date, w.weightKg, w.bodyFatPct, createdAt);
  recordChange(db, [w.date]);
  return getWeighIn(db, Number(info.lastInsertRowid));
}

export function updateWeighIn(db: Database.Database, before: WeighIn, next: Omit<WeighIn, 'id'>): WeighIn {
  statement(db, 'UPDATE weigh_ins SET date = ?, weight_kg = ?, body_fat_pct = ? WHERE id = ?').run(next.date, next.weightKg, next.bodyFatPct, before.id);
  recordChange(db, [before.date, next.date]);
  return getWeighIn(db, before.id);
}

/** Deletes a weigh-in; returns how many rows went (0 when it was gone already). */
export function deleteWeighIn(db: Database.Database, w: Pick<WeighIn, 'id' | 'date'>): number {
  const n = statement(db, 'DELETE FROM weigh_ins WHERE id = ?').run(w.id).changes;
  recordChange(db, [w.date]);
  return n;
}

/** Weigh-ins in [from, to], newest first. */
export function listWeighIns(db: Database.Database, from: string, to: string): WeighIn[] {
  const rows = statement(db, 'SELECT id, date, weight_kg, body_fat_pct FROM weigh_ins WHERE date >= ? AND date <= ? ORDER BY date DESC, id DESC').all(from, to) as WeighInRow[];
  return rows.map(toWeighIn);
}

/** The mean weigh-in (and mean body-fat reading, null without one) of each day up to `to`: all history, the trend needs it. */
export function dailyWeighIns(db: Database.Database, to: string): { date: string; weightKg: number; bodyFatPct: number | null }[] {
  return statement(db, 'SELECT date, AVG(weight_kg) AS weightKg, AVG(body_fat_pct) AS bodyFatPct FROM weigh_ins WHERE date <= ? GROUP BY date ORDER BY date').all(to) as {
    date: string;
    weightKg: number;
    bodyFatPct: number | null;
  }[];
}

/** Whether any weigh-in was ever entered (the demo goes only into an empty database). */
export function hasAnyWeighIn(db: Database.Database): boolean {
  return (statement(db, 'SELECT EXISTS(SELECT 1 FROM weigh_ins) AS n').get() as { n: number }).n === 1;
}

/** The mean weigh-in of each day in (after, to], oldest first. */
export function dailyWeighInsBetween(db: Database.Database, after: string, to: string): { date: string; weightKg: number }[] {
  return statement(db, 'SELECT date, AVG(weight_kg) AS weightKg FROM weigh_ins WHERE date > ? AND date <= ? GROUP BY date ORDER BY date').all(after, to) as {
    date: string;
    weightKg: number;
  }[];
}

/** The mean weigh-in of the first day with one, null without any. */
export function firstDayWeight(db: Database.Database): number | null {
  return statement(db, 'SELECT AVG(weight_kg) FROM weigh_ins WHERE date = (SELECT MIN(date) FROM weigh_ins)').pluck().get() as number | null;
}
