import type { Migration } from './migration';

// Energy: the expenditure filter runs from the first weigh-in ever, so every energy.dashboard and
// report.get reads the whole history. Two things keep that cheap on years of data:
//
// - diary_entry_day_totals: an index holding exactly the columns of food's per-day totals
//   (core/diary/daily.ts `dailyIntake`). Diary rows are wide (two nutrient JSON snapshots, ~1.4 kB),
//   so that read through diary_entry_day visits ~1.8 kB of table per entry. deleted_at is a column,
//   not a partial-index condition, so SQLite answers `deleted_at IS NULL` from the index alone.
// - energy_checkpoint: the filter's state at the start of a day (analysis/expenditureFilter.ts
//   FilterCheckpoint, as JSON), so a dashboard resumes from it and reads only the last months. It is
//   derived data: a checkpoint depends on the inputs of the days before it, so every write to those
//   inputs (weigh-ins, diary entries and day marks, sessions) deletes the checkpoints after the day
//   it touches, and a profile change deletes them all (the triggers below; core/energy/checkpoints.ts
//   checks they exist). `version` names the filter code that wrote the state.

/** Each input table and the column holding its day. */
export const ENERGY_INPUT_TABLES_V4: { table: string; day: string }[] = [
  { table: 'weigh_ins', day: 'date' },
  { table: 'diary_entry', day: 'date' },
  { table: 'diary_day', day: 'date' },
  { table: 'training_sessions', day: 'date' },
];

/** The invalidation triggers, by name (CREATE … IF NOT EXISTS, so they can be re-created). */
export function energyTriggersV4(): { name: string; sql: string }[] {
  const out: { name: string; sql: string }[] = [];
  for (const { table, day } of ENERGY_INPUT_TABLES_V4) {
    const on = (event: string, changed: string) => ({
      name: `energy_stale_${table}_${event.toLowerCase()}`,
      sql: `CREATE TRIGGER IF NOT EXISTS energy_stale_${table}_${event.toLowerCase()} AFTER ${event} ON ${table}
            BEGIN DELETE FROM energy_checkpoint WHERE date > ${changed}; END;`,
    });
    out.push(on('INSERT', `NEW.${day}`), on('UPDATE', `MIN(OLD.${day}, NEW.${day})`), on('DELETE', `OLD.${day}`));
  }
  for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
    const name = `energy_stale_profile_${event.toLowerCase()}`;
    out.push({ name, sql: `CREATE TRIGGER IF NOT EXISTS ${name} AFTER ${event} ON profile BEGIN DELETE FROM energy_checkpoint; END;` });
  }
  return out;
}

export const migration004Energy: Migration = {
  version: 4,
  name: 'energy',
  up(db) {
    db.exec(`
      CREATE INDEX diary_entry_day_totals ON diary_entry(date, deleted_at, kcal, protein_g, carbs_g, fat_g);

      CREATE TABLE energy_checkpoint (
        date TEXT PRIMARY KEY,
        version TEXT NOT NULL,
        state TEXT NOT NULL
      ) WITHOUT ROWID;
    `);
    for (const t of energyTriggersV4()) db.exec(t.sql);
  },
};
