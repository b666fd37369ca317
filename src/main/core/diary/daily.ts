// What the food diary tells the other domains, one record per day (analysis/dailyInputs.ts). Read
// straight from the tables on every call: the per-day read model (core/daily) keeps what it needs
// and asks again only for the days the change feed names.
import type Database from 'better-sqlite3';
import { dayRange } from '../../../shared/dates';
import { cleanNumber } from '../../../shared/food/nutrients';
import type { DailyIntake } from '../../analysis/dailyInputs';
import { statusOf } from './diary';
import { dayMarks, daySums, type DaySums } from './store';

export interface FoodDailyIntake extends DailyIntake {
  /** Entries whose protein, carbohydrate or fat is unknown (a quick add with kcal only): the macro totals are lower bounds. */
  macroGaps: number;
}

/**
 * A macro's total on a day that counts (else null). SUM over only-NULL values is NULL: no entry knew
 * that macro, so it stays unknown; a fast with nothing logged is a real zero.
 */
function macro(counts: boolean, s: DaySums | undefined, at: 3 | 4 | 5): number | null {
  if (!counts) return null;
  if (!s) return 0;
  const v = s[at];
  return v == null ? null : cleanNumber(v);
}

/**
 * Intake per day of [from, to]. A day with nothing logged, or marked incomplete, is missing (null),
 * never zero; a day marked as a fast counts as what was logged (0 when nothing).
 */
export function dailyIntake(db: Database.Database, from: string, to: string): FoodDailyIntake[] {
  const sums = daySums(db, from, to);
  const marks = dayMarks(db, from, to);
  const dates = dayRange(from, to);
  const out: FoodDailyIntake[] = new Array(dates.length);
  let k = 0; // sums come by day: the next one not yet passed
  for (let i = 0; i < dates.length; i++) {
    const date = dates[i];
    while (k < sums.length && sums[k][0] < date) k++;
    const s = k < sums.length && sums[k][0] === date ? sums[k++] : undefined;
    const status = statusOf(date, (s?.[1] ?? 0) > 0, marks.get(date));
    const counts = status.complete === true;
    out[i] = {
      date,
      intakeKcal: counts ? cleanNumber(s?.[2] ?? 0) : null,
      proteinG: macro(counts, s, 3),
      carbsG: macro(counts, s, 4),
      fatG: macro(counts, s, 5),
      complete: status.complete,
      fast: status.fast,
      confirmed: status.markedComplete,
      macroGaps: s?.[6] ?? 0,
    };
  }
  return out;
}
