// What a new log entry starts with, from what the user did before rather than fixed hours: a session
// starts now with the kind the plan (or habit) says, a night with the user's usual bed and wake times.
import { addDays } from './dates';
import { minutesToTime, timeToMinutes } from './timeOfDay';

const STEP = 5;
/** Nights looked back on for the usual bed and wake times, and how many make a habit. */
const USUAL_NIGHTS_DAYS = 14;
const USUAL_MIN_NIGHTS = 3;
export const FALLBACK_NIGHT = { bed: '23:00', wake: '07:00' } as const;

/**
 * The wall-clock time of `now`, rounded up to 5 minutes: never before now, so a session that just ended
 * (a run logged "ending now") is not overlapped; never past 23:55, so it stays on the day.
 */
export function roundedTime(now: Date): string {
  const m = Math.ceil((now.getHours() * 60 + now.getMinutes()) / STEP) * STEP;
  return minutesToTime(Math.min(m, 24 * 60 - STEP));
}

/**
 * The kind a new session starts as: the day's planned-but-not-done session's kind, else the kind of the
 * last one logged, else the fallback; only kinds the form offers.
 */
export function defaultKind<K extends string>(plannedToday: string | null, lastLogged: string | null, offered: readonly K[], fallback: K): K {
  const ok = (k: string | null): k is K => k != null && (offered as readonly string[]).includes(k);
  if (ok(plannedToday)) return plannedToday;
  if (ok(lastLogged)) return lastLogged;
  return fallback;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const toStep = (m: number): string => minutesToTime(Math.round(m / STEP) * STEP);

/**
 * Bed and wake times a new night starts with: last night's as logged; else the median of the nights
 * logged in the two weeks before `today` (at least three of them; bedtimes after midnight count as late,
 * not early); else 23:00 and 07:00.
 */
export function usualNight(nights: readonly { date: string; bed: string; wake: string }[], today: string): { bed: string; wake: string } {
  const last = nights.find((n) => n.date === today);
  if (last) return { bed: last.bed, wake: last.wake };
  const from = addDays(today, -USUAL_NIGHTS_DAYS);
  const recent = nights.filter((n) => n.date >= from && n.date < today);
  if (recent.length < USUAL_MIN_NIGHTS) return { ...FALLBACK_NIGHT };
  // A bedtime before noon is after midnight: 00:30 is later than 23:30, not 23 hours earlier.
  const bed = median(recent.map((n) => timeToMinutes(n.bed) + (timeToMinutes(n.bed) < 12 * 60 ? 24 * 60 : 0)));
  return { bed: toStep(bed), wake: toStep(median(recent.map((n) => timeToMinutes(n.wake)))) };
}
