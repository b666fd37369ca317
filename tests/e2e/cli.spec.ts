// The built CLI as a user runs it: a process started from another folder than the checkout (as with
// `npx hybrid-planner` in a project that depends on it, or a shell alias). It must find its bundled
// files (the SR24 food resource, the renderer) next to itself, not in the working directory.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CLI, expect, test } from './fixtures';

const run = promisify(execFile);

test('the built CLI works from any working directory: help, demo (with food), food search, report', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hp-cli-cwd-'));
  try {
    const env = { ...process.env, HYBRID_PLANNER_TODAY: '2026-11-26', HYBRID_PLANNER_QUIET: '1' };
    const cli = (...args: string[]) => run(process.execPath, [CLI, ...args, '--db', join(dir, 'x.db')], { cwd: dir, env, timeout: 120_000 });

    expect((await run(process.execPath, [CLI, '--help'], { cwd: dir, env })).stdout).toContain('foods search QUERY');
    await cli('demo');
    const found = JSON.parse((await cli('foods', 'search', 'chicken breast roasted', '--limit', '3', '--json')).stdout);
    expect(found.map((f: { id: string }) => f.id)).toContain('05064');
    const report = JSON.parse((await cli('report', '--from', '2026-11-20', '--to', '2026-11-26', '--json')).stdout);
    expect(report.days).toHaveLength(7);
    expect(report.days.every((d: { intakeKcal: number | null }) => typeof d.intakeKcal === 'number')).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
