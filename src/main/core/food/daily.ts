// What the food diary tells the other domains, one record per day (core/dailyInputs.ts).
import type Database from 'better-sqlite3';
import { dayRange } from '../../../shared/dates';
import { cleanNumber } from '../../../shared/food/nutrients';
import type { DailyIntake } from '../dailyInputs';
import { statusOf } from './diary';

export interface FoodDailyIntake extends DailyIntake {
  /** Entries whose protein, carbohydrate or fat is unknown (a quick add with kcal only): the macro totals are lower bounds. */
  macroGaps: number;
}

/**
 * Intake per day of [from, to]. A day with nothing logged, or marked incomplete, is missing (null),
 * never zero; a day marked as a fast counts as what was logged (0 when nothing).
 */
export function dailyIntake(db: Database.Database, from: string, to: string): FoodDailyIntake[] {
  const sums = new Map<string, { n: number; kcal: number; p: number | null; c: number | null; f: number | null; gaps: number }>();
  const rows = db
    .prepare(
      `SELECT date, COUNT(*) AS n, SUM(kcal) AS kcal, SUM(protein_g) AS p, SUM(carbs_g) AS c, SUM(fat_g) AS f,
              SUM(protein_g IS NULL OR carbs_g IS NULL OR fat_g IS NULL) AS gaps
       FROM diary_entry WHERE date >= ? AND date <= ? AND deleted_at IS NULL GROUP BY date`,
    )
    .all(from, to) as { date: string; n: number; kcal: number; p: number | null; c: number | null; f: number | null; gaps: number }[];
  for (const r of rows) sums.set(r.date, r);
  const marks = new Map(
    (db.prepare('SELECT date, complete, fast FROM diary_day WHERE date >= ? AND date <= ?').all(from, to) as { date: string; complete: number | null; fast: number }[]).map(
      (r) => [r.date, r],
    ),
  );
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
