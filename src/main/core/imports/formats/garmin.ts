// Garmin Connect account export (a zip with DI_CONNECT/…): nights from *_sleepData.json, weigh-ins from
// *userBioMetrics.json, and the activity files Garmin keeps in nested zips (DI-Connect-Uploaded-Files)
// or loose. Garmin's own calendarDate is the wake-up day of a night; its timestamps are GMT, so the bed
// and wake times are read on the local timestamps when the file has them, else on this machine's zone.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Importer, ImportRecord, ParseOptions, SleepRecord, Sniff, WeightRecord } from '../records';
import { activityFileRecords } from './activityFiles';
import { parseJson } from './json';
import { atMachineZone, atOffset, parseStamp, type LocalStamp } from './localTime';
import { copyMember, openZip, readMember, type ZipMember } from './zip';
import { ACTIVITY_NAME, isGarminExport } from './zipKinds';
import type { ZipFile } from 'yauzl';

type Json = Record<string, unknown>;
const DAY = /^(\d{4}-\d{2}-\d{2})/;

/** A Garmin instant: epoch ms, or "2024-03-14T05:10:00.0" (GMT without a zone). */
function gmtMs(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v !== 'string') return null;
  const s = parseStamp(v);
  return s ? s.ms : null; // zone-less: its ms is the GMT wall clock read as UTC, which is the instant
}

/** The local clock of a GMT instant: from the matching local timestamp when given. */
function local(gmt: number, localValue: unknown): LocalStamp {
  const localMs = gmtMs(localValue);
  return localMs === null ? atMachineZone(gmt) : atOffset(gmt, Math.round((localMs - gmt) / 60_000));
}

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** Nights from one sleepData.json; a second entry for the same calendarDate (a nap) gives way to the longest. */
export function garminNights(entries: unknown, what: string): ImportRecord[] {
  if (!Array.isArray(entries)) return [{ kind: 'reject', line: 1, reason: `${what} is not a list of nights.` }];
  const best = new Map<string, { rec: SleepRecord; seconds: number }>();
  const out: ImportRecord[] = [];
  entries.forEach((e: Json, i) => {
    const line = i + 1;
    const date = DAY.exec(String(e?.calendarDate ?? ''))?.[1];
    const start = gmtMs(e?.sleepStartTimestampGMT);
    const end = gmtMs(e?.sleepEndTimestampGMT);
    const seconds = num(e?.deepSleepSeconds) + num(e?.lightSleepSeconds) + num(e?.remSleepSeconds);
    if (!date || start === null || end === null || end <= start) {
      out.push({ kind: 'reject', line, reason: `Night ${line} in ${what} has no calendarDate or sleep start and end.` });
      return;
    }
    if (seconds <= 0) return; // no sleep measured (watch off)
    const bed = local(start, e.sleepStartTimestampLocal);
    const wake = local(end, e.sleepEndTimestampLocal);
    const score = (e.sleepScores as Json | undefined)?.overallScore;
    const rec: SleepRecord = {
      kind: 'sleep',
      key: `garmin:sleep:${date}`,
      line,
      date,
      bedDate: bed.date,
      bedTime: bed.time,
      wakeTime: wake.time,
      hours: Math.round((seconds / 3600) * 100) / 100,
      // Garmin's 0–100 score in five bands: 80+ → 5, 60–79 → 4, 40–59 → 3, 20–39 → 2, below 20 → 1.
      quality: typeof score === 'number' ? (Math.min(5, Math.max(1, Math.floor(score / 20) + 1)) as SleepRecord['quality']) : null,
    };
    const prev = best.get(date);
    if (!prev || seconds > prev.seconds) best.set(date, { rec, seconds });
  });
  return [...out, ...[...best.values()].map((b) => b.rec)];
}

/** Weigh-ins from userBioMetrics.json: weight.weight in grams (a value under 500 is taken as kg). */
export function garminWeights(entries: unknown, what: string): ImportRecord[] {
  if (!Array.isArray(entries)) return [{ kind: 'reject', line: 1, reason: `${what} is not a list of measurements.` }];
  const out: ImportRecord[] = [];
  entries.forEach((e: Json, i) => {
    const w = e?.weight as Json | undefined;
    if (!w || w.weight === undefined || w.weight === null) return; // height or other biometrics
    const line = i + 1;
    const date = DAY.exec(String((e.metaData as Json | undefined)?.calendarDate ?? w.calendarDate ?? ''))?.[1];
    const value = Number(w.weight);
    if (!date || !Number.isFinite(value) || value <= 0) {
      out.push({ kind: 'reject', line, reason: `Weigh-in ${line} in ${what} has no calendarDate or no weight.` });
      return;
    }
    const fat = Number(w.bodyFat);
    const record: WeightRecord = {
      kind: 'weight',
      key: `garmin:weight:${date}:${String(w.timestampGMT ?? (e.metaData as Json | undefined)?.sequence ?? line)}`,
      line,
      date,
      mass: value < 500 ? { value, unit: 'kg' } : { value, unit: 'g' },
      bodyFatPct: w.bodyFat !== undefined && w.bodyFat !== null && Number.isFinite(fat) && fat > 0 ? fat : null,
    };
    out.push(record);
  });
  return out;
}

/** Activities in a nested zip: copied to a temporary file so yauzl can read it by random access too. */
async function* nestedActivities(zip: ZipFile, member: ZipMember, counter: { n: number }, options: ParseOptions): AsyncGenerator<ImportRecord> {
  const dir = await mkdtemp(join(tmpdir(), 'hp-garmin-'));
  try {
    const file = join(dir, 'uploaded.zip');
    await copyMember(zip, member, file, options.signal);
    const inner = await openZip(file);
    try {
      for (const m of inner.members.filter((x) => ACTIVITY_NAME.test(x.fileName))) {
        options.signal?.throwIfAborted();
        yield* await activityFileRecords(await readMember(inner.zip, m), `${member.fileName}/${m.fileName}`, counter.n++, options);
      }
    } finally {
      inner.zip.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const garminImporter: Importer = {
  id: 'garmin',
  label: 'Garmin Connect export (zip: sleep, weight, activities)',
  detect: (sniff: Sniff) => sniff.zipMembers !== null && isGarminExport(sniff.zipMembers),
  async *parse(path: string, options: ParseOptions) {
    const { zip, members } = await openZip(path);
    try {
      const totalBytes = members.reduce((s, m) => s + m.compressedSize, 0);
      let bytes = 0;
      let records = 0;
      const activity = { n: 1 };
      for (const m of members) {
        options.signal?.throwIfAborted();
        const name = m.fileName;
        let out: ImportRecord[] = [];
        if (/_sleepData\.json$/i.test(name)) out = garminNights(parseJson(await readMember(zip, m), name), name);
        else if (/userBioMetrics\.json$/i.test(name)) out = garminWeights(parseJson(await readMember(zip, m), name), name);
        else if (ACTIVITY_NAME.test(name)) out = await activityFileRecords(await readMember(zip, m), name, activity.n++, options);
        else if (/\.zip$/i.test(name)) {
          for await (const r of nestedActivities(zip, m, activity, options)) {
            records += 1;
            yield r;
          }
        }
        bytes += m.compressedSize;
        records += out.length;
        options.onProgress?.({ bytes, totalBytes, records });
        yield* out;
      }
    } finally {
      zip.close();
    }
  },
};
