import type { Migration } from './migration';

// Training: sessions (planned or completed), the exercise catalogue (built-in + custom, with aliases),
// sets, routines, session templates and the sleep log. Storage is metric (kg, km, m, minutes); days
// are 'YYYY-MM-DD', times of day 'HH:MM' local wall clock. The built-in catalogue and default
// templates below are the v3 seed: later additions go in a new migration (INSERT OR IGNORE).

interface BuiltinExercise {
  name: string;
  muscles: string[];
  lowerBody: boolean;
  /** Bodyweight lift: the recorded weight is added load (or assistance). */
  bodyweight?: boolean;
  aliases: string[];
}

export const BUILTIN_EXERCISES_V3: BuiltinExercise[] = [
  { name: 'Back Squat', muscles: ['quads', 'glutes', 'adductors'], lowerBody: true, aliases: ['Squat', 'Squat (Barbell)', 'Back Squat (Barbell)', 'Barbell Squat', 'Barbell Back Squat', 'High Bar Squat', 'Low Bar Squat'] },
  { name: 'Front Squat', muscles: ['quads', 'glutes'], lowerBody: true, aliases: ['Front Squat (Barbell)', 'Barbell Front Squat'] },
  { name: 'Deadlift', muscles: ['glutes', 'hamstrings', 'lower-back'], lowerBody: true, aliases: ['Deadlift (Barbell)', 'Conventional Deadlift', 'Barbell Deadlift', 'DL'] },
  { name: 'Romanian Deadlift', muscles: ['hamstrings', 'glutes'], lowerBody: true, aliases: ['RDL', 'Romanian Deadlift (Barbell)', 'Barbell RDL', 'Stiff-Leg Deadlift', 'Stiff Legged Deadlift'] },
  { name: 'Bench Press', muscles: ['chest', 'triceps', 'shoulders'], lowerBody: false, aliases: ['Bench', 'Bench Press (Barbell)', 'Barbell Bench Press', 'Flat Bench', 'Flat Bench Press'] },
  { name: 'Overhead Press', muscles: ['shoulders', 'triceps'], lowerBody: false, aliases: ['OHP', 'Overhead Press (Barbell)', 'Military Press', 'Strict Press', 'Standing Press', 'Shoulder Press', 'Press'] },
  { name: 'Barbell Row', muscles: ['lats', 'upper-back'], lowerBody: false, aliases: ['Bent Over Row', 'Bent-Over Row', 'Bent Over Row (Barbell)', 'Barbell Bent Over Row', 'BB Row', 'Pendlay Row'] },
  { name: 'Pull-up', muscles: ['lats', 'biceps'], lowerBody: false, bodyweight: true, aliases: ['Pull Up', 'Pullup', 'Pull-ups', 'Pull Ups', 'Weighted Pull-up', 'Pull Up (Weighted)', 'Assisted Pull-up', 'Pull Up (Assisted)'] },
  { name: 'Chin-up', muscles: ['lats', 'biceps'], lowerBody: false, bodyweight: true, aliases: ['Chin Up', 'Chinup', 'Chin-ups', 'Chin Ups', 'Weighted Chin-up', 'Chin Up (Weighted)', 'Assisted Chin-up'] },
  { name: 'Dip', muscles: ['chest', 'triceps'], lowerBody: false, bodyweight: true, aliases: ['Dips', 'Parallel Bar Dip', 'Chest Dip', 'Triceps Dip', 'Weighted Dip', 'Assisted Dip'] },
  { name: 'Hip Thrust', muscles: ['glutes', 'hamstrings'], lowerBody: true, aliases: ['Hip Thrust (Barbell)', 'Barbell Hip Thrust'] },
  { name: 'Lunge', muscles: ['quads', 'glutes'], lowerBody: true, aliases: ['Lunges', 'Lunge (Dumbbell)', 'Lunge (Barbell)', 'Walking Lunge', 'Dumbbell Lunge', 'Reverse Lunge'] },
  { name: 'Leg Press', muscles: ['quads', 'glutes'], lowerBody: true, aliases: ['Leg Press (Machine)', 'Sled Leg Press'] },
  { name: 'Sumo Deadlift', muscles: ['glutes', 'adductors', 'hamstrings', 'quads'], lowerBody: true, aliases: ['Sumo Deadlift (Barbell)', 'Sumo DL'] },
  { name: 'Trap Bar Deadlift', muscles: ['quads', 'glutes', 'hamstrings'], lowerBody: true, aliases: ['Hex Bar Deadlift', 'Trap Bar DL'] },
  { name: 'Bulgarian Split Squat', muscles: ['quads', 'glutes'], lowerBody: true, aliases: ['Split Squat', 'Rear Foot Elevated Split Squat', 'RFESS', 'Bulgarian Split Squat (Dumbbell)'] },
  { name: 'Goblet Squat', muscles: ['quads', 'glutes'], lowerBody: true, aliases: ['Goblet Squat (Kettlebell)', 'Goblet Squat (Dumbbell)'] },
  { name: 'Hack Squat', muscles: ['quads', 'glutes'], lowerBody: true, aliases: ['Hack Squat (Machine)'] },
  { name: 'Leg Extension', muscles: ['quads'], lowerBody: true, aliases: ['Leg Extension (Machine)', 'Knee Extension'] },
  { name: 'Leg Curl', muscles: ['hamstrings'], lowerBody: true, aliases: ['Hamstring Curl', 'Lying Leg Curl', 'Seated Leg Curl', 'Leg Curl (Machine)'] },
  { name: 'Calf Raise', muscles: ['calves'], lowerBody: true, aliases: ['Standing Calf Raise', 'Seated Calf Raise', 'Calf Raise (Machine)'] },
  { name: 'Good Morning', muscles: ['hamstrings', 'lower-back'], lowerBody: true, aliases: ['Good Morning (Barbell)', 'Good Mornings'] },
  { name: 'Step-up', muscles: ['quads', 'glutes'], lowerBody: true, aliases: ['Step Up', 'Step-ups', 'Box Step-up'] },
  { name: 'Nordic Curl', muscles: ['hamstrings'], lowerBody: true, bodyweight: true, aliases: ['Nordic Hamstring Curl', 'Nordics'] },
  { name: 'Incline Bench Press', muscles: ['chest', 'shoulders', 'triceps'], lowerBody: false, aliases: ['Incline Bench', 'Incline Bench Press (Barbell)', 'Incline Press'] },
  { name: 'Close-Grip Bench Press', muscles: ['triceps', 'chest'], lowerBody: false, aliases: ['Close Grip Bench', 'Close Grip Bench Press', 'CGBP'] },
  { name: 'Dumbbell Bench Press', muscles: ['chest', 'triceps', 'shoulders'], lowerBody: false, aliases: ['Bench Press (Dumbbell)', 'DB Bench', 'Dumbbell Press'] },
  { name: 'Push-up', muscles: ['chest', 'triceps'], lowerBody: false, bodyweight: true, aliases: ['Push Up', 'Pushup', 'Push-ups', 'Press-up'] },
  { name: 'Push Press', muscles: ['shoulders', 'triceps'], lowerBody: false, aliases: ['Push Press (Barbell)'] },
  { name: 'Lat Pulldown', muscles: ['lats', 'biceps'], lowerBody: false, aliases: ['Pulldown', 'Lat Pull Down', 'Lat Pulldown (Cable)'] },
  { name: 'Seated Cable Row', muscles: ['lats', 'upper-back'], lowerBody: false, aliases: ['Cable Row', 'Seated Row', 'Seated Row (Cable)'] },
  { name: 'Dumbbell Row', muscles: ['lats', 'upper-back'], lowerBody: false, aliases: ['One Arm Row', 'One-Arm Dumbbell Row', 'DB Row', 'Bent Over One Arm Row (Dumbbell)'] },
  { name: 'T-Bar Row', muscles: ['lats', 'upper-back'], lowerBody: false, aliases: ['T Bar Row'] },
  { name: 'Inverted Row', muscles: ['upper-back', 'lats'], lowerBody: false, bodyweight: true, aliases: ['Australian Pull-up', 'Body Row', 'Ring Row'] },
  { name: 'Face Pull', muscles: ['upper-back', 'shoulders'], lowerBody: false, aliases: ['Face Pull (Cable)', 'Face Pulls'] },
  { name: 'Lateral Raise', muscles: ['shoulders'], lowerBody: false, aliases: ['Side Raise', 'Lateral Raise (Dumbbell)', 'Side Lateral Raise'] },
  { name: 'Biceps Curl', muscles: ['biceps'], lowerBody: false, aliases: ['Curl', 'Bicep Curl', 'Barbell Curl', 'Dumbbell Curl', 'Bicep Curl (Dumbbell)', 'Bicep Curl (Barbell)', 'Hammer Curl'] },
  { name: 'Triceps Extension', muscles: ['triceps'], lowerBody: false, aliases: ['Skull Crusher', 'Skullcrusher', 'Lying Triceps Extension', 'Overhead Triceps Extension', 'Triceps Extension (Dumbbell)'] },
  { name: 'Triceps Pushdown', muscles: ['triceps'], lowerBody: false, aliases: ['Pushdown', 'Tricep Pushdown', 'Triceps Pushdown (Cable)'] },
  { name: 'Shrug', muscles: ['upper-back'], lowerBody: false, aliases: ['Shrugs', 'Barbell Shrug', 'Shrug (Barbell)', 'Dumbbell Shrug'] },
  { name: 'Power Clean', muscles: ['quads', 'glutes', 'hamstrings', 'upper-back'], lowerBody: true, aliases: ['Clean', 'Power Clean (Barbell)'] },
  { name: 'Hang Clean', muscles: ['quads', 'glutes', 'hamstrings', 'upper-back'], lowerBody: true, aliases: ['Hang Power Clean'] },
  { name: 'Snatch', muscles: ['quads', 'glutes', 'hamstrings', 'upper-back', 'shoulders'], lowerBody: true, aliases: ['Power Snatch'] },
  { name: 'Clean and Jerk', muscles: ['quads', 'glutes', 'hamstrings', 'shoulders'], lowerBody: true, aliases: ['Clean & Jerk', 'C&J'] },
  { name: 'Kettlebell Swing', muscles: ['glutes', 'hamstrings'], lowerBody: true, aliases: ['KB Swing', 'Kettlebell Swings', 'Russian Swing'] },
  { name: 'Box Jump', muscles: ['quads', 'glutes', 'calves'], lowerBody: true, bodyweight: true, aliases: ['Box Jumps'] },
  { name: "Farmer's Carry", muscles: ['forearms', 'upper-back', 'core'], lowerBody: false, aliases: ["Farmer's Walk", 'Farmers Walk', 'Farmers Carry', 'Farmer Walk'] },
  { name: 'Back Extension', muscles: ['lower-back', 'glutes'], lowerBody: false, aliases: ['Hyperextension', 'Back Extension (Machine)', '45 Degree Back Extension'] },
  { name: 'Hanging Leg Raise', muscles: ['core'], lowerBody: false, bodyweight: true, aliases: ['Leg Raise', 'Hanging Knee Raise'] },
  { name: 'Ab Wheel Rollout', muscles: ['core'], lowerBody: false, bodyweight: true, aliases: ['Ab Wheel', 'Ab Rollout'] },
  { name: 'Plank', muscles: ['core'], lowerBody: false, bodyweight: true, aliases: [] },
];

interface DefaultTemplate {
  name: string;
  kind: string;
  modality: string | null;
  start: string;
  minutes: number;
  rpe: number;
  distanceKm: number | null;
}

export const DEFAULT_TEMPLATES_V3: DefaultTemplate[] = [
  { name: 'Heavy legs', kind: 'heavy-lower', modality: null, start: '07:00', minutes: 70, rpe: 8, distanceKm: null },
  { name: 'Heavy upper', kind: 'heavy-upper', modality: null, start: '07:00', minutes: 65, rpe: 8, distanceKm: null },
  { name: 'Full body', kind: 'full-body', modality: null, start: '07:00', minutes: 60, rpe: 7, distanceKm: null },
  { name: 'Hypertrophy', kind: 'hypertrophy', modality: null, start: '17:30', minutes: 60, rpe: 7, distanceKm: null },
  { name: 'Zone 2 run', kind: 'zone2', modality: 'run', start: '18:00', minutes: 45, rpe: 4, distanceKm: 7.5 },
  { name: 'Zone 2 ride', kind: 'zone2', modality: 'ride', start: '18:00', minutes: 60, rpe: 3, distanceKm: 24 },
  { name: 'Tempo run', kind: 'tempo', modality: 'run', start: '18:00', minutes: 45, rpe: 7, distanceKm: 9 },
  { name: 'Intervals', kind: 'intervals', modality: 'run', start: '18:00', minutes: 50, rpe: 8, distanceKm: 9 },
  { name: 'Long run', kind: 'long', modality: 'run', start: '09:00', minutes: 100, rpe: 6, distanceKm: 17 },
  { name: 'Hill run', kind: 'hills', modality: 'run', start: '09:00', minutes: 60, rpe: 7, distanceKm: 10 },
  { name: 'Mobility', kind: 'mobility', modality: null, start: '10:00', minutes: 30, rpe: 2, distanceKm: null },
];

/** Exercise names and aliases match case- and punctuation-insensitively: 'Pull-Up' = 'pull up' = 'PULLUP'. */
export function exerciseKey(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]/g, '');
}

const KINDS = `'heavy-lower','heavy-upper','full-body','hypertrophy','power','zone2','tempo','intervals','long','hills','sport','mobility'`;
const MODALITIES = `'run','ride','row','swim','walk','other'`;

export const migration003Training: Migration = {
  version: 3,
  name: 'training: sessions, exercises, sets, routines, templates, sleep',
  up(db) {
    db.exec(`
      CREATE TABLE exercises (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        muscles TEXT NOT NULL DEFAULT '[]',          -- JSON array of muscle groups
        lower_body INTEGER NOT NULL DEFAULT 0 CHECK (lower_body IN (0,1)),
        bodyweight INTEGER NOT NULL DEFAULT 0 CHECK (bodyweight IN (0,1)),
        builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0,1)),
        created_at TEXT NOT NULL
      );
      CREATE TABLE exercise_aliases (
        alias_key TEXT PRIMARY KEY,
        alias TEXT NOT NULL,
        exercise_id INTEGER NOT NULL REFERENCES exercises(id) ON DELETE CASCADE
      );
      CREATE INDEX exercise_aliases_exercise ON exercise_aliases(exercise_id);

      CREATE TABLE routines (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN (${KINDS})),
        notes TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX routines_name ON routines(name COLLATE NOCASE);
      CREATE TABLE routine_items (
        id INTEGER PRIMARY KEY,
        routine_id INTEGER NOT NULL REFERENCES routines(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        exercise_id INTEGER NOT NULL REFERENCES exercises(id),
        sets INTEGER NOT NULL CHECK (sets BETWEEN 1 AND 20),
        reps INTEGER NOT NULL CHECK (reps BETWEEN 1 AND 100),
        weight_kg REAL CHECK (weight_kg IS NULL OR weight_kg >= 0),
        rpe REAL CHECK (rpe IS NULL OR rpe BETWEEN 0 AND 10),
        set_type TEXT NOT NULL DEFAULT 'working' CHECK (set_type IN ('warmup','working','drop','failure'))
      );
      CREATE INDEX routine_items_routine ON routine_items(routine_id, position);

      CREATE TABLE session_templates (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN (${KINDS})),
        modality TEXT CHECK (modality IS NULL OR modality IN (${MODALITIES})),
        start_time TEXT NOT NULL,
        minutes REAL NOT NULL CHECK (minutes > 0 AND minutes <= 1440),
        rpe REAL NOT NULL CHECK (rpe BETWEEN 0 AND 10),
        distance_km REAL CHECK (distance_km IS NULL OR distance_km >= 0),
        elevation_gain_m REAL CHECK (elevation_gain_m IS NULL OR elevation_gain_m >= 0),
        elevation_loss_m REAL CHECK (elevation_loss_m IS NULL OR elevation_loss_m >= 0),
        notes TEXT,
        routine_id INTEGER REFERENCES routines(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL
      );
      CREATE UNIQUE INDEX session_templates_name ON session_templates(name COLLATE NOCASE);

      CREATE TABLE training_sessions (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL,
        start_time TEXT NOT NULL,
        minutes REAL NOT NULL CHECK (minutes > 0 AND minutes <= 1440),
        kind TEXT NOT NULL CHECK (kind IN (${KINDS})),
        modality TEXT CHECK (modality IS NULL OR modality IN (${MODALITIES})),
        rpe REAL NOT NULL CHECK (rpe BETWEEN 0 AND 10),
        distance_km REAL CHECK (distance_km IS NULL OR distance_km >= 0),
        elevation_gain_m REAL CHECK (elevation_gain_m IS NULL OR elevation_gain_m >= 0),
        elevation_loss_m REAL CHECK (elevation_loss_m IS NULL OR elevation_loss_m >= 0),
        avg_hr INTEGER CHECK (avg_hr IS NULL OR avg_hr BETWEEN 25 AND 250),
        title TEXT,
        notes TEXT,
        planned INTEGER NOT NULL DEFAULT 0 CHECK (planned IN (0,1)),
        -- Session-RPE load (Foster 2001): rpe × minutes, kept in step by every write.
        load_au REAL NOT NULL,
        template_id INTEGER REFERENCES session_templates(id) ON DELETE SET NULL,
        routine_id INTEGER REFERENCES routines(id) ON DELETE SET NULL,
        source TEXT NOT NULL DEFAULT 'manual',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX training_sessions_date ON training_sessions(date, start_time);

      CREATE TABLE lift_sets (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES training_sessions(id) ON DELETE CASCADE,
        exercise_id INTEGER NOT NULL REFERENCES exercises(id),
        position INTEGER NOT NULL,
        -- External load, or for bodyweight lifts the added load (the assistance when assisted = 1).
        weight_kg REAL NOT NULL CHECK (weight_kg >= 0 AND weight_kg <= 1000),
        assisted INTEGER NOT NULL DEFAULT 0 CHECK (assisted IN (0,1)),
        reps INTEGER NOT NULL CHECK (reps BETWEEN 1 AND 100),
        rpe REAL CHECK (rpe IS NULL OR rpe BETWEEN 0 AND 10),
        rir REAL CHECK (rir IS NULL OR rir BETWEEN 0 AND 10),
        set_type TEXT NOT NULL DEFAULT 'working' CHECK (set_type IN ('warmup','working','drop','failure')),
        notes TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX lift_sets_session ON lift_sets(session_id, position);
      CREATE INDEX lift_sets_exercise ON lift_sets(exercise_id);

      CREATE TABLE sleep_nights (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL UNIQUE,                  -- the wake-up day: the night belongs to it
        bed_date TEXT NOT NULL,
        bed_time TEXT NOT NULL,
        wake_time TEXT NOT NULL,
        hours REAL NOT NULL CHECK (hours > 0 AND hours <= 20),
        hours_entered INTEGER NOT NULL DEFAULT 0 CHECK (hours_entered IN (0,1)),
        quality INTEGER CHECK (quality IS NULL OR quality BETWEEN 1 AND 5),
        notes TEXT,
        source TEXT NOT NULL DEFAULT 'manual',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);

    // Seeded rows have no meaningful creation time (and migrations do not read the clock).
    const now = '1970-01-01T00:00:00.000Z';
    const insertExercise = db.prepare('INSERT INTO exercises (name, name_key, muscles, lower_body, bodyweight, builtin, created_at) VALUES (?, ?, ?, ?, ?, 1, ?)');
    const insertAlias = db.prepare('INSERT OR IGNORE INTO exercise_aliases (alias_key, alias, exercise_id) VALUES (?, ?, ?)');
    for (const e of BUILTIN_EXERCISES_V3) {
      const id = Number(insertExercise.run(e.name, exerciseKey(e.name), JSON.stringify(e.muscles), e.lowerBody ? 1 : 0, e.bodyweight ? 1 : 0, now).lastInsertRowid);
      for (const a of e.aliases) insertAlias.run(exerciseKey(a), a, id);
    }
    const insertTemplate = db.prepare('INSERT INTO session_templates (name, kind, modality, start_time, minutes, rpe, distance_km, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    for (const t of DEFAULT_TEMPLATES_V3) insertTemplate.run(t.name, t.kind, t.modality, t.start, t.minutes, t.rpe, t.distanceKm, now);
  },
};
