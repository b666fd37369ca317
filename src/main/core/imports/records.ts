// What every importer yields: plain records in the source's own terms (its units, its exercise names),
// never rows. The import domain turns them into a preview, asks what the file leaves open (a weight
// unit), removes duplicates and writes them through the domain stores in one transaction. Parsers do no
// I/O beyond reading their input and never touch the database.
import type { Modality, SessionKind, SetType } from '../../../shared/training';

export type MassUnit = 'kg' | 'lb' | 'g';
/** A mass as the file states it; unit null when the file does not say (the user is asked). */
export interface Mass {
  value: number;
  unit: MassUnit | null;
}

interface Base {
  /** Stable identity within the source: the same row in a later export gives the same key, so a
   *  re-import or an overlapping export adds nothing. Prefix it with the format id. */
  key: string;
  /** 1-based line (CSV) or record number (XML/JSON) for messages. */
  line: number;
}

export interface WeightRecord extends Base {
  kind: 'weight';
  date: string; // YYYY-MM-DD, local day
  mass: Mass;
  bodyFatPct: number | null;
}

export interface SleepRecord extends Base {
  kind: 'sleep';
  date: string; // the wake-up day
  bedDate: string;
  bedTime: string; // HH:MM local
  wakeTime: string; // HH:MM local
  hours: number; // asleep time
  quality: 1 | 2 | 3 | 4 | 5 | null;
}

/** Food as the source gives it: a named serving (Cronometer) or a meal's or day's totals (MyFitnessPal,
 *  Apple Health, Health Connect). Null nutrients are unknown, not zero. */
export interface FoodRecord extends Base {
  kind: 'food';
  date: string;
  meal: string | null; // the source's meal or group name; null → the import picks a slot
  name: string;
  kcal: number | null;
  proteinG: number | null;
  carbsG: number | null;
  fatG: number | null;
  /** A whole day's totals (Cronometer's dailysummary): skipped on a day that already has food logged,
   *  so importing a day's servings and its summary never counts it twice. */
  dayTotal?: boolean;
  /** One food of the day (Cronometer's servings), not a meal's or day's totals: the day counts as
   *  complete only when the source says so. */
  itemised?: boolean;
}

/** The source says whether a food day is complete (Cronometer's Completed column). */
export interface DayRecord extends Base {
  kind: 'day';
  date: string;
  complete: boolean;
}

export interface SetRecord {
  exercise: string; // the source's name ("Deadlift (Barbell)")
  setType: SetType;
  mass: Mass; // 0 for bodyweight
  reps: number;
  rpe: number | null;
}

export interface SessionRecord extends Base {
  kind: 'session';
  date: string;
  startTime: string; // HH:MM local
  minutes: number;
  /** The source's sport or activity type, kept for messages ("running", "HKWorkoutActivityTypeCycling"). */
  sport: string;
  sessionKind: SessionKind; // guessed from sport and intensity
  modality: Modality | null; // endurance sessions only
  rpe: number | null; // null → the import estimates one from the kind
  distanceKm: number | null;
  elevationGainM: number | null;
  elevationLossM: number | null;
  avgHr: number | null;
  title: string | null;
  notes: string | null;
  sets: SetRecord[]; // empty for endurance
}

/** A row the parser could not use, reported with its line and why; the good rows still import. */
export interface RejectRecord {
  kind: 'reject';
  line: number;
  reason: string;
}

export type ImportRecord = WeightRecord | SleepRecord | FoodRecord | DayRecord | SessionRecord | RejectRecord;

export interface ImportProgress {
  bytes: number;
  totalBytes: number | null;
  records: number;
}

/** Which column holds what, for a CSV whose columns the user names (the generic importer). */
export interface ColumnMapping {
  date: string | null;
  weight: string | null;
  bodyFat: string | null;
  sleepHours: string | null;
  bed: string | null;
  wake: string | null;
}

export interface ParseOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** The user's column choices, for an importer with a mapping step. */
  mapping?: ColumnMapping;
}

/** What detection sees: the file's name (only for messages), its first bytes and, for a zip, the member
 *  names. Detection decides by content, never by the file name. */
export interface Sniff {
  name: string;
  head: Buffer; // up to the first 64 KiB (of the member, for a format found inside a zip)
  zipMembers: string[] | null;
}

export interface Importer {
  id: string; // 'strong-csv', 'apple-health', 'gpx', …
  label: string; // "Strong (CSV)", shown in the list of supported formats
  detect(sniff: Sniff): boolean;
  /** Reads the file at `path` (streamed; it may be several GB) and yields its records. */
  parse(path: string, options: ParseOptions): AsyncIterable<ImportRecord>;
  /** For a file whose columns the user maps: its columns and the guessed mapping. */
  mapping?(sniff: Sniff): { columns: string[]; guess: ColumnMapping };
}
