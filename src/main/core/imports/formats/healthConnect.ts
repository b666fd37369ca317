// Android Health Connect export: a zip holding health_connect_export.db (SQLite). The database is copied
// out of the zip to a temporary file and opened read-only. Times are epoch ms UTC with the zone offset
// (seconds) of each record, so days and clock times are the phone's local ones.
//
// Energy unit: Health Connect stores energy in small calories (its Energy type's base unit), so a 600 kcal
// meal is 600000 there. Since that is only reported, not documented, the file decides: when its median
// meal energy is above 5000 the values are calories and are divided by 1000, else they are already kcal
// (no meal holds 5000 kcal, and no meal worth logging holds under 5 kcal).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { invalid } from '../../../errors';
import type { Importer, ImportRecord, ParseOptions, Sniff } from '../records';
import { activitySession } from './activity';
import { readHealthConnect, type HealthConnectTables, type Row } from './healthConnectStore';
import { atOffset } from './localTime';
import { nightsFromStretches, type Stretch } from './sleepNights';
import { baseName, copyMember, openZip } from './zip';
import { isHealthConnectExport } from './zipKinds';

const DB_NAME = 'health_connect_export.db';
/** Asleep stage types: SLEEPING 2, LIGHT 4, DEEP 5, REM 6 (AWAKE 1, OUT_OF_BED 3, AWAKE_IN_BED 7 are not). */
const ASLEEP_STAGES = new Set([2, 4, 5, 6]);
const MEALS: Record<number, string> = { 1: 'Breakfast', 2: 'Lunch', 3: 'Dinner', 4: 'Snack' };
/** ExerciseSessionRecord exercise types, named so the shared sport rules can read them. */
const EXERCISES: Record<number, string> = {
  8: 'biking', 9: 'stationary biking', 13: 'calisthenics', 25: 'elliptical', 36: 'high intensity interval training', 37: 'hiking',
  48: 'pilates', 53: 'rowing', 54: 'rowing machine', 56: 'running', 57: 'treadmill running', 64: 'soccer', 68: 'stair climbing',
  70: 'strength training', 71: 'stretching', 73: 'open water swimming', 74: 'pool swimming', 76: 'tennis', 79: 'walking', 81: 'weightlifting', 83: 'yoga',
};

const n = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'bigint' ? Number(v) : null);
const at = (ms: unknown, offsetS: unknown) => atOffset(n(ms) ?? NaN, (n(offsetS) ?? 0) / 60);
const id = (row: Row): string => (row.uuid instanceof Buffer ? row.uuid.toString('hex') : String(row.row_id));

/** The records of a Health Connect database's tables. */
export function healthConnectRecords(tables: HealthConnectTables): ImportRecord[] {
  const out: ImportRecord[] = [];

  tables.weight.forEach((r, i) => {
    const grams = n(r.weight);
    if (grams === null || grams <= 0 || n(r.time) === null) out.push({ kind: 'reject', line: i + 1, reason: `Weight row ${i + 1} has no weight or time.` });
    else out.push({ kind: 'weight', key: `health-connect:weight:${id(r)}`, line: i + 1, date: at(r.time, r.zone_offset).date, mass: { value: grams, unit: 'g' }, bodyFatPct: null });
  });

  const meals = tables.nutrition;
  const energies = meals.map((m) => n(m.energy)).filter((e): e is number => e !== null && e > 0).sort((a, b) => a - b);
  const perKcal = energies.length && energies[Math.floor(energies.length / 2)] > 5000 ? 1000 : 1;
  meals.forEach((r, i) => {
    if (n(r.start_time) === null) {
      out.push({ kind: 'reject', line: i + 1, reason: `Nutrition row ${i + 1} has no start time.` });
      return;
    }
    const g = (v: unknown): number | null => (n(v) === null ? null : Math.round(n(v)! * 10) / 10);
    const kcal = n(r.energy);
    out.push({
      kind: 'food',
      key: `health-connect:food:${id(r)}`,
      line: i + 1,
      date: at(r.start_time, r.start_zone_offset).date,
      meal: MEALS[n(r.meal_type) ?? 0] ?? null,
      name: typeof r.name === 'string' && r.name.trim() ? r.name.trim() : 'Health Connect',
      kcal: kcal === null ? null : Math.round((kcal / perKcal) * 10) / 10,
      proteinG: g(r.protein),
      carbsG: g(r.total_carbohydrate),
      fatG: g(r.total_fat),
    });
  });

  const stages = new Map<string, Row[]>();
  for (const s of tables.sleepStages) {
    const key = String(s.parent_key);
    const list = stages.get(key);
    if (list) list.push(s);
    else stages.set(key, [s]);
  }
  const stretches: Stretch[] = [];
  for (const s of tables.sleepSessions) {
    const own = stages.get(String(s.row_id));
    // A session without stages counts whole; with stages, only the asleep ones.
    const parts = own?.length ? own.filter((st) => ASLEEP_STAGES.has(n(st.stage_type) ?? 0)).map((st) => [st.stage_start_time, st.stage_end_time]) : [[s.start_time, s.end_time]];
    for (const [from, to] of parts) stretches.push({ start: at(from, s.start_zone_offset), end: at(to, s.end_zone_offset ?? s.start_zone_offset) });
  }
  out.push(...nightsFromStretches(stretches, 'health-connect:sleep:'));

  tables.exercise.forEach((r, i) => {
    const start = n(r.start_time);
    const end = n(r.end_time);
    if (start === null || end === null || end <= start) {
      out.push({ kind: 'reject', line: i + 1, reason: `Exercise row ${i + 1} has no start and end time.` });
      return;
    }
    const sport = EXERCISES[n(r.exercise_type) ?? 0] ?? 'other workout';
    const title = typeof r.title === 'string' && r.title.trim() ? r.title.trim().slice(0, 80) : null;
    out.push(activitySession({ key: `health-connect:exercise:${id(r)}`, line: i + 1, sport, start: at(start, r.start_zone_offset), minutes: (end - start) / 60_000, distanceKm: null, gainM: null, lossM: null, avgHr: null, title }));
  });
  return out;
}

export const healthConnectImporter: Importer = {
  id: 'health-connect',
  label: 'Android Health Connect export (zip with health_connect_export.db)',
  detect: (sniff: Sniff) => sniff.zipMembers !== null && isHealthConnectExport(sniff.zipMembers),
  async *parse(path: string, options: ParseOptions) {
    const { zip, members } = await openZip(path);
    const dir = await mkdtemp(join(tmpdir(), 'hp-health-connect-'));
    try {
      const member = members.find((m) => baseName(m) === DB_NAME);
      if (!member) throw invalid('file', `${path} is a zip without ${DB_NAME}, so it is not a Health Connect export.`);
      const file = join(dir, DB_NAME);
      await copyMember(zip, member, file, options.signal);
      let tables: HealthConnectTables;
      try {
        tables = readHealthConnect(file);
      } catch (err) {
        throw invalid('file', `${DB_NAME} in ${path} cannot be read as a Health Connect database (${(err as Error).message}).`);
      }
      const records = healthConnectRecords(tables);
      options.onProgress?.({ bytes: member.compressedSize, totalBytes: member.compressedSize, records: records.length });
      yield* records;
    } finally {
      zip.close();
      await rm(dir, { recursive: true, force: true });
    }
  },
};
