import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/main/cli/run';

// `review` prints the numbers review.week answers (and --json is that answer), on the demo.
const dir = mkdtempSync(join(tmpdir(), 'hp-review-cli-'));
const db = join(dir, 'x.db');
const env = { HYBRID_PLANNER_TODAY: '2026-11-26', HYBRID_PLANNER_QUIET: '1', HOME: dir, XDG_DATA_HOME: join(dir, 'xdg') };

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run([...args, '--db', db], { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), env });
  return { code, out, err };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('review (CLI)', () => {
  it('prints the week’s summary, days, load, energy, sleep and findings as --json has them', async () => {
    expect((await cli('demo')).code).toBe(0);
    const json = JSON.parse((await cli('review', '--week', '2026-W47', '--json')).out);
    expect(json.week).toBe('2026-W47');
    const { out, code } = await cli('review', '--week', '2026-W47');
    expect(code).toBe(0);
    expect(out).toContain('Weekly review 2026-W47 (2026-11-16 → 2026-11-22, weeks start on Monday)');
    for (const sentence of json.summary) expect(out).toContain(`- ${sentence}`);
    const l = json.load;
    expect(out).toMatch(new RegExp(`${l.strengthAU}\\s+${l.enduranceAU}\\s+${l.otherAU}\\s+${l.totalAU}\\s+${l.previousTotalAU}\\s+${l.monotony}\\s+${l.strain}`));
    const d = json.days[0];
    expect(out).toMatch(new RegExp(`${d.date}\\s+heavy-lower\\s+${d.loadAU}\\s+0\\s+${Math.round(d.intakeKcal)}\\s+${d.tdeeKcal}\\s+${d.balanceKcal}\\s+${d.sleepHours}`));
    expect(out).toContain(`Under-fuelling ${json.energy.underFueling.from} → ${json.energy.underFueling.to}: ${json.energy.underFueling.level.toUpperCase()}`);
    expect(out).toContain(`Planner findings (${json.findings.length})`);
    for (const f of json.findings) expect(out).toContain(f.message);
    expect(out).toContain('Previous week: 2026-W46 · next week: 2026-W48');
  });

  it('defaults to the current week; a day picks its week; review weeks lists one line each', async () => {
    const current = JSON.parse((await cli('review', '--json')).out);
    expect([current.week, current.through, current.next]).toEqual(['2026-W48', '2026-11-26', null]);
    expect(JSON.parse((await cli('review', '--week', '2026-11-18', '--json')).out).week).toBe('2026-W47');
    const weeks = await cli('review', 'weeks');
    expect(weeks.out).toMatch(/^2026-W48 {2}\d+ done, \d+ still planned · [\d,]+ load points/m);
  });

  it('a bad week is refused with the field named, and nothing is created for a missing file', async () => {
    const bad = await cli('review', '--week', 'W48');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('week must be a week written YYYY-Www');
    let err = '';
    const missing = await run(['review', '--db', join(dir, 'nope.db')], { out: () => {}, err: (t) => (err += t), env });
    expect(missing).toBe(1);
    expect(err).toMatch(/nope\.db/);
  });
});
