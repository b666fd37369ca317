// A calendar day is a 'YYYY-MM-DD' string in the user's local calendar. All day arithmetic here is
// done on UTC midnights of those strings, so the machine's time zone never shifts a stored day.

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real calendar day written YYYY-MM-DD (years 100–9999). No Date object: every output day of a ten-year answer is checked. */
export function isValidDate(s: string): boolean {
  if (typeof s !== 'string' || s.length !== 10 || !DATE_RE.test(s)) return false;
  const y = +s.slice(0, 4);
  const mo = +s.slice(5, 7);
  const d = +s.slice(8, 10);
  if (y < 100 || mo < 1 || mo > 12 || d < 1) return false;
  const leap = mo === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= DAYS_IN_MONTH[mo - 1] + (leap ? 1 : 0);
}

export function dayToMs(day: string): number {
  const m = DATE_RE.exec(day);
  if (!m) throw new Error(`not a date: ${day}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export function msToDay(ms: number): string {
  // Civil date from days since 1970-01-01 (H. Hinnant's days_from_civil inverse): the same result as
  // toISOString().slice(0, 10) for years 0–9999, without a Date per call (ten-year analyses call this
  // tens of thousands of times).
  const z = Math.floor(ms / DAY_MS) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999) return new Date(ms).toISOString().slice(0, 10);
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

export function addDays(day: string, n: number): string {
  return msToDay(dayToMs(day) + n * DAY_MS);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayToMs(b) - dayToMs(a)) / DAY_MS);
}

/** Every day from `from` to `to`, inclusive. */
export function dayRange(from: string, to: string): string[] {
  const out: string[] = [];
  const end = dayToMs(to);
  for (let t = dayToMs(from); t <= end; t += DAY_MS) out.push(msToDay(t));
  return out;
}

/** The local calendar day of an instant on this machine (the user's calendar). */
export function localDay(d: Date = new Date()): string {
  const y = d.getFullYear();
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const dd = String(d.getDate()).padStart(2, '0');
  return `${y}-${m}-${dd}`;
}

/** 0 = Monday … 6 = Sunday. */
export function isoWeekday(day: string): number {
  return (new Date(dayToMs(day)).getUTCDay() + 6) % 7;
}

/** ISO-8601 week label, e.g. '2026-W48'. */
export function isoWeek(day: string): string {
  const t = dayToMs(day);
  const wd = isoWeekday(day);
  const thursday = t + (3 - wd) * DAY_MS; // the week belongs to the year of its Thursday
  const year = new Date(thursday).getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = 1 + Math.floor((thursday - jan1) / DAY_MS / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Monday of an ISO week label. */
export function isoWeekStart(week: string): string {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) throw new Error(`not an ISO week: ${week}`);
  const year = Number(m[1]);
  const w = Number(m[2]);
  const jan4 = `${year}-01-04`;
  const week1Monday = addDays(jan4, -isoWeekday(jan4));
  return addDays(week1Monday, (w - 1) * 7);
}

export function isValidIsoWeek(week: string): boolean {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) return false;
  const w = Number(m[2]);
  if (w < 1 || w > 53) return false;
  return isoWeek(isoWeekStart(week)) === week;
}

/** First day of the week containing `day`, for a week starting Monday or Sunday. */
export function weekStartOf(day: string, weekStart: 'monday' | 'sunday' = 'monday'): string {
  const wd = isoWeekday(day); // Mon 0
  const back = weekStart === 'monday' ? wd : (wd + 1) % 7;
  return addDays(day, -back);
}

/**
 * A week's label under a week start: the ISO week ('YYYY-Www') of the week's Monday. A Sunday-start
 * week (Sunday to Saturday) is labelled by the Monday after its Sunday, so a Sunday-start week and
 * the ISO week of that label share six days (Monday to Saturday), and labels stay unique.
 */
export function weekLabel(start: string, weekStart: 'monday' | 'sunday' = 'monday'): string {
  return isoWeek(weekStart === 'sunday' ? addDays(start, 1) : start);
}

/** First day of the week a label names (weekLabel's inverse): its Monday, or the Sunday before it. */
export function weekLabelStart(label: string, weekStart: 'monday' | 'sunday' = 'monday'): string {
  const monday = isoWeekStart(label);
  return weekStart === 'sunday' ? addDays(monday, -1) : monday;
}

/** Whole years of age on a given day. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}
