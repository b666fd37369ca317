import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dailyIntake } from '../../src/main/core/diary/daily';
import { migrate, openDatabase } from '../../src/main/store/db';
import { migrations } from '../../src/main/store/migrations';
import { energyTriggersV4 } from '../../src/main/store/migrations/004_energy';
import { foodTestContext } from './food-helpers';

/** The SQL texts a function prepares while it runs (to ask SQLite how it would run them). */
function preparedBy(db: Database.Database, run: () => void): string[] {
  const seen: string[] = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    seen.push(sql);
    return prepare(sql);
  }) as typeof db.prepare;
  try {
    run();
  } finally {
    db.prepare = prepare;
  }
  return seen;
}

describe('migration 4 (energy: the index for whole-history intake reads, stored filter states)', () => {
  it('migrates a version-3 diary in place: rows kept, the index added, daily totals unchanged', () => {
    const db = openDatabase(':memory:', { targetVersion: 3 });
    db.prepare("INSERT INTO diary_entry (date, slot_id, position, kind, name, kcal, protein_g, nutrients, created_at) VALUES ('2026-11-20', 1, 1, 'quick', 'Oats', 400, 12, '{}', 'x')").run();
    const before = dailyIntake(db, '2026-11-19', '2026-11-21');
    migrate(db, migrations, 4);
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'diary_entry_day_totals'").get()).toBeTruthy();
    expect(dailyIntake(db, '2026-11-19', '2026-11-21')).toEqual(before);
    // The checkpoint table, and a trigger per input table and write kind that retires stale checkpoints.
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'energy_checkpoint'").get()).toBeTruthy();
    const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'energy_stale_%' ORDER BY name").pluck().all();
    expect(triggers).toEqual(energyTriggersV4().map((t) => t.name).sort());
    expect(triggers).toHaveLength(15);
    expect(before[1]).toMatchObject({ intakeKcal: 400, proteinG: 12, carbsG: null });
  });

  it("dailyIntake's per-day totals are answered from the index alone (no wide diary rows read)", () => {
    const ctx = foodTestContext('2026-11-26');
    const sqls = preparedBy(ctx.db, () => dailyIntake(ctx.db, '2016-11-26', '2026-11-26'));
    const totals = sqls.find((s) => /FROM diary_entry/.test(s) && /GROUP BY date/.test(s));
    expect(totals, 'dailyIntake sums diary_entry per day').toBeDefined();
    // The reader may bound the days or sum the whole history (food caches the totals per connection).
    const params = ['2016-11-26', '2026-11-26'].slice(0, (totals!.match(/\?/g) ?? []).length);
    const plan = (ctx.db.prepare(`EXPLAIN QUERY PLAN ${totals}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan).toMatch(/COVERING INDEX diary_entry_day_totals/);
  });
});

describe('migration 6 (the filter states move into memory)', () => {
  it('drops the checkpoint table and its triggers, keeping the intake index', () => {
    const db = openDatabase(':memory:', { targetVersion: 5 });
    expect(db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'energy_checkpoint' OR name LIKE 'energy_stale_%'").pluck().get()).toBe(16);
    migrate(db, migrations, 6);
    expect(db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'energy_checkpoint' OR name LIKE 'energy_stale_%'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'diary_entry_day_totals'").get()).toBeTruthy();
  });
});
