// Any CSV of weigh-ins or nights: the user says which column is the date, the weight, the body fat,
// the hours asleep, bedtime and wake time; we guess from the header names first. The date is the day
// of the weigh-in, or for sleep the day the user woke up. A unit in the weight column's name ("Weight
// (lb)") is used; without one the user is asked.
import { addDays } from '../../../../shared/dates';
import { invalid } from '../../../errors';
import type { ColumnMapping, Importer, ImportRecord, MassUnit, ParseOptions, Sniff } from '../records';
import { csvRows, headerOf, parseLocalDateTime, parseNumber, type CsvRow } from './csv';
import { readFirstBytes } from './head';

const GUESS: Record<keyof ColumnMapping, RegExp> = {
  date: /^(date|day|wake ?day|datum)\b/,
  weight: /^(body ?)?(weight|mass|kg|lbs?)\b/,
  bodyFat: /(body ?)?fat/,
  sleepHours: /(sleep|asleep|hours)/,
  bed: /^(bed|bedtime|bed time|sleep start|start)\b/,
  wake: /^(wake|wake time|wake-up|sleep end|end)\b/,
};

export function guessMapping(columns: string[]): ColumnMapping {
  const used = new Set<string>();
  const pick = (re: RegExp): string | null => {
    const c = columns.find((x) => !used.has(x) && re.test(x)) ?? null;
    if (c) used.add(c);
    return c;
  };
  const date = pick(GUESS.date);
  const bodyFat = pick(GUESS.bodyFat);
  const weight = pick(GUESS.weight);
  const bed = pick(GUESS.bed);
  const wake = pick(GUESS.wake);
  return { date, weight, bodyFat, sleepHours: pick(GUESS.sleepHours), bed, wake };
}

function unitInName(column: string): MassUnit | null {
  if (/\b(lbs?|pounds?)\b/.test(column)) return 'lb';
  if (/\b(kg|kilograms?)\b/.test(column)) return 'kg';
  return null;
}

/** A time of day from "22:45", "10:45 PM" or a date and time; null when unreadable. */
function timeOf(raw: string): string | null {
  const m = /(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?\s*$/i.exec(raw.trim());
  if (!m) return null;
  let h = Number(m[1]);
  if (m[3]) h = (h % 12) + (/^p/i.test(m[3]) ? 12 : 0);
  return h < 24 && Number(m[2]) < 60 ? `${String(h).padStart(2, '0')}:${m[2]}` : null;
}

const minutesOf = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));

function* rowRecords(row: CsvRow, map: ColumnMapping): Generator<ImportRecord> {
  const day = parseLocalDateTime(row.get(map.date!));
  if (!day) {
    yield { kind: 'reject', line: row.line, reason: `${map.date} "${row.get(map.date!)}" is not a date` };
    return;
  }
  if (map.weight && row.get(map.weight) !== '') {
    const v = parseNumber(row.get(map.weight));
    const fat = map.bodyFat ? parseNumber(row.get(map.bodyFat)) : null;
    if (v === null || Number.isNaN(v) || v <= 0) yield { kind: 'reject', line: row.line, reason: `${map.weight} "${row.get(map.weight)}" is not a number` };
    else yield { kind: 'weight', key: `csv:weight:${day.date}|${day.time}|${v}`, line: row.line, date: day.date, mass: { value: v, unit: unitInName(map.weight) }, bodyFatPct: fat !== null && !Number.isNaN(fat) ? fat : null };
  }
  const hoursRaw = map.sleepHours ? row.get(map.sleepHours) : '';
  const bed = map.bed ? timeOf(row.get(map.bed)) : null;
  const wake = map.wake ? timeOf(row.get(map.wake)) : null;
  if (hoursRaw === '' && !(bed && wake)) return;
  let hours = parseNumber(hoursRaw);
  const wakeTime = wake ?? '07:00';
  const span = bed && wake ? (minutesOf(wake) - minutesOf(bed) + 1440) % 1440 : null;
  if (hours === null && span) hours = span / 60;
  if (hours === null || Number.isNaN(hours) || hours <= 0 || hours > 20) {
    yield { kind: 'reject', line: row.line, reason: `${map.sleepHours ?? 'sleep'} "${hoursRaw}" is not hours of sleep` };
    return;
  }
  const bedMin = bed ? minutesOf(bed) : minutesOf(wakeTime) - Math.round(hours * 60);
  const bedTime = bed ?? `${String(Math.floor(((bedMin + 1440) % 1440) / 60)).padStart(2, '0')}:${String((bedMin + 1440) % 60).padStart(2, '0')}`;
  // A bedtime later in the clock than the wake time was the evening before.
  const bedDate = minutesOf(bedTime) > minutesOf(wakeTime) || bedMin < 0 ? addDays(day.date, -1) : day.date;
  yield { kind: 'sleep', key: `csv:sleep:${day.date}`, line: row.line, date: day.date, bedDate, bedTime, wakeTime, hours: Math.round(hours * 100) / 100, quality: null };
}

async function* parseGeneric(path: string, options: ParseOptions): AsyncGenerator<ImportRecord> {
  const h = headerOf(await readFirstBytes(path));
  const map = options.mapping ?? guessMapping(h?.columns ?? []);
  const named = Object.values(map).filter((c): c is string => c !== null);
  if (!map.date) throw invalid('mapping.date', 'Pick the column that holds the date.');
  if (!map.weight && !map.sleepHours && !(map.bed && map.wake)) throw invalid('mapping', 'Pick a weight column, an hours-asleep column, or bedtime and wake-time columns.');
  for await (const row of csvRows(path, 'This CSV', named, options)) yield* rowRecords(row, map);
}

export const genericCsvImporter: Importer = {
  id: 'generic-csv',
  label: 'Any CSV of weigh-ins or sleep (you pick the columns)',
  detect(sniff: Sniff) {
    const h = sniff.zipMembers ? null : headerOf(sniff.head);
    if (!h || h.columns.length < 2) return false;
    const g = guessMapping(h.columns);
    return !!g.date && !!(g.weight || g.sleepHours || (g.bed && g.wake));
  },
  parse: parseGeneric,
  mapping(sniff: Sniff) {
    const columns = headerOf(sniff.head)?.columns ?? [];
    return { columns, guess: guessMapping(columns) };
  },
};
