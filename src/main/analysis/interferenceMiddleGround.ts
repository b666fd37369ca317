// The middle-ground trap (science.md §8), from logged sessions: "heavy" sessions whose main lifts were
// not heavy, and "easy" sessions above the Zone 2 ceiling.
import { isWorkingSetType } from '../../shared/training';
import { setE1rm } from './e1rm';
import {
  E1RM_REFERENCE_DAYS,
  MIDDLE_GROUND_MAX_REPS,
  MIDDLE_GROUND_MIN_FRACTION_E1RM,
  ZONE2_TOLERANCE_BPM,
  zone2Ceiling,
  type CheckPlanInput,
  type PlanSet,
} from './interferenceModel';
import { describe, type Add, type Range, type Timed } from './interferenceRules';

/**
 * The main lifts a heavy session is judged on: the big barbell lifts (squat, deadlift, bench and
 * overhead press variants, the Olympic lifts); without any of them, its other multi-joint lifts;
 * without those, every exercise. Accessories (curls, raises, extensions) never decide.
 */
const MAIN_LIFTS = new Set(
  [
    'Back Squat', 'Front Squat', 'Deadlift', 'Sumo Deadlift', 'Trap Bar Deadlift', 'Bench Press', 'Incline Bench Press', 'Close-Grip Bench Press',
    'Overhead Press', 'Push Press', 'Power Clean', 'Hang Clean', 'Snatch', 'Clean and Jerk',
  ].map((n) => n.toLowerCase()),
);
const OTHER_COMPOUND_LIFTS = new Set(
  [
    'Romanian Deadlift', 'Barbell Row', 'T-Bar Row', 'Pull-up', 'Chin-up', 'Dip', 'Hip Thrust', 'Leg Press', 'Hack Squat', 'Bulgarian Split Squat',
    'Lunge', 'Dumbbell Bench Press', 'Good Morning', 'Step-up', 'Goblet Squat',
  ].map((n) => n.toLowerCase()),
);
/** A lift's top sets: its working sets within 10 % of its heaviest load that session (D). */
const TOP_SET_FRACTION = 0.9;

function mainLifts(working: PlanSet[]): Map<string, PlanSet[]> {
  const byLift = new Map<string, PlanSet[]>();
  for (const set of working) {
    const list = byLift.get(set.exercise);
    if (list) list.push(set);
    else byLift.set(set.exercise, [set]);
  }
  for (const tier of [MAIN_LIFTS, OTHER_COMPOUND_LIFTS]) {
    const chosen = new Map([...byLift].filter(([name]) => tier.has(name.toLowerCase())));
    if (chosen.size > 0) return chosen;
  }
  return byLift;
}

function topSets(sets: PlanSet[]): PlanSet[] {
  const loads = sets.map((x) => x.loadKg).filter((x): x is number => x != null);
  if (loads.length === 0) return sets;
  const heaviest = Math.max(...loads);
  return sets.filter((x) => x.loadKg == null || x.loadKg >= TOP_SET_FRACTION * heaviest);
}

/** "Heavy" sessions whose main lifts' top sets were not heavy; "easy" sessions clearly above the Zone 2 ceiling. */
export function middleGroundRules(input: CheckPlanInput, range: Range, timed: Timed[], add: Add): void {
  // Best e1RM per exercise per day, for the reference of the 28 days up to a session.
  const e1rmDays = new Map<string, { day: number; e1rm: number }[]>();
  for (const s of timed) {
    // Only the reference window of the checked days matters.
    if (s.planned || !s.sets || s.day < range.fromDay - E1RM_REFERENCE_DAYS || s.day > range.toDay) continue;
    const day = s.day;
    for (const set of s.sets) {
      const e = setE1rm(set);
      if (!e) continue;
      let list = e1rmDays.get(set.exercise);
      if (!list) e1rmDays.set(set.exercise, (list = []));
      const last = list[list.length - 1];
      if (last && last.day === day) last.e1rm = Math.max(last.e1rm, e.e1rmKg);
      else list.push({ day, e1rm: e.e1rmKg });
    }
  }
  for (const list of e1rmDays.values()) list.sort((a, b) => a.day - b.day);
  const referenceE1rm = (exercise: string, day: number): number | null => {
    const list = e1rmDays.get(exercise);
    if (!list) return null;
    let best: number | null = null;
    for (let i = upperBound(list, day) - 1; i >= 0 && list[i].day > day - E1RM_REFERENCE_DAYS; i--) best = Math.max(best ?? 0, list[i].e1rm);
    return best;
  };

  const ceiling = zone2Ceiling(input.heartRate);
  for (const s of timed) {
    if (s.planned || s.day < range.fromDay || s.day > range.toDay) continue;

    if (s.heavyStrength && s.sets?.length) {
      const lifts = mainLifts(s.sets.filter((x) => isWorkingSetType(x.type)));
      const light: string[] = [];
      for (const [exercise, sets] of lifts) {
        // Power work is meant to be fast rather than near-maximal: judge it by reps only.
        const ref = s.kind === 'power' ? null : referenceE1rm(exercise, s.day);
        const top = topSets(sets);
        let highReps = 0;
        let lowLoad = 0;
        for (const set of top) {
          if (set.reps > MIDDLE_GROUND_MAX_REPS) highReps++;
          else if (ref != null && set.loadKg != null && set.loadKg < MIDDLE_GROUND_MIN_FRACTION_E1RM * ref) lowLoad++;
        }
        if ((highReps + lowLoad) * 2 > top.length) light.push(`${exercise}: ${highReps >= lowLoad ? 'over 6 reps' : 'under 80 % of the 4-week best estimated max'}`);
      }
      if (lifts.size > 0 && light.length * 2 > lifts.size) {
        add(
          {
            code: 'heavy-session-too-light',
            severity: 'warning',
            date: s.date,
            sessionIds: [s.id],
            message: `${describe(s)} was not heavy: the top sets of ${light.length} of its ${lifts.size} main lifts were light (${light.join('; ')}) — lift 3–5 reps at ≈ 86–92 % 1RM, or log it as hypertrophy.`,
          },
          [s],
        );
      }
    }

    if (s.kind === 'zone2' && s.avgHr != null && ceiling && s.avgHr > ceiling.bpm + ZONE2_TOLERANCE_BPM) {
      add(
        {
          code: 'easy-session-too-hard',
          severity: 'warning',
          date: s.date,
          sessionIds: [s.id],
          message: `${describe(s)} averaged ${s.avgHr} bpm, clearly above the Zone 2 ceiling of ${ceiling.bpm} bpm (${ceiling.label}): keep easy sessions easy.`,
        },
        [s],
      );
    }
  }
}

function upperBound(list: { day: number }[], day: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].day <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
