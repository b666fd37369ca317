// Cronometer's CSV exports, told apart by header: servings.csv (one row per food, nutrient headers
// carry their units, the set of columns depends on what the user tracks), dailysummary.csv (a day's
// totals with Completed: an incomplete day is missing data, not a low-intake day) and biometrics.csv
// (Weight in lbs or kg; sleep in hours on the day the user woke up).
import type { Importer, ImportRecord, MassUnit, ParseOptions, Sniff } from '../records';
import { addDays } from '../../../../shared/dates';
import { csvRows, hasColumns, headerOf, parseLocalDateTime, parseNumber, type CsvRow } from './csv';
import { readFirstBytes } from './head';

type Part = 'servings' | 'dailysummary' | 'biometrics';
const PARTS: Record<Part, string[]> = {
  servings: ['day', 'food name', 'amount', 'energy (kcal)'],
  dailysummary: ['date', 'energy (kcal)', 'completed'],
  biometrics: ['day', 'metric', 'unit', 'amount'],
};

function partOf(head: Buffer): Part | null {
  const h = headerOf(head);
  if (!h) return null;
  for (const part of Object.keys(PARTS) as Part[]) if (hasColumns(h.columns, PARTS[part])) return part;
  return null;
}

/** The macros of a row; a reason when one is not a number. */
function macros(row: CsvRow): { kcal: number | null; proteinG: number | null; carbsG: number | null; fatG: number | null } | string {
  const out: Record<string, number | null> = {};
  for (const [k, col] of [['kcal', 'energy (kcal)'], ['proteinG', 'protein (g)'], ['carbsG', 'carbs (g)'], ['fatG', 'fat (g)']] as const) {
    const v = parseNumber(row.get(col));
    if (v !== null && (Number.isNaN(v) || v < 0)) return `${col} "${row.get(col)}" is not a number`;
    out[k] = v;
  }
  return out as { kcal: number | null; proteinG: number | null; carbsG: number | null; fatG: number | null };
}

async function* servings(rows: AsyncIterable<CsvRow>): AsyncGenerator<ImportRecord> {
  const seen = new Map<string, number>();
  for await (const row of rows) {
    const day = parseLocalDateTime(row.get('day'));
    const name = row.get('food name');
    const m = macros(row);
    if (!day || !name || typeof m === 'string') {
      yield { kind: 'reject', line: row.line, reason: !day ? `day "${row.get('day')}" is not a date` : !name ? 'no food name' : `${name}: ${m}` };
      continue;
    }
    const amount = row.get('amount');
    // The same food twice in a meal is two servings: the n-th occurrence keeps its own key.
    const base = `cronometer:serving:${day.date}|${row.get('time')}|${row.get('group')}|${name}|${amount}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    yield { kind: 'food', key: n > 1 ? `${base}#${n}` : base, line: row.line, date: day.date, meal: row.get('group') || null, name: amount ? `${name}, ${amount}` : name, itemised: true, ...m };
  }
}

async function* dailySummary(rows: AsyncIterable<CsvRow>): AsyncGenerator<ImportRecord> {
  for await (const row of rows) {
    const day = parseLocalDateTime(row.get('date'));
    const m = macros(row);
    if (!day || typeof m === 'string') {
      yield { kind: 'reject', line: row.line, reason: !day ? `date "${row.get('date')}" is not a date` : (m as string) };
      continue;
    }
    const completed = row.get('completed').toLowerCase();
    if (completed === 'true' || completed === 'false') yield { kind: 'day', key: `cronometer:day:${day.date}`, line: row.line, date: day.date, complete: completed === 'true' };
    if (m.kcal !== null && m.kcal > 0) yield { kind: 'food', key: `cronometer:total:${day.date}`, line: row.line, date: day.date, meal: null, name: 'Day total (Cronometer)', dayTotal: true, ...m };
  }
}

const MASS_UNITS: Record<string, MassUnit> = { kg: 'kg', kgs: 'kg', lb: 'lb', lbs: 'lb', g: 'g' };
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(Math.round(minutes % 60)).padStart(2, '0')}`;

async function* biometrics(rows: AsyncIterable<CsvRow>): AsyncGenerator<ImportRecord> {
  for await (const row of rows) {
    const day = parseLocalDateTime(row.get('day'));
    const metric = row.get('metric');
    const value = parseNumber(row.get('amount'));
    if (!day || value === null || Number.isNaN(value)) {
      yield { kind: 'reject', line: row.line, reason: !day ? `day "${row.get('day')}" is not a date` : `${metric}: amount "${row.get('amount')}" is not a number` };
      continue;
    }
    if (/^weight$/i.test(metric)) {
      const unit = MASS_UNITS[row.get('unit').toLowerCase()];
      if (!unit) yield { kind: 'reject', line: row.line, reason: `Weight: unit "${row.get('unit')}" is not kg or lbs` };
      else yield { kind: 'weight', key: `cronometer:weight:${day.date}|${row.get('time')}`, line: row.line, date: day.date, mass: { value, unit }, bodyFatPct: null };
    } else if (/^sleep\b/i.test(metric) && /^h(ou)?rs?$/i.test(row.get('unit'))) {
      if (value <= 0 || value > 20) {
        yield { kind: 'reject', line: row.line, reason: `${metric}: ${value} hours is not a night's sleep` };
        continue;
      }
      // Cronometer keeps hours only, on the day the user woke up: the times are nominal (07:00 wake).
      const wake = 7 * 60;
      const bed = wake - value * 60;
      const bedDate = bed < 0 ? addDays(day.date, -1) : day.date;
      yield { kind: 'sleep', key: `cronometer:sleep:${day.date}`, line: row.line, date: day.date, bedDate, bedTime: hhmm(bed < 0 ? bed + 1440 : bed), wakeTime: hhmm(wake), hours: Math.round(value * 100) / 100, quality: null };
    }
  }
}

async function* parseCronometer(path: string, options: ParseOptions): AsyncGenerator<ImportRecord> {
  const part = partOf(await readFirstBytes(path));
  if (!part) return;
  const rows = csvRows(path, `This Cronometer ${part}.csv`, PARTS[part], options);
  yield* part === 'servings' ? servings(rows) : part === 'dailysummary' ? dailySummary(rows) : biometrics(rows);
}

export const cronometerImporter: Importer = {
  id: 'cronometer',
  label: 'Cronometer (servings, dailysummary or biometrics CSV)',
  detect: (sniff: Sniff) => !sniff.zipMembers && partOf(sniff.head) !== null,
  parse: parseCronometer,
};
