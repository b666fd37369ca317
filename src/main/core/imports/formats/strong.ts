// Strong's CSV export in its three dialects: semicolons with a Weight Unit column; commas with a
// "1h 43m" Duration and no unit (the user is asked kg or lb); quoted semicolons with "Weight (kg)" and
// "Duration (sec)". Set Order is a number or W (warm-up), D (drop), F (failure); rows for a Note or a
// Rest Timer are not sets. Dates are local, without a zone.
import type { SetType } from '../../../../shared/training';
import type { Importer, ImportRecord, MassUnit, ParseOptions, Sniff } from '../records';
import { csvRows, hasColumns, headerOf, parseLocalDateTime, parseNumber } from './csv';
import { durationMinutes, repsOf, rpeOf, Workouts } from './lifting';

const REQUIRED = ['date', 'workout name', 'exercise name', 'set order', 'reps'];

const SET_ORDER: Record<string, SetType> = { w: 'warmup', d: 'drop', f: 'failure' };

function unitOf(raw: string): MassUnit | null | 'bad' {
  const u = raw.trim().toLowerCase();
  if (u === 'kg' || u === 'kgs') return 'kg';
  if (u === 'lb' || u === 'lbs') return 'lb';
  return u === '' ? null : 'bad';
}

async function* parseStrong(path: string, options: ParseOptions): AsyncGenerator<ImportRecord> {
  const workouts = new Workouts();
  // A workout's rows repeat its date: parse each distinct one once.
  let lastDate = '';
  let lastWhen: ReturnType<typeof parseLocalDateTime> = null;
  for await (const row of csvRows(path, 'This Strong export', REQUIRED, options)) {
    const order = row.get('set order').toLowerCase();
    if (order === 'note' || order === 'rest timer' || order === '') continue;
    const rawDate = row.get('date');
    if (rawDate !== lastDate) {
      lastDate = rawDate;
      lastWhen = parseLocalDateTime(rawDate);
    }
    const when = lastWhen;
    if (!when) {
      yield { kind: 'reject', line: row.line, reason: `date "${row.get('date')}" is not a date and time` };
      continue;
    }
    const exercise = row.get('exercise name');
    if (!exercise) {
      yield { kind: 'reject', line: row.line, reason: 'no exercise name' };
      continue;
    }
    const setType: SetType | undefined = /^\d+$/.test(order) ? 'working' : SET_ORDER[order];
    if (!setType) {
      yield { kind: 'reject', line: row.line, reason: `set order "${row.get('set order')}" is not a number, W, D or F` };
      continue;
    }
    const reps = repsOf(row.get('reps'));
    if (typeof reps === 'string') {
      yield { kind: 'reject', line: row.line, reason: `${exercise}: ${reps}` };
      continue;
    }
    const rpe = rpeOf(row.get('rpe'));
    if (typeof rpe === 'string') {
      yield { kind: 'reject', line: row.line, reason: `${exercise}: ${rpe}` };
      continue;
    }
    // The unit: per row, fixed by the header (Weight (kg)), or not in the file at all.
    const inKg = row.has('weight (kg)');
    const weight = parseNumber(row.get(inKg ? 'weight (kg)' : 'weight'));
    const unit = inKg ? 'kg' : row.has('weight unit') ? unitOf(row.get('weight unit')) : null;
    if (weight !== null && (Number.isNaN(weight) || weight < 0)) {
      yield { kind: 'reject', line: row.line, reason: `${exercise}: weight "${row.get(inKg ? 'weight (kg)' : 'weight')}" is not a number` };
      continue;
    }
    if (unit === 'bad') {
      yield { kind: 'reject', line: row.line, reason: `${exercise}: weight unit "${row.get('weight unit')}" is not kg or lbs` };
      continue;
    }
    const title = row.get('workout name') || null;
    const key = `strong:${when.date}T${when.time}|${title ?? ''}`;
    const w = workouts.get(key, () => ({
      key,
      line: row.line,
      date: when.date,
      startTime: when.time,
      minutes: row.has('duration (sec)')
        ? (parseNumber(row.get('duration (sec)')) || 0) / 60 || null
        : durationMinutes(row.get(row.has('duration') ? 'duration' : 'workout duration')),
      title,
      notes: row.get('workout notes') || null,
      sets: [],
    }));
    // A bodyweight set has no weight: 0 added load, whatever the unit.
    w.sets.push({ exercise, setType, mass: { value: weight ?? 0, unit: weight ? unit : 'kg' }, reps, rpe });
  }
  yield* workouts.records();
}

export const strongImporter: Importer = {
  id: 'strong-csv',
  label: 'Strong (CSV)',
  detect(sniff: Sniff) {
    const h = sniff.zipMembers ? null : headerOf(sniff.head);
    // Recognised by its signature columns; a missing required one is then named when it is read.
    return !!h && h.columns.includes('exercise name') && (h.columns.includes('workout name') || h.columns.includes('workout #'));
  },
  parse: parseStrong,
};
