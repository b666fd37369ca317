// A time of day is 'HH:MM' (24-hour, local wall clock, no zone), like a day is 'YYYY-MM-DD'.
import { dayToMs } from './dates';

const HHMM_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isValidTimeOfDay(s: string): boolean {
  return HHMM_RE.test(s);
}

/** Minutes after midnight: '07:30' → 450. */
export function timeToMinutes(hhmm: string): number {
  const m = HHMM_RE.exec(hhmm);
  if (!m) throw new Error(`not a time of day: ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** 450 → '07:30'; wraps around midnight. */
export function minutesToTime(minutes: number): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Minutes since 1970-01-01 00:00 of a local day and time: a timeline that ignores time zones. */
export function wallClockMinutes(day: string, hhmm: string): number {
  return dayToMs(day) / 60_000 + timeToMinutes(hhmm);
}

/** '6 h 05 min', '45 min', '49 h' — for messages. Negative durations read as overlaps elsewhere. */
export function formatDuration(minutes: number): string {
  const m = Math.round(Math.abs(minutes));
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return rest === 0 ? `${h} h` : `${h} h ${String(rest).padStart(2, '0')} min`;
}
