// The planner's interference rules, one function per group (analysis/interference.ts runs them):
// pairs of sessions close in time, stress streaks, volume jumps, the middle-ground trap, mobility and
// sleep. Each adds findings through `add`, which keeps only those touching the checked days.
import { dayToMs, isoWeekday, msToDay } from '../../shared/dates';
import { formatDuration, minutesToTime, timeToMinutes } from '../../shared/timeOfDay';
import { KIND_LABELS, isEnduranceKind, isWorkingSetType, type SessionKind } from '../../shared/training';
import { round } from '../../shared/units';
import { setE1rm } from './e1rm';
import {
  E1RM_REFERENCE_DAYS,
  HIGH_STRESS_STREAK_DAYS,
  HILLS_WINDOW_MIN,
  MIDDLE_GROUND_MAX_REPS,
  MIDDLE_GROUND_MIN_FRACTION_E1RM,
  MIN_SLEEP_MIN,
  MOBILITY_WINDOW_DAYS,
  SAME_DAY_GAP_MIN,
  STARTUP_MAX_SESSIONS,
  USUAL_BEDTIME_MIN_NIGHTS,
  VOLUME_BASE_WEEKS,
  VOLUME_JUMP_FRACTION,
  isHighStressDay,
  zone2Ceiling,
  type CheckPlanInput,
  type Finding,
  type PlanSession,
} from './interferenceModel';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** 'Tue 24 Nov' */
function shortDay(day: string): string {
  return `${WEEKDAYS[isoWeekday(day)]} ${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1]}`;
}

function sessionName(s: PlanSession): string {
  if (s.title) return s.title;
  const kind = KIND_LABELS[s.kind as SessionKind] ?? s.kind;
  return s.modality && isEnduranceKind(s.kind) ? `${kind} ${s.modality}` : kind;
}
/** '“Intervals / HIIT run” (Tue 24 Nov 07:00)' */
function describe(s: PlanSession): string {
  return `${sessionName(s)} (${shortDay(s.date)} ${s.start})`;
}

export interface Timed extends PlanSession {
  /** Days since 1970-01-01: the rules work on day numbers, not strings (this runs for every week). */
  day: number;
  /** Minutes since 1970-01-01 00:00 on the wall clock. */
  startAt: number;
  endAt: number;
  strength: boolean;
  heavyStrength: boolean;
  heavyLower: boolean;
  endurance: boolean;
  hardEndurance: boolean;
  hills: boolean;
}

export const DAY_MIN = 1440;
export const dayNumber = (day: string): number => dayToMs(day) / 86_400_000;
const dayString = (n: number): string => msToDay(n * 86_400_000);

export type Add = (f: Omit<Finding, 'source'>, involved: Timed[]) => void;
export type ByDay = Map<number, Timed[]>;
export interface Range {
  fromDay: number;
  toDay: number;
  /** First day of the first (user-aligned) week touching the range. */
  weekStartDay: number;
}
const NONE: Timed[] = [];
/** Sessions of the days [a, b]. */
function sessionsOfDays(byDay: ByDay, a: number, b: number): Timed[] {
  const out: Timed[] = [];
  for (let d = a; d <= b; d++) {
    const list = byDay.get(d);
    if (list) out.push(...list);
  }
  return out;
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
      const ids = [a.id, b.id];
      const apart = (): string => (gap < 0 ? `overlap by ${formatDuration(-gap)}` : `are ${formatDuration(gap)} apart`);

      if (gap < 0) {
        add({ code: 'sessions-overlap', severity: 'warning', date: a.date, sessionIds: ids, message: `${describe(a)} and ${describe(b)} overlap by ${formatDuration(-gap)}: move one of them.` }, [a, b]);
      }

      if ((a.strength && b.hardEndurance) || (a.hardEndurance && b.strength)) {
        if (gap < SAME_DAY_GAP_MIN) {
          add(
            { code: 'strength-endurance-gap', severity: 'warning', date: a.date, sessionIds: ids, message: `${describe(a)} and ${describe(b)} ${apart()}: keep strength and hard endurance at least 6 h apart (24 h if the week allows).` },
            [a, b],
          );
        } else if (sameDay) {
          add(
            { code: 'strength-endurance-same-day', severity: 'info', date: a.date, sessionIds: ids, message: `${describe(a)} and ${describe(b)} share a day ${formatDuration(gap)} apart: fine, but 24 h between strength and hard endurance is better if the week allows.` },
            [a, b],
          );
        }
      }

      if (sameDay && a.endurance && b.heavyStrength && a.startAt < b.startAt) {
        add(
          {
            code: 'endurance-before-lifting',
            severity: gap < SAME_DAY_GAP_MIN ? 'warning' : 'info',
            date: a.date,
            sessionIds: ids,
            message: `${describe(a)} comes before ${describe(b)} on the same day: lift first, then do the endurance work.`,
          },
          [a, b],
        );
      }

      if (sameDay && ((a.kind === 'intervals' && b.heavyStrength) || (a.heavyStrength && b.kind === 'intervals'))) {
        add(
          { code: 'hiit-and-heavy-lifting', severity: 'warning', date: a.date, sessionIds: ids, message: `${describe(a)} and ${describe(b)} put HIIT and heavy lifting on one day: they compete for recovery — move one to another day.` },
          [a, b],
        );
      }

      if ((a.hills && b.heavyLower) || (a.heavyLower && b.hills)) {
        if (gap < HILLS_WINDOW_MIN) {
          const [hill, legs] = a.hills && b.heavyLower ? [a, b] : [b, a];
          const order = hill === a ? 'before' : 'after';
          add(
            {
              code: 'hills-near-heavy-lower',
              severity: 'warning',
              date: a.date,
              sessionIds: ids,
              message: `${describe(hill)} is ${gap < 0 ? 'overlapping' : `${formatDuration(gap)} ${order}`} ${describe(legs)}: hills and downhill running weaken the knee extensors for 24–48 h — keep 48 h between them.`,
            },
            [a, b],
          );
        }
      }
    }
  }
}

/** Three or more high-stress days in a row; a week without a low-stress day. */
export function stressRules(range: Range, byDay: ByDay, add: Add): void {
  const first = Math.min(range.fromDay - (HIGH_STRESS_STREAK_DAYS + 4), range.weekStartDay);
  const last = range.toDay + HIGH_STRESS_STREAK_DAYS + 4;
  const high = new Map<number, boolean>();
  for (let d = first; d <= last; d++) high.set(d, isHighStressDay(byDay.get(d) ?? NONE));

  let runStart = -1;
  for (let d = first; d <= last + 1; d++) {
    const isHigh = d <= last && high.get(d);
    if (isHigh && runStart < 0) runStart = d;
    if (!isHigh && runStart >= 0) {
      const length = d - runStart;
      if (length >= HIGH_STRESS_STREAK_DAYS) {
        const sessions = sessionsOfDays(byDay, runStart, d - 1);
        add(
          {
            code: 'high-stress-streak',
            severity: 'warning',
            date: dayString(runStart),
            sessionIds: sessions.map((s) => s.id),
            message: `${length} high-stress days in a row (${shortDay(dayString(runStart))} – ${shortDay(dayString(d - 1))}): put an easy or rest day among them.`,
          },
          sessions,
        );
      }
      runStart = -1;
    }
  }

  for (let w = range.weekStartDay; w <= range.toDay; w += 7) {
    let allHigh = true;
    for (let d = w; d < w + 7 && allHigh; d++) allHigh = high.get(d) ?? isHighStressDay(byDay.get(d) ?? NONE);
    if (!allHigh) continue;
    const sessions = sessionsOfDays(byDay, w, w + 6);
    const weekStart = dayString(w);
    add(
      {
        code: 'no-low-stress-day',
        severity: 'critical',
        date: weekStart,
        sessionIds: sessions.map((s) => s.id),
        message: `The week of ${shortDay(weekStart)} has no low-stress day: every day has heavy strength, hard endurance or ≥ 400 AU — make one day easy or rest.`,
      },
      sessions,
    );
  }
}

/** Endurance volume up > 30 % on the previous 3-week average; or > 2 sessions after 3 weeks averaging < 1. */
export function volumeRule(range: Range, byDay: ByDay, add: Add): void {
  const weekTotals = (w: number): { sessions: Timed[]; minutes: number; km: number } => {
    const sessions = sessionsOfDays(byDay, w, w + 6).filter((s) => s.endurance);
    let minutes = 0;
    let km = 0;
    for (const s of sessions) {
      minutes += s.minutes;
      km += s.distanceKm ?? 0;
    }
    return { sessions, minutes, km };
  };
  for (let w = range.weekStartDay; w <= range.toDay; w += 7) {
    const cur = weekTotals(w);
    if (cur.sessions.length === 0) continue;
    const weekStart = dayString(w);
    const prev = [1, 2, 3].map((k) => weekTotals(w - 7 * k));
    const avgCount = prev.reduce((t, x) => t + x.sessions.length, 0) / VOLUME_BASE_WEEKS;
    const avgMin = prev.reduce((t, x) => t + x.minutes, 0) / VOLUME_BASE_WEEKS;
    const avgKm = prev.reduce((t, x) => t + x.km, 0) / VOLUME_BASE_WEEKS;
    const ids = cur.sessions.map((s) => s.id);
    if (avgCount < 1) {
      // Starting out: the seed allows 2 endurance sessions a week; a percentage of almost nothing says little.
      if (cur.sessions.length > STARTUP_MAX_SESSIONS) {
        add(
          {
            code: 'volume-jump',
            severity: 'warning',
            date: weekStart,
            sessionIds: ids,
            message: `${cur.sessions.length} endurance sessions in the week of ${shortDay(weekStart)} after 3 weeks averaging ${avgCount.toFixed(1)}: start with 2 Zone 2 sessions and add more only if your lifts hold for two weeks.`,
          },
          cur.sessions,
        );
      }
      continue;
    }
    const minUp = avgMin > 0 ? cur.minutes / avgMin - 1 : 0;
    const kmUp = avgKm > 0 ? cur.km / avgKm - 1 : 0;
    // A hair of tolerance so exactly +30 % (float noise) does not fire.
    if (minUp > VOLUME_JUMP_FRACTION + 1e-9 || kmUp > VOLUME_JUMP_FRACTION + 1e-9) {
      const what =
        minUp >= kmUp
          ? `${Math.round(cur.minutes)} min of endurance is up ${Math.round(minUp * 100)} % on the 3-week average of ${Math.round(avgMin)} min`
          : `${String(round(cur.km, 1))} km of endurance is up ${Math.round(kmUp * 100)} % on the 3-week average of ${String(round(avgKm, 1))} km`;
      add(
        { code: 'volume-jump', severity: 'warning', date: weekStart, sessionIds: ids, message: `Week of ${shortDay(weekStart)}: ${what} — raise it by at most 30 %, and only if your lifts hold.` },
        cur.sessions,
      );
    }
  }
}

/** "Heavy" sessions that were not heavy; "easy" sessions that were not easy (from logs). */
export function middleGroundRules(input: CheckPlanInput, range: Range, timed: Timed[], add: Add): void {
  // Best e1RM per exercise per day, for the reference of the 42 days up to a session.
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
      const working = s.sets.filter((x) => isWorkingSetType(x.type));
      let light = 0;
      let highReps = 0;
      let lowLoad = 0;
      for (const set of working) {
        // Power work is meant to be fast rather than near-maximal: judge it by reps only.
        const ref = s.kind === 'power' ? null : referenceE1rm(set.exercise, s.day);
        const tooManyReps = set.reps > MIDDLE_GROUND_MAX_REPS;
        const tooLight = ref != null && set.loadKg != null && set.loadKg < MIDDLE_GROUND_MIN_FRACTION_E1RM * ref;
        if (tooManyReps) highReps++;
        if (tooLight) lowLoad++;
        if (tooManyReps || tooLight) light++;
      }
      if (working.length > 0 && light * 2 > working.length) {
        const why = [highReps ? `${highReps} over 6 reps` : '', lowLoad ? `${lowLoad} under 80 % of the 4-week best e1RM` : ''].filter(Boolean).join(', ');
        add(
          {
            code: 'heavy-session-too-light',
            severity: 'warning',
            date: s.date,
            sessionIds: [s.id],
            message: `${describe(s)} was not heavy: ${light} of ${working.length} working sets were light (${why}) — lift 3–5 reps at ≈ 86–92 % 1RM, or log it as hypertrophy.`,
          },
          [s],
        );
      }
    }

    if (s.kind === 'zone2' && s.avgHr != null && ceiling && s.avgHr > ceiling.bpm) {
      add(
        {
          code: 'easy-session-too-hard',
          severity: 'warning',
          date: s.date,
          sessionIds: [s.id],
          message: `${describe(s)} averaged ${s.avgHr} bpm, above the Zone 2 ceiling of ${ceiling.bpm} bpm (${ceiling.label}): keep easy sessions easy.`,
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

/** No mobility session in the 14 days ending on each checked week's last day (when there is training). */
export function mobilityRule(range: Range, byDay: ByDay, add: Add): void {
  for (let w = range.weekStartDay; w <= range.toDay; w += 7) {
    const end = w + 6;
    const window = sessionsOfDays(byDay, end - (MOBILITY_WINDOW_DAYS - 1), end);
    if (window.length === 0 || window.some((s) => s.kind === 'mobility')) continue;
    const endDay = dayString(end);
    add(
      {
        code: 'no-mobility',
        severity: 'info',
        date: endDay,
        sessionIds: [],
        message: `No mobility work logged or planned in the 14 days to ${shortDay(endDay)}: add a short mobility session.`,
      },
      [],
    );
  }
}

/** The first session of a day starting less than 7 h after the previous night's bedtime. */
export function sleepRule(input: CheckPlanInput, range: Range, byDay: ByDay, add: Add): void {
  if (!input.sleep?.length) return;
  const nights = input.sleep.map((n) => ({ date: n.date, bedDate: n.bedDate, bed: n.bed, day: dayNumber(n.date) })).sort((a, b) => a.day - b.day);
  const byNight = new Map(nights.map((n) => [n.day, n]));
  for (let day = range.fromDay; day <= range.toDay; day++) {
    const sessions = byDay.get(day);
    if (!sessions?.length) continue;
    const first = sessions[0]; // byDay lists are in start order
    const night = byNight.get(day);
    if (night) {
      const bedAt = dayNumber(night.bedDate) * DAY_MIN + timeToMinutes(night.bed);
      const left = first.startAt - bedAt;
      if (left > 0 && left < MIN_SLEEP_MIN) {
        add(
          {
            code: 'short-night-before-session',
            severity: 'warning',
            date: first.date,
            sessionIds: [first.id],
            message: `${describe(first)} starts ${formatDuration(left)} after the ${night.bed} bedtime: that leaves under 7 h of sleep — start later or go to bed earlier.`,
          },
          [first],
        );
      }
      continue;
    }
    if (!first.planned) continue;
    // A planned day without a logged night: judge by the usual bedtime of the last 14 nights.
    const recent = nights.filter((n) => n.day < day && n.day >= day - 14);
    if (recent.length < USUAL_BEDTIME_MIN_NIGHTS) continue;
    // Bedtimes as minutes after noon, so 23:30 and 00:30 sit next to each other.
    const afterNoon = recent.map((n) => (timeToMinutes(n.bed) - 720 + DAY_MIN) % DAY_MIN).sort((a, b) => a - b);
    const mid = afterNoon.length >> 1;
    const usual = afterNoon.length % 2 ? afterNoon[mid] : Math.round((afterNoon[mid - 1] + afterNoon[mid]) / 2);
    const bedAt = (day - 1) * DAY_MIN + 720 + usual;
    const left = first.startAt - bedAt;
    if (left > 0 && left < MIN_SLEEP_MIN) {
      add(
        {
          code: 'short-night-before-session',
          severity: 'info',
          date: first.date,
          sessionIds: [first.id],
          message: `${describe(first)} starts ${formatDuration(left)} after your usual bedtime (${minutesToTime(usual + 720)}, last 14 nights): that leaves under 7 h of sleep.`,
        },
        [first],
      );
    }
  }
}
