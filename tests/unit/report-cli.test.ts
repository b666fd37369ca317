import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/main/cli/run';

// `report` in text: the weekly stress table and the sleep-vs-lift table, as --json has them.
const dir = mkdtempSync(join(tmpdir(), 'hp-report-cli-'));
const db = join(dir, 'x.db');
const env = { HYBRID_PLANNER_TODAY: '2026-11-26', HYBRID_PLANNER_QUIET: '1', HOME: dir, XDG_DATA_HOME: join(dir, 'xdg') };

async function cli(...args: string[]): Promise<string> {
  let out = '';
  const code = await run([...args, '--db', db], { out: (t) => (out += `${t}\n`), err: () => {}, env });
  expect(code).toBe(0);
  return out;
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('report (text)', () => {
  it('prints each week’s load, monotony and strain and each lift’s sleep association', async () => {
    await cli('demo');
    const json = JSON.parse(await cli('report', '--from', '2026-09-01', '--json'));
    const text = await cli('report', '--from', '2026-09-01');
    expect(text).toContain('Weekly stress load');
    const last = json.weeks.at(-1);
    expect(text).toMatch(new RegExp(`${last.week}\\s+${last.load.strengthAU}\\s+${last.load.enduranceAU}\\s+${last.load.otherAU}\\s+${last.load.totalAU}\\s+—\\s+—`));
    const pooled = json.sleepVsLift.at(-1);
    expect(pooled.exercise).toBe('All main lifts');
    expect(text).toContain(`All main lifts     ${pooled.n}  ${pooled.r} [${pooled.rLow}, ${pooled.rHigh}]`);
    expect(text).toContain('an association, not a cause');
  });
});
