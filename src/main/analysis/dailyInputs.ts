// What the energy analysis (and the report) reads from the other domains, one record per day.
// The diary's `dailyIntake` and the training domain's `dailyTraining` / `dailySessions` give them,
// exactly one record per day of [from, to]; the per-day read model (core/daily) gathers them.

export interface DailyIntake {
  date: string;
  /** null = missing (nothing logged, or the day is marked incomplete); 0 on a day marked as a fast. */
  intakeKcal: number | null;
  proteinG: number | null;
  carbsG: number | null;
  fatG: number | null;
  /** true/false as the user left it; null when nothing is logged (and the day is not a fast). */
  complete: boolean | null;
  fast: boolean;
  /** The user marked the day complete (or a fast): it counts even if it is today or looks partly logged. Absent: not marked. */
  confirmed?: boolean;
}

export interface DailySession {
  id: number;
  kind: string; // heavy-lower, …, zone2, tempo, intervals, long, hills, sport, mobility
  modality: string | null; // run, ride, row, swim, walk, other (endurance only)
  start: string; // HH:MM
  minutes: number;
  rpe: number;
  distanceKm: number | null;
  elevationGainM: number | null;
  elevationLossM: number | null;
  avgHr: number | null;
  planned: boolean; // true = planned, not yet done
}

export interface DailyTraining {
  date: string;
  /** Session-RPE load (Foster) of completed sessions, AU. */
  loadAU: number;
  /** Session-RPE load of sessions still planned, AU. */
  plannedLoadAU: number;
  sessions: DailySession[];
  /** The night that ended this morning, or null. */
  sleepHours: number | null;
  /** Best e1RM per exercise that day (working sets only), kg. */
  e1rmKg: Record<string, number>;
}
