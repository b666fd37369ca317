// The sleep domain's per-day reader for the daily read model.
import type Database from 'better-sqlite3';
import { statement } from '../../store/statements';

/** Hours slept in the night that ended on each day of [from, to] that has one. */
export function sleepHoursByDay(db: Database.Database, from: string, to: string): Map<string, number> {
  return new Map(statement(db, 'SELECT date, hours FROM sleep_nights WHERE date >= ? AND date <= ?').raw(true).all(from, to) as [string, number][]);
}
