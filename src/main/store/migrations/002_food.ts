import type { Migration } from './migration';

// Food: the food tables (SR24 foods filled from the bundled resource on first use, plus the user's
// custom foods and recipes), full-text search, meal slots, the diary and per-day status.
//
// - food.id: an SR24 food's own number (05064 → 5064), so it is stable across rebuilds; custom foods
//   and recipes count up from 1000001. The public id (`ref`) is '05064', 'c12' or 'r3'.
// - Diary entries SNAPSHOT what they were logged with (name, nutrients per 100 g, totals): editing or
//   deleting a custom food or recipe later never changes an entry. So entries, recipe ingredients and
//   usage stats hold the food id without a foreign key (SR24 rows are rebuilt from the resource).
// - Nutrient values are per 100 g; NULL / a missing JSON key is unknown, never zero.
// - search_terms: the name's stemmed terms, parts separated by ' | ' (core/food/text.ts), kept so
//   search does not re-stem every name at start; known_nutrients/measure_count feed the ranking;
//   search_prior is the static ranking (core/food/ranking.ts); search_rank is the food's rowid in
//   food_fts: SR24 foods are numbered 1…n by prior (custom foods and recipes are in user_food_fts).
export const migration002Food: Migration = {
  version: 2,
  name: 'food: foods, measures, search, custom foods, recipes, meal slots, diary, day status',
  up(db) {
    db.exec(`
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
      CREATE INDEX food_source ON food(source, archived);

      CREATE TABLE food_measure (
        id INTEGER PRIMARY KEY,
        food_id INTEGER NOT NULL REFERENCES food(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        amount REAL NOT NULL CHECK (amount > 0),
        name TEXT NOT NULL,
        grams REAL NOT NULL CHECK (grams > 0)
      );
      CREATE INDEX food_measure_food ON food_measure(food_id, position);

      -- Stemmed name terms (core/food/text.ts). Contentless: only rowids come back. SR24 foods
      -- (rowid = food.search_rank, their order by prior) and the user's own foods (rowid = food.id)
      -- are indexed apart, so a query over one never reads the other's postings.
      CREATE VIRTUAL TABLE food_fts USING fts5(
        terms, content='', contentless_delete=1, detail='none', prefix='1 2 3 4 5 6', tokenize='unicode61'
      );
      CREATE VIRTUAL TABLE user_food_fts USING fts5(
        terms, content='', contentless_delete=1, detail='none', prefix='1 2 3 4 5 6', tokenize='unicode61'
      );

      CREATE TABLE recipe (
        food_id INTEGER PRIMARY KEY REFERENCES food(id),
        servings REAL NOT NULL CHECK (servings > 0),
        cooked_weight_g REAL CHECK (cooked_weight_g IS NULL OR cooked_weight_g > 0)
      );
      CREATE TABLE recipe_ingredient (
        id INTEGER PRIMARY KEY,
        recipe_id INTEGER NOT NULL REFERENCES recipe(food_id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        food_id INTEGER NOT NULL,
        grams REAL NOT NULL CHECK (grams > 0),
        qty REAL NOT NULL,
        unit TEXT NOT NULL
      );
      CREATE INDEX recipe_ingredient_recipe ON recipe_ingredient(recipe_id, position);
      CREATE INDEX recipe_ingredient_food ON recipe_ingredient(food_id);

      CREATE TABLE meal_slot (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
        position INTEGER NOT NULL
      );
      INSERT INTO meal_slot (id, name, position) VALUES (1, 'Breakfast', 1), (2, 'Lunch', 2), (3, 'Dinner', 3), (4, 'Snacks', 4);

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
      CREATE INDEX diary_entry_day ON diary_entry(date, slot_id, position) WHERE deleted_at IS NULL;
      CREATE INDEX diary_entry_food ON diary_entry(food_id, date) WHERE deleted_at IS NULL;

      -- complete: NULL = as logged (complete once something is logged), 0 = marked incomplete
      -- (missing data), 1 = marked complete. fast = a deliberate fast: counts as what is logged (0).
      CREATE TABLE diary_day (
        date TEXT PRIMARY KEY,
        complete INTEGER CHECK (complete IS NULL OR complete IN (0,1)),
        fast INTEGER NOT NULL DEFAULT 0 CHECK (fast IN (0,1))
      );

      -- Recent and frequent foods, kept in step with the live diary entries.
      CREATE TABLE food_usage (
        food_id INTEGER PRIMARY KEY,
        uses INTEGER NOT NULL,
        last_date TEXT NOT NULL,
        last_at TEXT NOT NULL,
        last_qty REAL,
        last_unit TEXT
      );
    `);
  },
};
