import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/store/db';
import { BUILTIN_EXERCISES_V3, DEFAULT_TEMPLATES_V3, exerciseKey } from '../../../src/main/store/migrations/003_training';

describe('migration 3 (training)', () => {
  it('creates the training tables and seeds the catalogue and templates', () => {
    const db = openDatabase(':memory:', { targetVersion: 3 });
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['training_sessions', 'lift_sets', 'exercises', 'exercise_aliases', 'routines', 'routine_items', 'session_templates', 'sleep_nights']));
    expect(db.prepare('SELECT COUNT(*) AS n FROM exercises WHERE builtin = 1').get()).toEqual({ n: BUILTIN_EXERCISES_V3.length });
    expect(db.prepare('SELECT COUNT(*) AS n FROM session_templates').get()).toEqual({ n: DEFAULT_TEMPLATES_V3.length });
    for (const name of ['Back Squat', 'Front Squat', 'Deadlift', 'Romanian Deadlift', 'Bench Press', 'Overhead Press', 'Barbell Row', 'Pull-up', 'Chin-up', 'Dip', 'Hip Thrust', 'Lunge', 'Leg Press']) {
      expect(db.prepare('SELECT name FROM exercises WHERE name_key = ?').get(exerciseKey(name))).toEqual({ name });
    }
  });

  it('keeps every alias unambiguous: no alias equals another exercise’s name or a second alias', () => {
    const names = new Map(BUILTIN_EXERCISES_V3.map((e) => [exerciseKey(e.name), e.name]));
    const seen = new Map<string, string>();
    for (const e of BUILTIN_EXERCISES_V3) {
      for (const a of e.aliases) {
        const k = exerciseKey(a);
        expect(names.get(k) ?? e.name, `alias ${a}`).toBe(e.name);
        expect(seen.get(k) ?? e.name, `alias ${a}`).toBe(e.name);
        seen.set(k, e.name);
      }
    }
  });

  it('enforces the stored ranges in the schema too', () => {
    const db = openDatabase(':memory:');
    const ins = db.prepare(
      `INSERT INTO training_sessions (date, start_time, minutes, kind, rpe, load_au, created_at, updated_at) VALUES ('2026-11-24', '07:00', ?, 'zone2', ?, 0, 'x', 'x')`,
    );
    expect(() => ins.run(0, 5)).toThrow(/CHECK/);
    expect(() => ins.run(30, 11)).toThrow(/CHECK/);
    expect(() => ins.run(30, 5)).not.toThrow();
    expect(() => db.prepare(`INSERT INTO sleep_nights (date, bed_date, bed_time, wake_time, hours, created_at, updated_at) VALUES ('2026-11-24','2026-11-23','22:00','07:00',21,'x','x')`).run()).toThrow(/CHECK/);
  });
});
