// FIT activity files for the tests and the bench, written with the FIT SDK's own encoder (so the bytes
// are what a device writes: header ".FIT", definitions, records, session, activity, CRC).
import { Encoder, Profile, type Mesg } from '@garmin/fitsdk';

export interface FitPoint {
  s: number; // seconds from the start
  lat: number;
  lon: number;
  alt: number;
  hr: number;
  distM: number;
}

export interface FitActivity {
  start: Date;
  sport: string;
  subSport?: string;
  points: FitPoint[];
  /** Minutes east of UTC the device was set to (written as the activity's local timestamp). */
  offsetMin?: number;
  /** The session's totals; left out, a reader must use the records. */
  session?: { seconds: number; meters: number; ascent: number; descent: number; avgHr: number };
}

const DEG_SEMICIRCLE = 2 ** 31 / 180;
const FIT_EPOCH_S = 631_065_600;

export function encodeFit(a: FitActivity): Uint8Array {
  const M = Profile.MesgNum;
  const enc = new Encoder();
  // Field values as the decoder returns them (names, Dates); the SDK's own types list each message's fields.
  const write = (num: number, fields: Record<string, unknown>) => enc.onMesg(num, fields as Mesg);
  const at = (s: number) => new Date(a.start.getTime() + s * 1000);
  const last = a.points.length ? a.points[a.points.length - 1].s : (a.session?.seconds ?? 0);
  write(M.FILE_ID, { manufacturer: 'development', product: 1, timeCreated: a.start, type: 'activity' });
  write(M.EVENT, { timestamp: a.start, event: 'timer', eventType: 'start' });
  for (const p of a.points) {
    write(M.RECORD, {
      timestamp: at(p.s),
      positionLat: Math.round(p.lat * DEG_SEMICIRCLE),
      positionLong: Math.round(p.lon * DEG_SEMICIRCLE),
      enhancedAltitude: p.alt,
      altitude: p.alt,
      heartRate: p.hr,
      distance: p.distM,
    });
  }
  write(M.EVENT, { timestamp: at(last), event: 'timer', eventType: 'stopAll' });
  if (a.session) {
    write(M.LAP, { messageIndex: 0, timestamp: at(last), startTime: a.start, totalElapsedTime: a.session.seconds, totalTimerTime: a.session.seconds });
    write(M.SESSION, {
      messageIndex: 0,
      timestamp: at(last),
      startTime: a.start,
      sport: a.sport,
      subSport: a.subSport ?? 'generic',
      totalElapsedTime: a.session.seconds,
      totalTimerTime: a.session.seconds,
      totalDistance: a.session.meters,
      totalAscent: a.session.ascent,
      totalDescent: a.session.descent,
      avgHeartRate: a.session.avgHr,
      firstLapIndex: 0,
      numLaps: 1,
    });
  }
  const end = at(last);
  const localTimestamp = a.offsetMin === undefined ? undefined : Math.round(end.getTime() / 1000) - FIT_EPOCH_S + a.offsetMin * 60;
  write(M.ACTIVITY, { timestamp: end, numSessions: a.session ? 1 : 0, type: 'manual', event: 'activity', eventType: 'stop', totalTimerTime: a.session?.seconds ?? last, ...(localTimestamp === undefined ? {} : { localTimestamp }) });
  return enc.close();
}

/** A steady track: `minutes` long, a point every `every` seconds, climbing `climbM` then back down. */
export function steadyTrack(minutes: number, kmh: number, climbM: number, every = 5): FitPoint[] {
  const points: FitPoint[] = [];
  const n = Math.floor((minutes * 60) / every);
  for (let i = 0; i <= n; i++) {
    const s = i * every;
    const distM = (kmh / 3.6) * s;
    const half = n / 2;
    points.push({ s, lat: 47 + distM / 111_320, lon: 8, alt: 400 + climbM * (i <= half ? i / half : (n - i) / half), hr: 140 + (i % 7), distM });
  }
  return points;
}
