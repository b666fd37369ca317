// What the streamed formats' records become in the database: every session, weigh-in, night and food
// day an Apple Health export, a GPX and a TCX file yield lands as that row, converted (lb → kg) and
// nothing else — through the same preview and commit as every import.
import { describe, expect, it } from 'vitest';
import { call } from '../../../src/main/core/dispatch';
import { streamImporters } from '../../../src/main/core/imports/formats/streams';
import type { ImportRecord } from '../../../src/main/core/imports/records';
import { fixture, importContext, importFile } from './helpers';

async function recordsOf(name: string, id: string): Promise<ImportRecord[]> {
  const importer = streamImporters.find((i) => i.id === id)!;
  const out: ImportRecord[] = [];
  for await (const r of importer.parse(fixture(name), {})) out.push(r);
  return out;
}

const kg = (m: { value: number; unit: string | null }) => (m.unit === 'lb' ? m.value * 0.45359237 : m.unit === 'g' ? m.value / 1000 : m.value);

describe.each([
  ['apple-health-export.xml', 'apple-health'],
  ['strava-run.gpx', 'gpx'],
  ['garmin-ride.tcx', 'tcx'],
])('%s lands in the database as its records say', (name, id) => {
  it('sessions, weigh-ins, nights and food days, one row each', async () => {
    const records = await recordsOf(name, id);
    expect(records.length).toBeGreaterThan(0);
    const ctx = importContext();
    const { result } = await importFile(ctx, name);
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

    const food = records.filter((r) => r.kind === 'food');
    for (const r of food) {
      const day = call(ctx, 'nutrition.day', { date: r.date });
      expect(Math.round(day.totals.kcal ?? 0), r.date).toBe(Math.round(r.kcal ?? 0));
    }
  });
});
