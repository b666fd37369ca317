// The interference rules about two sessions close in time (science.md §8). For one pair of
// sessions the order-and-spacing rules overlap (a HIIT session is hard endurance too; a hills run is
// long or hard), so a pair gets the most specific of them only, with advice that covers the others:
//   hills near heavy legs (48 h) > HIIT and heavy lifting > long/hard endurance < 24 h before heavy
//   legs > endurance before lifting on one day > strength and hard endurance < 6 h apart (or 24 h note).
// An overlap is reported besides. Every pair finding lists exactly its two sessions.
import { formatDuration } from '../../shared/timeOfDay';
import type { Finding } from './interferenceModel';
import { HILLS_WINDOW_MIN, SAME_DAY_GAP_MIN } from './interferenceModel';
import { describe, type Add, type Timed } from './interferenceRules';

/** Endurance at least this long counts as long whatever its kind. */
const LONG_ENDURANCE_MIN = 90;
/** Long or hard endurance ending less than this before heavy lower-body lifting is flagged (D, within the seed's 6–24 h). */
const BEFORE_HEAVY_LEGS_MIN = 24 * 60;

type PairFinding = Omit<Finding, 'source' | 'sessionIds' | 'date'>;

/** Long (≥ 90 min, or a long session) or hard by what it is (intervals, tempo, hills) — not by RPE alone. */
const isLongOrHard = (s: Timed): boolean =>
  s.endurance && (s.kind === 'long' || s.kind === 'intervals' || s.kind === 'tempo' || s.hills || s.minutes >= LONG_ENDURANCE_MIN);

const apart = (gap: number): string => (gap < 0 ? `overlap by ${formatDuration(-gap)}` : `are ${formatDuration(gap)} apart`);

/** Hills or downhill running within 48 h of heavy lower-body lifting, either way round. */
function hillsRule(a: Timed, b: Timed, gap: number): PairFinding | null {
  if (!((a.hills && b.heavyLower) || (a.heavyLower && b.hills)) || gap >= HILLS_WINDOW_MIN) return null;
  const [hill, legs] = a.hills && b.heavyLower ? [a, b] : [b, a];
  const order = hill === a ? 'before' : 'after';
  return {
    code: 'hills-near-heavy-lower',
    severity: 'warning',
    message: `${describe(hill)} is ${gap < 0 ? 'overlapping' : `${formatDuration(gap)} ${order}`} ${describe(legs)}: hills and downhill running weaken the knee extensors for 24–48 h — keep 48 h between them.`,
  };
}

/** HIIT before heavy lifting on one day, or the two < 6 h apart: warning; lifting first and ≥ 6 h before the HIIT: a note. */
function hiitRule(a: Timed, b: Timed, gap: number, sameDay: boolean): PairFinding | null {
  const hiitFirst = a.kind === 'intervals' && b.heavyStrength;
  if (!hiitFirst && !(a.heavyStrength && b.kind === 'intervals')) return null;
  if (hiitFirst && (sameDay || gap < SAME_DAY_GAP_MIN)) {
    return {
      code: 'hiit-and-heavy-lifting',
      severity: 'warning',
      message: `${describe(a)} comes before ${describe(b)}${sameDay ? ' on the same day' : ` (they ${apart(gap)})`}: HIIT first blunts the lifting — lift first and do the HIIT at least 6 h later, or on another day.`,
    };
  }
  if (gap < SAME_DAY_GAP_MIN) {
    return {
      code: 'hiit-and-heavy-lifting',
      severity: 'warning',
      message: `${describe(a)} and ${describe(b)} ${apart(gap)}: keep the HIIT at least 6 h after heavy lifting, or move it to another day.`,
    };
  }
  if (!sameDay) return null;
  return {
    code: 'hiit-and-heavy-lifting',
    severity: 'info',
    message: `${describe(a)} first, ${describe(b)} ${formatDuration(gap)} later: the right order and spacing for one day — another day for the HIIT is better still if the week allows.`,
  };
}

/** Long or hard endurance ending < 24 h before heavy lower-body lifting. */
function legsRule(a: Timed, b: Timed, gap: number): PairFinding | null {
  if (!(isLongOrHard(a) && b.heavyLower) || gap >= BEFORE_HEAVY_LEGS_MIN) return null;
  return {
    code: 'endurance-before-heavy-legs',
    severity: 'warning',
    message: `${describe(a)} ends ${gap < 0 ? 'after the start of' : `${formatDuration(gap)} before`} ${describe(b)}: long or hard endurance leaves the legs weaker for up to a day — swap them (heavy legs first, the endurance at least 6 h later or the next day), or keep 24 h between.`,
  };
}

/** Endurance before heavy strength on one day: lift first (warning when < 6 h apart). */
function orderRule(a: Timed, b: Timed, gap: number, sameDay: boolean): PairFinding | null {
  if (!(sameDay && a.endurance && b.heavyStrength && a.startAt < b.startAt)) return null;
  return {
    code: 'endurance-before-lifting',
    severity: gap < SAME_DAY_GAP_MIN ? 'warning' : 'info',
    message: `${describe(a)} comes before ${describe(b)} on the same day: lift first, then do the endurance work${gap < SAME_DAY_GAP_MIN ? ' at least 6 h later' : ''}.`,
  };
}

/** Strength and hard endurance < 6 h apart (warning); on one day ≥ 6 h apart (a note: 24 h is better). */
function gapRule(a: Timed, b: Timed, gap: number, sameDay: boolean): PairFinding | null {
  if (!((a.strength && b.hardEndurance) || (a.hardEndurance && b.strength))) return null;
  if (gap < SAME_DAY_GAP_MIN) {
    return { code: 'strength-endurance-gap', severity: 'warning', message: `${describe(a)} and ${describe(b)} ${apart(gap)}: keep strength and hard endurance at least 6 h apart (24 h if the week allows).` };
  }
  if (!sameDay) return null;
  return { code: 'strength-endurance-same-day', severity: 'info', message: `${describe(a)} and ${describe(b)} share a day ${formatDuration(gap)} apart: fine, but 24 h between strength and hard endurance is better if the week allows.` };
}

/** Rules about two sessions close in time. Sessions are sorted by start. */
export function pairRules(timed: Timed[], inRange: (day: number) => boolean, add: Add): void {
  for (let i = 0; i < timed.length; i++) {
    const a = timed[i];
    for (let j = i + 1; j < timed.length; j++) {
      const b = timed[j];
      // Nothing further than 48 h after a's end can pair with it (every rule's window is ≤ 48 h).
      if (b.startAt >= a.endAt + HILLS_WINDOW_MIN) break;
      // Pairs wholly outside the checked days are not reported: skip them before building messages.
      if (!inRange(a.day) && !inRange(b.day)) continue;
      const gap = b.startAt - a.endAt;
      const sameDay = a.day === b.day;
      const pair = { date: a.date, sessionIds: [a.id, b.id] };
      if (gap < 0) {
        add({ ...pair, code: 'sessions-overlap', severity: 'warning', message: `${describe(a)} and ${describe(b)} overlap by ${formatDuration(-gap)}: move one of them.` }, [a, b]);
      }
      const spacing = hillsRule(a, b, gap) ?? hiitRule(a, b, gap, sameDay) ?? legsRule(a, b, gap) ?? orderRule(a, b, gap, sameDay) ?? gapRule(a, b, gap, sameDay);
      if (spacing) add({ ...pair, ...spacing }, [a, b]);
    }
  }
}
