// Weekly working sets per muscle group: each working set (or set to failure) counts once for every
// primary muscle of its exercise. Warm-ups and drop sets are not counted.
import { isWorkingSetType } from '../../shared/training';

interface SetWithMuscles {
  type: string;
  muscles: readonly string[];
}

/** Working sets per muscle, most-trained first (ties by name). */
export function workingSetsPerMuscle(sets: SetWithMuscles[]): { muscle: string; sets: number }[] {
  const counts = new Map<string, number>();
  for (const s of sets) {
    if (!isWorkingSetType(s.type)) continue;
    for (const m of new Set(s.muscles)) counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  return [...counts.entries()].map(([muscle, sets]) => ({ muscle, sets })).sort((a, b) => b.sets - a.sets || a.muscle.localeCompare(b.muscle));
}
