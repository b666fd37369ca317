import type { Migration } from './index';

// Energy: no tables of its own (the expenditure estimate is computed from the other domains' records
// on every call, so history never goes stale). What it adds is an index for its hottest read: the
// filter runs from the first weigh-in ever, so every energy.dashboard and report.get reads the whole
// diary's daily totals (core/food/daily.ts `dailyIntake`). Diary rows are wide (two nutrient JSON
// snapshots, ~1.4 kB), so that read through diary_entry_day visits ~1.8 kB of table per entry; this
// index holds exactly the columns that read needs (deleted_at as a column, not a partial-index
// condition, so SQLite can answer `deleted_at IS NULL` from the index alone) and halves its time on
// a ten-year diary (scripts/bench, report and dashboard figures).
export const migration004Energy: Migration = {
  version: 4,
  name: 'energy',
  up(db) {
    db.exec('CREATE INDEX diary_entry_day_totals ON diary_entry(date, deleted_at, kcal, protein_g, carbs_g, fat_g);');
  },
};
