import type { Migration } from './migration';

// Targets: the goal (history kept, the latest in force), the weekly check-ins (each a decision on a
// week's energy, with what the user saw) and energy targets fixed by hand or from the verdict's advice
// (the latest row covering a week wins; a row without energy ends an earlier fixed target).
export const migration010Targets: Migration = {
  version: 10,
  name: 'targets',
  up(db) {
    db.exec(`
      CREATE TABLE goals (
        id INTEGER PRIMARY KEY,
        set_on TEXT NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('lose', 'maintain', 'gain')),
        rate_pct REAL NOT NULL CHECK (rate_pct >= 0 AND rate_pct <= 2),
        protein_g_per_kg REAL NOT NULL CHECK (protein_g_per_kg >= 0.8 AND protein_g_per_kg <= 3.5)
      );
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
      CREATE INDEX target_checkins_week ON target_checkins (week_start, id);
      CREATE TABLE fixed_targets (
        id INTEGER PRIMARY KEY,
        from_week_start TEXT NOT NULL,
        to_week_start TEXT,
        energy_kcal INTEGER CHECK (energy_kcal IS NULL OR energy_kcal > 0),
        source TEXT NOT NULL CHECK (source IN ('hand', 'verdict')),
        set_on TEXT NOT NULL
      );
    `);
  },
};
