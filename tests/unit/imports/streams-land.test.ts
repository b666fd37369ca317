// What the streamed formats' records become in the database: every session, weigh-in, night and food
// day an Apple Health export, a Garmin, Fitbit or Health Connect export, and a GPX, TCX or FIT file
// yield lands as that row, converted (lb and g → kg) and nothing else — through the same preview and
// commit as every import.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { call } from '../../../src/main/core/dispatch';
import { streamImporters } from '../../../src/main/core/imports/formats/streams';
import type { ImportRecord } from '../../../src/main/core/imports/records';
import { encodeFit, steadyTrack } from './fitFixture';
import { fixture, importContext, importFile } from './helpers';
import { FIXTURES, fixture as streamFixture, scratch, writeScratch, writeZip } from './streamsHelpers';

async function recordsOf(path: string, id: string): Promise<ImportRecord[]> {
  const importer = streamImporters.find((i) => i.id === id)!;
  const out: ImportRecord[] = [];
  for await (const r of importer.parse(path, {})) out.push(r);
  return out;
}

const fitRun = () => encodeFit({ start: new Date(Date.UTC(2024, 4, 1, 5)), sport: 'running', points: steadyTrack(40, 11, 60), offsetMin: 120, session: { seconds: 2400, meters: 7333, ascent: 61, descent: 59, avgHr: 143 } });
const garmin = () =>
  writeZip('12345.zip', {
    'DI_CONNECT/DI-Connect-Wellness/2024-03-01_2024-06-09_12345_sleepData.json': streamFixture('garmin/sleepData.json'),
    'DI_CONNECT/DI-Connect-Wellness/12345_userBioMetrics.json': streamFixture('garmin/userBioMetrics.json'),
    'DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip': zipSync({ 'ana@example.com_98765.fit': fitRun() }),
  });
const fitbit = () =>
  writeZip('takeout-20240601.zip', {
    'Takeout/Fitbit/Global Export Data/sleep-2024-03-01.json': streamFixture('fitbit/sleep-2024-03-01.json'),
    'Takeout/Fitbit/Global Export Data/weight-2024-03-01.json': streamFixture('fitbit/weight-2024-03-01.json'),
    'Takeout/Fitbit/Personal & Account/Profile.csv': streamFixture('fitbit/Profile.csv'),
  });
const healthConnect = () => {
  const dbPath = join(scratch(), 'health_connect_export.db');
  const db = new Database(dbPath);
  db.exec(readFileSync(join(FIXTURES, 'health-connect.sql'), 'utf8'));
  db.close();
  return writeZip('Health Connect.zip', { 'health_connect_export.db': readFileSync(dbPath) });
};

const kg = (m: { value: number; unit: string | null }) => (m.unit === 'lb' ? m.value * 0.45359237 : m.unit === 'g' ? m.value / 1000 : m.value);

describe.each([
  ['an Apple Health export', 'apple-health', () => fixture('apple-health-export.xml')],
  ['a Garmin Connect export', 'garmin', garmin],
  ['a Fitbit Takeout', 'fitbit', fitbit],
  ['a Health Connect export', 'health-connect', healthConnect],
  ['a GPX file', 'gpx', () => fixture('strava-run.gpx')],
  ['a TCX file', 'tcx', () => fixture('garmin-ride.tcx')],
  ['a FIT file', 'fit', () => writeScratch('run.fit', fitRun())],
])('%s lands in the database as its records say', (_label, id, make) => {
  it('sessions, weigh-ins, nights and food days, one row each', async () => {
    const path = make();
    const records = await recordsOf(path, id);
    expect(records.filter((r) => r.kind !== 'reject').length).toBeGreaterThan(0);
    const ctx = importContext();
    const { result } = await importFile(ctx, path);
    expect(result.batch).not.toBeNull();

    const sessions = records.filter((r) => r.kind === 'session');
    const stored = call(ctx, 'session.list', { from: '2010-01-01', to: '2026-11-26' });
    expect(stored).toHaveLength(sessions.length);
    for (const r of sessions) {
      const s = stored.find((x) => x.date === r.date && x.start === r.startTime)!;
      expect(s, `${r.date} ${r.startTime}`).toBeDefined();
      expect({ kind: s.kind, modality: s.modality, minutes: Math.round(s.minutes), distanceKm: s.distanceKm, elevationGainM: s.elevationGainM, avgHr: s.avgHr }).toEqual({
        kind: r.sessionKind,
        modality: r.modality,
        minutes: Math.round(r.minutes),
        distanceKm: r.distanceKm,
        elevationGainM: r.elevationGainM,
        avgHr: r.avgHr,
      });
    }

    const weights = records.filter((r) => r.kind === 'weight');
    const weighIns = call(ctx, 'weight.list', {});
    expect(weighIns.map((w) => [w.date, Math.round(w.weightKg * 100) / 100]).sort()).toEqual(weights.map((r) => [r.date, Math.round(kg(r.mass) * 100) / 100]).sort());

    const nights = records.filter((r) => r.kind === 'sleep');
    const slept = call(ctx, 'sleep.list', {});
    expect(slept.map((n) => [n.date, n.hours]).sort()).toEqual(nights.map((r) => [r.date, r.hours]).sort());

    const kcalByDay = new Map<string, number>();
    for (const r of records) if (r.kind === 'food') kcalByDay.set(r.date, (kcalByDay.get(r.date) ?? 0) + (r.kcal ?? 0));
    for (const [date, kcal] of kcalByDay) expect(Math.round(call(ctx, 'nutrition.day', { date }).totals.kcal ?? 0), date).toBe(Math.round(kcal));
  });
});
