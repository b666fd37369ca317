import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../../src/main/cli/run';

const TODAY = '2026-12-03';
let dir: string;
let db: string;

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run([...args, '--db', db], {
    out: (t) => (out += `${t}\n`),
    err: (t) => (err += `${t}\n`),
    env: { HYBRID_PLANNER_TODAY: TODAY, HYBRID_PLANNER_QUIET: '1', HOME: dir, XDG_DATA_HOME: join(dir, 'xdg') },
  });
  return { code, out, err };
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hp-targets-'));
  db = join(dir, 'cli.db');
  await cli('profile', 'set', '--sex', 'male', '--birth-date', '1990-03-01', '--height-cm', '180');
  for (const date of ['2026-11-20', '2026-11-25', '2026-11-30', '2026-12-02']) await cli('weight', 'add', '--date', date, '--kg', '80');
  await cli('session', 'add', '--date', '2026-12-12', '--start', '08:00', '--kind', 'long', '--modality', 'run', '--minutes', '90', '--rpe', '6', '--planned');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('goal and targets commands', () => {
  it('goal set, then targets --json prints the coming week with each day’s targets and reason', async () => {
    const g = await cli('goal', 'set', '--type', 'lose', '--rate-pct', '0.5');
    expect(g.code).toBe(0);
    expect(g.out).toMatch(/Goal: lose 0.5 % of body weight a week, protein 2.2 g\/kg a day/);
    const t = await cli('targets', '--json');
    expect(t.code).toBe(0);
    const json = JSON.parse(t.out);
    expect(json.week).toBe('2026-W50');
    expect(json.days).toHaveLength(7);
    for (const d of json.days) expect(Object.keys(d).sort()).toEqual(['carbsG', 'date', 'energyKcal', 'fatG', 'proteinG', 'reason']);
    expect(json.energyKcal).toBe(json.days.reduce((a: number, d: { energyKcal: number }) => a + d.energyKcal, 0));
    expect(json.days[5].reason).toMatch(/^long run 90 min/);
    const human = await cli('targets', '--week', '2026-W50');
    expect(human.out).toContain(`${json.days[5].energyKcal.toLocaleString('en-US')}`);
  });

  it('refuses an unsafe rate with its source and a bad week, exit 1, nothing stored', async () => {
    const r = await cli('goal', 'set', '--type', 'lose', '--rate-pct', '2.5');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/refused.*Garthe 2011/);
    const w = await cli('goal', 'set', '--type', 'gain', '--rate-pct', '1');
    expect(w.out).toMatch(/Warning: Gaining 1 % of body weight a week/);
    expect((await cli('targets', '--week', '2026-48')).err).toMatch(/week must be a real ISO week/);
    expect((await cli('targets', 'fix', '--energy=-5')).err).toMatch(/between 800 and 8000 kcal/);
  });

  it('a check-in shows last week and the proposal; --accept saves it; history lists it', async () => {
    const view = await cli('targets', 'checkin');
    expect(view.out).toMatch(/Last week \(2026-W49\):/);
    expect(view.out).toMatch(/Accept with --accept/);
    expect((await cli('targets', 'checkin', '--accept')).out).toMatch(/Check-in saved/);
    expect((await cli('targets', 'fix', '--energy', '2500', '--weeks', '2')).out).toMatch(/Fixed at 2,500 kcal a day \(set by hand\)/);
    const h = await cli('targets', 'history', '--json');
    expect(JSON.parse(h.out).map((c: { decision: string }) => c.decision)).toEqual(['accepted']);
  });
});
