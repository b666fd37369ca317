// GPX tracks (Strava, Garmin, most watches and apps): one session per file. GPX has no distance or
// duration of its own: distance is the sum of the great-circle steps between points (segments are not
// joined), duration is first to last point (elapsed time), climbing from <ele> with the Track's
// hysteresis, HR from the Garmin TrackPointExtension (<gpxtpx:hr>) when the device wrote it.
import type { Readable } from 'node:stream';
import type { Importer, ImportRecord, ParseOptions, Sniff } from '../records';
import { activitySession, Track } from './activity';
import { parseStamp, type LocalStamp } from './localTime';
import { feedXml, newParser } from './xml';
import { fileStream } from './zip';

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** The session in a GPX document, or null when it has no timed track. */
export async function* gpxRecords(stream: Readable, what: string, totalBytes: number | null, options: ParseOptions): AsyncGenerator<ImportRecord> {
  const parser = newParser();
  const track = new Track();
  let rootSeen = false;
  let start: LocalStamp | null = null;
  let name: string | null = null;
  let type = '';
  let inTrk = false;
  let text = '';
  let point: { ms: number | null; lat: number; lon: number; ele: number | null; hr: number | null } | null = null;
  parser.on('opentag', (tag) => {
    const n = localName(tag.name);
    text = '';
    if (!rootSeen) {
      rootSeen = true;
      if (n !== 'gpx') parser.fail(`the root element is <${tag.name}>, not <gpx>`);
    }
    if (n === 'trk') inTrk = true;
    else if (n === 'trkseg') track.gap();
    else if (n === 'trkpt') point = { ms: null, lat: Number(tag.attributes.lat), lon: Number(tag.attributes.lon), ele: null, hr: null };
  });
  parser.on('text', (t) => {
    text += t;
  });
  parser.on('closetag', (tag) => {
    const n = localName(tag.name);
    const value = text.trim();
    text = '';
    if (point) {
      if (n === 'ele') point.ele = Number(value);
      else if (n === 'hr') point.hr = Number(value);
      else if (n === 'time') {
        const stamp = parseStamp(value);
        if (stamp) {
          point.ms = stamp.ms;
          start ??= stamp;
        }
      } else if (n === 'trkpt') {
        track.point(point);
        point = null;
      }
    } else if (inTrk && n === 'name') name = value || null;
    else if (inTrk && n === 'type') type = value;
    else if (n === 'trk') inTrk = false;
  });
  for await (const _ of feedXml(stream, parser, what, totalBytes, options, () => 0));
  if (!start || track.firstMs === null || track.lastMs === null || track.lastMs <= track.firstMs) {
    yield { kind: 'reject', line: 1, reason: `${what} has no track with timed points, so there is no activity to import.` };
    return;
  }
  const s: LocalStamp = start;
  yield activitySession({
    key: `gpx:${s.ms}`,
    line: 1,
    sport: type,
    start: s,
    minutes: (track.lastMs - track.firstMs) / 60_000,
    distanceKm: track.distanceKm > 0 ? track.distanceKm : null,
    gainM: track.hasAltitude ? track.gainM : null,
    lossM: track.hasAltitude ? track.lossM : null,
    avgHr: track.avgHr,
    title: name,
  });
}

export const isGpx = (head: Buffer): boolean => /^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<(\w+:)?gpx[\s>]/.test(head.toString('utf8', 0, 4096).replace(/^\uFEFF/, ''));

export const gpxImporter: Importer = {
  id: 'gpx',
  label: 'GPX activity',
  detect: (sniff: Sniff) => sniff.zipMembers === null && isGpx(sniff.head),
  async *parse(path: string, options: ParseOptions) {
    const { stream, size } = await fileStream(path);
    yield* gpxRecords(stream, path, size, options);
  },
};
