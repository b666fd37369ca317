// Fitbit data from Google Takeout (the Takeout zip, or a zip of its "Global Export Data" folder):
// sleep-YYYY-MM-DD.json and weight-YYYY-MM-DD.json. The date in a file's name is the chunk the file
// covers, not the night, so nights are dated by their own dateOfSleep (the wake-up day). Only main
// sleeps are nights (naps are not). Weights are in the account's unit, which the weight files do not
// state: Profile.csv's weight_unit says it when the Takeout includes it, else the user is asked.
import { parse as parseCsv } from 'csv-parse/sync';
import type { Importer, ImportRecord, MassUnit, ParseOptions, Sniff } from '../records';
import { parseJson } from './json';
import { parseStamp } from './localTime';
import { baseName, openZip, readMember } from './zip';
import { isFitbitChunk, isFitbitExport } from './zipKinds';

type Json = Record<string, unknown>;

export function fitbitNights(entries: unknown, what: string): ImportRecord[] {
  if (!Array.isArray(entries)) return [{ kind: 'reject', line: 1, reason: `${what} is not a list of sleeps.` }];
  const out: ImportRecord[] = [];
  entries.forEach((e: Json, i) => {
    if (e?.mainSleep !== true) return;
    const line = i + 1;
    const date = String(e.dateOfSleep ?? '');
    const start = parseStamp(String(e.startTime ?? ''));
    const end = parseStamp(String(e.endTime ?? ''));
    const asleep = Number(e.minutesAsleep);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !start || !end || !Number.isFinite(asleep)) {
      out.push({ kind: 'reject', line, reason: `Sleep ${line} in ${what} lacks dateOfSleep, startTime, endTime or minutesAsleep.` });
      return;
    }
    out.push({ kind: 'sleep', key: `fitbit:sleep:${String(e.logId ?? date)}`, line, date, bedDate: start.date, bedTime: start.time, wakeTime: end.time, hours: Math.round((asleep / 60) * 100) / 100, quality: null });
  });
  return out;
}

/** "03/14/24" (Takeout) or "2024-03-14" → YYYY-MM-DD. */
function fitbitDay(text: string): string | null {
  const us = /^(\d{2})\/(\d{2})\/(\d{2}|\d{4})$/.exec(text);
  if (us) return `${us[3].length === 2 ? `20${us[3]}` : us[3]}-${us[1]}-${us[2]}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null;
}

export function fitbitWeights(entries: unknown, what: string, unit: MassUnit | null): ImportRecord[] {
  if (!Array.isArray(entries)) return [{ kind: 'reject', line: 1, reason: `${what} is not a list of weigh-ins.` }];
  return entries.map((e: Json, i): ImportRecord => {
    const line = i + 1;
    const date = fitbitDay(String(e?.date ?? ''));
    const value = Number(e?.weight);
    if (!date || !Number.isFinite(value) || value <= 0) return { kind: 'reject', line, reason: `Weigh-in ${line} in ${what} lacks a date or a weight.` };
    const fat = Number(e.fat);
    return { kind: 'weight', key: `fitbit:weight:${String(e.logId ?? `${date}:${String(e.time ?? '')}`)}`, line, date, mass: { value, unit }, bodyFatPct: Number.isFinite(fat) && fat > 0 ? fat : null };
  });
}

/** The account's weight unit from Profile.csv (weight_unit "METRIC" / "en_US"…), null when unknown. */
export function profileWeightUnit(csv: string): MassUnit | null {
  const rows = parseCsv(csv.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
  const value = (rows[0]?.weight_unit ?? '').trim().toUpperCase();
  if (value === 'METRIC' || value === 'KILOGRAM' || value === 'KG') return 'kg';
  if (value === 'EN_US' || value === 'US' || value === 'POUND' || value === 'LB') return 'lb';
  return null;
}

export const fitbitImporter: Importer = {
  id: 'fitbit',
  label: 'Fitbit (Google Takeout zip: sleep and weight)',
  detect: (sniff: Sniff) => sniff.zipMembers !== null && isFitbitExport(sniff.zipMembers),
  async *parse(path: string, options: ParseOptions) {
    const { zip, members } = await openZip(path);
    try {
      const profile = members.find((m) => baseName(m) === 'profile.csv');
      const unit = profile ? profileWeightUnit((await readMember(zip, profile)).toString('utf8')) : null;
      const chunks = members.filter((m) => isFitbitChunk(m.fileName)).sort((a, b) => (a.fileName < b.fileName ? -1 : 1));
      const totalBytes = chunks.reduce((s, m) => s + m.compressedSize, 0);
      let bytes = 0;
      let records = 0;
      for (const m of chunks) {
        options.signal?.throwIfAborted();
        const json = parseJson(await readMember(zip, m), m.fileName);
        const out = baseName(m).startsWith('sleep-') ? fitbitNights(json, m.fileName) : fitbitWeights(json, m.fileName, unit);
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
