import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../../src/main/cli/run';

let dir: string;
let db: string;

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run([...args, '--db', db], {
    out: (t) => (out += `${t}\n`),
    err: (t) => (err += `${t}\n`),
    env: { HYBRID_PLANNER_TODAY: '2026-11-26', HYBRID_PLANNER_QUIET: '1', HOME: dir, XDG_DATA_HOME: join(dir, 'xdg') },
  });
  return { code, out, err };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hp-cli-num-'));
  db = join(dir, 'cli.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('numbers on the command line are plain decimals', () => {
  it.each(['0x50', '1e3', '0b1010', '0o120', 'Infinity', 'NaN', '80kg', '72,5', '1_000', '', ' ', '+', '.', '5.5.5'])(
    'refuses --kg "%s", naming the flag and the form it takes, and writes nothing',
    async (value) => {
      await cli(['weight', 'add', '--date', '2026-11-19', '--kg', '80']);
      const r = await cli(['weight', 'add', '--date', '2026-11-20', '--kg', value]);
      expect(r.code).not.toBe(0);
      expect(r.err).toContain(`--kg must be a number (got "${value}"), written as a plain decimal such as 80 or 72.5.`);
      expect(r.err).not.toMatch(/internal/i);
      const list = await cli(['weight', 'list', '--json']);
      expect(JSON.parse(list.out).map((w: { date: string }) => w.date)).toEqual(['2026-11-19']);
    },
  );

  it.each([
    ['80', 80],
    ['72.5', 72.5],
    ['+81', 81],
    ['80.', 80],
    [' 79.25 ', 79.25],
  ])('takes --kg "%s" as %d kg', async (value, kg) => {
    const r = await cli(['weight', 'add', '--date', '2026-11-20', '--kg', value, '--json']);
    expect(r.err).toBe('');
    expect(JSON.parse(r.out).weightKg).toBe(kg);
  });

  it('refuses a fraction where a whole number is needed, after the decimal check', async () => {
    const r = await cli(['weight', 'delete', '--id', '1.5']);
    expect(r.err).toMatch(/--id must be a whole number \(got "1\.5"\)/);
    expect((await cli(['weight', 'delete', '--id', '0x1'])).err).toMatch(/--id must be a number \(got "0x1"\), written as a plain decimal/);
  });
});
