// What the set table shows beside each set: the same set of the same exercise in the last session
// before this one (as Strong's "Previous" column) — the 2nd squat row of today against the 2nd squat set
// of last time, warm-ups against warm-ups.
import type { Output } from '../../../shared/contract';

export type PastSet = Output<'exercise.history'>['days'][number]['sets'][number];
interface RowLike {
  exercise: string;
  type: string;
}

const key = (name: string): string => name.trim().toLowerCase();

/** The last session's sets of an exercise, before `date` (history days come newest first). */
export function lastSessionSets(history: Output<'exercise.history'>, date: string): PastSet[] {
  const day = history.days.find((d) => d.date < date);
  return day ? [...day.sets].sort((a, b) => a.position - b.position) : [];
}

/** The previous set for row `i`: the n-th earlier row of the same exercise and set type is matched with
 *  the n-th set of that type last time; null when last time had fewer. */
export function previousFor(rows: RowLike[], i: number, lastSets: (exercise: string) => PastSet[] | undefined): PastSet | null {
  const row = rows[i];
  if (!row || !row.exercise.trim()) return null;
  const sets = lastSets(key(row.exercise));
  if (!sets?.length) return null;
  const n = rows.slice(0, i).filter((r) => key(r.exercise) === key(row.exercise) && r.type === row.type).length;
  return sets.filter((s) => s.type === row.type)[n] ?? null;
}

export const exerciseKey = key;

/** '1:30', '0:05' */
export function clockText(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
