// Account exports: Garmin Connect, Fitbit (Google Takeout) and Android Health Connect. Garmin gives GMT
// instants, which take this machine's zone; the tests fix it.
process.env.TZ = 'Europe/Zurich';

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fitbitImporter } from '../../../src/main/core/imports/formats/fitbit';
import { garminImporter } from '../../../src/main/core/imports/formats/garmin';
import { healthConnectImporter } from '../../../src/main/core/imports/formats/healthConnect';
import { streamImporters } from '../../../src/main/core/imports/formats/streams';
import { encodeFit, steadyTrack } from './fitFixture';
import { collect, fixture, FIXTURES, parseError, scratch, sniff, writeScratch, writeZip } from './streamsHelpers';

const detected = async (path: string): Promise<string> => {
  const seen = await sniff(path);
  return streamImporters.filter((i) => i.detect(seen)).map((i) => i.id).join();
};

describe('Garmin Connect export', () => {
  const run = encodeFit({ start: new Date(Date.UTC(2024, 4, 1, 5)), sport: 'running', points: steadyTrack(40, 11, 60), offsetMin: 120, session: { seconds: 2400, meters: 7333, ascent: 61, descent: 59, avgHr: 143 } });
  const garminZip = () =>
    writeZip('12345.zip', {
      'DI_CONNECT/DI-Connect-Wellness/2024-03-01_2024-06-09_12345_sleepData.json': fixture('garmin/sleepData.json'),
      'DI_CONNECT/DI-Connect-Wellness/12345_userBioMetrics.json': fixture('garmin/userBioMetrics.json'),
      'DI_CONNECT/DI-Connect-Fitness/ana_0_summarizedActivities.json': '[]',
      'DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip': zipSync({ 'ana@example.com_98765.fit': run }),
    });

  it('nights (deep + light + REM, on calendarDate, naps and empty nights left out), grams, and the nested activity files', async () => {
    expect(await collect(garminImporter, garminZip())).toEqual([
      { kind: 'reject', line: 5, reason: 'Night 5 in DI_CONNECT/DI-Connect-Wellness/2024-03-01_2024-06-09_12345_sleepData.json has no calendarDate or sleep start and end.' },
      // GMT 22:10–05:55 is 23:10–06:55 in Zürich; 5400 + 16200 + 5400 s; score 85
      { kind: 'sleep', key: 'garmin:sleep:2024-03-15', line: 1, date: '2024-03-15', bedDate: '2024-03-14', bedTime: '23:10', wakeTime: '06:55', hours: 7.5, quality: 5 },
      // no REM field (older devices); the file's own local timestamps; score 58
      { kind: 'sleep', key: 'garmin:sleep:2024-03-16', line: 3, date: '2024-03-16', bedDate: '2024-03-16', bedTime: '00:30', wakeTime: '07:40', hours: 6.67, quality: 3 },
      { kind: 'weight', key: 'garmin:weight:2024-03-15:2024-03-15T06:10:00.0', line: 1, date: '2024-03-15', mass: { value: 81400, unit: 'g' }, bodyFatPct: 18.2 },
      { kind: 'weight', key: 'garmin:weight:2024-03-17:2024-03-17T07:00:00.0', line: 3, date: '2024-03-17', mass: { value: 80950, unit: 'g' }, bodyFatPct: null },
      { kind: 'reject', line: 4, reason: 'Weigh-in 4 in DI_CONNECT/DI-Connect-Wellness/12345_userBioMetrics.json has no calendarDate or no weight.' },
      { kind: 'session', key: `fit:${Date.UTC(2024, 4, 1, 5)}`, line: 1, date: '2024-05-01', startTime: '07:00', minutes: 40, sport: 'running', sessionKind: 'zone2', modality: 'run', rpe: null, distanceKm: 7.33, elevationGainM: 61, elevationLossM: 59, avgHr: 143, title: null, notes: null, sets: [] },
    ]);
  });

  it('is found by its members, not by name; damaged JSON is refused clearly', async () => {
    expect(await detected(garminZip())).toBe('garmin');
    const bad = writeZip('x.zip', { 'DI_CONNECT/DI-Connect-Wellness/1_sleepData.json': '[{"calendarDate": "2024-03-15",' });
    expect((await parseError(garminImporter, bad)).message).toMatch(/1_sleepData\.json is not valid JSON/);
  });
});

describe('Fitbit (Google Takeout)', () => {
  const takeout = (withProfile: boolean) =>
    writeZip('takeout-20240601.zip', {
      'Takeout/Fitbit/Global Export Data/sleep-2024-03-01.json': fixture('fitbit/sleep-2024-03-01.json'),
      'Takeout/Fitbit/Global Export Data/weight-2024-03-01.json': fixture('fitbit/weight-2024-03-01.json'),
      'Takeout/Fitbit/Global Export Data/steps-2024-03-01.json': '[]',
      ...(withProfile ? { 'Takeout/Fitbit/Personal & Account/Profile.csv': fixture('fitbit/Profile.csv') } : {}),
    });
  const nights = [
    { kind: 'sleep', key: 'fitbit:sleep:44012345678', line: 1, date: '2024-03-15', bedDate: '2024-03-14', bedTime: '23:05', wakeTime: '06:50', hours: 6.87, quality: null },
    // in the 2024-03-01 chunk, yet the night of the 31st; the nap (mainSleep false) is not a night
    { kind: 'sleep', key: 'fitbit:sleep:44012399999', line: 3, date: '2024-03-31', bedDate: '2024-03-31', bedTime: '00:40', wakeTime: '08:10', hours: 6.75, quality: null },
    { kind: 'reject', line: 4, reason: 'Sleep 4 in Takeout/Fitbit/Global Export Data/sleep-2024-03-01.json lacks dateOfSleep, startTime, endTime or minutesAsleep.' },
  ];
  const weights = (unit: 'lb' | null) => [
    { kind: 'weight', key: 'fitbit:weight:1710486731000', line: 1, date: '2024-03-15', mass: { value: 179.4, unit }, bodyFatPct: 19.1 },
    { kind: 'weight', key: 'fitbit:weight:1710659531000', line: 2, date: '2024-03-17', mass: { value: 178.8, unit }, bodyFatPct: null },
  ];

  it('main-sleep nights on dateOfSleep; weights in the unit Profile.csv names', async () => {
    expect(await collect(fitbitImporter, takeout(true))).toEqual([...nights, ...weights('lb')]);
  });

  it('without Profile.csv the weight unit is left to ask', async () => {
    expect(await collect(fitbitImporter, takeout(false))).toEqual([...nights, ...weights(null)]);
  });

  it('a weight file in another encoding is refused clearly', async () => {
    const latin1 = Buffer.from(fixture('fitbit/weight-2024-03-01.json').toString('utf8').replace('"Aria"', '"Balance connect\u00e9e"'), 'latin1');
    const path = writeZip('fitbit.zip', { 'Global Export Data/weight-2024-03-01.json': latin1 });
    expect((await parseError(fitbitImporter, path)).message).toMatch(/weight-2024-03-01\.json is not valid UTF-8 text/);
  });

  it('a zip of the Global Export Data folder works too, and is found by its members', async () => {
    const path = writeZip('fitbit.zip', { 'Global Export Data/weight-2024-03-01.json': fixture('fitbit/weight-2024-03-01.json') });
    expect(await detected(path)).toBe('fitbit');
    expect(await collect(fitbitImporter, path)).toEqual(weights(null));
  });
});

describe('Android Health Connect', () => {
  const export_ = (): string => {
    const dbPath = join(scratch(), 'health_connect_export.db');
    const db = new Database(dbPath);
    db.exec(readFileSync(join(FIXTURES, 'health-connect.sql'), 'utf8'));
    db.close();
    return writeZip('Health Connect.zip', { 'health_connect_export.db': readFileSync(dbPath) });
  };

  it('weights in grams, meals in calories (÷ 1000), sleep stages merged into nights, exercise sessions, on local days', async () => {
    expect(await collect(healthConnectImporter, export_())).toEqual([
      // 05:30 UTC at UTC-6 is the evening before
      { kind: 'weight', key: 'health-connect:weight:0a0b0c0d0e0f00010203040506070801', line: 1, date: '2024-03-14', mass: { value: 81400, unit: 'g' }, bodyFatPct: null },
      { kind: 'weight', key: 'health-connect:weight:0a0b0c0d0e0f00010203040506070802', line: 2, date: '2024-03-16', mass: { value: 81150, unit: 'g' }, bodyFatPct: null },
      { kind: 'food', key: 'health-connect:food:1a0b0c0d0e0f00010203040506070801', line: 1, date: '2024-03-15', meal: 'Breakfast', name: 'Oatmeal with berries', kcal: 650, proteinG: 40, carbsG: 80, fatG: 12.5 },
      { kind: 'food', key: 'health-connect:food:1a0b0c0d0e0f00010203040506070802', line: 2, date: '2024-03-15', meal: 'Dinner', name: 'Health Connect', kcal: 800, proteinG: 55, carbsG: null, fatG: 20 },
      // light, deep, REM and light again: 110 + 75 + 60 + 215 min (the awake stage not counted)
      { kind: 'sleep', key: 'health-connect:sleep:2024-03-15', line: 1, date: '2024-03-15', bedDate: '2024-03-14', bedTime: '23:10', wakeTime: '07:05', hours: 7.67, quality: null },
      // no stages: the whole session
      { kind: 'sleep', key: 'health-connect:sleep:2024-03-16', line: 2, date: '2024-03-16', bedDate: '2024-03-16', bedTime: '00:00', wakeTime: '06:30', hours: 6.5, quality: null },
      { kind: 'session', key: 'health-connect:exercise:3a0b0c0d0e0f00010203040506070801', line: 1, date: '2024-03-15', startTime: '17:00', minutes: 45, sport: 'running', sessionKind: 'zone2', modality: 'run', rpe: null, distanceKm: null, elevationGainM: null, elevationLossM: null, avgHr: null, title: 'Evening run', notes: null, sets: [] },
      { kind: 'session', key: 'health-connect:exercise:3a0b0c0d0e0f00010203040506070802', line: 2, date: '2024-03-16', startTime: '18:30', minutes: 60, sport: 'strength training', sessionKind: 'full-body', modality: null, rpe: null, distanceKm: null, elevationGainM: null, elevationLossM: null, avgHr: null, title: null, notes: null, sets: [] },
      { kind: 'reject', line: 3, reason: 'Exercise row 3 has no start and end time.' },
    ]);
  });

  it('is found by its member; a database that is not SQLite is refused clearly', async () => {
    expect(await detected(export_())).toBe('health-connect');
    const broken = writeZip('hc.zip', { 'health_connect_export.db': 'this is not a database' });
    expect((await parseError(healthConnectImporter, broken)).message).toMatch(/health_connect_export\.db in .* cannot be read as a Health Connect database/);
  });

  it('a truncated or empty zip is refused clearly', async () => {
    const zip = readFileSync(export_());
    expect((await parseError(healthConnectImporter, writeScratch('hc.zip', zip.subarray(0, zip.length / 2)))).message).toMatch(/damaged or incomplete/);
    expect((await parseError(healthConnectImporter, writeScratch('hc.zip', ''))).message).toMatch(/is empty \(0 bytes\)/);
  });
});
