// The planner's interference rules, one function per group (analysis/interference.ts runs them):
// stress streaks, volume jumps, the middle-ground trap, mobility and sleep (pairs of sessions close
// in time are in interferencePairs.ts). Each adds findings through `add`, which keeps only those touching the checked days.
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
  SHORT_SLEEP_HIGH_HOURS,
  SHORT_SLEEP_WATCH_HOURS,
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
export function describe(s: PlanSession): string {
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
        message: `The week of ${shortDay(weekStart)} has no low-stress day: every day has heavy strength, hard endurance or ≥ 400 load points (minutes × effort) — make one day easy or rest.`,
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

/**
 * A logged night under 7 h before a day with sessions (≤ 6 h high, else watch); else the first
 * session of a day starting less than 7 h after the previous night's bedtime (logged or usual).
 */
export function sleepRule(input: CheckPlanInput, range: Range, byDay: ByDay, add: Add): void {
  if (!input.sleep?.length) return;
  const nights = input.sleep.map((n) => ({ date: n.date, bedDate: n.bedDate, bed: n.bed, hours: n.hours ?? null, day: dayNumber(n.date) })).sort((a, b) => a.day - b.day);
  const byNight = new Map(nights.map((n) => [n.day, n]));
  for (let day = range.fromDay; day <= range.toDay; day++) {
    const sessions = byDay.get(day);
    if (!sessions?.length) continue;
    const first = sessions[0]; // byDay lists are in start order
    const night = byNight.get(day);
    if (night && night.hours != null && night.hours < SHORT_SLEEP_WATCH_HOURS) {
      // The logged hours are the fact: they replace the bedtime estimate below for this day.
      const high = night.hours <= SHORT_SLEEP_HIGH_HOURS;
      const slept = formatDuration(Math.round(night.hours * 60));
      add(
        {
          code: 'short-sleep',
          severity: high ? 'warning' : 'info',
          date: first.date,
          sessionIds: sessions.map((x) => x.id),
          message: high
            ? `Only ${slept} of sleep before ${shortDay(first.date)}: 6 h or less cuts performance (about 8 % on average) — keep the day's training easy or move the hard session, and sleep longer tonight.`
            : `${slept} of sleep before ${shortDay(first.date)}: under the 7 h adults need — watch how the day's training feels and aim for 7–9 h.`,
        },
        sessions,
      );
      continue;
    }
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
