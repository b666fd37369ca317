import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../../src/main/cli/run';
import { AppError } from '../../../src/main/errors';
import { openDatabase } from '../../../src/main/store/db';
import { APPLICATION_ID } from '../../../src/main/store/migrations/007_identity';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hp-identity-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function refused(file: string): AppError {
  try {
    openDatabase(file).close();
  } catch (err) {
    return err as AppError;
  }
  throw new Error(`${file} was opened`);
}

describe('ours or refused', () => {
  it('stamps a new database, and a database of an earlier version, with our application id', () => {
    const file = join(dir, 'new.db');
    const db = openDatabase(file);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
    const old = join(dir, 'old.db');
    openDatabase(old, { targetVersion: 6 }).close();
    const raw = new Database(old);
    expect(raw.pragma('application_id', { simple: true })).toBe(0);
    raw.close();
    const reopened = openDatabase(old);
    expect(reopened.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    reopened.close();
  });

  it("refuses another program's SQLite file, an empty file and a file that is not SQLite, leaving each byte for byte", () => {
    const foreign = join(dir, 'other-app.db');
    const other = new Database(foreign);
    other.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)');
    other.prepare('INSERT INTO notes (text) VALUES (?)').run('keep me');
    other.close();
    const stamped = join(dir, 'stamped.db');
    const s = new Database(stamped);
    s.pragma('application_id = 42');
    s.close();
    const empty = join(dir, 'empty.db');
    writeFileSync(empty, '');
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'not a database at all, but long enough to have a header');
    for (const [file, why] of [
      [foreign, /its tables are not ours/],
      [stamped, /another program made it/],
      [empty, /the file is empty/],
      [text, /not a SQLite file/],
    ] as const) {
      const before = readFileSync(file);
      const err = refused(file);
      expect(err).toBeInstanceOf(AppError);
      expect(err.code).toBe('foreign_file');
      expect(err.message).toMatch(why);
      expect(readFileSync(file).equals(before), file).toBe(true);
      expect(existsSync(`${file}-wal`), file).toBe(false);
    }
  });

  it('a command that only reads creates no file and no folder; one that writes does', async () => {
    const missing = join(dir, 'typo', 'nested', 'me.db');
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t), env: { HYBRID_PLANNER_QUIET: '1' } };
    for (const argv of [['weight', 'list'], ['report'], ['session', 'list'], ['profile', 'show']]) {
      expect(await run([...argv, '--db', missing], io), argv.join(' ')).toBe(1);
      expect(existsSync(join(dir, 'typo')), argv.join(' ')).toBe(false);
    }
    expect(err.at(-1)).toMatch(/no Hybrid Planner database at .* only reads, so nothing was created/);
    expect(await run(['weight', 'add', '--date', '2026-11-20', '--kg', '80', '--db', missing], io)).toBe(0);
    expect(existsSync(missing)).toBe(true);
    expect(await run(['weight', 'list', '--db', missing], io)).toBe(0);
  });
});
