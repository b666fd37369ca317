import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/main/cli/run';

// `energy` in text for an lb profile: the signals and the weekly table per lb, no bare kg.
const dir = mkdtempSync(join(tmpdir(), 'hp-units-cli-'));
const db = join(dir, 'x.db');
const env = { HYBRID_PLANNER_TODAY: '2026-11-26', HYBRID_PLANNER_QUIET: '1', HOME: dir, XDG_DATA_HOME: join(dir, 'xdg') };

async function cli(...args: string[]): Promise<string> {
  let out = '';
  let err = '';
  const code = await run([...args, '--db', db], { out: (t) => (out += `${t}\n`), err: (t) => (err += t), env });
  expect(code, err).toBe(0);
  return out;
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('energy (text) in pounds', () => {
  it('prints per-lb amounts with the per-kg figure beside them, and the trend in lb', { timeout: 120_000 }, async () => {
    await cli('demo');
    await cli('profile', 'set', '--weight-unit', 'lb', '--distance-unit', 'mi');
    const text = await cli('energy');
    expect(text).toContain('g/lb (');
    expect(text).toContain('kcal/lb lean mass');
    expect(text).toMatch(/\d lb\b/);
    expect(text.replace(/\/lb \([^)]*\/kg\)/g, '/lb')).not.toMatch(/\bkg\b/);
  });
});
