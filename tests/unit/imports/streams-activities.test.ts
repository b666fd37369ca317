// Activity files: GPX, TCX and FIT alone, and a Strava-style zip of them. Times given in UTC take this
// machine's zone; the tests fix it (a late run in Zürich is already the next local day).
process.env.TZ = 'Europe/Zurich';

import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { activitiesImporter } from '../../../src/main/core/imports/formats/activities';
import { HYSTERESIS_M, Track } from '../../../src/main/core/imports/formats/activity';
import { fitImporter } from '../../../src/main/core/imports/formats/fit';
import { gpxImporter } from '../../../src/main/core/imports/formats/gpx';
import { streamImporters } from '../../../src/main/core/imports/formats/streams';
import { tcxImporter } from '../../../src/main/core/imports/formats/tcx';
import { encodeFit, steadyTrack } from './fitFixture';
import { collect, fixture, parseError, scratch, sniff, writeScratch, writeZip } from './streamsHelpers';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const base = { kind: 'session', rpe: null, notes: null, sets: [] };

// 22:30Z on 4 May is 00:30 on 5 May in Zürich; ten 1.0008 km steps at 5 min each; altitude noise of ±3 m
// is not climbing, the 20 m up and 15 m down are.
const GPX_RUN = { ...base, key: `gpx:${Date.UTC(2024, 4, 4, 22, 30)}`, line: 1, date: '2024-05-05', startTime: '00:30', minutes: 50, sport: 'running', sessionKind: 'zone2', modality: 'run', distanceKm: 10.01, elevationGainM: 20, elevationLossM: 15, avgHr: 150, title: 'Late Night Run' };
// Laps: 3000 s + 2700 s (95 min: long), 25 + 22 km, HR weighted by lap time (130·3000 + 140·2700) / 5700.
const TCX_RIDE = { ...base, key: `tcx:${Date.UTC(2024, 5, 1, 5)}`, line: 1, date: '2024-06-01', startTime: '07:00', minutes: 95, sport: 'Biking', sessionKind: 'long', modality: 'ride', distanceKm: 47, elevationGainM: 40, elevationLossM: 40, avgHr: 135, title: null };

const fitRun = (): Uint8Array =>
  encodeFit({ start: new Date(Date.UTC(2024, 4, 1, 5)), sport: 'running', points: steadyTrack(40, 11, 60), offsetMin: 120, session: { seconds: 2400, meters: 7333, ascent: 61, descent: 59, avgHr: 143 } });
const FIT_RUN = { ...base, key: `fit:${Date.UTC(2024, 4, 1, 5)}`, line: 1, date: '2024-05-01', startTime: '07:00', minutes: 40, sport: 'running', sessionKind: 'zone2', modality: 'run', distanceKm: 7.33, elevationGainM: 61, elevationLossM: 59, avgHr: 143, title: null };

describe('activity files', () => {
  it('GPX: distance from the points, elapsed time, climbing with hysteresis, HR from the extension, local day', async () => {
    expect(await collect(gpxImporter, writeScratch('a.gpx', fixture('strava-run.gpx')))).toEqual([GPX_RUN]);
  });

  it('TCX: the laps give time, distance and HR; leading blanks before the declaration (Strava) are fine', async () => {
    expect(await collect(tcxImporter, writeScratch('a.tcx', fixture('garmin-ride.tcx')))).toEqual([TCX_RIDE]);
  });

  it('FIT: the session totals and the device offset', async () => {
    expect(await collect(fitImporter, writeScratch('a.fit', fitRun()))).toEqual([FIT_RUN]);
  });

  it('FIT without a session: figures from the records (climbing with hysteresis), start on this machine', async () => {
    const points = steadyTrack(30, 30, 40);
    const bytes = encodeFit({ start: new Date(Date.UTC(2024, 0, 10, 17)), sport: 'cycling', points });
    const hr = Math.round(points.reduce((s, p) => s + p.hr, 0) / points.length);
    // 15 km north along a meridian is 14.98 km on the haversine sphere
    expect(await collect(fitImporter, writeScratch('a.fit', bytes))).toEqual([
      { ...base, key: `fit:${Date.UTC(2024, 0, 10, 17)}`, line: 1, date: '2024-01-10', startTime: '18:00', minutes: 30, sport: '', sessionKind: 'zone2', modality: 'ride', distanceKm: 14.98, elevationGainM: 40, elevationLossM: 40, avgHr: hr, title: null },
    ]);
  });

  it('a strength or HIIT FIT is not an endurance session', async () => {
    const bytes = encodeFit({ start: new Date(Date.UTC(2024, 0, 10, 17)), sport: 'training', subSport: 'strengthTraining', points: [], session: { seconds: 3600, meters: 0, ascent: 0, descent: 0, avgHr: 110 } });
    const [rec] = await collect(fitImporter, writeScratch('a.fit', bytes));
    expect(rec).toMatchObject({ sport: 'strengthTraining training', sessionKind: 'full-body', modality: null, minutes: 60 });
  });

  it('a zip of activities (Strava: activities/ with .gpx, .tcx.gz, .fit.gz): one session per file, a broken file is a rejected row', async () => {
    const path = writeZip('export_12345.zip', {
      'activities.csv': 'Activity ID,Activity Date\n1,x\n',
      'activities/1001.gpx': fixture('strava-run.gpx'),
      'activities/1002.tcx.gz': gzipSync(fixture('garmin-ride.tcx')),
      'activities/1003.fit.gz': gzipSync(fitRun()),
      'activities/1004.fit': Buffer.from('not a fit file at all'),
      'media/photo.jpg': Buffer.from([0xff, 0xd8, 0xff]),
    });
    expect(await collect(activitiesImporter, path)).toEqual([
      GPX_RUN,
      { ...TCX_RIDE, line: 2 },
      { ...FIT_RUN, line: 3 },
      { kind: 'reject', line: 4, reason: 'activities/1004.fit is not a FIT, GPX or TCX activity.' },
    ]);
  });

  it('a folder of activities', async () => {
    const dir = scratch();
    mkdirSync(join(dir, 'activities'));
    writeFileSync(join(dir, 'activities', 'a.gpx'), fixture('strava-run.gpx'));
    writeFileSync(join(dir, 'activities', 'b.fit'), fitRun());
    expect(await collect(activitiesImporter, dir)).toEqual([GPX_RUN, { ...FIT_RUN, line: 2 }]);
  });

  it('each is found by content, never by its name', async () => {
    const found = async (path: string) => {
      const seen = await sniff(path);
      return streamImporters.filter((i) => i.detect(seen)).map((i) => i.id).join();
    };
    expect(await found(writeScratch('run.txt', fixture('strava-run.gpx')))).toBe('gpx');
    expect(await found(writeScratch('run.gpx', fixture('garmin-ride.tcx')))).toBe('tcx');
    expect(await found(writeScratch('run.xml', fitRun()))).toBe('fit');
    expect(await found(writeZip('a.zip', { 'activities/1.fit': fitRun() }))).toBe('activities');
    expect(await found(writeScratch('notes.gpx', 'just some text'))).toBe('');
  });

  it('refuses a truncated or empty activity with a clear message', async () => {
    const gpx = fixture('strava-run.gpx');
    const cut = await parseError(gpxImporter, writeScratch('a.gpx', gpx.subarray(0, gpx.length / 2)));
    expect(cut.message).toMatch(/a\.gpx is not complete, well-formed XML/);
    const fit = fitRun();
    const fitCut = await parseError(fitImporter, writeScratch('a.fit', fit.subarray(0, 40)));
    expect(fitCut.message).toMatch(/a\.fit cannot be imported: it is damaged or cut off/);
    expect((await parseError(tcxImporter, writeScratch('a.tcx', ''))).message).toMatch(/is empty \(0 bytes\)/);
    const latin1 = Buffer.from(fixture('strava-run.gpx').toString('utf8').replace('Late Night Run', 'Course à pied'), 'latin1');
    expect((await parseError(gpxImporter, writeScratch('a.gpx', latin1))).message).toMatch(/is not valid UTF-8 text/);
  });

  it('GPS altitude noise below the hysteresis is not climbing', () => {
    const track = new Track();
    for (let i = 0; i < 1000; i++) track.point({ ele: 300 + (i % 2 ? HYSTERESIS_M - 0.5 : 0) });
    expect([track.gainM, track.lossM]).toEqual([0, 0]);
    for (let i = 0; i <= 100; i++) track.point({ ele: 300 + i });
    expect(track.gainM).toBe(100);
  });
});
