-- schema version 10

-- table diary_day on diary_day
CREATE TABLE diary_day (
        date TEXT PRIMARY KEY,
        complete INTEGER CHECK (complete IS NULL OR complete IN (0,1)),
        fast INTEGER NOT NULL DEFAULT 0 CHECK (fast IN (0,1))
      );

-- table diary_entry on diary_entry
CREATE TABLE diary_entry (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL,
        slot_id INTEGER NOT NULL REFERENCES meal_slot(id),
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('food','quick')),
        food_id INTEGER,
        food_ref TEXT,
        source TEXT,
        name TEXT NOT NULL,
        grams REAL CHECK (grams IS NULL OR grams > 0),
        qty REAL,
        unit TEXT,
        unit_grams REAL,
        per100g TEXT,
        kcal REAL NOT NULL CHECK (kcal >= 0),
        protein_g REAL,
        carbs_g REAL,
        fat_g REAL,
        nutrients TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        deleted_at TEXT
      );

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

-- table fixed_targets on fixed_targets
CREATE TABLE fixed_targets (
        id INTEGER PRIMARY KEY,
        from_week_start TEXT NOT NULL,
        to_week_start TEXT,
        energy_kcal INTEGER CHECK (energy_kcal IS NULL OR energy_kcal > 0),
        source TEXT NOT NULL CHECK (source IN ('hand', 'verdict')),
        set_on TEXT NOT NULL
      );

-- table food on food
CREATE TABLE food (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL CHECK (source IN ('usda-sr24','custom','recipe')),
        ref TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        brand TEXT,
        deprecated INTEGER NOT NULL DEFAULT 0 CHECK (deprecated IN (0,1)),
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0,1)),
        kcal REAL,
        protein_g REAL,
        carbs_g REAL,
        fat_g REAL,
        nutrients TEXT NOT NULL DEFAULT '{}',
        known_nutrients INTEGER NOT NULL DEFAULT 0,
        measure_count INTEGER NOT NULL DEFAULT 0,
        search_terms TEXT NOT NULL DEFAULT '',
        search_rank INTEGER,
        search_prior REAL NOT NULL DEFAULT 0,
        atwater TEXT,
        basis TEXT CHECK (basis IN ('100g','serving')),
        basis_grams REAL,
        entered TEXT,
        created_at TEXT,
        updated_at TEXT
      );

-- table food_fts on food_fts
CREATE VIRTUAL TABLE food_fts USING fts5(terms, content='', contentless_delete=1, detail='none', prefix='1 2 3 4 5 6 7 8 9 10 11 12', tokenize='unicode61');

-- table food_fts_config on food_fts_config
CREATE TABLE 'food_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table food_fts_data on food_fts_data
CREATE TABLE 'food_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table food_fts_docsize on food_fts_docsize
CREATE TABLE 'food_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB, origin INTEGER);

-- table food_fts_idx on food_fts_idx
CREATE TABLE 'food_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table food_measure on food_measure
CREATE TABLE food_measure (
        id INTEGER PRIMARY KEY,
        food_id INTEGER NOT NULL REFERENCES food(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        amount REAL NOT NULL CHECK (amount > 0),
        name TEXT NOT NULL,
        grams REAL NOT NULL CHECK (grams > 0)
      );

-- table food_usage on food_usage
CREATE TABLE food_usage (
        food_id INTEGER PRIMARY KEY,
        uses INTEGER NOT NULL,
        last_date TEXT NOT NULL,
        last_at TEXT NOT NULL,
        last_qty REAL,
        last_unit TEXT
      );

-- table goals on goals
CREATE TABLE goals (
        id INTEGER PRIMARY KEY,
        set_on TEXT NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('lose', 'maintain', 'gain')),
        rate_pct REAL NOT NULL CHECK (rate_pct >= 0 AND rate_pct <= 2),
        protein_g_per_kg REAL NOT NULL CHECK (protein_g_per_kg >= 0.8 AND protein_g_per_kg <= 3.5)
      );

-- table import_batch on import_batch
CREATE TABLE import_batch (
        id INTEGER PRIMARY KEY,
        format TEXT NOT NULL,
        file_name TEXT NOT NULL,
        file_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        counts TEXT NOT NULL DEFAULT '{}',           -- JSON: what the batch added, by kind
        undone_at TEXT
      );

-- table import_row on import_row
CREATE TABLE import_row (
        source_key TEXT NOT NULL,
        batch_id INTEGER NOT NULL REFERENCES import_batch(id),
        kind TEXT NOT NULL CHECK (kind IN ('weight','sleep','food','day','session','exercise')),
        row_id INTEGER NOT NULL,                     -- the written row's id (0 for a day's mark)
        day TEXT NOT NULL,                           -- the day the row is on
        UNIQUE (source_key, kind)
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

-- table meal_slot on meal_slot
CREATE TABLE meal_slot (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        position INTEGER NOT NULL
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
      , hr_lt1 INTEGER);

-- table recipe on recipe
CREATE TABLE recipe (
        food_id INTEGER PRIMARY KEY REFERENCES food(id),
        servings REAL NOT NULL CHECK (servings > 0),
        cooked_weight_g REAL CHECK (cooked_weight_g IS NULL OR cooked_weight_g > 0)
      );

-- table recipe_ingredient on recipe_ingredient
CREATE TABLE recipe_ingredient (
        id INTEGER PRIMARY KEY,
        recipe_id INTEGER NOT NULL REFERENCES recipe(food_id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        food_id INTEGER NOT NULL,
        grams REAL NOT NULL CHECK (grams > 0),
        qty REAL NOT NULL,
        unit TEXT NOT NULL
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

-- table target_checkins on target_checkins
CREATE TABLE target_checkins (
        id INTEGER PRIMARY KEY,
        week_start TEXT NOT NULL,
        done_on TEXT NOT NULL,
        goal_id INTEGER REFERENCES goals(id),
        proposed_kcal INTEGER,
        energy_kcal INTEGER NOT NULL CHECK (energy_kcal > 0),
        decision TEXT NOT NULL CHECK (decision IN ('accepted', 'edited', 'kept-fixed')),
        -- The latest fixed_targets row when the check-in was made: a target fixed after it wins.
        fixed_seen INTEGER NOT NULL DEFAULT 0,
        review TEXT NOT NULL
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

-- table user_food_fts on user_food_fts
CREATE VIRTUAL TABLE user_food_fts USING fts5(terms, content='', contentless_delete=1, detail='none', prefix='1 2 3 4 5 6 7 8 9 10 11 12', tokenize='unicode61');

-- table user_food_fts_config on user_food_fts_config
CREATE TABLE 'user_food_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table user_food_fts_data on user_food_fts_data
CREATE TABLE 'user_food_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table user_food_fts_docsize on user_food_fts_docsize
CREATE TABLE 'user_food_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB, origin INTEGER);

-- table user_food_fts_idx on user_food_fts_idx
CREATE TABLE 'user_food_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table weigh_ins on weigh_ins
CREATE TABLE weigh_ins (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL,
        weight_kg REAL NOT NULL CHECK (weight_kg BETWEEN 20 AND 400),
        body_fat_pct REAL,
        source TEXT NOT NULL DEFAULT 'manual',
        created_at TEXT NOT NULL
      );

-- index diary_entry_day on diary_entry
CREATE INDEX diary_entry_day ON diary_entry(date, slot_id, position) WHERE deleted_at IS NULL;

-- index diary_entry_day_totals on diary_entry
CREATE INDEX diary_entry_day_totals ON diary_entry(date, deleted_at, kcal, protein_g, carbs_g, fat_g);

-- index diary_entry_food on diary_entry
CREATE INDEX diary_entry_food ON diary_entry(food_id, date) WHERE deleted_at IS NULL;

-- index exercise_aliases_exercise on exercise_aliases
CREATE INDEX exercise_aliases_exercise ON exercise_aliases(exercise_id);

-- index food_source on food
CREATE INDEX food_source ON food(source, archived);

-- index food_measure_food on food_measure
CREATE INDEX food_measure_food ON food_measure(food_id, position);

-- index import_row_batch on import_row
CREATE INDEX import_row_batch ON import_row(batch_id);

-- index lift_sets_exercise on lift_sets
CREATE INDEX lift_sets_exercise ON lift_sets(exercise_id);

-- index lift_sets_session on lift_sets
CREATE INDEX lift_sets_session ON lift_sets(session_id, position);

-- index recipe_ingredient_food on recipe_ingredient
CREATE INDEX recipe_ingredient_food ON recipe_ingredient(food_id);

-- index recipe_ingredient_recipe on recipe_ingredient
CREATE INDEX recipe_ingredient_recipe ON recipe_ingredient(recipe_id, position);

-- index routine_items_routine on routine_items
CREATE INDEX routine_items_routine ON routine_items(routine_id, position);

-- index routines_name on routines
CREATE UNIQUE INDEX routines_name ON routines(name COLLATE NOCASE);

-- index session_templates_name on session_templates
CREATE UNIQUE INDEX session_templates_name ON session_templates(name COLLATE NOCASE);

-- index target_checkins_week on target_checkins
CREATE INDEX target_checkins_week ON target_checkins (week_start, id);

-- index training_sessions_date on training_sessions
CREATE INDEX training_sessions_date ON training_sessions(date, start_time);

-- index weigh_ins_date on weigh_ins
CREATE INDEX weigh_ins_date ON weigh_ins(date);
