import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../../src/main/cli/run';
import { AppError } from '../../../src/main/errors';
import { openDatabase } from '../../../src/main/store/db';
import { backupFolder } from '../../../src/main/store/backupFiles';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hp-integrity-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A database of ours with weigh-ins, then one byte flipped in the header of the weigh-ins table's page. */
function damagedDatabase(): string {
  const file = join(dir, 'diary.db');
  const db = openDatabase(file);
  const insert = db.prepare("INSERT INTO weigh_ins (date, weight_kg, source, created_at) VALUES (?, ?, 'manual', '2026-01-01T00:00:00Z')");
  for (let i = 1; i <= 28; i++) insert.run(`2026-02-${String(i).padStart(2, '0')}`, 80 + i / 10);
  const root = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'weigh_ins'").pluck().get() as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const bytes = readFileSync(file);
  // Byte 0 of a b-tree page is its type (13 for a table leaf); 0x42 is no type at all.
  bytes[(root - 1) * pageSize] = 0x42;
  writeFileSync(file, bytes);
  return file;
}

function refusal(file: string): AppError {
  try {
    openDatabase(file).close();
  } catch (err) {
    return err as AppError;
  }
  throw new Error(`${file} was opened`);
}

describe('integrity on open', () => {
  it('refuses a damaged file, leaves it byte for byte, and says there is no backup yet', () => {
    const file = damagedDatabase();
    const before = readFileSync(file);
    const err = refusal(file);
    expect(err.code).toBe('damaged');
    expect(err.message).toContain(`${file} is damaged`);
    expect(err.message).toContain('It was not changed');
    expect(err.message).toContain('There is no backup');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('names the latest backup and the restore command, and the CLI exits 1 without touching the file', async () => {
    const file = damagedDatabase();
    const folder = backupFolder(file);
    mkdirSync(folder);
    const older = join(folder, 'hybrid-planner-20260101T080000Z-auto.db');
    const newer = join(folder, 'hybrid-planner-20260301T080000Z-manual.db');
    for (const f of [older, newer]) new Database(f).close();
    const before = readFileSync(file);
    const err = refusal(file);
    expect(err.message).toContain(`The latest backup is ${newer}`);
    expect(err.message).toContain(`hybrid-planner restore ${newer} --db ${file}`);

    const out: string[] = [];
    const errs: string[] = [];
    const code = await run(['weight', 'add', '--date', '2026-03-02', '--kg', '80', '--db', file, '--json'], { out: (t) => out.push(t), err: (t) => errs.push(t), env: {} });
    expect(code).toBe(1);
    expect(JSON.parse(errs[0]).error.code).toBe('damaged');
    expect(out).toEqual([]);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('opens an intact database as before', () => {
    const file = join(dir, 'fine.db');
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    db.close();
  });
});
