import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appleHealthImporter } from '../../../src/main/core/imports/formats/appleHealth';
import { RecordFilter } from '../../../src/main/core/imports/formats/appleHealthFilter';
import { streamImporters } from '../../../src/main/core/imports/formats/streams';
import type { ImportProgress } from '../../../src/main/core/imports/records';
import { collect, fixture, parseError, sniff, writeScratch, writeZip } from './streamsHelpers';

const xml = fixture('apple-health-export.xml');
const session = { kind: 'session', rpe: null, title: null, notes: null, sets: [] };

// Every record the fixture holds, in the order the importer yields them: workouts as they stream by,
// then weigh-ins, nights and food days (they need the whole file).
const EXPECTED = [
  { ...session, key: 'apple-health:workout:2024-03-14 17:30:00 -0600', line: 1, date: '2024-03-14', startTime: '17:30', minutes: 26, sport: 'HKWorkoutActivityTypeRunning', sessionKind: 'zone2', modality: 'run', distanceKm: 5.2, elevationGainM: 45, elevationLossM: null, avgHr: null },
  // newer iOS: distance and HR only in WorkoutStatistics (not counted again from <WorkoutActivity>); ≥ 90 min
  { ...session, key: 'apple-health:workout:2024-03-16 09:00:00 -0600', line: 2, date: '2024-03-16', startTime: '09:00', minutes: 96, sport: 'HKWorkoutActivityTypeCycling', sessionKind: 'long', modality: 'ride', distanceKm: 40.5, elevationGainM: 312, elevationLossM: 310, avgHr: 142 },
  { ...session, key: 'apple-health:workout:2024-03-17 18:00:00 -0600', line: 3, date: '2024-03-17', startTime: '18:00', minutes: 60, sport: 'HKWorkoutActivityTypeTraditionalStrengthTraining', sessionKind: 'full-body', modality: null, distanceKm: null, elevationGainM: null, elevationLossM: null, avgHr: null },
  // 23:40 at -0600 is 05:40 UTC the next day: the local day counts
  { ...session, key: 'apple-health:workout:2024-03-18 23:40:00 -0600', line: 4, date: '2024-03-18', startTime: '23:40', minutes: 20, sport: 'HKWorkoutActivityTypeHighIntensityIntervalTraining', sessionKind: 'intervals', modality: 'other', distanceKm: null, elevationGainM: null, elevationLossM: null, avgHr: null },
  { kind: 'weight', key: 'apple-health:weight:2024-03-14 07:02:11 -0600', line: 3, date: '2024-03-14', mass: { value: 81.4, unit: 'kg' }, bodyFatPct: 18.5 },
  { kind: 'weight', key: 'apple-health:weight:2024-03-16 07:00:00 -0600', line: 5, date: '2024-03-16', mass: { value: 180.2, unit: 'lb' }, bodyFatPct: null },
  // phone "Asleep" 23:10–06:50 and watch stages 23:30–07:05 overlap: their union, not their sum
  { kind: 'sleep', key: 'apple-health:sleep:2024-03-15', line: 1, date: '2024-03-15', bedDate: '2024-03-14', bedTime: '23:10', wakeTime: '07:05', hours: 7.92, quality: null },
  // starts after midnight (before 18:00): that morning's night; the Awake after it is not sleep
  { kind: 'sleep', key: 'apple-health:sleep:2024-03-16', line: 2, date: '2024-03-16', bedDate: '2024-03-16', bedTime: '00:30', wakeTime: '06:00', hours: 5.5, quality: null },
  // 650 + 800 kcal (the Correlation copies not counted again; 20:30 at -0600 is still the 15th)
  { kind: 'food', key: 'apple-health:food:2024-03-15', line: 1, date: '2024-03-15', meal: null, name: 'Apple Health', kcal: 1450, proteinG: 95, carbsG: 80, fatG: 20 },
  // 2092 kJ
  { kind: 'food', key: 'apple-health:food:2024-03-16', line: 2, date: '2024-03-16', meal: null, name: 'Apple Health', kcal: 500, proteinG: null, carbsG: null, fatG: null },
];

describe('Apple Health importer', () => {
  it('reads export.xml: weigh-ins with body fat, merged nights, daily food totals without Correlation copies, workouts', async () => {
    expect(await collect(appleHealthImporter, writeScratch('export.xml', xml))).toEqual(EXPECTED);
  });

  it('reads the same records from export.zip, reporting progress in bytes and records', async () => {
    const path = writeZip('export.zip', { 'apple_health_export/export.xml': xml, 'apple_health_export/workout-routes/route_2024-03-14_5.30pm.gpx': fixture('strava-run.gpx') });
    const progress: ImportProgress[] = [];
    expect(await collect(appleHealthImporter, path, { onProgress: (p) => progress.push(p) })).toEqual(EXPECTED);
    expect(progress.at(-1)).toEqual({ bytes: xml.length, totalBytes: xml.length, records: 25 }); // every <Record>, kept or skipped
  });

  it('is found by content: the root element or the zip member, whatever the file is called', async () => {
    const bare = await sniff(writeScratch('data.bin', xml));
    const zipped = await sniff(writeZip('whatever.zip', { 'apple_health_export/export.xml': xml, 'apple_health_export/workout-routes/r.gpx': fixture('strava-run.gpx') }));
    expect(streamImporters.filter((i) => i.detect(bare)).map((i) => i.id)).toEqual(['apple-health']);
    expect(streamImporters.filter((i) => i.detect(zipped)).map((i) => i.id)).toEqual(['apple-health']);
  });

  it('refuses a truncated XML, a truncated zip, another encoding and an empty file with a clear message', async () => {
    const cut = await parseError(appleHealthImporter, writeScratch('export.xml', xml.subarray(0, Math.floor(xml.length * 0.6))));
    expect(cut.code).toBe('invalid_input');
    expect(cut.message).toMatch(/export\.xml is not complete, well-formed XML/);

    const zip = readFileSync(writeZip('export.zip', { 'apple_health_export/export.xml': xml }));
    const truncatedZip = await parseError(appleHealthImporter, writeScratch('export.zip', zip.subarray(0, zip.length - 40)));
    expect(truncatedZip.code).toBe('invalid_input');
    expect(truncatedZip.message).toMatch(/is not a readable zip file — it is damaged or incomplete/);

    // A Latin-1 "é" in a weigh-in's source name is not UTF-8.
    const latin1 = Buffer.from(xml.toString('utf8').replace('sourceName="Withings" unit="kg"', 'sourceName="Balance connect\u00e9e" unit="kg"'), 'latin1');
    const encoding = await parseError(appleHealthImporter, writeScratch('export.xml', latin1));
    expect(encoding.message).toMatch(/is not valid UTF-8 text/);
    const utf16 = await parseError(appleHealthImporter, writeScratch('export.xml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml.toString('utf8'), 'utf16le')])));
    expect(utf16.message).toMatch(/is encoded as UTF-16/);

    const empty = await parseError(appleHealthImporter, writeScratch('export.xml', ''));
    expect(empty.message).toMatch(/is empty \(0 bytes\)/);
  });

  it('a zip without export.xml is not an Apple Health export', async () => {
    const err = await parseError(appleHealthImporter, writeZip('export.zip', { 'apple_health_export/export_cda.xml': '<ClinicalDocument/>' }));
    expect(err.message).toMatch(/without apple_health_export\/export\.xml/);
  });

  it('skips unused record types the same way whatever the chunk boundaries', () => {
    const keep = new Set(['HKQuantityTypeIdentifierBodyMass', 'HKCategoryTypeIdentifierSleepAnalysis']);
    const whole = new RecordFilter(keep);
    // Equal up to the blanks between elements (a blank before a skipped record may or may not go through).
    const tight = (parts: Buffer[]): string => Buffer.concat(parts).toString('utf8').replace(/>\s+</g, '><');
    const expected = tight([whole.push(xml), whole.end()]);
    expect(expected).not.toContain('<Record type="HKQuantityTypeIdentifierHeartRate"');
    expect(expected).not.toContain('HKQuantityTypeIdentifierStepCount');
    expect(expected).toContain('HKQuantityTypeIdentifierBodyMass');
    expect(expected).toContain('HKCategoryValueSleepAnalysisAsleepREM');
    for (const size of [1, 2, 5, 7, 8, 13, 64, 1000]) {
      const filter = new RecordFilter(keep);
      const parts: Buffer[] = [];
      for (let i = 0; i < xml.length; i += size) parts.push(filter.push(xml.subarray(i, i + size)));
      parts.push(filter.end());
      expect(tight(parts), `chunks of ${size} bytes`).toBe(expected);
      expect(filter.seen).toBe(25);
      expect(filter.keptNumbers).toEqual(whole.keptNumbers);
    }
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const err = await parseError(appleHealthImporter, writeScratch('export.xml', xml), { signal: controller.signal });
    expect(err.name).toBe('AbortError');
  });
});
