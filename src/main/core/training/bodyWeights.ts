// Body weight on a day, for bodyweight lifts, read through the weight domain.
import type Database from 'better-sqlite3';
import { dailyWeighIns } from '../weight/store';

/**
 * The mean weigh-in of the latest day on or before a day, else the first one after (a pull-up logged
 * before the first weigh-in). Null without weigh-ins.
 */
export class BodyWeights {
  private days: string[] = [];
  private kg: number[] = [];
  constructor(db: Database.Database) {
    for (const r of dailyWeighIns(db, '9999-12-31')) {
      this.days.push(r.date);
      this.kg.push(r.weightKg);
    }
  }
  on(day: string): number | null {
    if (this.days.length === 0) return null;
    let lo = 0;
    let hi = this.days.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.days[mid] <= day) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? this.kg[0] : this.kg[lo - 1];
  }
}

/** Body weights for these sets, or null when none is a bodyweight lift (saves the read). */
export const bodyWeightsFor = (db: Database.Database, sets: { bodyweight: boolean }[]): BodyWeights | null => (sets.some((s) => s.bodyweight) ? new BodyWeights(db) : null);

/** Total load moved by a set: bar/machine load, or body weight ± added/assisting load; null if unknown. */
export function setLoadKg(s: { bodyweight: boolean; weightKg: number; assisted: boolean; date: string }, bodyWeights: BodyWeights | null): number | null {
  if (!s.bodyweight) return s.weightKg;
  const bw = bodyWeights?.on(s.date) ?? null;
  return bw == null ? null : bw + (s.assisted ? -s.weightKg : s.weightKg);
}
