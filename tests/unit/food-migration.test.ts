import { describe, expect, it } from 'vitest';
import { migrate, openDatabase, schemaVersion } from '../../src/main/store/db';
import { migrations } from '../../src/main/store/migrations';

describe('migration 2 (food)', () => {
  it('adds the food tables to a version-1 database without touching its data', () => {
    const db = openDatabase(':memory:', { targetVersion: 1 });
    db.prepare("INSERT INTO weigh_ins (date, weight_kg, created_at) VALUES ('2026-01-01', 80, 'x')").run();
    expect(schemaVersion(db)).toBe(1);
    migrate(db, migrations, 2);
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT COUNT(*) FROM weigh_ins').pluck().get()).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['food', 'food_measure', 'food_fts', 'recipe', 'recipe_ingredient', 'meal_slot', 'diary_entry', 'diary_day', 'food_usage']));
    expect(db.prepare('SELECT name FROM meal_slot ORDER BY position').pluck().all()).toEqual(['Breakfast', 'Lunch', 'Dinner', 'Snacks']);
    // SR24 foods are built on first use, not in the migration (keeps opening a database fast).
    expect(db.prepare('SELECT COUNT(*) FROM food').pluck().get()).toBe(0);
  });

  it('rejects a diary entry with a negative energy or a zero weight at the database level', () => {
    const db = openDatabase(':memory:');
    const ins = db.prepare("INSERT INTO diary_entry (date, slot_id, position, kind, name, grams, kcal, created_at) VALUES ('2026-01-01', 1, 1, 'food', 'x', ?, ?, 'x')");
    expect(() => ins.run(100, -1)).toThrow(/CHECK/);
    expect(() => ins.run(0, 10)).toThrow(/CHECK/);
  });
});
