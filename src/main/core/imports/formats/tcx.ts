// TCX (Garmin Training Center; Strava's export of Garmin uploads): one session per <Activity>. Laps
// carry the device's own totals (TotalTimeSeconds, DistanceMeters, AverageHeartRateBpm), which are used
// when present; climbing always comes from the trackpoints' altitudes with the Track's hysteresis, and
// the points fill in distance and HR when the laps lack them.
import type { Readable } from 'node:stream';
import type { Importer, ImportRecord, ParseOptions, Sniff } from '../records';
import { activitySession, Track } from './activity';
import { parseStamp, type LocalStamp } from './localTime';
import { feedXml, newParser } from './xml';
import { fileStream } from './zip';

interface ActivityState {
  sport: string;
  start: LocalStamp | null;
  track: Track;
  seconds: number;
  meters: number | null;
  hrWeighted: number;
  hrSeconds: number;
  lastPointMeters: number | null;
}

export async function* tcxRecords(stream: Readable, what: string, totalBytes: number | null, options: ParseOptions): AsyncGenerator<ImportRecord> {
  const parser = newParser();
  const out: ImportRecord[] = [];
  const path: string[] = [];
  let act: ActivityState | null = null;
  let lap: { seconds: number; meters: number | null; hr: number | null } | null = null;
  let point: { ms: number | null; lat: number | null; lon: number | null; ele: number | null; hr: number | null } | null = null;
  let text = '';
  let count = 0;
  parser.on('opentag', (tag) => {
    if (path.length === 0 && tag.name !== 'TrainingCenterDatabase') parser.fail(`the root element is <${tag.name}>, not <TrainingCenterDatabase>`);
    path.push(tag.name);
    text = '';
    if (tag.name === 'Activity') act = { sport: String(tag.attributes.Sport ?? ''), start: null, track: new Track(), seconds: 0, meters: null, hrWeighted: 0, hrSeconds: 0, lastPointMeters: null };
    else if (tag.name === 'Lap' && act) {
      lap = { seconds: 0, meters: null, hr: null };
      act.start ??= parseStamp(String(tag.attributes.StartTime ?? ''));
    } else if (tag.name === 'Track' && act) act.track.gap();
    else if (tag.name === 'Trackpoint') point = { ms: null, lat: null, lon: null, ele: null, hr: null };
  });
  parser.on('text', (t) => {
    text += t;
  });
  parser.on('closetag', (tag) => {
    path.pop();
    const parent = path[path.length - 1];
    const value = text.trim();
    text = '';
    const a = act as ActivityState | null;
    if (!a) return;
    if (point) {
      if (tag.name === 'Time') point.ms = parseStamp(value)?.ms ?? null;
      else if (tag.name === 'LatitudeDegrees') point.lat = Number(value);
      else if (tag.name === 'LongitudeDegrees') point.lon = Number(value);
      else if (tag.name === 'AltitudeMeters') point.ele = Number(value);
      else if (tag.name === 'Value' && parent === 'HeartRateBpm') point.hr = Number(value);
      else if (tag.name === 'DistanceMeters' && parent === 'Trackpoint') a.lastPointMeters = Number(value);
      else if (tag.name === 'Trackpoint') {
        a.track.point(point);
        point = null;
      }
      return;
    }
    if (tag.name === 'Id' && parent === 'Activity') a.start ??= parseStamp(value);
    else if (lap && parent === 'Lap' && tag.name === 'TotalTimeSeconds') lap.seconds = Number(value) || 0;
    else if (lap && parent === 'Lap' && tag.name === 'DistanceMeters') lap.meters = Number(value);
    else if (lap && tag.name === 'Value' && parent === 'AverageHeartRateBpm') lap.hr = Number(value);
    else if (lap && tag.name === 'Lap') {
      a.seconds += lap.seconds;
      if (lap.meters !== null && Number.isFinite(lap.meters)) a.meters = (a.meters ?? 0) + lap.meters;
      if (lap.hr && lap.seconds) {
        a.hrWeighted += lap.hr * lap.seconds;
        a.hrSeconds += lap.seconds;
      }
      lap = null;
    } else if (tag.name === 'Activity') {
      count += 1;
      out.push(finish(a, what, count));
      act = null;
    }
  });
  for await (const _ of feedXml(stream, parser, what, totalBytes, options, () => count)) yield* out.splice(0);
  yield* out.splice(0);
  if (count === 0) yield { kind: 'reject', line: 1, reason: `${what} holds no <Activity>, so there is nothing to import.` };
}

function finish(a: ActivityState, what: string, n: number): ImportRecord {
  const t = a.track;
  const seconds = a.seconds || (t.firstMs !== null && t.lastMs !== null ? (t.lastMs - t.firstMs) / 1000 : 0);
  if (!a.start || seconds <= 0) return { kind: 'reject', line: n, reason: `Activity ${n} in ${what} has no start time or duration.` };
  const meters = a.meters ?? a.lastPointMeters;
  return activitySession({
    key: `tcx:${a.start.ms}`,
    line: n,
    sport: a.sport,
    start: a.start,
    minutes: seconds / 60,
    distanceKm: meters !== null && meters > 0 ? meters / 1000 : t.distanceKm > 0 ? t.distanceKm : null,
    gainM: t.hasAltitude ? t.gainM : null,
    lossM: t.hasAltitude ? t.lossM : null,
    avgHr: a.hrSeconds ? a.hrWeighted / a.hrSeconds : t.avgHr,
    title: null,
  });
}

export const isTcx = (head: Buffer): boolean => /^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<TrainingCenterDatabase[\s>]/.test(head.toString('utf8', 0, 4096).replace(/^\uFEFF/, ''));

export const tcxImporter: Importer = {
  id: 'tcx',
  label: 'TCX activity',
  detect: (sniff: Sniff) => sniff.zipMembers === null && isTcx(sniff.head),
  async *parse(path: string, options: ParseOptions) {
    const { stream, size } = await fileStream(path);
    yield* tcxRecords(stream, path, size, options);
  },
};
