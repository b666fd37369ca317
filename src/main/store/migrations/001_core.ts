import type { Migration } from './migration';

// Profile (one row), settings (key/value) and weigh-ins. Storage is metric: kg, cm.
export const migration001Core: Migration = {
  version: 1,
  name: 'core: profile, settings, weigh-ins',
  up(db) {
    db.exec(`
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
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      CREATE TABLE weigh_ins (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL,
        weight_kg REAL NOT NULL CHECK (weight_kg BETWEEN 20 AND 400),
        body_fat_pct REAL,
        source TEXT NOT NULL DEFAULT 'manual',
        created_at TEXT NOT NULL
      );
      CREATE INDEX weigh_ins_date ON weigh_ins(date);
    `);
  },
};
