// The training domain's vocabulary, shared by contract, core, CLI and renderer (no zod here, so the
// renderer and the CLI's --help can list the same words the contract accepts).

export const STRENGTH_KINDS = ['heavy-lower', 'heavy-upper', 'full-body', 'hypertrophy', 'power'] as const;
export const ENDURANCE_KINDS = ['zone2', 'tempo', 'intervals', 'long', 'hills'] as const;
export const OTHER_KINDS = ['sport', 'mobility'] as const;
export const SESSION_KINDS = [...STRENGTH_KINDS, ...ENDURANCE_KINDS, ...OTHER_KINDS] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const MODALITIES = ['run', 'ride', 'row', 'swim', 'walk', 'other'] as const;
export type Modality = (typeof MODALITIES)[number];

export const SET_TYPES = ['warmup', 'working', 'drop', 'failure'] as const;
export type SetType = (typeof SET_TYPES)[number];

export const MUSCLE_GROUPS = [
  'quads',
  'hamstrings',
  'glutes',
  'adductors',
  'calves',
  'chest',
  'lats',
  'upper-back',
  'lower-back',
  'shoulders',
  'biceps',
  'triceps',
  'forearms',
  'core',
] as const;

// Which kinds count as what for the interference rules (science.md §8).
export const HEAVY_STRENGTH_KINDS: readonly SessionKind[] = ['heavy-lower', 'heavy-upper', 'full-body', 'power'];
export const HEAVY_LOWER_KINDS: readonly SessionKind[] = ['heavy-lower', 'full-body', 'power'];
/** Endurance kinds that are hard whatever the RPE; any endurance session at RPE ≥ 7 is hard too. */
export const HARD_ENDURANCE_KINDS: readonly SessionKind[] = ['tempo', 'intervals', 'long', 'hills'];

export const isStrengthKind = (k: string): boolean => (STRENGTH_KINDS as readonly string[]).includes(k);
export const isEnduranceKind = (k: string): boolean => (ENDURANCE_KINDS as readonly string[]).includes(k);

/** Friendlier names for the UI (the CLI and the API use the ids). */
export const KIND_LABELS: Record<SessionKind, string> = {
  'heavy-lower': 'Heavy lower',
  'heavy-upper': 'Heavy upper',
  'full-body': 'Full body',
  hypertrophy: 'Hypertrophy',
  power: 'Power',
  zone2: 'Zone 2 / easy',
  tempo: 'Tempo / threshold',
  intervals: 'Intervals / HIIT',
  long: 'Long',
  hills: 'Hills / downhill / trail',
  sport: 'Sport-specific',
  mobility: 'Mobility',
};

export const MODALITY_LABELS: Record<Modality, string> = {
  run: 'Run',
  ride: 'Ride',
  row: 'Row',
  swim: 'Swim',
  walk: 'Walk',
  other: 'Other',
};

export const SET_TYPE_LABELS: Record<SetType, string> = {
  warmup: 'Warm-up',
  working: 'Working',
  drop: 'Drop',
  failure: 'Failure',
};

/** Working sets in the sense of science.md §6: a set to failure is a working set taken all the way. */
export const isWorkingSetType = (t: string): boolean => t === 'working' || t === 'failure';

export type KindFamily = 'strength' | 'endurance' | 'other';
export function kindFamily(k: string): KindFamily {
  if (isStrengthKind(k)) return 'strength';
  if (isEnduranceKind(k)) return 'endurance';
  return 'other';
}
