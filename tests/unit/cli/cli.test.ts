import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../../src/main/cli/commands';
import { openerFor } from '../../../src/main/server/open';
import { run } from '../../../src/main/cli/run';
import { foodTemplate } from '../food-helpers';

const TODAY = '2026-11-26';
let dir: string;
let db: string;

interface Outcome {
  code: number;
  out: string;
  err: string;
  json: any;
}

async function cli(args: string[], env: Record<string, string> = {}): Promise<Outcome> {
  let out = '';
  let err = '';
  const code = await run(args, {
    out: (t) => (out += `${t}\n`),
    err: (t) => (err += `${t}\n`),
    env: { HYBRID_PLANNER_TODAY: TODAY, HYBRID_PLANNER_QUIET: '1', HOME: dir, XDG_DATA_HOME: join(dir, 'xdg'), ...env },
  });
  let json: unknown;
  try {
    json = JSON.parse(out);
  } catch {
    json = undefined;
  }
  return { code, out, err, json };
}
const withDb = (...args: string[]) => cli([...args, '--db', db]);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hp-cli-'));
  db = join(dir, 'cli.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const PROFILE = ['profile', 'set', '--sex', 'female', '--birth-date', '1990-04-02', '--height-cm', '168'];

describe('hybrid-planner CLI', () => {
  it('--help lists every command; no arguments prints help too', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    for (const c of commands) expect(r.out).toContain(c.usage);
    expect((await cli([])).code).toBe(0);
    const one = await cli(['weight', 'add', '--help']);
    expect(one.code).toBe(0);
    expect(one.out).toContain('weight add --date');
  });

  it('unknown command or flag: usage on stderr, exit 2', async () => {
    const a = await cli(['weight', 'fly']);
    expect(a.code).toBe(2);
    expect(a.err).toMatch(/Unknown command: weight fly/);
    const b = await withDb('weight', 'list', '--kilos', '3');
    expect(b.code).toBe(2);
    expect(b.err).toMatch(/--kilos/);
    expect(b.err).toMatch(/Usage: hybrid-planner weight list/);
    expect(b.out).toBe('');
  });

  it('global flags may come before the command', async () => {
    expect((await withDb(...PROFILE)).code).toBe(0);
    const r = await cli(['--db', db, '--json', 'profile', 'show']);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ sex: 'female', heightCm: 168 });
    const eq = await cli([`--db=${db}`, 'profile', 'show', '--json']);
    expect(eq.json).toMatchObject({ sex: 'female' });
  });

  it('profile set: the first call needs sex, birth date and height; later calls take any subset', async () => {
    const first = await withDb('profile', 'set', '--weight-unit', 'lb');
    expect(first.code).toBe(1);
    expect(first.err).toMatch(/sex/);
    expect(existsSync(db)).toBe(true);
    expect((await withDb('profile', 'show', '--json')).json).toBeNull();

    const made = await withDb(...PROFILE, '--json');
    expect(made.code).toBe(0);
    expect(made.json).toEqual({
      sex: 'female',
      birthDate: '1990-04-02',
      heightCm: 168,
      weightUnit: 'kg',
      distanceUnit: 'km',
      weekStart: 'monday',
      activityLevel: 'moderate',
      bodyFatPct: null,
      hrRest: null,
      hrMax: null,
      hrThreshold: null,
      hrLt1: null,
    });
    const patched = await withDb('profile', 'set', '--weight-unit', 'lb', '--distance-unit', 'mi', '--week-start', 'sunday', '--activity', 'very-active', '--body-fat', '22.5', '--hr-rest', '48', '--hr-max', '190', '--hr-threshold', '170', '--hr-lt1', '148', '--json');
    expect(patched.code).toBe(0);
    expect(patched.json).toEqual({
      sex: 'female',
      birthDate: '1990-04-02',
      heightCm: 168,
      weightUnit: 'lb',
      distanceUnit: 'mi',
      weekStart: 'sunday',
      activityLevel: 'very-active',
      bodyFatPct: 22.5,
      hrRest: 48,
      hrMax: 190,
      hrThreshold: 170,
      hrLt1: 148,
    });
    // Heart rates are decimal digits only: a hex or exponent spelling is refused, naming the flag.
    for (const bad of ['0x94', '1.48e2', '148.5']) {
      const refused = await withDb('profile', 'set', '--hr-lt1', bad);
      expect(refused.code).not.toBe(0);
      expect(refused.err).toContain('--hr-lt1 must be a whole number in decimal digits');
    }
    const height = await withDb('profile', 'set', '--height-cm', '169.5', '--json');
    expect(height.json).toMatchObject({ heightCm: 169.5, weightUnit: 'lb', hrMax: 190 });
    const shown = await withDb('profile', 'show');
    expect(shown.out).toMatch(/Height:\s+169.5 cm/);
    expect(shown.out).toMatch(/lb, mi/);
    expect(shown.out).toMatch(/threshold 170, first threshold 148 bpm/);
  });

  it('weight add / edit / list / delete, with --json printing the records and ids', async () => {
    const a = await withDb('weight', 'add', '--date', '2026-11-20', '--kg', '80.4', '--body-fat', '18', '--json');
    expect(a.code).toBe(0);
    expect(a.json).toEqual({ id: 1, date: '2026-11-20', weightKg: 80.4, bodyFatPct: 18 });
    const b = await withDb('weight', 'add', '--date', '2026-11-21', '--lb', '176', '--json');
    expect(b.json.id).toBe(2);
    expect(b.json.weightKg).toBeCloseTo(79.83225712, 6);
    expect(b.json.bodyFatPct).toBeNull();
    const human = await withDb('weight', 'add', '--date', '2026-11-21', '--kg', '80');
    expect(human.out).toMatch(/Added weigh-in #3: 2026-11-21 80 kg/);

    const edited = await withDb('weight', 'edit', '--id', '1', '--kg', '80.1', '--json');
    expect(edited.json).toEqual({ id: 1, date: '2026-11-20', weightKg: 80.1, bodyFatPct: 18 });

    const list = await withDb('weight', 'list', '--json');
    expect(list.json.map((w: { id: number }) => w.id)).toEqual([3, 2, 1]);
    const ranged = await withDb('weight', 'list', '--from', '2026-11-21', '--json');
    expect(ranged.json).toHaveLength(2);

    const del = await withDb('weight', 'delete', '--id', '2', '--json');
    expect(del.json).toMatchObject({ id: 2, date: '2026-11-21' });
    expect((await withDb('weight', 'list', '--json')).json.map((w: { id: number }) => w.id)).toEqual([3, 1]);

    const again = await withDb('weight', 'delete', '--id', '2');
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/No weigh-in with id 2/);
    const againJson = await withDb('weight', 'delete', '--id', '2', '--json');
    expect(JSON.parse(againJson.err)).toEqual({ ok: false, error: { code: 'not_found', message: 'No weigh-in with id 2.', field: 'id' } });
    expect(againJson.out).toBe('');
  });

  it('weight list shows the profile’s unit for people', async () => {
    await withDb(...PROFILE, '--weight-unit', 'lb');
    await withDb('weight', 'add', '--date', '2026-11-20', '--kg', '80');
    const r = await withDb('weight', 'list');
    expect(r.out).toMatch(/weight \(lb\)/);
    expect(r.out).toMatch(/176\.4/);
  });

  it('report --json: {range:{from,to}, days:[{date, weightKg, trendKg}]} with nulls, default the 28 days ending today', async () => {
    await withDb('weight', 'add', '--date', '2026-11-20', '--kg', '80');
    await withDb('weight', 'add', '--date', '2026-11-22', '--kg', '79');
    await withDb('weight', 'add', '--date', '2026-11-22', '--kg', '78');
    const r = await withDb('report', '--json');
    expect(r.code).toBe(0);
    expect(r.json.range).toEqual({ from: '2026-10-30', to: TODAY });
    expect(r.json.days).toHaveLength(28);
    for (const d of r.json.days) expect(Object.keys(d)).toEqual(expect.arrayContaining(['date', 'weightKg', 'trendKg']));
    const byDate = Object.fromEntries(r.json.days.map((d: { date: string }) => [d.date, d]));
    expect(byDate['2026-11-19']).toMatchObject({ date: '2026-11-19', weightKg: null, trendKg: null });
    expect(byDate['2026-11-20']).toMatchObject({ date: '2026-11-20', weightKg: 80, trendKg: 80 });
    expect(byDate['2026-11-21']).toMatchObject({ date: '2026-11-21', weightKg: null, trendKg: 80 });
    // Two weigh-ins on one day: their mean; the trend moves 1 − 0.9² of the way after a 2-day gap.
    expect(byDate['2026-11-22'].weightKg).toBe(78.5);
    expect(byDate['2026-11-22'].trendKg).toBeCloseTo(80 + (1 - 0.81) * (78.5 - 80), 10);
    expect(byDate[TODAY].trendKg).toBe(byDate['2026-11-22'].trendKg);

    const ranged = await withDb('report', '--from', '2026-11-21', '--to', '2026-11-23', '--json');
    expect(ranged.json.range).toEqual({ from: '2026-11-21', to: '2026-11-23' });
    expect(ranged.json.days.map((d: { date: string }) => d.date)).toEqual(['2026-11-21', '2026-11-22', '2026-11-23']);
    expect(ranged.json.days[0].trendKg).toBe(80); // fed by history before the range

    const backwards = await withDb('report', '--from', '2026-11-23', '--to', '2026-11-21');
    expect(backwards.code).toBe(1);
    expect(backwards.err).toMatch(/from/);
  });

  it('--json works on every command (stdout is one JSON document)', async () => {
    const staticDir = join(dir, 'renderer');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html>');
    const runs: Record<string, string[]> = {
      'profile set': PROFILE.slice(2),
      'profile show': [],
      'weight add': ['--date', '2026-11-25', '--kg', '81'],
      'weight edit': ['--id', '1', '--kg', '80.5'],
      'weight list': [],
      'weight delete': ['--id', '1'],
      report: [],
      'session add': ['--date', '2026-11-24', '--start', '18:00', '--kind', 'zone2', '--minutes', '45', '--rpe', '4', '--modality', 'run', '--distance-km', '8'],
      'session update': ['--id', '3', '--minutes', '50'],
      'session done': ['--id', '1', '--rpe', '8'],
      'session delete': ['--id', '3'],
      'session list': [],
      'session show': ['--id', '2'],
      'set add': ['--date', '2026-11-25', '--exercise', 'back squat', '--kg', '100', '--reps', '5', '--rpe', '8'],
      'set delete': ['--id', '1'],
      'exercise list': [],
      'exercise add': ['--name', 'Sled Push', '--muscles', 'quads,glutes', '--lower-body'],
      'lift prs': [],
      'lift history': ['--exercise', 'Back Squat'],
      'plan check': ['--week', '2026-W48'],
      'plan week': ['--date', '2026-11-24'],
      'plan copy': ['--from', '2026-11-23', '--confirm'],
      'sleep add': ['--date', '2026-11-25', '--bed', '23:00', '--wake', '07:00', '--quality', '4'],
      'sleep list': [],
      'sleep delete': ['--id', '1'],
      energy: [],
      review: ['--week', '2026-W48'],
      'review weeks': [],
      'foods search': ['chicken breast roasted', '--limit', '3'],
      'foods show': ['--id', '05064'],
      'foods build': [],
      'meal add': ['--date', '2026-11-25', '--meal', 'Lunch', '--food', '05064', '--grams', '200'],
      'meal list': ['--date', '2026-11-24'],
      'meal delete': ['--id', '2'],
      'meal copy': ['--from', '2026-11-24', '--to', '2026-11-26'],
      'day complete': ['--date', '2026-11-24'],
      'day fast': ['--date', '2026-11-23'],
      'goal set': ['--type', 'lose'],
      'goal show': [],
      targets: ['--week', '2026-W48'],
      'targets checkin': [],
      'targets fix': ['--energy', '2500'],
      'targets history': [],
      export: ['--format', 'json', '--out', join(dir, 'export.json')],
      backup: [],
      backups: [],
      // The demo's database (made earlier in the loop) as the backup to preview.
      restore: [join(dir, 'demo.db')],
      import: [join(__dirname, '../../fixtures/imports/hevy-metric.csv')],
      'imports list': [],
      'imports undo': ['--id', '1'],
    };
    // Both databases start as copies of the SR24 template (built once, see food-helpers): building the
    // food tables here twice was most of this test's time; food-build.test covers the CLI's build.
    const demoDb = join(dir, 'demo.db');
    writeFileSync(db, foodTemplate());
    writeFileSync(demoDb, foodTemplate());
    // A meal for the list/copy cases (id 1; the loop's own add gets id 2).
    await withDb('meal', 'add', '--date', '2026-11-24', '--meal', 'Breakfast', '--quick-kcal', '450', '--label', 'Oats');
    // Sessions for the update/done/show cases (ids 1 and 2; the loop's own add gets id 3).
    await withDb('session', 'add', '--date', '2026-11-23', '--start', '07:00', '--kind', 'heavy-lower', '--minutes', '60', '--rpe', '8', '--planned');
    await withDb('session', 'add', '--date', '2026-11-22', '--start', '07:00', '--kind', 'mobility', '--minutes', '30', '--rpe', '2');
    for (const c of commands) {
      const name = c.path.join(' ');
      if (name === 'serve') {
        const pending = cli(['serve', '--json', '--db', db], { HYBRID_PLANNER_STATIC: staticDir });
        // serve runs until SIGINT/SIGTERM; signal it once it is listening.
        while (process.listenerCount('SIGTERM') === 0) await new Promise((r) => setTimeout(r, 20));
        process.emit('SIGTERM');
        const r = await pending;
        expect(r.code, name).toBe(0);
        expect(r.json, name).toMatchObject({ url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/#token=/), dbPath: db });
        continue;
      }
      if (name === 'demo') {
        const r = await cli(['demo', '--json', '--db', demoDb]);
        expect(r.code, name).toBe(0);
        expect(r.json, name).toMatchObject({ days: 84, to: TODAY });
        continue;
      }
      expect(runs[name], `add a --json case for "${name}"`).toBeDefined();
      const r = await withDb(...c.path, ...runs[name], '--json');
      expect(r.code, `${name}: ${r.err}`).toBe(0);
      expect(r.json, name).not.toBeUndefined();
    }
  });

  describe('bad input: a message naming the field on stderr, exit 1, database unchanged', () => {
    const cases: [string, string[], RegExp][] = [
      ['weight above 400 kg', ['weight', 'add', '--date', '2026-11-20', '--kg', '400.5'], /weightKg: weight must be between 20 and 400 kg/],
      ['weight below 20 kg', ['weight', 'add', '--date', '2026-11-20', '--kg', '19'], /weightKg: weight must be between 20 and 400 kg/],
      ['weight out of range in pounds', ['weight', 'add', '--date', '2026-11-20', '--lb', '40'], /--lb: weight must be between 44.1 and 881.8 lb/],
      ['impossible date', ['weight', 'add', '--date', '2026-02-30', '--kg', '80'], /date: must be a real date/],
      ['badly written date', ['weight', 'add', '--date', '26/11/2026', '--kg', '80'], /date: must be a real date written YYYY-MM-DD/],
      ['future date', ['weight', 'add', '--date', '2026-11-27', '--kg', '80'], /2026-11-27 is in the future/],
      ['text in a number field', ['weight', 'add', '--date', '2026-11-20', '--kg', 'eighty'], /--kg must be a number \(got "eighty"\)/],
      ['both units', ['weight', 'add', '--date', '2026-11-20', '--kg', '80', '--lb', '176'], /exactly one of --kg, --lb/],
      ['text in body fat', ['weight', 'add', '--date', '2026-11-20', '--kg', '80', '--body-fat', 'lots'], /--body-fat must be a number/],
      ['text in height', ['profile', 'set', '--height-cm', 'tall'], /--height-cm must be a number/],
      ['height out of range', ['profile', 'set', '--height-cm', '300'], /heightCm: height must be between 100 and 250 cm/],
      ['impossible birth date', ['profile', 'set', '--birth-date', '1990-13-01'], /birthDate: must be a real date/],
      ['future birth date', ['profile', 'set', '--birth-date', '2027-01-01'], /Birth date is in the future/],
      ['unknown sex', ['profile', 'set', '--sex', 'x'], /sex must be "male" or "female"/],
      ['fractional heart rate', ['profile', 'set', '--hr-max', '180.5'], /--hr-max must be a whole number/],
      ['edit to a future date', ['weight', 'edit', '--id', '1', '--date', '2026-12-01'], /in the future/],
      ['edit a missing id', ['weight', 'edit', '--id', '99', '--kg', '80'], /No weigh-in with id 99/],
      ['text in an id', ['weight', 'delete', '--id', 'one'], /--id must be a number/],
    ];
    it.each(cases)('%s', async (_label, args, message) => {
      await withDb(...PROFILE);
      await withDb('weight', 'add', '--date', '2026-11-19', '--kg', '80');
      const before = readFileSync(db);
      const r = await withDb(...args);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(message);
      expect(r.out).toBe('');
      expect(readFileSync(db).equals(before)).toBe(true);
    });
  });

  it('a database from a newer version is refused with a clear message', async () => {
    await withDb(...PROFILE);
    const Database = (await import('better-sqlite3')).default;
    const raw = new Database(db);
    raw.pragma('user_version = 999');
    raw.close();
    const before = readFileSync(db);
    const r = await withDb('profile', 'show', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.err).error).toMatchObject({ code: 'db_too_new', message: expect.stringMatching(/newer version of Hybrid Planner/) });
    expect(readFileSync(db).equals(before)).toBe(true);
  });

  it('without --db, HYBRID_PLANNER_DB and then the per-user folder are used', async () => {
    const envDb = join(dir, 'env.db');
    await cli(['weight', 'add', '--date', '2026-11-20', '--kg', '80'], { HYBRID_PLANNER_DB: envDb });
    expect(existsSync(envDb)).toBe(true);
    await cli(['weight', 'add', '--date', '2026-11-20', '--kg', '80']);
    expect(existsSync(join(dir, 'xdg', 'hybrid-planner', 'hybrid-planner.db'))).toBe(true);
  });
});

describe('serve', () => {
  it('--open hands the URL to the opener (npm start passes it; without a display it says to open the URL)', async () => {
    const staticDir = join(dir, 'renderer');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html>');
    const opened = join(dir, 'opened.txt');
    const opener = join(dir, 'opener.sh');
    writeFileSync(opener, `#!/bin/sh\necho "$1" > ${opened}\n`, { mode: 0o755 });
    const pending = cli(['serve', '--open', '--json', '--db', db], { HYBRID_PLANNER_STATIC: staticDir, HYBRID_PLANNER_OPENER: opener });
    while (!existsSync(opened)) await new Promise((r) => setTimeout(r, 20));
    process.emit('SIGTERM');
    const r = await pending;
    expect(readFileSync(opened, 'utf8').trim()).toBe((r.json as { url: string }).url);

    const headless = cli(['serve', '--open', '--db', db], { HYBRID_PLANNER_STATIC: staticDir, DISPLAY: '', WAYLAND_DISPLAY: '' });
    while (process.listenerCount('SIGTERM') === 0) await new Promise((r) => setTimeout(r, 20));
    process.emit('SIGTERM');
    expect((await headless).err).toMatch(/No display to open a browser on: open the URL above yourself/);
  });

  it('picks the platform’s opener, and none on Linux without a graphical session', () => {
    const url = 'http://127.0.0.1:1/#token=a&b';
    expect(openerFor(url, 'linux', { DISPLAY: ':0' })).toEqual({ command: 'xdg-open', args: [url] });
    expect(openerFor(url, 'linux', { WAYLAND_DISPLAY: 'wayland-0' })?.command).toBe('xdg-open');
    expect(openerFor(url, 'linux', {})).toBeNull();
    expect(openerFor(url, 'darwin', {})).toEqual({ command: 'open', args: [url] });
    expect(openerFor(url, 'win32', {})).toEqual({ command: 'cmd', args: ['/c', 'start', '""', 'http://127.0.0.1:1/#token=a^&b'] });
  });

  it('refuses a port out of range, naming the flag', async () => {
    const r = await withDb('serve', '--port', '70000');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--port must be between 0 and 65535/);
  });
});
