// Hevy's workout CSV: one row per set, a workout is (title, start_time); metric accounts write
// weight_kg, imperial ones weight_lbs. Dates like "5 Dec 2025, 11:37" are local, without a zone.
import type { SetType } from '../../../../shared/training';
import { wallClockMinutes } from '../../../../shared/timeOfDay';
import type { Importer, ImportRecord, ParseOptions, Sniff } from '../records';
import { csvRows, hasColumns, headerOf, parseLocalDateTime, parseNumber } from './csv';
import { repsOf, rpeOf, Workouts } from './lifting';

const REQUIRED = ['title', 'start_time', 'exercise_title', 'set_type', 'reps'];
const SET_TYPES: Record<string, SetType> = { normal: 'working', warmup: 'warmup', failure: 'failure', dropset: 'drop' };

async function* parseHevy(path: string, options: ParseOptions): AsyncGenerator<ImportRecord> {
  const workouts = new Workouts();
  for await (const row of csvRows(path, 'This Hevy export', REQUIRED, options)) {
    const start = parseLocalDateTime(row.get('start_time'));
    if (!start) {
      yield { kind: 'reject', line: row.line, reason: `start_time "${row.get('start_time')}" is not a date and time` };
      continue;
    }
    const exercise = row.get('exercise_title');
    const setType = SET_TYPES[row.get('set_type').toLowerCase() || 'normal'];
    if (!setType) {
      yield { kind: 'reject', line: row.line, reason: `${exercise}: set_type "${row.get('set_type')}" is not normal, warmup, failure or dropset` };
      continue;
    }
    const reps = repsOf(row.get('reps'));
    const rpe = rpeOf(row.get('rpe'));
    if (typeof reps === 'string' || typeof rpe === 'string') {
      yield { kind: 'reject', line: row.line, reason: `${exercise}: ${typeof reps === 'string' ? reps : rpe}` };
      continue;
    }
    const imperial = row.has('weight_lbs');
    const raw = row.get(imperial ? 'weight_lbs' : 'weight_kg');
    const weight = parseNumber(raw);
    if (weight !== null && (Number.isNaN(weight) || weight < 0)) {
      yield { kind: 'reject', line: row.line, reason: `${exercise}: weight "${raw}" is not a number` };
      continue;
    }
    const title = row.get('title') || null;
    const key = `hevy:${start.date}T${start.time}|${title ?? ''}`;
    const w = workouts.get(key, () => {
      const end = parseLocalDateTime(row.get('end_time'));
      const minutes = end ? wallClockMinutes(end.date, end.time) - wallClockMinutes(start.date, start.time) : 0;
      return { key, line: row.line, date: start.date, startTime: start.time, minutes: minutes > 0 ? minutes : null, title, notes: row.get('description') || null, sets: [] };
    });
    w.sets.push({ exercise, setType, mass: { value: weight ?? 0, unit: imperial ? 'lb' : 'kg' }, reps, rpe });
  }
  yield* workouts.records();
}

export const hevyImporter: Importer = {
  id: 'hevy-csv',
  label: 'Hevy (CSV, metric or imperial)',
  detect(sniff: Sniff) {
    const h = sniff.zipMembers ? null : headerOf(sniff.head);
    return !!h && hasColumns(h.columns, REQUIRED) && (h.columns.includes('weight_kg') || h.columns.includes('weight_lbs'));
  },
  parse: parseHevy,
};
