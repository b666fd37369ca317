import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/main/errors';
import { migrate, openDatabase, schemaVersion } from '../../../src/main/store/db';
import { LATEST_SCHEMA_VERSION, migrations, type Migration } from '../../../src/main/store/migrations';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hp-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('migration registry', () => {
  it('has unique versions and the latest is the highest', () => {
    const versions = migrations.map((m) => m.version);
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions.every((v) => Number.isInteger(v) && v > 0)).toBe(true);
    expect(LATEST_SCHEMA_VERSION).toBe(Math.max(...versions));
  });

  it('a fresh database ends at the latest version', () => {
    const db = openDatabase(':memory:');
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
  });
});

describe('migration 1 (core: profile, settings, weigh-ins)', () => {
  it('creates the tables that take profile, settings and weigh-in rows', () => {
    const db = openDatabase(':memory:', { targetVersion: 1 });
    expect(schemaVersion(db)).toBe(1);
    db.prepare(
      `INSERT INTO profile (id, sex, birth_date, height_cm, updated_at) VALUES (1, 'female', '1990-03-04', 168.5, '2026-01-01T00:00:00Z')`,
    ).run();
    db.prepare(`INSERT INTO settings (key, value) VALUES ('theme', 'dark')`).run();
    db.prepare(`INSERT INTO weigh_ins (date, weight_kg, body_fat_pct, created_at) VALUES ('2026-01-02', 70.2, 24.5, 'now')`).run();
    const p = db.prepare('SELECT * FROM profile').get() as Record<string, unknown>;
    // Defaults a first profile gets without naming them.
    expect(p).toMatchObject({ weight_unit: 'kg', distance_unit: 'km', week_start: 'monday', activity_level: 'moderate', body_fat_pct: null });
    expect(db.prepare('SELECT weight_kg, source FROM weigh_ins').get()).toEqual({ weight_kg: 70.2, source: 'manual' });
    expect(db.prepare(`SELECT value FROM settings WHERE key = 'theme'`).get()).toEqual({ value: 'dark' });
  });

  it('enforces the single profile row and the stored ranges', () => {
    const db = openDatabase(':memory:', { targetVersion: 1 });
    const ins = db.prepare(`INSERT INTO profile (id, sex, birth_date, height_cm, updated_at) VALUES (?, ?, '1990-01-01', 170, 'now')`);
    expect(() => ins.run(2, 'male')).toThrow(/CHECK/);
    expect(() => ins.run(1, 'other')).toThrow(/CHECK/);
    const w = db.prepare(`INSERT INTO weigh_ins (date, weight_kg, created_at) VALUES ('2026-01-01', ?, 'now')`);
    expect(() => w.run(19.9)).toThrow(/CHECK/);
    expect(() => w.run(400.1)).toThrow(/CHECK/);
    expect(() => w.run(20)).not.toThrow();
  });
});

describe('migrate()', () => {
  it('runs each migration in a transaction: a failing step leaves the previous version intact', () => {
    const list: Migration[] = [
      { version: 1, name: 'one', up: (db) => db.exec('CREATE TABLE a (x INTEGER)') },
      {
        version: 2,
        name: 'broken',
        up: (db) => {
          db.exec('CREATE TABLE b (y INTEGER)');
          throw new Error('boom');
        },
      },
    ];
    const db = new Database(':memory:');
    expect(() => migrate(db, list)).toThrow('boom');
    expect(schemaVersion(db)).toBe(1);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all();
    expect(tables).toEqual([{ name: 'a' }]);
  });

  it('applies migrations in version order whatever order they are registered in', () => {
    const order: number[] = [];
    const step = (version: number): Migration => ({ version, name: `m${version}`, up: () => void order.push(version) });
    const db = new Database(':memory:');
    migrate(db, [step(3), step(1), step(2)]);
    expect(order).toEqual([1, 2, 3]);
    expect(schemaVersion(db)).toBe(3);
    migrate(db, [step(3), step(1), step(2), step(4)]);
    expect(order).toEqual([1, 2, 3, 4]);
  });
});

describe('openDatabase()', () => {
  it('turns on WAL and foreign keys for a file database', () => {
    const db = openDatabase(join(dir, 'a.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('creates missing parent folders', () => {
    const file = join(dir, 'nested', 'deeper', 'x.db');
    openDatabase(file).close();
    expect(existsSync(file)).toBe(true);
  });

  it('refuses a database written by a newer version, with a clear message, leaving the file unchanged', () => {
    const file = join(dir, 'newer.db');
    // A database from the future: rollback journal (as an old SQLite tool would leave it) and a higher version.
    const future = new Database(file);
    future.exec('CREATE TABLE from_the_future (x)');
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    future.close();
    const before = readFileSync(file);
    copyFileSync(file, join(dir, 'copy.db'));

    let error: unknown;
    try {
      openDatabase(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('db_too_new');
    expect((error as AppError).message).toMatch(/newer version of Hybrid Planner/);
    expect((error as AppError).message).toContain(`schema version ${LATEST_SCHEMA_VERSION + 5}`);
    expect((error as AppError).message).toMatch(/not changed/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });
});
