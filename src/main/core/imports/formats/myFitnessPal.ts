// MyFitnessPal's export: a zip of Nutrition, Measurement and Exercise summary CSVs, or any one of them.
// Nutrition is one row per day and meal (totals, no food names); numbers may read "1,000.0"; the
// weight unit is not in the file (the user is asked). Each CSV is told apart by its header.
import type { Importer, ImportRecord, ParseOptions, Sniff } from '../records';
import { isZip, memberHead, openZip } from '../zip';
import { csvRows, hasColumns, headerOf, parseLocalDateTime, parseNumber, type CsvRow } from './csv';
import { readFirstBytes } from './head';
import { modalityOf } from './sports';

type Part = 'nutrition' | 'measurement' | 'exercise';
const PARTS: Record<Part, string[]> = {
  nutrition: ['date', 'meal', 'calories', 'protein (g)'],
  measurement: ['date', 'weight'],
  exercise: ['date', 'exercise', 'type', 'exercise minutes'],
};

function partOf(head: Buffer): Part | null {
  const h = headerOf(head);
  if (!h) return null;
  for (const part of ['nutrition', 'exercise'] as const) if (hasColumns(h.columns, PARTS[part])) return part;
  // Measurements are only a date and weights: any other column means some other file.
  return hasColumns(h.columns, PARTS.measurement) && h.columns.every((c) => MEASUREMENT_COLUMNS.has(c)) ? 'measurement' : null;
}

const MEASUREMENT_COLUMNS = new Set(['date', 'weight', 'body fat %', 'neck', 'waist', 'hips']);

const MEMBER = /(nutrition|measurement|exercise)[-_ ]summary[^/]*\.csv$/i;

function number(row: CsvRow, column: string, what: string): number | null | { reject: string } {
  const v = parseNumber(row.get(column));
  return v !== null && (Number.isNaN(v) || v < 0) ? { reject: `${what} "${row.get(column)}" is not a number` } : v;
}

async function* nutrition(rows: AsyncIterable<CsvRow>, where: string): AsyncGenerator<ImportRecord> {
  for await (const row of rows) {
    const day = parseLocalDateTime(row.get('date'));
    const meal = row.get('meal') || 'Meal';
    if (!day) {
      yield { kind: 'reject', line: row.line, reason: `${where}date "${row.get('date')}" is not a date` };
      continue;
    }
    const values = [number(row, 'calories', 'calories'), number(row, 'protein (g)', 'protein'), number(row, 'carbohydrates (g)', 'carbohydrates'), number(row, 'fat (g)', 'fat')];
    const bad = values.find((v): v is { reject: string } => typeof v === 'object' && v !== null);
    if (bad) {
      yield { kind: 'reject', line: row.line, reason: `${where}${meal} on ${day.date}: ${bad.reject}` };
      continue;
    }
    const [kcal, proteinG, carbsG, fatG] = values as (number | null)[];
    const time = row.get('time');
    yield { kind: 'food', key: `mfp:food:${day.date}|${meal}${time ? `|${time}` : ''}`, line: row.line, date: day.date, meal, name: `${meal} (MyFitnessPal)`, kcal, proteinG, carbsG, fatG };
  }
}

async function* measurement(rows: AsyncIterable<CsvRow>, where: string): AsyncGenerator<ImportRecord> {
  for await (const row of rows) {
    const day = parseLocalDateTime(row.get('date'));
    const weight = parseNumber(row.get('weight'));
    const fat = parseNumber(row.get('body fat %'));
    if (!day) yield { kind: 'reject', line: row.line, reason: `${where}date "${row.get('date')}" is not a date` };
    else if (weight === null) continue; // a body-fat-only row
    else if (Number.isNaN(weight) || weight <= 0) yield { kind: 'reject', line: row.line, reason: `${where}weight "${row.get('weight')}" is not a number` };
    else yield { kind: 'weight', key: `mfp:weight:${day.date}`, line: row.line, date: day.date, mass: { value: weight, unit: null }, bodyFatPct: fat !== null && !Number.isNaN(fat) ? fat : null };
  }
}

async function* exercise(rows: AsyncIterable<CsvRow>, where: string): AsyncGenerator<ImportRecord> {
  for await (const row of rows) {
    const day = parseLocalDateTime(row.get('date'));
    const name = row.get('exercise');
    // MyFitnessPal's own adjustment rows are calories, not exercise.
    if (/calorie adjustment/i.test(name)) continue;
    const minutes = parseNumber(row.get('exercise minutes'));
    if (!day) {
      yield { kind: 'reject', line: row.line, reason: `${where}date "${row.get('date')}" is not a date` };
      continue;
    }
    if (minutes === null || Number.isNaN(minutes) || minutes <= 0 || minutes > 1440) {
      yield { kind: 'reject', line: row.line, reason: `${where}${name || 'exercise'} on ${day.date}: minutes "${row.get('exercise minutes')}" is not a duration` };
      continue;
    }
    const strength = /strength/i.test(row.get('type'));
    // A strength row is sets × reps at one load (Kilograms, or Pounds on imperial accounts).
    const setCount = parseNumber(row.get('sets'));
    const reps = parseNumber(row.get('reps per set'));
    const imperial = row.has('pounds');
    const load = parseNumber(row.get(imperial ? 'pounds' : 'kilograms'));
    const sets =
      strength && setCount && reps && setCount > 0 && setCount <= 50 && Number.isInteger(reps) && reps >= 1 && reps <= 100
        ? Array.from({ length: setCount }, () => ({ exercise: name, setType: 'working' as const, mass: { value: load && load > 0 ? load : 0, unit: imperial ? ('lb' as const) : ('kg' as const) }, reps, rpe: null }))
        : [];
    yield {
      kind: 'session',
      key: `mfp:exercise:${day.date}|${name}|${minutes}`,
      line: row.line,
      date: day.date,
      startTime: '12:00', // the file has no time of day
      minutes,
      sport: name,
      sessionKind: strength ? 'full-body' : 'zone2',
      modality: strength ? null : modalityOf(name),
      rpe: null,
      distanceKm: null,
      elevationGainM: null,
      elevationLossM: null,
      avgHr: null,
      title: name || null,
      notes: row.get('note') || null,
      sets,
    };
  }
}

const READERS: Record<Part, (rows: AsyncIterable<CsvRow>, where: string) => AsyncGenerator<ImportRecord>> = { nutrition, measurement, exercise };

async function* parseMfp(path: string, options: ParseOptions): AsyncGenerator<ImportRecord> {
  const first = await readFirstBytes(path);
  if (!isZip(first)) {
    const part = partOf(first);
    if (!part) return;
    yield* READERS[part](csvRows(path, 'This MyFitnessPal export', PARTS[part], options), '');
    return;
  }
  const zip = await openZip(path, 'This MyFitnessPal export');
  try {
    const total = zip.members.reduce((n, m) => n + m.size, 0);
    let done = 0;
    for (const m of zip.members.filter((x) => MEMBER.test(x.name))) {
      const part = partOf(await memberHead(m));
      if (!part) continue;
      const base = done;
      const rows = csvRows({ stream: await m.open(), size: m.size }, m.name, PARTS[part], {
        signal: options.signal,
        onProgress: (p) => options.onProgress?.({ bytes: base + p.bytes, totalBytes: total, records: p.records }),
      });
      yield* READERS[part](rows, `${m.name}: `);
      done += m.size;
    }
  } finally {
    zip.close();
  }
}

export const myFitnessPalImporter: Importer = {
  id: 'myfitnesspal',
  label: 'MyFitnessPal (nutrition, measurement or exercise CSV, or the zip)',
  detect(sniff: Sniff) {
    if (sniff.zipMembers) return sniff.zipMembers.some((m) => MEMBER.test(m));
    return partOf(sniff.head) !== null;
  },
  parse: parseMfp,
};
