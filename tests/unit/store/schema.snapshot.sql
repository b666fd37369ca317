-- schema version 3

-- table exercise_aliases on exercise_aliases
CREATE TABLE exercise_aliases (
        alias_key TEXT PRIMARY KEY,
        alias TEXT NOT NULL,
        exercise_id INTEGER NOT NULL REFERENCES exercises(id) ON DELETE CASCADE
      );

-- table exercises on exercises
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

-- table lift_sets on lift_sets
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

-- table profile on profile
CREATE TABLE profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        sex TEXT NOT NULL CHECK (sex IN ('male','female')),
        birth_date TEXT NOT NULL,
        height_cm REAL NOT NULL,
        weight_unit TEXT NOT NULL DEFAULT 'kg' CHECK (weight_unit IN ('kg','lb')),
        distance_unit TEXT NOT NULL DEFAULT 'km' CHECK (distance_unit IN ('km','mi')),
        week_start TEXT NOT NULL DEFAULT 'monday' CHECK (week_start IN ('monday','sunday')),
        activity_level TEXT NOT NULL DEFAULT 'moderate',
        body_fat_pct REAL,
        hr_rest INTEGER,
        hr_max INTEGER,
        hr_threshold INTEGER,
        updated_at TEXT NOT NULL
      );

-- table routine_items on routine_items
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

-- table routines on routines
CREATE TABLE routines (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('heavy-lower','heavy-upper','full-body','hypertrophy','power','zone2','tempo','intervals','long','hills','sport','mobility')),
        notes TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

-- table session_templates on session_templates
CREATE TABLE session_templates (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('heavy-lower','heavy-upper','full-body','hypertrophy','power','zone2','tempo','intervals','long','hills','sport','mobility')),
        modality TEXT CHECK (modality IS NULL OR modality IN ('run','ride','row','swim','walk','other')),
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

-- table settings on settings
CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );

-- table sleep_nights on sleep_nights
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

-- table training_sessions on training_sessions
CREATE TABLE training_sessions (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL,
        start_time TEXT NOT NULL,
        minutes REAL NOT NULL CHECK (minutes > 0 AND minutes <= 1440),
        kind TEXT NOT NULL CHECK (kind IN ('heavy-lower','heavy-upper','full-body','hypertrophy','power','zone2','tempo','intervals','long','hills','sport','mobility')),
        modality TEXT CHECK (modality IS NULL OR modality IN ('run','ride','row','swim','walk','other')),
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

-- table weigh_ins on weigh_ins
CREATE TABLE weigh_ins (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL,
        weight_kg REAL NOT NULL CHECK (weight_kg BETWEEN 20 AND 400),
        body_fat_pct REAL,
        source TEXT NOT NULL DEFAULT 'manual',
        created_at TEXT NOT NULL
      );

-- index exercise_aliases_exercise on exercise_aliases
CREATE INDEX exercise_aliases_exercise ON exercise_aliases(exercise_id);

-- index lift_sets_exercise on lift_sets
CREATE INDEX lift_sets_exercise ON lift_sets(exercise_id);

-- index lift_sets_session on lift_sets
CREATE INDEX lift_sets_session ON lift_sets(session_id, position);

-- index routine_items_routine on routine_items
CREATE INDEX routine_items_routine ON routine_items(routine_id, position);

-- index routines_name on routines
CREATE UNIQUE INDEX routines_name ON routines(name COLLATE NOCASE);

-- index session_templates_name on session_templates
CREATE UNIQUE INDEX session_templates_name ON session_templates(name COLLATE NOCASE);

-- index training_sessions_date on training_sessions
CREATE INDEX training_sessions_date ON training_sessions(date, start_time);

-- index weigh_ins_date on weigh_ins
CREATE INDEX weigh_ins_date ON weigh_ins(date);
