// `import FILE`: the preview printed, committed unless --dry-run; a refused file exits non-zero and
// writes nothing; the history and undo.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../../src/main/cli/run';
import { fixture } from './helpers';

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hp-import-cli-'));
  db = join(dir, 'cli.db');
});

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await run([...args, '--db', db], {
    out: (t) => (out += `${t}\n`),
    err: (t) => (err += `${t}\n`),
    env: { HYBRID_PLANNER_TODAY: '2026-11-26', HYBRID_PLANNER_QUIET: '1', HOME: dir },
  });
  return { code, out, err };
}

describe('import FILE', () => {
  it('--dry-run prints the preview and writes nothing', async () => {
    const r = await cli('import', fixture('strong-semicolon.csv'), '--dry-run');
    expect(r.code).toBe(0);
    expect(r.out).toContain('strong-semicolon.csv: Strong (CSV)\nTo add: 2 sessions, 7 sets (2025-03-03 to 2025-03-05).');
    expect(r.out).toContain('Rows not imported: 1\n  line 11: Running (Treadmill): no reps (a timed or distance set, not a lifting set)');
    expect(r.out).toContain('Dry run: nothing was written.');
    expect(JSON.parse((await cli('session', 'list', '--from', '2025-01-01', '--to', '2025-12-31', '--json')).out)).toEqual([]);
  });

  it('commits, lists the import, a second run adds nothing, undo takes it back', async () => {
    const first = await cli('import', fixture('strong-semicolon.csv'), '--json');
    expect(first.code).toBe(0);
    const out = JSON.parse(first.out);
    expect(out.preview.counts).toMatchObject({ sessions: 2, sets: 7 });
    expect(out.result.batch).toMatchObject({ id: 1, format: 'strong-csv' });
    const again = await cli('import', fixture('strong-semicolon.csv'));
    expect(again.out).toContain('Nothing new to add.');
    expect(again.out).toContain('This file was imported before (import #1).');
    expect(again.out).toContain('Nothing new: nothing was written.');
    expect((await cli('imports', 'list')).out).toMatch(/1 +strong-semicolon\.csv +strong-csv/);
    expect((await cli('imports', 'undo', '--id', '1')).out).toContain('Undid #1 strong-semicolon.csv (strong-csv): 2 rows removed.');
    expect(JSON.parse((await cli('session', 'list', '--from', '2025-01-01', '--to', '2025-12-31', '--json')).out)).toEqual([]);
  });

  it('a file without a unit needs --unit; with it, the weights land in kg', async () => {
    const asked = await cli('import', fixture('mfp-measurement.csv'));
    expect(asked.code).toBe(1);
    expect(asked.out).toContain('Question: This file gives weights without a unit. Are they kilograms or pounds? (--unit kg|lb)');
    expect(asked.err).toContain('gives weights without a unit: say whether they are kg or lb (CLI: --unit kg|lb).');
    expect(JSON.parse((await cli('weight', 'list', '--json')).out)).toEqual([]);
    expect((await cli('import', fixture('mfp-measurement.csv'), '--unit', 'lb')).code).toBe(0);
    expect(JSON.parse((await cli('weight', 'list', '--from', '2025-06-01', '--to', '2025-06-02', '--json')).out).map((w: { weightKg: number }) => w.weightKg)).toEqual([81.56, 81.83]);
  });

  it('a refused file exits 1 with the reason and writes nothing', async () => {
    const r = await cli('import', fixture('unknown.txt'), '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.err).error.message).toMatch(/unknown\.txt is not a format we recognise\. Formats we import:/);
    expect((await cli('imports', 'list')).out).toContain('Nothing imported yet.');
    expect((await cli('import', fixture('empty.csv'))).err).toContain('empty.csv is empty (0 bytes)');
  });
});

describe('import FILE with our own export', () => {
  it('restores it whole into an empty database (the same report), refuses a non-empty one, and the import screen points to it', async () => {
    const cliAt = async (file: string, ...args: string[]) => {
      let out = '';
      let err = '';
      const code = await run([...args, '--db', file], { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), env: { HYBRID_PLANNER_TODAY: '2026-11-26', HYBRID_PLANNER_QUIET: '1', HOME: dir } });
      return { code, out, err };
    };
    expect((await cli('demo')).code).toBe(0);
    const exported = join(dir, 'all.json');
    expect((await cli('export', '--format', 'json', '--out', exported)).code).toBe(0);

    const fresh = join(dir, 'fresh.db');
    const dry = await cliAt(fresh, 'import', exported, '--dry-run', '--json');
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.out).counts.weighIns).toBeGreaterThan(60);
    const restored = await cliAt(fresh, 'import', exported);
    expect(restored.code, restored.err).toBe(0);
    expect(restored.out).toMatch(/^Restored a Hybrid Planner export: .*weighIns/);
    const report = async (file: string) => JSON.parse((await cliAt(file, 'report', '--from', '2026-09-01', '--to', '2026-11-26', '--json')).out).days;
    expect(await report(fresh)).toEqual(await report(db));

    const again = await cliAt(fresh, 'import', exported);
    expect(again.code).toBe(1);
    expect(again.err).toContain('restored only into an empty database');
    const viaPreview = await cli('imports', 'list', '--json');
    expect(viaPreview.code).toBe(0);
  });
});
