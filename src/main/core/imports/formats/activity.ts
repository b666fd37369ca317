// From an activity's sport, duration, distance and climbing to a session: modality and a guessed kind.
// Parsers cannot see the athlete's heart-rate zones, so the kind comes from what the file itself says:
// the sport, how long (≥ 90 min is a long session) and how fast (a pace only trained athletes hold for
// long is tempo), or steep (≥ 20 m of climbing per km on foot is a hills session).
import type { Modality, SessionKind } from '../../../../shared/training';
import type { SessionRecord } from '../records';
import type { LocalStamp } from './localTime';

type Family = 'endurance' | 'strength' | 'intervals' | 'mobility' | 'sport';
export interface Sport {
  family: Family;
  modality: Modality | null;
  /** Hiking and trail: always a hills session. */
  hilly: boolean;
}

const OTHER_ENDURANCE: Sport = { family: 'endurance', modality: 'other', hilly: false };

// Matched against the lower-cased sport with everything but letters removed, first match wins (so
// "stationarybiking" is a ride and "treadmillrunning" a run before "walking" or "rowing" is tried).
const SPORTS: [RegExp, Sport][] = [
  [/strength|weight|lifting|calisthenics|crosstraining|coretraining/, { family: 'strength', modality: null, hilly: false }],
  [/highintensity|hiit|interval|bootcamp|circuit/, { family: 'intervals', modality: 'other', hilly: false }],
  [/yoga|pilates|stretch|flexibility|mobility|mindandbody|cooldown|breath|taichi/, { family: 'mobility', modality: null, hilly: false }],
  [/stair|elliptical/, OTHER_ENDURANCE],
  [/hik|trail|mountaineer/, { family: 'endurance', modality: 'walk', hilly: true }],
  [/run|jog/, { family: 'endurance', modality: 'run', hilly: false }],
  [/cycl|bik|ride|spin/, { family: 'endurance', modality: 'ride', hilly: false }],
  [/swim/, { family: 'endurance', modality: 'swim', hilly: false }],
  [/row/, { family: 'endurance', modality: 'row', hilly: false }],
  [/walk/, { family: 'endurance', modality: 'walk', hilly: false }],
  [/soccer|football|tennis|basketball|volleyball|hockey|rugby|squash|badminton|baseball|softball|cricket|handball|golf|boxing|martialarts|climbing|racquet|pickleball|polo/, { family: 'sport', modality: null, hilly: false }],
];

/** The sport a file names, or null when it names none we know (the caller may guess from speed). */
export function sportOf(name: string): Sport | null {
  const flat = name.toLowerCase().replace(/[^a-z]/g, '');
  if (!flat) return null;
  for (const [re, sport] of SPORTS) if (re.test(flat)) return sport;
  return null;
}

/** A track without a sport: what its average speed says (≥ 16 km/h rides, ≥ 7.5 km/h runs, else walks). */
export function sportFromSpeed(distanceKm: number | null, minutes: number): Sport {
  if (!distanceKm || minutes <= 0) return OTHER_ENDURANCE;
  const kmh = distanceKm / (minutes / 60);
  const modality: Modality = kmh >= 16 ? 'ride' : kmh >= 7.5 ? 'run' : 'walk';
  return { family: 'endurance', modality, hilly: false };
}

// Faster than these (min/km; rides in km/h) is a tempo effort for a recreational athlete.
const TEMPO_MIN_PER_KM: Partial<Record<Modality, number>> = { run: 4.5, row: 4, swim: 17 };
const TEMPO_RIDE_KMH = 32;

export function guessKind(sport: Sport, minutes: number, distanceKm: number | null, gainM: number | null): SessionKind {
  switch (sport.family) {
    case 'strength':
      return 'full-body';
    case 'intervals':
      return 'intervals';
    case 'mobility':
      return 'mobility';
    case 'sport':
      return 'sport';
  }
  if (sport.hilly) return 'hills';
  const onFoot = sport.modality === 'run' || sport.modality === 'walk';
  if (onFoot && distanceKm && gainM !== null && gainM / distanceKm >= 20) return 'hills';
  // A long walk is still an easy one.
  if (sport.modality === 'walk') return 'zone2';
  if (minutes >= 90) return 'long';
  if (distanceKm && distanceKm > 0) {
    if (sport.modality === 'ride') return distanceKm / (minutes / 60) >= TEMPO_RIDE_KMH ? 'tempo' : 'zone2';
    const tempo = sport.modality ? TEMPO_MIN_PER_KM[sport.modality] : undefined;
    if (tempo !== undefined && minutes / distanceKm <= tempo) return 'tempo';
  }
  return 'zone2';
}

/**
 * Climbing and descent along a track. GPS altitude wobbles by metres from point to point; summing every
 * wobble would add hundreds of metres to a flat run. So a change counts only once the altitude has
 * moved HYSTERESIS_M from the last counted level, and then all of it counts.
 */
export const HYSTERESIS_M = 4;

/** A track read point by point (never held whole): distance, climbing, time span and average HR. */
export class Track {
  private ref: number | null = null;
  private lat: number | null = null;
  private lon: number | null = null;
  private hrSum = 0;
  private hrCount = 0;
  gainM = 0;
  lossM = 0;
  distanceKm = 0;
  firstMs: number | null = null;
  lastMs: number | null = null;

  point(p: { ms?: number | null; lat?: number | null; lon?: number | null; ele?: number | null; hr?: number | null }): void {
    if (p.ms != null && Number.isFinite(p.ms)) {
      if (this.firstMs === null) this.firstMs = p.ms;
      this.lastMs = p.ms;
    }
    if (p.lat != null && p.lon != null && Number.isFinite(p.lat) && Number.isFinite(p.lon)) {
      if (this.lat !== null && this.lon !== null) this.distanceKm += haversineKm(this.lat, this.lon, p.lat, p.lon);
      this.lat = p.lat;
      this.lon = p.lon;
    }
    if (p.ele != null && Number.isFinite(p.ele)) this.altitude(p.ele);
    if (p.hr != null && p.hr > 0) {
      this.hrSum += p.hr;
      this.hrCount += 1;
    }
  }

  /** A new segment: the gap to the next point is not distance travelled. */
  gap(): void {
    this.lat = null;
    this.lon = null;
  }

  private altitude(alt: number): void {
    if (this.ref === null) this.ref = alt;
    else if (alt - this.ref >= HYSTERESIS_M) {
      this.gainM += alt - this.ref;
      this.ref = alt;
    } else if (this.ref - alt >= HYSTERESIS_M) {
      this.lossM += this.ref - alt;
      this.ref = alt;
    }
  }

  get hasAltitude(): boolean {
    return this.ref !== null;
  }

  get avgHr(): number | null {
    return this.hrCount ? this.hrSum / this.hrCount : null;
  }
}

/** Great-circle distance in km (haversine, mean Earth radius). */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
}

export interface Activity {
  key: string;
  line: number;
  sport: string; // as the file names it
  start: LocalStamp;
  minutes: number;
  distanceKm: number | null;
  gainM: number | null;
  lossM: number | null;
  avgHr: number | null;
  title: string | null;
}

const roundTo = (x: number | null, digits: number): number | null => (x === null || !Number.isFinite(x) ? null : Math.round(x * 10 ** digits) / 10 ** digits);

/** The session an activity becomes; a sport we do not know is guessed from the speed. */
export function activitySession(a: Activity): SessionRecord {
  const sport = sportOf(a.sport) ?? sportFromSpeed(a.distanceKm, a.minutes);
  const hr = a.avgHr !== null && a.avgHr >= 25 && a.avgHr <= 250 ? Math.round(a.avgHr) : null;
  return {
    kind: 'session',
    key: a.key,
    line: a.line,
    date: a.start.date,
    startTime: a.start.time,
    minutes: Math.max(1, Math.round(a.minutes)),
    sport: a.sport,
    sessionKind: guessKind(sport, a.minutes, a.distanceKm, a.gainM),
    modality: sport.family === 'endurance' || sport.family === 'intervals' ? sport.modality : null,
    rpe: null,
    distanceKm: roundTo(a.distanceKm, 2),
    elevationGainM: roundTo(a.gainM, 0),
    elevationLossM: roundTo(a.lossM, 0),
    avgHr: hr,
    title: a.title,
    notes: null,
    sets: [],
  };
}
