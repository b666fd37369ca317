// What the food diary tells the other domains, one record per day (core/dailyInputs.ts).
import type Database from 'better-sqlite3';
import { dayRange } from '../../../shared/dates';
import { cleanNumber } from '../../../shared/food/nutrients';
import type { DailyIntake } from '../../analysis/dailyInputs';
import { statusOf } from './diary';
import { recordChange } from '../changes';

export interface FoodDailyIntake extends DailyIntake {
  /** Entries whose protein, carbohydrate or fat is unknown (a quick add with kcal only): the macro totals are lower bounds. */
  macroGaps: number;
}

interface DaySums {
  n: number;
  kcal: number;
  p: number | null;
  c: number | null;
  f: number | null;
  gaps: number;
}
interface DayMark {
  complete: number | null;
  fast: number;
}

/**
 * The diary's per-day sums, kept per connection: summing ten years of entries means reading every
 * entry row (each carries its nutrient snapshot), ~100 ms, and the energy estimate, the report and
 * the day's targets ask for all of it. Loaded once; our own diary writes mark the days they touch
 * (core/food/diary.ts calls `intakeChanged`), which are summed again on the next read — after the
 * write's transaction, so a rolled-back write leaves nothing stale. Another connection's writes
 * (PRAGMA data_version) and a new entry id nobody announced reload it all.
 */
interface IntakeCache {
  dataVersion: number;
  maxId: number;
  sums: Map<string, DaySums>;
  marks: Map<string, DayMark>;
  dirty: Set<string>;
}
const caches = new WeakMap<Database.Database, IntakeCache>();

const SUMS_SQL = `SELECT date, COUNT(*) AS n, SUM(kcal) AS kcal, SUM(protein_g) AS p, SUM(carbs_g) AS c, SUM(fat_g) AS f,
                         SUM(protein_g IS NULL OR carbs_g IS NULL OR fat_g IS NULL) AS gaps
                  FROM diary_entry WHERE deleted_at IS NULL`;

/** Our own writes to the diary call this with the days they change. */
export function intakeChanged(db: Database.Database, ...dates: string[]): void {
  recordChange(db, dates);
  const c = caches.get(db);
  if (c) for (const d of dates) c.dirty.add(d);
}

function intakeCache(db: Database.Database): IntakeCache {
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  const maxId = (db.prepare('SELECT IFNULL(MAX(id), 0) FROM diary_entry').pluck().get() as number) ?? 0;
  let c = caches.get(db);
  // A new entry id with no day announced: someone wrote around core/food/diary.ts — start over.
  if (!c || c.dataVersion !== dataVersion || (c.maxId !== maxId && c.dirty.size === 0)) {
    c = { dataVersion, maxId, sums: new Map(), marks: new Map(), dirty: new Set() };
    for (const r of db.prepare(`${SUMS_SQL} GROUP BY date`).all() as (DaySums & { date: string })[]) c.sums.set(r.date, r);
    for (const r of db.prepare('SELECT date, complete, fast FROM diary_day').all() as (DayMark & { date: string })[]) c.marks.set(r.date, r);
    caches.set(db, c);
  } else if (c.dirty.size) {
    const sumOf = db.prepare(`${SUMS_SQL} AND date = ?`);
    const markOf = db.prepare('SELECT complete, fast FROM diary_day WHERE date = ?');
    for (const date of c.dirty) {
      const s = sumOf.get(date) as DaySums;
      if (s.n > 0) c.sums.set(date, s);
      else c.sums.delete(date);
      const m = markOf.get(date) as DayMark | undefined;
      if (m) c.marks.set(date, m);
      else c.marks.delete(date);
    }
    c.dirty.clear();
    c.maxId = maxId;
  }
  return c;
}

/**
 * Intake per day of [from, to]. A day with nothing logged, or marked incomplete, is missing (null),
 * never zero; a day marked as a fast counts as what was logged (0 when nothing).
 */
export function dailyIntake(db: Database.Database, from: string, to: string): FoodDailyIntake[] {
  const { sums, marks } = intakeCache(db);
  return dayRange(from, to).map((date) => {
    const s = sums.get(date);
    const status = statusOf(date, (s?.n ?? 0) > 0, marks.get(date));
    const counts = status.complete === true;
    // SUM over only-NULL values is NULL: no entry knew that macro, so it stays unknown; a fast with
    // nothing logged is a real zero.
    const macro = (v: number | null | undefined) => (!counts ? null : !s ? 0 : v == null ? null : cleanNumber(v));
    return {
      date,
      intakeKcal: counts ? cleanNumber(s?.kcal ?? 0) : null,
      proteinG: macro(s?.p),
      carbsG: macro(s?.c),
      fatG: macro(s?.f),
      complete: status.complete,
      fast: status.fast,
      macroGaps: s?.gaps ?? 0,
    };
  });
}
