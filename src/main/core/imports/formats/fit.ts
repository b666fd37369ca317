// FIT activity files (Garmin, Wahoo, Coros, Zwift…), decoded with Garmin's own SDK: one session per
// session message. The device's session totals (timer time, distance, ascent, descent, average HR) are
// what the athlete sees in the device's app, so they are used; a file without them falls back to its
// record messages (climbing then with the Track's hysteresis). The start is on the athlete's clock: the
// activity message's local timestamp minus its UTC timestamp gives the offset.
import { readFile } from 'node:fs/promises';
import type { ActivityMesg } from '@garmin/fitsdk';
import { invalid } from '../../../errors';
import type { Importer, ImportRecord, ParseOptions, Sniff } from '../records';
import { activitySession, Track } from './activity';
import { atMachineZone, atOffset, type LocalStamp } from './localTime';
import { fileSize } from './zip';

const FIT_EPOCH_S = 631_065_600; // 1989-12-31T00:00:00Z
const SEMICIRCLE_DEG = 180 / 2 ** 31;

/** A FIT file: bytes 8–11 of its header are ".FIT". */
export const isFit = (head: Buffer): boolean => head.length >= 12 && (head[0] === 12 || head[0] === 14) && head.toString('latin1', 8, 12) === '.FIT';

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
/** A FIT timestamp (seconds since the FIT epoch, as read without date conversion) in epoch ms. */
const ms = (v: unknown): number | null => (typeof v === 'number' ? (v + FIT_EPOCH_S) * 1000 : null);

// The SDK (its profile alone is ~1 MB of JavaScript) loads on the first FIT file, not with every command.
let sdk: Promise<typeof import('@garmin/fitsdk')> | null = null;

/** The sessions in one FIT file's bytes; `what` names it in messages. */
export async function fitRecords(bytes: Uint8Array, what: string): Promise<ImportRecord[]> {
  sdk ??= import('@garmin/fitsdk');
  const { Decoder, Stream } = await sdk;
  const stream = Stream.fromBuffer(bytes);
  if (!Decoder.isFIT(stream)) throw invalid('file', `${what} is not a FIT file (its header does not say ".FIT").`);
  // Only the fields read below, as the device wrote them: skipping the SDK's expansions and Date objects
  // halves the decode time of a file with thousands of records.
  const { messages, errors } = new Decoder(stream).read({ mergeHeartRates: false, expandSubFields: false, expandComponents: false, convertDateTimesToDates: false, includeUnknownData: false });
  const sessions = messages.sessionMesgs ?? [];
  const records = messages.recordMesgs ?? [];
  if (sessions.length === 0 && records.length === 0) {
    const why = errors.length ? `it is damaged or cut off (${errors[0].message})` : 'it holds no activity (no session or record messages)';
    throw invalid('file', `${what} cannot be imported: ${why}.`);
  }
  const offsetMin = localOffset(messages.activityMesgs?.[0]);
  const at = (t: number): LocalStamp => (offsetMin === null ? atMachineZone(t) : atOffset(t, offsetMin));
  const track = new Track();
  for (const r of records) {
    const lat = num(r.positionLat);
    const lon = num(r.positionLong);
    track.point({
      ms: ms(r.timestamp),
      lat: lat === null ? null : lat * SEMICIRCLE_DEG,
      lon: lon === null ? null : lon * SEMICIRCLE_DEG,
      ele: num(r.enhancedAltitude) ?? num(r.altitude),
      hr: num(r.heartRate),
    });
  }
  if (sessions.length === 0) {
    if (track.firstMs === null || track.lastMs === null || track.lastMs <= track.firstMs) throw invalid('file', `${what} has no session and no timed records.`);
    return [
      activitySession({
        key: `fit:${track.firstMs}`,
        line: 1,
        sport: '',
        start: at(track.firstMs),
        minutes: (track.lastMs - track.firstMs) / 60_000,
        distanceKm: track.distanceKm || null,
        gainM: track.hasAltitude ? track.gainM : null,
        lossM: track.hasAltitude ? track.lossM : null,
        avgHr: track.avgHr,
        title: null,
      }),
    ];
  }
  return sessions.map((s, i): ImportRecord => {
    const startMs = ms(s.startTime) ?? track.firstMs;
    const seconds = num(s.totalTimerTime) ?? num(s.totalElapsedTime);
    if (startMs === null || !seconds) return { kind: 'reject', line: i + 1, reason: `Session ${i + 1} in ${what} has no start time or duration.` };
    // Multisport files hold several sessions; the records then span all of them, so only one session
    // may take its figures from them.
    const fromTrack = sessions.length === 1;
    const meters = num(s.totalDistance);
    const ascent = num(s.totalAscent);
    const descent = num(s.totalDescent);
    const sub = typeof s.subSport === 'string' && s.subSport !== 'generic' ? `${s.subSport} ` : '';
    return activitySession({
      key: `fit:${startMs}`,
      line: i + 1,
      sport: `${sub}${typeof s.sport === 'string' ? s.sport : ''}`.trim(),
      start: at(startMs),
      minutes: seconds / 60,
      distanceKm: meters !== null ? meters / 1000 : fromTrack && track.distanceKm ? track.distanceKm : null,
      gainM: ascent ?? (fromTrack && track.hasAltitude ? track.gainM : null),
      lossM: descent ?? (fromTrack && track.hasAltitude ? track.lossM : null),
      avgHr: num(s.avgHeartRate) ?? (fromTrack ? track.avgHr : null),
      title: null,
    });
  });
}

/** Minutes east of UTC from the activity message (local timestamp − UTC timestamp), to the quarter hour. */
function localOffset(activity: ActivityMesg | undefined): number | null {
  if (!activity) return null;
  const utc = ms(activity.timestamp);
  const localMs = ms(activity.localTimestamp);
  if (utc === null || localMs === null) return null;
  const offset = Math.round((localMs - utc) / 900_000) * 15;
  return Math.abs(offset) <= 14 * 60 ? offset : null;
}

export const fitImporter: Importer = {
  id: 'fit',
  label: 'FIT activity',
  detect: (sniff: Sniff) => sniff.zipMembers === null && isFit(sniff.head),
  async *parse(path: string, options: ParseOptions) {
    const size = await fileSize(path);
    options.signal?.throwIfAborted();
    // An activity file is small (a few MB for a long ride): the SDK decodes it from memory.
    const bytes = await readFile(path);
    const records = await fitRecords(bytes, path);
    options.onProgress?.({ bytes: size, totalBytes: size, records: records.length });
    yield* records;
  },
};
