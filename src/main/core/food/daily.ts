// PLACEHOLDER: replaced by the food/training branch at merge
// The food domain implements this for real (core/dailyInputs.ts). Until then every day is missing.
import type Database from 'better-sqlite3';
import { dayRange } from '../../../shared/dates';
import type { DailyIntake } from '../dailyInputs';

export function dailyIntake(_db: Database.Database, from: string, to: string): DailyIntake[] {
  return dayRange(from, to).map((date) => ({ date, intakeKcal: null, proteinG: null, carbsG: null, fatG: null, complete: null, fast: false }));
}
