import { beforeEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { run } from '../../../src/main/cli/run';
import { openDatabase } from '../../../src/main/store/db';

let db: Database.Database;
beforeEach(() => {
  db = openDatabase(':memory:');
});

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), env: { HYBRID_PLANNER_TODAY: '2026-11-26' } }, { db, dbPath: ':memory:' });
  return { code, out, err };
}
const json = async (...argv: string[]) => {
  const r = await cli(...argv, '--json');
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out);
};
const count = (table: string): number => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('CLI: session, set, sleep, plan, report', () => {
  it('session add prints the created record with its id; --help lists kinds and modalities', async () => {
    const s = await json('session', 'add', '--date', '2026-11-24', '--start', '07:00', '--kind', 'heavy-lower', '--minutes', '70', '--rpe', '8');
    expect(s).toMatchObject({ id: expect.any(Number), kind: 'heavy-lower', loadAU: 560, planned: false });
    const p = await json('session', 'add', '--date', '2026-11-28', '--start', '09:00', '--kind', 'hills', '--minutes', '60', '--rpe', '7', '--modality', 'run', '--distance-mi', '6.2', '--elevation-loss-m', '150', '--planned');
    expect(p).toMatchObject({ planned: true, modality: 'run', elevationLossM: 150 });
    expect(p.distanceKm).toBeCloseTo(9.978, 3);
    const help = await cli('session', 'add', '--help');
    for (const k of ['heavy-lower', 'heavy-upper', 'full-body', 'hypertrophy', 'power', 'zone2', 'tempo', 'intervals', 'long', 'hills', 'sport', 'mobility', 'run', 'ride', 'row', 'swim', 'walk', 'other']) expect(help.out).toContain(k);
  });

  it('bad input exits non-zero with the field named on stderr and writes nothing', async () => {
    const base = ['session', 'add', '--date', '2026-11-24', '--start', '07:00', '--kind', 'heavy-lower', '--minutes', '60', '--rpe', '8'];
    for (const [flag, value, msg] of [
      ['--rpe', '11', /rpe: RPE must be between 0 and 10/],
      ['--minutes', '0', /minutes: duration must be more than 0/],
      ['--minutes', '1500', /at most 24 h/],
      ['--kind', 'yoga', /kind must be one of/],
      ['--minutes', 'ten', /--minutes must be a number/],
    ] as const) {
      const args = [...base];
      args[args.indexOf(flag) + 1] = value;
      const r = await cli(...args);
      expect(r.code).not.toBe(0);
      expect(r.err).toMatch(msg);
    }
    expect(count('training_sessions')).toBe(0);
    expect((await cli('session', 'add', '--bogus')).code).toBe(2);
  });

  it('overlaps need --confirm', async () => {
    await json('session', 'add', '--date', '2026-11-24', '--start', '07:00', '--kind', 'heavy-lower', '--minutes', '60', '--rpe', '8');
    const r = await cli('session', 'add', '--date', '2026-11-24', '--start', '07:30', '--kind', 'mobility', '--minutes', '20', '--rpe', '2');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/overlaps .*--confirm/);
    expect(count('training_sessions')).toBe(1);
    await json('session', 'add', '--date', '2026-11-24', '--start', '07:30', '--kind', 'mobility', '--minutes', '20', '--rpe', '2', '--confirm');
    expect(count('training_sessions')).toBe(2);
  });

  it('set add joins or creates the day’s strength session, converts lb, reports e1RM and PRs', async () => {
    const a = await json('set', 'add', '--date', '2026-11-25', '--exercise', 'Back Squat', '--kg', '100', '--reps', '5', '--rpe', '8');
    expect(a).toMatchObject({ id: expect.any(Number), sessionCreated: true, e1rmKg: 123.3, exercise: 'Back Squat' });
    const b = await json('set', 'add', '--date', '2026-11-25', '--exercise', 'squat', '--lb', '225', '--reps', '3', '--type', 'working');
    expect(b.sessionId).toBe(a.sessionId);
    expect(b.weightKg).toBeCloseTo(102.058, 3);
    const human = await cli('set', 'add', '--date', '2026-11-25', '--exercise', 'Back Squat', '--kg', '110', '--reps', '2');
    expect(human.out).toMatch(/New PR \(Back Squat\): heaviest weight 110 kg \(was 102.1 kg\)/);
    const unknown = await cli('set', 'add', '--date', '2026-11-25', '--exercise', 'Dedlift', '--kg', '100', '--reps', '5');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/Unknown exercise "Dedlift". Close matches: Deadlift/);
    const created = await json('set', 'add', '--date', '2026-11-25', '--exercise', 'Belt Squat', '--kg', '100', '--reps', '8', '--create', '--muscles', 'quads,glutes', '--lower-body');
    expect(created.exercise).toBe('Belt Squat');
    // A negative number is attached to its flag (--kg=-5), as with any getopt-style parser.
    for (const [args, msg] of [
      [['--kg', '80', '--reps', '0'], /reps: reps must be between 1 and 100/],
      [['--kg', '80', '--reps', '101'], /reps: reps must be between 1 and 100/],
      [['--kg=-5', '--reps', '5'], /weightKg: weight must not be negative/],
      [['--kg', '80', '--reps', '5', '--rpe', '10.5'], /rpe: RPE must be between 0 and 10/],
    ] as const) {
      const r = await cli('set', 'add', '--date', '2026-11-25', '--exercise', 'Bench Press', ...args);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(msg);
    }
    expect(count('lift_sets')).toBe(4);
    expect((await cli('set', 'add', '--date', '2026-11-25', '--exercise', 'Bench Press', '--kg', '80', '--lb', '100', '--reps', '5')).code).toBe(1);
  });

  it('sleep add / list; bad nights rejected', async () => {
    const n = await json('sleep', 'add', '--date', '2026-11-25', '--bed', '23:10', '--wake', '06:40', '--quality', '4');
    expect(n).toMatchObject({ id: expect.any(Number), date: '2026-11-25', bedDate: '2026-11-24', hours: 7.5, quality: 4 });
    const e = await cli('sleep', 'add', '--date', '2026-11-24', '--bed', '09:00', '--wake', '07:00');
    expect(e.code).toBe(1);
    expect(e.err).toMatch(/at most 20 h/);
    expect((await cli('sleep', 'add', '--date', '2026-11-24', '--bed', '23:00', '--wake', '07:00', '--quality', '9')).err).toMatch(/quality/);
    expect(count('sleep_nights')).toBe(1);
    expect(await json('sleep', 'list')).toHaveLength(1);
  });

  it('plan check --week --json returns {findings} with code, severity, message, sessionIds, source', async () => {
    const lift = await json('session', 'add', '--date', '2026-11-23', '--start', '07:00', '--kind', 'heavy-lower', '--minutes', '60', '--rpe', '8');
    const hills = await json('session', 'add', '--date', '2026-11-24', '--start', '18:00', '--kind', 'hills', '--minutes', '60', '--rpe', '7', '--modality', 'run');
    const r = await json('plan', 'check', '--week', '2026-W48');
    const f = r.findings.find((x: { code: string }) => x.code === 'hills-near-heavy-lower');
    expect(f).toEqual({ code: 'hills-near-heavy-lower', severity: 'warning', message: expect.stringContaining('34 h after'), sessionIds: [lift.id, hills.id], source: expect.stringMatching(/^Bontemps 2020, Sports Med/), date: '2026-11-23' });
    const human = await cli('plan', 'check', '--week', '2026-W48');
    expect(human.out).toMatch(/WARNING .*Source: Bontemps/s);
    expect((await cli('plan', 'check', '--week', '2026-48')).err).toMatch(/ISO week/);
  });

  it('report --json has loadAU, plannedLoadAU, sleepHours and e1rmKg per day', async () => {
    await json('set', 'add', '--date', '2026-11-25', '--exercise', 'Bench Press', '--kg', '100', '--reps', '5', '--rpe', '8', '--session-rpe', '8', '--minutes', '60');
    await json('session', 'add', '--date', '2026-11-26', '--start', '18:00', '--kind', 'zone2', '--minutes', '45', '--rpe', '4', '--planned');
    await json('sleep', 'add', '--date', '2026-11-25', '--bed', '22:45', '--wake', '06:15');
    const r = await json('report', '--from', '2026-11-24', '--to', '2026-11-26');
    expect(r.days).toEqual([
      expect.objectContaining({ date: '2026-11-24', loadAU: 0, plannedLoadAU: 0, sleepHours: null, e1rmKg: {} }),
      expect.objectContaining({ date: '2026-11-25', loadAU: 480, plannedLoadAU: 0, sleepHours: 7.5, e1rmKg: { 'Bench Press': 123.3 } }),
      expect.objectContaining({ date: '2026-11-26', loadAU: 0, plannedLoadAU: 180, sleepHours: null, e1rmKg: {} }),
    ]);
  });

  it('session list / done / delete, plan copy', async () => {
    const p = await json('session', 'add', '--date', '2026-11-25', '--start', '18:00', '--kind', 'zone2', '--minutes', '45', '--rpe', '4', '--planned');
    const done = await json('session', 'done', '--id', String(p.id), '--avg-hr', '140', '--minutes', '50');
    expect(done).toMatchObject({ planned: false, avgHr: 140, minutes: 50, loadAU: 200 });
    expect(await json('session', 'list', '--completed')).toHaveLength(1);
    const copy = await json('plan', 'copy', '--from', '2026-11-23');
    expect(copy.created.map((s: { date: string; planned: boolean }) => [s.date, s.planned])).toEqual([['2026-12-02', true]]);
    const del = await json('session', 'delete', '--id', String(p.id));
    expect(del.id).toBe(p.id);
    expect((await cli('session', 'delete', '--id', String(p.id))).err).toMatch(/No session with id/);
  });
});
