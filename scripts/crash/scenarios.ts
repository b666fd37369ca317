// What the crash harness kills writers during. A scenario is one object: how its database starts,
// what the child writes (acknowledging each write in the ack file only after its commit returned),
// and what must hold after a SIGKILL. Adding one (an import, say) is adding an entry here.
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { call } from '../../src/main/core/dispatch';
import type { CoreContext } from '../../src/main/core/context';
import { openDatabase, schemaVersion } from '../../src/main/store/db';
import { LATEST_SCHEMA_VERSION } from '../../src/main/store/migrations';
import { addDays } from '../../src/shared/dates';

export const TODAY = '2026-11-26';

export interface Ack {
  t: string;
  id?: number;
  [k: string]: unknown;
}

export interface Scenario {
  name: string;
  /** Kills wanted, spread over `lanes` writers killed side by side, each on its own database. */
  kills: number;
  lanes: number;
  /** Harness: the database a writer starts from; called once per lane, and before every kill when `fresh`. */
  prepare(dbPath: string, template: string): void;
  fresh: boolean;
  /** Harness, once before any lane: a template database `prepare` may copy (optional). */
  template?(path: string): void;
  /** How long after the writer says it is ready a kill may land: fixed, or measured from one run left alone (null). */
  windowMs: number | null;
  /** Child: write until killed, calling `ready()` just before the work the kill should interrupt. */
  write(dbPath: string, ack: (a: Ack) => void, ready: () => void): void | Promise<void>;
  /** Harness, after the kill: what is wrong with the database, given the acknowledged writes. */
  verify(db: Database.Database, acks: Ack[]): string[];
  /** Harness, after the kill: the state the kill left, tallied in the summary (where kills landed). */
  state?(db: Database.Database): string;
}

function context(dbPath: string): CoreContext {
  return { db: openDatabase(dbPath), dbPath, today: () => TODAY, now: () => new Date(`${TODAY}T12:00:00Z`) };
}

// Bursts of single entries: each acknowledged one must be there, exactly as written.
const entries: Scenario = {
  name: 'entries (weight, food, sets)',
  kills: 100,
  lanes: 2,
  fresh: false,
  windowMs: 400,
  prepare: (dbPath) => openDatabase(dbPath).close(),
  write(dbPath, ack, ready) {
    const ctx = context(dbPath);
    // Values differ between runs, so an ack can only match the row its own run wrote.
    let i = Math.floor(Math.random() * 1e6);
    ready();
    for (;;) {
      i++;
      const date = addDays('2026-01-01', i % 300);
      if (i % 3 === 0) {
        const kg = 50 + (i % 3000) / 100;
        ack({ t: 'weight', id: call(ctx, 'weight.add', { date, weightKg: kg }).id, kg });
      } else if (i % 3 === 1) {
        const kg = 20 + (i % 200);
        const reps = 1 + (i % 10);
        ack({ t: 'set', id: call(ctx, 'set.add', { date, exercise: 'Back Squat', weightKg: kg, reps }).id, kg, reps });
      } else {
        const kcal = i % 5000;
        ack({ t: 'meal', id: call(ctx, 'meal.add', { date, meal: 'Breakfast', quick: { kcal, label: `crash ${i}` } }).id, kcal });
      }
    }
  },
  verify(db, acks) {
    const problems: string[] = [];
    const weight = db.prepare('SELECT weight_kg FROM weigh_ins WHERE id = ?').pluck();
    const set = db.prepare('SELECT weight_kg, reps FROM lift_sets WHERE id = ?');
    const meal = db.prepare('SELECT kcal FROM diary_entry WHERE id = ? AND deleted_at IS NULL').pluck();
    for (const a of acks) {
      const ok =
        a.t === 'weight'
          ? weight.get(a.id) === a.kg
          : a.t === 'set'
            ? JSON.stringify(set.get(a.id)) === JSON.stringify({ weight_kg: a.kg, reps: a.reps })
            : meal.get(a.id) === a.kcal;
      if (!ok) problems.push(`acknowledged ${a.t} #${a.id} is missing or changed`);
    }
    return problems;
  },
};

const DEMO_TABLES = ['weigh_ins', 'training_sessions', 'lift_sets', 'diary_entry', 'sleep_nights', 'profile'];
const counts = (db: Database.Database) => DEMO_TABLES.map((t) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number);
let demoCounts: number[] | null = null;

// One bulk write (twelve weeks of history in one transaction): after a kill, all of it or none.
const demo: Scenario = {
  name: 'bulk write (demo load)',
  kills: 20,
  lanes: 2,
  fresh: true,
  windowMs: null,
  template(path) {
    openDatabase(path).close();
    // The complete result, to compare against: the same load, left alone.
    const ref = { db: openDatabase(':memory:'), dbPath: ':memory:', today: () => TODAY, now: () => new Date(`${TODAY}T12:00:00Z`) };
    call(ref, 'demo.load', {});
    demoCounts = counts(ref.db);
    ref.db.close();
  },
  prepare(dbPath, template) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
    copyFileSync(template, dbPath);
  },
  write(dbPath, ack, ready) {
    const ctx = context(dbPath);
    ready();
    const r = call(ctx, 'demo.load', {});
    ack({ t: 'demo', days: r.days });
    ctx.db.close();
  },
  verify(db, acks) {
    const now = counts(db);
    const none = now.every((n) => n === 0);
    const all = JSON.stringify(now) === JSON.stringify(demoCounts);
    if (!none && !all) return [`partial demo load: ${DEMO_TABLES.map((t, i) => `${t} ${now[i]}`).join(', ')} (complete: ${demoCounts?.join(', ')})`];
    if (acks.length && !all) return ['the demo load was acknowledged but is not all there'];
    return [];
  },
  state: (db) => (counts(db).every((n) => n === 0) ? 'nothing loaded' : 'all loaded'),
};

const OLD_VERSION = 3;
const OLD_WEIGH_INS = 20_000;
const OLD_DIARY_ENTRIES = 100_000;

// Opening a database from before the energy release, killed while it migrates: the next step indexes
// every diary entry, so with a few years of them the kills land inside real migration work. Each step
// is its own transaction: the file stays at some version with all its data, and the next open finishes.
const migration: Scenario = {
  name: `migration (version ${OLD_VERSION} → ${LATEST_SCHEMA_VERSION})`,
  kills: 30,
  lanes: 2,
  fresh: true,
  windowMs: null,
  template(path) {
    const db = openDatabase(path, { targetVersion: OLD_VERSION });
    const weighIn = db.prepare("INSERT INTO weigh_ins (date, weight_kg, created_at) VALUES (?, ?, '2020-01-01T00:00:00Z')");
    const entry = db.prepare("INSERT INTO diary_entry (date, slot_id, position, kind, name, kcal, created_at) VALUES (?, ?, ?, 'quick', 'Quick add', ?, '2020-01-01T00:00:00Z')");
    db.transaction(() => {
      for (let i = 0; i < OLD_WEIGH_INS; i++) weighIn.run(addDays('1960-01-01', i), 60 + (i % 400) / 10);
      for (let i = 0; i < OLD_DIARY_ENTRIES; i++) entry.run(addDays('1960-01-01', Math.floor(i / 5)), 1 + (i % 4), i % 5, (i * 37) % 1500);
    })();
    db.close();
  },
  prepare(dbPath, template) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
    copyFileSync(template, dbPath);
  },
  write(dbPath, ack, ready) {
    ready();
    openDatabase(dbPath).close();
    ack({ t: 'migrated' });
  },
  verify(db, acks) {
    const problems: string[] = [];
    const version = schemaVersion(db);
    if (version < OLD_VERSION || version > LATEST_SCHEMA_VERSION) problems.push(`schema version ${version} after the kill`);
    if (acks.length && version !== LATEST_SCHEMA_VERSION) problems.push(`migration acknowledged but the file is at version ${version}`);
    const n = db.prepare('SELECT count(*) FROM weigh_ins').pluck().get() as number;
    if (n !== OLD_WEIGH_INS) problems.push(`${n} of ${OLD_WEIGH_INS} weigh-ins after the kill`);
    const e = db.prepare('SELECT count(*) FROM diary_entry').pluck().get() as number;
    if (e !== OLD_DIARY_ENTRIES) problems.push(`${e} of ${OLD_DIARY_ENTRIES} diary entries after the kill`);
    return problems;
  },
  state: (db) => `at version ${schemaVersion(db)}`,
};

const IMPORT_TABLES = ['training_sessions', 'lift_sets', 'import_batch', 'import_row'];
const importCounts = (db: Database.Database) => IMPORT_TABLES.map((t) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number);
let importComplete: number[] | null = null;

/** A Strong export of `workouts` sessions of 20 sets each (semicolon dialect, kg). */
function strongExport(path: string, workouts: number): void {
  const lines = ['Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes'];
  for (let w = 0; w < workouts; w++) {
    const date = `${addDays('2020-01-06', w * 2)} 18:00:00`;
    for (let set = 0; set < 20; set++) {
      const exercise = ['Squat (Barbell)', 'Bench Press (Barbell)', 'Deadlift (Barbell)', 'Overhead Press (Barbell)'][set % 4];
      lines.push(`${date};"Strength";"${exercise}";${Math.floor(set / 4) + 1};${60 + (w % 40)};kg;${3 + (set % 6)};;;;0;"";""`);
    }
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

async function importFile(ctx: CoreContext, path: string): Promise<void> {
  let job = call(ctx, 'imports.preview', { path });
  while (job.status === 'parsing') {
    await sleep(5);
    job = call(ctx, 'imports.progress', { jobId: job.jobId });
  }
  if (job.status !== 'ready') throw new Error(`import not ready: ${job.status} ${job.error ?? ''}`);
  call(ctx, 'imports.commit', { jobId: job.jobId });
}

// An import (a Strong export of 6,000 sets, read and committed in one transaction): after a kill, the
// whole import with its undo record, or nothing.
const importing: Scenario = {
  name: 'import (Strong CSV, 6,000 sets)',
  kills: 20,
  lanes: 2,
  fresh: true,
  windowMs: null,
  template(path) {
    openDatabase(path).close();
    strongExport(`${path}.strong.csv`, 300);
  },
  prepare(dbPath, template) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
    copyFileSync(template, dbPath);
    copyFileSync(`${template}.strong.csv`, `${dbPath}.strong.csv`);
  },
  async write(dbPath, ack, ready) {
    const ctx = context(dbPath);
    ready();
    await importFile(ctx, `${dbPath}.strong.csv`);
    ack({ t: 'import', counts: importCounts(ctx.db) });
    ctx.db.close();
  },
  verify(db, acks) {
    const now = importCounts(db);
    const none = now.every((n) => n === 0);
    const complete = (acks.find((a) => a.t === 'import')?.counts as number[] | undefined) ?? importComplete;
    if (acks.length) importComplete = complete;
    if (none) return acks.length ? ['the import was acknowledged but nothing is there'] : [];
    if (now[0] === 0 || now[1] === 0 || now[2] !== 1 || now[3] === 0) return [`partial import: ${IMPORT_TABLES.map((t, i) => `${t} ${now[i]}`).join(', ')}`];
    if (complete && JSON.stringify(now) !== JSON.stringify(complete)) return [`partial import: ${now.join(', ')} against ${complete.join(', ')}`];
    return [];
  },
  state: (db) => (importCounts(db).every((n) => n === 0) ? 'nothing imported' : 'all imported'),
};

export const scenarios: Scenario[] = [entries, demo, migration, importing];

/** After every kill the file must open in the app again (finishing any migration the kill cut short). */
export function reopens(dbPath: string): string[] {
  try {
    const db = openDatabase(dbPath);
    const version = schemaVersion(db);
    db.close();
    return version === LATEST_SCHEMA_VERSION ? [] : [`reopened at version ${version}`];
  } catch (err) {
    return [`does not reopen: ${err instanceof Error ? err.message : String(err)}`];
  }
}
