import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { call } from '../../../src/main/core/dispatch';
import { createExport } from '../../../src/main/core/exports/create';
import { TABLE_NAMES, TABLES, type ColumnType } from '../../../src/main/core/exports/tables';
import { migrate } from '../../../src/main/store/db';
import { migrations } from '../../../src/main/store/migrations';

const doc = readFileSync(join(__dirname, '../../../docs/export-format.md'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'hp-export-format-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The documented columns of one table: its section's table rows, name → type word. */
function documented(table: string): Map<string, string> {
  const section = doc.split(/^### /m).find((s) => s.startsWith(`${table}\n`) || s.startsWith(`${table} `));
  if (!section) return new Map();
  return new Map([...section.matchAll(/^\| (\w+) \| (\w+) \|/gm)].filter((m) => m[1] !== 'column').map((m) => [m[1], m[2]]));
}

const TYPE_WORDS: Record<ColumnType, string[]> = { s: ['text', 'date', 'time'], n: ['number'], b: ['boolean'], j: ['JSON'] };

describe('the export format', () => {
  it.each(TABLE_NAMES)('documents every column of %s with its type, and nothing else', (table) => {
    const cols = documented(table);
    const spec = Object.entries(TABLES[table]) as [string, ColumnType][];
    expect([...cols.keys()]).toEqual(spec.map(([c]) => c));
    for (const [c, t] of spec) expect(TYPE_WORDS[t], `${table}.${c}`).toContain(cols.get(c));
  });

  it('writes one CSV per table with exactly the documented header, and the header file', () => {
    const db = new Database(':memory:');
    migrate(db, migrations);
    const ctx = { db, dbPath: ':memory:', today: () => '2026-03-01', now: () => new Date('2026-03-01T12:00:00Z') };
    call(ctx, 'weight.add', { date: '2026-02-27', weightKg: 81.25, bodyFatPct: 18 });
    call(ctx, 'sleep.add', { date: '2026-02-28', bed: '22:45', wake: '06:30', notes: 'woke at 3, "twice"' });
    const file = join(dir, 'e.zip');
    const r = createExport(ctx, call, 'csv', file);
    expect(r.counts).toMatchObject({ weighIns: 1, sleep: 1, sessions: 0 });
    const files = unzipSync(readFileSync(file));
    expect(Object.keys(files).sort()).toEqual(['hybrid-planner-export.json', ...TABLE_NAMES.map((t) => `${t}.csv`)].sort());
    expect(JSON.parse(strFromU8(files['hybrid-planner-export.json']))).toMatchObject({ format: 'hybrid-planner-export', version: 1, schemaVersion: migrations.length });
    for (const t of TABLE_NAMES) expect(strFromU8(files[`${t}.csv`]).split('\r\n')[0]).toBe(Object.keys(TABLES[t]).join(','));
    expect(strFromU8(files['weighIns.csv'])).toBe('date,weightKg,bodyFatPct\r\n2026-02-27,81.25,18\r\n');
    expect(strFromU8(files['sleep.csv']).split('\r\n')[1]).toBe('2026-02-28,2026-02-27,22:45,06:30,7.75,false,,"woke at 3, ""twice"""');
    db.close();
  });
});
