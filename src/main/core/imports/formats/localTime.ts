// Local days and wall-clock times from the stamps the formats use. A stamp with an offset keeps it: the
// day is the one on the athlete's own clock where the record was made, not the machine's. A UTC-only
// instant (GPX, FIT without a local timestamp, Garmin GMT) has no offset of its own, so it takes the
// offset of this machine's time zone at that instant: the user imports their own data where they live.
import { addDays } from '../../../../shared/dates';

export interface LocalStamp {
  ms: number; // the instant (epoch ms)
  date: string; // YYYY-MM-DD on the record's own clock
  time: string; // HH:MM on the record's own clock
  minutes: number; // minutes since local midnight
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The local wall clock of an instant seen at a fixed offset (minutes east of UTC). */
export function atOffset(ms: number, offsetMin: number): LocalStamp {
  const d = new Date(ms + offsetMin * 60_000);
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  return { ms, date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`, time: `${pad(h)}:${pad(m)}`, minutes: h * 60 + m };
}

/** An instant on this machine's clock (for sources that only give UTC). */
export const atMachineZone = (ms: number): LocalStamp => atOffset(ms, -new Date(ms).getTimezoneOffset());

const STAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * "2024-03-15 07:00:00 -0600" (Apple Health), "2024-03-15T07:00:00Z" / "…+02:00" (GPX, TCX) or a
 * zone-less "2024-03-15T07:00:00.000" (Fitbit: already local; its ms then counts the wall clock as UTC,
 * which is right for durations within the file). Null when it is not a date-time.
 */
export function parseStamp(text: string): LocalStamp | null {
  const m = STAMP.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const zone = m[7];
  if (zone === undefined) return { ms: wall, date: `${m[1]}-${m[2]}-${m[3]}`, time: `${m[4]}:${m[5]}`, minutes: h * 60 + mi };
  if (zone === 'Z') return atMachineZone(wall);
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  return { ms: wall - offset * 60_000, date: `${m[1]}-${m[2]}-${m[3]}`, time: `${m[4]}:${m[5]}`, minutes: h * 60 + mi };
}

/** The wake-up day a stretch of sleep belongs to: one starting from 18:00 on belongs to the next morning. */
export const wakeDayOf = (start: LocalStamp): string => (start.minutes >= 18 * 60 ? addDays(start.date, 1) : start.date);
