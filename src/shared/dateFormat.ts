// Every date and time a person reads, in one language: the locale's own words and order (en-GB
// "Thu 3 Dec", en-US "Thu, Dec 3"). Pure: the locale is a parameter (the renderer passes the
// browser's), so tests pin it. A day 'YYYY-MM-DD' is formatted as that calendar day: it is placed at
// UTC midnight and formatted in UTC, so no time zone can shift it. CLI and report output stay ISO.
import { dayToMs } from './dates';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One Intl.DateTimeFormat per locale and options: building one costs far more than formatting with it. */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const atUtc = (day: string): Date => new Date(dayToMs(day));
/** A day through a formatter; anything that is not a day (an empty range's '') is shown as it is. */
const format = (f: Intl.DateTimeFormat, day: string): string => (DAY.test(day) ? f.format(atUtc(day)) : day);
/** The year is worth reading only when it is not this year. */
const yearIfOther = (day: string, today: string | null | undefined): Intl.DateTimeFormatOptions =>
  today && day.slice(0, 4) === today.slice(0, 4) ? {} : { year: 'numeric' };

/** The short style: 'Thu 3 Dec' (en-GB), 'Thu, Dec 3' (en-US); 'Thu 3 Dec 2026' when not in today's year. */
export function shortDay(day: string, locale: string, today: string | null | undefined): string {
  return format(formatter(locale, { weekday: 'short', day: 'numeric', month: 'short', ...yearIfOther(day, today), timeZone: 'UTC' }), day);
}

/** The short style without the weekday, for chart axes and compact lists: '3 Dec' / 'Dec 3'. */
export function dayMonth(day: string, locale: string, today: string | null | undefined): string {
  return format(formatter(locale, { day: 'numeric', month: 'short', ...yearIfOther(day, today), timeZone: 'UTC' }), day);
}

/** The weekday alone: 'Thu'. */
export function weekdayText(day: string, locale: string): string {
  return format(formatter(locale, { weekday: 'short', timeZone: 'UTC' }), day);
}

/** A month for a long chart axis: 'Dec', or 'Dec 2026' with its year. */
export function monthText(day: string, locale: string, withYear: boolean): string {
  return format(formatter(locale, { month: 'short', ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' }), day);
}

/** The long style: 'Thursday 3 December 2026' (en-GB), 'Thursday, December 3, 2026' (en-US). */
export function longDay(day: string, locale: string): string {
  return format(formatter(locale, { dateStyle: 'full', timeZone: 'UTC' }), day);
}

/** A clock time 'HH:MM' in the locale's style: '07:05' (en-GB), '7:05 AM' (en-US). */
export function timeText(hhmm: string, locale: string): string {
  const m = /^(\d{1,2}):(\d{2})/.exec(hhmm);
  if (!m) return hhmm;
  return formatter(locale, { timeStyle: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(1970, 0, 1, Number(m[1]), Number(m[2]))));
}

/** An hour for a time axis: '06:00' on a 24-hour clock, '6 AM' on a 12-hour one (the minutes say nothing there). */
export function hourText(hour: number, locale: string): string {
  const at = new Date(Date.UTC(1970, 0, 1, hour));
  const { hour: h, ...rest } = clock(locale);
  return h === 'numeric' ? formatter(locale, { hour: h, ...rest, timeZone: 'UTC' }).format(at) : timeText(`${hour}:00`, locale);
}

/** Two clock times as one span: '07:00–08:30' / '7:00 AM–8:30 AM'. */
export function timeRangeText(start: string, end: string, locale: string): string {
  return `${timeText(start, locale)}–${timeText(end, locale)}`;
}

/**
 * A range of days, the shared parts written once: '3 – 9 Dec' (en-GB), 'Dec 3 – 9' (en-US); with the
 * year ('3 – 9 Dec 2025') when either end is not in today's year.
 */
export function dayRangeText(from: string, to: string, locale: string, today: string | null | undefined): string {
  const thisYear = !!today && from.slice(0, 4) === today.slice(0, 4) && to.slice(0, 4) === today.slice(0, 4);
  const f = formatter(locale, { day: 'numeric', month: 'short', ...(thisYear ? {} : { year: 'numeric' }), timeZone: 'UTC' });
  if (!DAY.test(from) || !DAY.test(to) || from === to) return format(f, from);
  return f.formatRange(atUtc(from), atUtc(to));
}

/** A week, named by its first day: 'Week of 30 Nov' / 'Week of Nov 30' (the year when not today's). */
export function weekText(start: string, locale: string, today: string | null | undefined): string {
  return `Week of ${dayMonth(start, locale, today)}`;
}

/**
 * A moment (an ISO timestamp: a backup taken, an import made) on the reader's clock:
 * 'Thu 3 Dec, 14:05' / 'Thu, Dec 3, 2:05 PM'. `timeZone` is the machine's unless a test pins it.
 */
export function momentText(iso: string, locale: string, today: string | null | undefined, timeZone?: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const zone = timeZone ? { timeZone } : {};
  const day = formatter(locale, { year: 'numeric', month: '2-digit', day: '2-digit', ...zone })
    .formatToParts(at)
    .reduce((acc, p) => ({ ...acc, [p.type]: p.value }), {} as Record<string, string>);
  const localDay = `${day.year}-${day.month}-${day.day}`;
  return formatter(locale, { weekday: 'short', day: 'numeric', month: 'short', ...yearIfOther(localDay, today), ...clock(locale), minute: '2-digit', ...zone }).format(at);
}

/** The locale's clock, so a moment's time reads like timeText's: '07:05' on a 24-hour clock, '7:05 AM' on a 12-hour one. */
function clock(locale: string): Intl.DateTimeFormatOptions {
  const cycle = formatter(locale, { timeStyle: 'short' }).resolvedOptions().hourCycle;
  return cycle === 'h23' || cycle === 'h24' ? { hour: '2-digit', hourCycle: cycle } : { hour: 'numeric', hourCycle: cycle };
}
