// PLACEHOLDER: replaced by the food/training branch at merge
// The training domain implements this for real (core/dailyInputs.ts). Until then no day has sessions.
import type Database from 'better-sqlite3';
import { dayRange } from '../../../shared/dates';
import type { DailyTraining } from '../dailyInputs';

export function dailyTraining(_db: Database.Database, from: string, to: string): DailyTraining[] {
  return dayRange(from, to).map((date) => ({ date, loadAU: 0, plannedLoadAU: 0, sessions: [], sleepHours: null, e1rmKg: {} }));
}
