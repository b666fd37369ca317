// What the planner's interference checks (analysis/interference.ts) work with: their thresholds, the
// findings they can return and what each rests on, the input types, and what counts as heavy, hard,
// hills or a high-stress day.
//
// Definitions:
//  heavy strength      = heavy-lower, heavy-upper, full-body, power
//  heavy lower-body    = heavy-lower, full-body, power
//  hard endurance      = tempo, intervals, long, hills, or any endurance session at RPE ≥ 7
//  long or hard        = (before heavy legs) long, or ≥ 90 min, or intervals, tempo, hills — not RPE alone
//  main lifts          = a heavy session's big barbell lifts, else its other compounds, else all
//  hills               = kind hills, or elevation loss ≥ 20 m per km (running-type sessions only:
//                        Bontemps 2020 is about eccentric running; rides, rows and swims are not)
//  high-stress day     = a day with heavy strength or hard endurance, or session-RPE load ≥ 400 AU
//  gaps                = from the end of one session to the start of the next.
import { HARD_ENDURANCE_KINDS, HEAVY_LOWER_KINDS, HEAVY_STRENGTH_KINDS, isEnduranceKind, type SessionKind } from '../../shared/training';
import { sessionLoadAU } from './sessionLoad';

export const SAME_DAY_GAP_MIN = 6 * 60;
export const HILLS_WINDOW_MIN = 48 * 60;
const HILLS_ELEVATION_LOSS_M_PER_KM = 20;
const HARD_ENDURANCE_MIN_RPE = 7;
const HIGH_STRESS_LOAD_AU = 400;
export const HIGH_STRESS_STREAK_DAYS = 3;
export const VOLUME_JUMP_FRACTION = 0.3;
export const VOLUME_BASE_WEEKS = 3;
export const STARTUP_MAX_SESSIONS = 2;
export const MIDDLE_GROUND_MAX_REPS = 6;
export const MIDDLE_GROUND_MIN_FRACTION_E1RM = 0.8;
/** The e1RM a set is compared with: the best of the last 28 days (as science.md §6's performance index). */
export const E1RM_REFERENCE_DAYS = 28;
const ZONE2_FALLBACK_FRACTION_HRMAX = 0.75;
/** Friel's running and cycling zones: Zone 2 tops out at 89 % of lactate-threshold heart rate. */
const ZONE2_FRACTION_OF_LTHR = 0.89;
/**
 * An easy session is flagged only when its average is clearly above the ceiling: heart rate drifts
 * upward over a steady hour (cardiovascular drift) and wrist sensors read a few beats off (D).
 */
export const ZONE2_TOLERANCE_BPM = 5;
export const MOBILITY_WINDOW_DAYS = 14;
export const MIN_SLEEP_MIN = 7 * 60;
/** A logged night this short or shorter is high (Craven 2022's ≤ 6 h); under 7 h is watch. */
export const SHORT_SLEEP_HIGH_HOURS = 6;
export const SHORT_SLEEP_WATCH_HOURS = 7;
/** Usual bedtime (for planned days without a logged night) needs this many of the previous 14 nights. */
export const USUAL_BEDTIME_MIN_NIGHTS = 3;

/** How much history before `from` and after `to` the rules read. */
export const CHECK_LOOKBACK_DAYS = Math.max(VOLUME_BASE_WEEKS * 7 + 6, E1RM_REFERENCE_DAYS, MOBILITY_WINDOW_DAYS) + 7;
export const CHECK_LOOKAHEAD_DAYS = 7;

export type Severity = 'info' | 'warning' | 'critical';

export const FINDING_CODES = [
  'sessions-overlap',
  'strength-endurance-gap',
  'strength-endurance-same-day',
  'endurance-before-lifting',
  'hiit-and-heavy-lifting',
  'endurance-before-heavy-legs',
  'hills-near-heavy-lower',
  'high-stress-streak',
  'no-low-stress-day',
  'volume-jump',
  'heavy-session-too-light',
  'easy-session-too-hard',
  'no-mobility',
  'short-night-before-session',
  'short-sleep',
] as const;
type FindingCode = (typeof FINDING_CODES)[number];

/** What each finding rests on, as users read it (science.md §8 has the details). */
export const FINDING_SOURCES: Record<FindingCode, string> = {
  'sessions-overlap': 'Planner check: one person cannot do two sessions at once',
  'strength-endurance-gap': 'Robineau 2016, J Strength Cond Res 30:672 — ≥ 6 h apart, 24 h preferred',
  'strength-endurance-same-day': 'Robineau 2016, J Strength Cond Res 30:672 — ≥ 6 h apart, 24 h preferred',
  'endurance-before-lifting': 'Gao & Yu 2023, Front Physiol — if both on one day, lift first',
  'hiit-and-heavy-lifting': 'Hybrid-training guidance: HIIT and heavy lifting on one day compete for recovery — lift first, at least 6 h apart',
  'endurance-before-heavy-legs':
    'Sporer & Wenger 2003, J Strength Cond Res 17:638 — leg strength still down 4–8 h after endurance work, recovered by 24 h; the 24 h window is our choice within the guidance’s 6–24 h',
  'hills-near-heavy-lower': 'Bontemps 2020, Sports Med 50:2083; Maeo 2017 — knee-extensor torque −14–17 % at 24–48 h',
  'high-stress-streak': 'Foster 2001, J Strength Cond Res 15:109 — monotony; easy days between hard ones (hybrid-training guidance)',
  'no-low-stress-day': 'Foster 2001, J Strength Cond Res 15:109 — monotony; easy days between hard ones (hybrid-training guidance)',
  'volume-jump': 'Volume audit (hybrid-training guidance): start with 2 Zone 2 sessions, raise only if lifts hold for two weeks; the 30 % step is our choice',
  'heavy-session-too-light': 'Heavy = 3–5 reps ≈ 86–92 % 1RM (Tuchscherer table): the middle-ground trap',
  'easy-session-too-hard': 'Zone 2 anchored to the first threshold heart rate, else a labelled %HRmax band: the middle-ground trap',
  'no-mobility': 'Hybrid-training guidance keeps mobility work in the week (how often is our design choice)',
  'short-night-before-session': 'Adults need ≥ 7 h of sleep (Watson 2015, J Clin Sleep Med 11:591)',
  'short-sleep': 'Sleep ≤ 6 h cut performance by 7.56 % on average (Craven 2022, Sports Med 52:2669); adults need ≥ 7 h (Watson 2015); the bands are our design choice',
};

export interface PlanSet {
  exercise: string;
  /** Total load moved (body weight included for bodyweight lifts), kg; null when unknown. */
  loadKg: number | null;
  reps: number;
  rpe: number | null;
  rir: number | null;
  type: string;
}

export interface PlanSession {
  id: number;
  date: string;
  start: string;
  minutes: number;
  kind: SessionKind | string;
  modality: string | null;
  rpe: number;
  distanceKm: number | null;
  elevationLossM: number | null;
  avgHr: number | null;
  planned: boolean;
  title?: string | null;
  /** The session's sets (completed strength sessions), for the middle-ground check and e1RM reference. */
  sets?: PlanSet[];
}

interface PlanNight {
  /** The wake-up day. */
  date: string;
  bedDate: string;
  bed: string;
  /** Hours asleep, when logged. */
  hours?: number | null;
}

interface HeartRateProfile {
  /** First threshold (LT1/VT1), where Zone 2 ends. */
  firstThresholdBpm: number | null;
  /** Second threshold: the average of a hard 30-minute effort (lactate-threshold heart rate). */
  thresholdBpm: number | null;
  maxBpm: number | null;
  ageYears: number | null;
}

export interface CheckPlanInput {
  /** The checked days, inclusive. */
  from: string;
  to: string;
  weekStart: 'monday' | 'sunday';
  /** Sessions from at least CHECK_LOOKBACK_DAYS before `from` to CHECK_LOOKAHEAD_DAYS after `to`. */
  sessions: PlanSession[];
  sleep?: PlanNight[];
  heartRate?: HeartRateProfile;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** One line: what, when, and what to do. */
  message: string;
  sessionIds: number[];
  source: string;
  /** The day the finding is shown on (its first session's day, or the day/week it is about). */
  date: string;
}

// ---------------------------------------------------------------------------------------------

export const isHeavyStrength = (s: Pick<PlanSession, 'kind'>): boolean => HEAVY_STRENGTH_KINDS.includes(s.kind as SessionKind);
export const isHeavyLower = (s: Pick<PlanSession, 'kind'>): boolean => HEAVY_LOWER_KINDS.includes(s.kind as SessionKind);

/** Kind hills, or elevation loss ≥ 20 m per km — for running-type sessions (not ride, row, swim). */
export function isHills(s: Pick<PlanSession, 'kind' | 'modality' | 'distanceKm' | 'elevationLossM'>): boolean {
  if (s.modality === 'ride' || s.modality === 'row' || s.modality === 'swim') return false;
  if (s.kind === 'hills') return true;
  return s.distanceKm != null && s.distanceKm > 0 && s.elevationLossM != null && s.elevationLossM / s.distanceKm >= HILLS_ELEVATION_LOSS_M_PER_KM;
}

export function isHardEndurance(s: Pick<PlanSession, 'kind' | 'modality' | 'distanceKm' | 'elevationLossM' | 'rpe'>): boolean {
  if (!isEnduranceKind(s.kind)) return false;
  return HARD_ENDURANCE_KINDS.includes(s.kind as SessionKind) || s.rpe >= HARD_ENDURANCE_MIN_RPE || isHills(s);
}

/** High stress: heavy strength or hard endurance, or the day's session-RPE load ≥ 400 AU. */
export function isHighStressDay(sessions: PlanSession[]): boolean {
  let load = 0;
  for (const s of sessions) {
    if (isHeavyStrength(s) || isHardEndurance(s)) return true;
    load += sessionLoadAU(s.rpe, s.minutes);
  }
  return load >= HIGH_STRESS_LOAD_AU;
}

interface Zone2Ceiling {
  bpm: number;
  basis: 'first-threshold' | 'derived-from-threshold' | 'hrmax' | 'age-predicted-hrmax';
  /** How the ceiling was found, for the message. */
  label: string;
}

/**
 * Zone 2 ends at the first threshold (LT1/VT1). Entered, it is the ceiling; else it is derived from
 * the second threshold (the hard 30-minute average, i.e. lactate-threshold heart rate): Friel's zones
 * put the top of Zone 2 at 89 % of it; else 75 % of HRmax (entered, or Tanaka 2001 from age) (science.md §8).
 */
export function zone2Ceiling(hr: HeartRateProfile | undefined): Zone2Ceiling | null {
  if (!hr) return null;
  if (hr.firstThresholdBpm != null) return { bpm: hr.firstThresholdBpm, basis: 'first-threshold', label: 'your first threshold, the top of easy effort (profile)' };
  if (hr.thresholdBpm != null) {
    return {
      bpm: Math.round(hr.thresholdBpm * ZONE2_FRACTION_OF_LTHR),
      basis: 'derived-from-threshold',
      label: `89 % of your threshold heart rate ${hr.thresholdBpm} bpm (Friel) — enter your first threshold for a personal ceiling`,
    };
  }
  if (hr.maxBpm != null) {
    return {
      bpm: Math.round(hr.maxBpm * ZONE2_FALLBACK_FRACTION_HRMAX),
      basis: 'hrmax',
      label: `fallback: 75 % of your maximum heart rate ${hr.maxBpm} bpm — enter your first threshold for a personal ceiling`,
    };
  }
  if (hr.ageYears != null) {
    const predicted = Math.round(208 - 0.7 * hr.ageYears);
    return {
      bpm: Math.round(predicted * ZONE2_FALLBACK_FRACTION_HRMAX),
      basis: 'age-predicted-hrmax',
      label: `fallback: 75 % of an age-predicted maximum of ${predicted} bpm (208 − 0.7 × age, Tanaka 2001) — enter your heart rates for a personal ceiling`,
    };
  }
  return null;
}
