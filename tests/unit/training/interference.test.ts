import { describe, expect, it } from 'vitest';
import { checkPlan, FINDING_CODES, zone2Ceiling, type CheckPlanInput, type Finding, type PlanSession } from '../../../src/main/analysis/interference';
import { addDays } from '../../../src/shared/dates';

// The checked week: Mon 23 – Sun 29 Nov 2026.
const MON = '2026-11-23';
const day = (n: number): string => addDays(MON, n);

let nextId = 1;
function s(date: string, start: string, kind: string, extra: Partial<PlanSession> = {}): PlanSession {
  return { id: nextId++, date, start, minutes: 60, kind, modality: null, rpe: 5, distanceKm: null, elevationLossM: null, avgHr: null, planned: true, ...extra };
}
function check(sessions: PlanSession[], extra: Partial<CheckPlanInput> = {}): Finding[] {
  return checkPlan({ from: MON, to: day(6), weekStart: 'monday', sessions, ...extra });
}
const codes = (f: Finding[]): string[] => f.map((x) => x.code);
const only = (f: Finding[], code: string): Finding[] => f.filter((x) => x.code === code);
const mobility = (date = day(5)): PlanSession => s(date, '19:00', 'mobility', { minutes: 30, rpe: 2 });

describe('checkPlan: every finding cites its source', () => {
  it('has a source for every code and returns it on findings', () => {
    const f = check([s(day(0), '07:00', 'heavy-lower', { id: 1 }), s(day(0), '09:00', 'intervals', { id: 2, modality: 'run' })]);
    expect(f.length).toBeGreaterThan(0);
    for (const x of f) {
      // A paper by author and year, or the guidance the rule follows, in words a user reads: no section
      // numbers of the app's own notes.
      expect(x.source).toMatch(/[A-Z][a-z]+( & [A-Z][a-z]+)? (19|20)\d\d|guidance/);
      expect(x.source).not.toMatch(/science\.md|§|\(D\)/);
      expect(FINDING_CODES).toContain(x.code);
      expect(x.message).not.toMatch(/\n/);
    }
  });
});

describe('strength and hard endurance < 6 h apart (Robineau 2016)', () => {
  const lift = () => s(day(1), '07:00', 'heavy-upper'); // ends 08:00
  it('fires at 5 h 59 min, not at 6 h 00 min (then only the 24 h note)', () => {
    const a = lift();
    const b = s(day(1), '13:59', 'tempo', { modality: 'run' });
    const f = only(check([a, b, mobility()]), 'strength-endurance-gap');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', sessionIds: [a.id, b.id] });
    expect(f[0].message).toContain('5 h 59 min apart');

    const g = check([lift(), s(day(1), '14:00', 'tempo', { modality: 'run' }), mobility()]);
    expect(codes(g)).not.toContain('strength-endurance-gap');
    expect(only(g, 'strength-endurance-same-day')).toHaveLength(1);
    expect(only(g, 'strength-endurance-same-day')[0].severity).toBe('info');
  });
  it('measures from the end of the first session: a long lift shrinks the gap', () => {
    const f = check([s(day(1), '07:00', 'hypertrophy', { minutes: 120 }), s(day(1), '14:30', 'intervals', { modality: 'ride' })]);
    expect(only(f, 'strength-endurance-gap')).toHaveLength(1); // 09:00 → 14:30 = 5 h 30
  });
  it('does not fire for easy endurance, or on different days', () => {
    expect(codes(check([lift(), s(day(1), '09:00', 'zone2', { rpe: 4, modality: 'ride' })]))).not.toContain('strength-endurance-gap');
    expect(codes(check([lift(), s(day(2), '07:00', 'intervals', { modality: 'run' })]))).not.toContain('strength-endurance-gap');
  });
  it('treats any endurance session at RPE ≥ 7 as hard (RPE 6.5 is not)', () => {
    expect(codes(check([lift(), s(day(1), '09:00', 'zone2', { rpe: 7, modality: 'run' })]))).toContain('strength-endurance-gap');
    expect(codes(check([lift(), s(day(1), '09:00', 'zone2', { rpe: 6.5, modality: 'run' })]))).not.toContain('strength-endurance-gap');
  });
});

describe('endurance before heavy strength on one day (Gao & Yu 2023)', () => {
  it('warns when the endurance comes first, < 6 h before; informs at ≥ 6 h', () => {
    const run = s(day(2), '06:00', 'zone2', { minutes: 45, rpe: 3, modality: 'run' }); // ends 06:45
    const f = only(check([run, s(day(2), '12:44', 'heavy-lower')]), 'endurance-before-lifting');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    const g = only(check([s(day(2), '06:00', 'zone2', { minutes: 45, rpe: 3 }), s(day(2), '12:45', 'heavy-lower')]), 'endurance-before-lifting');
    expect(g).toHaveLength(1);
    expect(g[0].severity).toBe('info');
  });
  it('does not fire when the lift comes first, on another day, or for a non-heavy lift', () => {
    expect(codes(check([s(day(2), '06:00', 'heavy-lower'), s(day(2), '18:00', 'zone2', { rpe: 3 })]))).not.toContain('endurance-before-lifting');
    expect(codes(check([s(day(1), '18:00', 'zone2', { rpe: 3 }), s(day(2), '06:00', 'heavy-lower')]))).not.toContain('endurance-before-lifting');
    expect(codes(check([s(day(2), '06:00', 'zone2', { rpe: 3 }), s(day(2), '08:00', 'hypertrophy')]))).not.toContain('endurance-before-lifting');
  });
});

describe('HIIT and heavy lifting: order and spacing (seed: lift first, at least 6 h apart)', () => {
  it('warns for HIIT before heavy lifting on one day, however far apart', () => {
    const hiit = s(day(3), '07:00', 'intervals', { modality: 'run' });
    const lift = s(day(3), '18:00', 'heavy-upper');
    const f = check([hiit, lift]);
    expect(only(f, 'hiit-and-heavy-lifting')).toMatchObject([{ severity: 'warning', sessionIds: [hiit.id, lift.id] }]);
    expect(only(f, 'hiit-and-heavy-lifting')[0].message).toContain('lift first');
    // The most specific rule only: no second finding about the same pair.
    expect(f.filter((x) => x.sessionIds.includes(hiit.id) && x.sessionIds.includes(lift.id))).toHaveLength(1);
  });
  it('warns when lifting comes first but under 6 h before the HIIT (5 h 59 min), informs at 6 h', () => {
    const lift = s(day(3), '07:00', 'power'); // ends 08:00
    expect(only(check([lift, s(day(3), '13:59', 'intervals')]), 'hiit-and-heavy-lifting')).toMatchObject([{ severity: 'warning' }]);
    const g = check([s(day(3), '07:00', 'power'), s(day(3), '14:00', 'intervals')]);
    expect(only(g, 'hiit-and-heavy-lifting')).toMatchObject([{ severity: 'info' }]);
    expect(g.filter((x) => x.severity !== 'info' && x.code !== 'no-mobility')).toEqual([]);
  });
  it('warns across midnight when under 6 h apart, not on adjacent days further apart or with hypertrophy work', () => {
    expect(only(check([s(day(3), '22:00', 'intervals'), s(day(4), '03:00', 'heavy-upper')]), 'hiit-and-heavy-lifting')).toHaveLength(1);
    expect(codes(check([s(day(3), '18:00', 'intervals'), s(day(4), '07:00', 'heavy-upper')]))).not.toContain('hiit-and-heavy-lifting');
    expect(codes(check([s(day(3), '07:00', 'hypertrophy'), s(day(3), '18:00', 'intervals')]))).not.toContain('hiit-and-heavy-lifting');
  });
});

describe('hills / downhill running within 48 h of heavy lower-body lifting (Bontemps 2020, Maeo 2017)', () => {
  const legs = () => s(day(0), '07:00', 'heavy-lower'); // ends Mon 08:00
  it('fires 47 h after heavy legs, not 49 h (nor exactly 48 h)', () => {
    const a = legs();
    const h = s(day(2), '07:00', 'hills', { modality: 'run' });
    const f = only(check([a, h]), 'hills-near-heavy-lower');
    expect(f).toHaveLength(1);
    expect(f[0].sessionIds).toEqual([a.id, h.id]);
    expect(f[0].message).toContain('47 h');
    expect(codes(check([legs(), s(day(2), '09:00', 'hills', { modality: 'run' })]))).not.toContain('hills-near-heavy-lower');
    expect(codes(check([legs(), s(day(2), '08:00', 'hills', { modality: 'run' })]))).not.toContain('hills-near-heavy-lower');
  });
  it('fires 47 h before heavy legs too, not 49 h', () => {
    // Hills Sat 07:00–08:00, legs Mon 07:00 = 47 h later
    expect(only(check([s(day(-2), '07:00', 'hills', { modality: 'run' }), legs()]), 'hills-near-heavy-lower')).toHaveLength(1);
    expect(codes(check([s(day(-2), '05:00', 'hills', { modality: 'run' }), legs()]))).not.toContain('hills-near-heavy-lower');
  });
  it('counts elevation loss ≥ 20 m/km as hills, for running but not riding', () => {
    const run = (loss: number, modality = 'run') => s(day(1), '18:00', 'zone2', { rpe: 4, modality, distanceKm: 10, elevationLossM: loss });
    expect(codes(check([legs(), run(200)]))).toContain('hills-near-heavy-lower');
    expect(codes(check([legs(), run(199)]))).not.toContain('hills-near-heavy-lower');
    expect(codes(check([legs(), run(400, 'ride')]))).not.toContain('hills-near-heavy-lower');
  });
  it('does not fire with upper-body lifting', () => {
    expect(codes(check([s(day(0), '07:00', 'heavy-upper'), s(day(1), '07:00', 'hills', { modality: 'run' })]))).not.toContain('hills-near-heavy-lower');
  });
});

describe('stress: 3+ high-stress days in a row; a week without a low-stress day', () => {
  it('fires on three high days in a row, not on two', () => {
    const three = [s(day(0), '07:00', 'heavy-lower'), s(day(1), '18:00', 'tempo'), s(day(2), '07:00', 'heavy-upper')];
    const f = only(check(three), 'high-stress-streak');
    expect(f).toHaveLength(1);
    expect(f[0].sessionIds).toEqual(three.map((x) => x.id));
    expect(f[0].date).toBe(day(0));
    expect(codes(check([three[0], three[1], s(day(3), '07:00', 'heavy-upper')]))).not.toContain('high-stress-streak');
  });
  it('classifies a day by load: 420 AU is high, 399 AU is low', () => {
    const hyper = (d: string, minutes: number) => s(d, '07:00', 'hypertrophy', { rpe: 7, minutes });
    expect(codes(check([hyper(day(0), 60), hyper(day(1), 60), hyper(day(2), 60)]))).toContain('high-stress-streak');
    expect(codes(check([hyper(day(0), 60), hyper(day(1), 57), hyper(day(2), 60)]))).not.toContain('high-stress-streak');
  });
  it('a week with no low-stress day is critical; one easy day clears it', () => {
    const hard = [0, 1, 2, 3, 4, 5, 6].map((n) => s(day(n), '07:00', n % 2 ? 'tempo' : 'heavy-lower'));
    const f = only(check(hard), 'no-low-stress-day');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('critical');
    const withRest = hard.filter((x) => x.date !== day(3));
    expect(codes(check(withRest))).not.toContain('no-low-stress-day');
  });
  it('follows the week start: a Sunday week is Sun–Sat', () => {
    const hard = [-1, 0, 1, 2, 3, 4, 5].map((n) => s(day(n), '07:00', 'heavy-upper'));
    expect(codes(check(hard, { weekStart: 'sunday', from: day(-1), to: day(5) }))).toContain('no-low-stress-day');
    expect(codes(check(hard, { weekStart: 'monday' }))).not.toContain('no-low-stress-day');
  });
});

describe('volume jump (seed volume audit)', () => {
  const base = (minutes: number, km: number | null = null) =>
    [1, 2, 3].flatMap((w) => [s(day(-7 * w), '18:00', 'zone2', { rpe: 4, minutes, distanceKm: km }), s(day(-7 * w + 3), '18:00', 'zone2', { rpe: 4, minutes, distanceKm: km })]);
  it('fires when weekly endurance minutes are > 30 % above the 3-week average, not at 30 %', () => {
    // average 120 min/week
    const at30 = [s(day(1), '18:00', 'zone2', { rpe: 4, minutes: 78 }), s(day(3), '18:00', 'zone2', { rpe: 4, minutes: 78 })];
    expect(codes(check([...base(60), ...at30]))).not.toContain('volume-jump');
    const over = [s(day(1), '18:00', 'zone2', { rpe: 4, minutes: 78 }), s(day(3), '18:00', 'zone2', { rpe: 4, minutes: 79 })];
    const f = only(check([...base(60), ...over]), 'volume-jump');
    expect(f).toHaveLength(1);
    expect(f[0].sessionIds).toEqual(over.map((x) => x.id));
  });
  it('fires on distance too', () => {
    const week = (km: number) => [s(day(1), '18:00', 'zone2', { rpe: 4, minutes: 60, distanceKm: km / 2 }), s(day(3), '18:00', 'zone2', { rpe: 4, minutes: 60, distanceKm: km / 2 })];
    expect(codes(check([...base(60, 10), ...week(26)]))).not.toContain('volume-jump');
    expect(codes(check([...base(60, 10), ...week(26.2)]))).toContain('volume-jump');
  });
  it('after 3 weeks averaging under 1 session: 3 sessions fire, 2 do not', () => {
    const two = [s(day(1), '18:00', 'zone2', { rpe: 4 }), s(day(3), '18:00', 'zone2', { rpe: 4 })];
    expect(codes(check(two))).not.toContain('volume-jump');
    expect(codes(check([...two, s(day(5), '09:00', 'zone2', { rpe: 4 })]))).toContain('volume-jump');
    // 2 sessions over the previous 3 weeks still averages under 1
    const sparse = [s(day(-14), '18:00', 'zone2', { rpe: 4 }), s(day(-7), '18:00', 'zone2', { rpe: 4 })];
    expect(codes(check([...sparse, ...two, s(day(5), '09:00', 'zone2', { rpe: 4 })]))).toContain('volume-jump');
  });
});

describe('middle-ground trap: heavy sessions that are not heavy (judged on the main lifts’ top sets)', () => {
  const sets = (spec: [number, number][], extra: Record<string, unknown> = {}) =>
    spec.map(([kg, reps]) => ({ exercise: 'Back Squat', loadKg: kg, reps, rpe: null, rir: null, type: 'working', ...extra }));
  const curls = (n: number) => sets(Array.from({ length: n }, (): [number, number] => [40, 12]), { exercise: 'Leg Curl' });
  it('a squat day of 5 × 3 at 90 % plus leg curls is heavy; the same squats as 4 × 8 are not', () => {
    const heavy = s(day(0), '07:00', 'heavy-lower', { planned: false, sets: [...sets([[60, 5]], { type: 'warmup' }), ...sets([[135, 3], [135, 3], [135, 3], [135, 3], [135, 3]]), ...curls(6)] });
    expect(codes(check([heavy]))).not.toContain('heavy-session-too-light');
    const light = s(day(0), '07:00', 'heavy-lower', { planned: false, sets: [...sets([[100, 8], [100, 8], [100, 8], [100, 8]]), ...curls(2)] });
    const f = only(check([light]), 'heavy-session-too-light');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('the top sets of 1 of its 1 main lifts were light (Back Squat: over 6 reps)');
  });
  it('top sets are the heaviest: back-off sets of 8 after heavy triples do not make the day light', () => {
    const a = s(day(0), '07:00', 'heavy-lower', { planned: false, sets: sets([[140, 3], [140, 3], [110, 8], [110, 8], [110, 8]]) });
    expect(codes(check([a]))).not.toContain('heavy-session-too-light');
  });
  it('fires when the main lift’s top sets are under 80 % of the recent e1RM (reference from earlier sessions)', () => {
    // Earlier: 100 × 5 @ RPE 8 → e1RM 123.3; 80 % = 98.64
    const earlier = s(day(-7), '07:00', 'heavy-lower', { planned: false, sets: sets([[100, 5]], { rpe: 8 }) });
    const tooOld = s(day(-28), '07:00', 'heavy-lower', { planned: false, sets: sets([[120, 5]], { rpe: 8 }) });
    const light = s(day(0), '07:00', 'heavy-lower', { planned: false, sets: [...sets([[98.5, 3], [98.5, 3], [98.5, 3]]), ...curls(3)] });
    expect(only(check([earlier, light]), 'heavy-session-too-light')[0].message).toContain('Back Squat: under 80 % of the 4-week best estimated max');
    // The reference is the best of the last 28 days (the day itself included): 28 days back is out.
    expect(codes(check([tooOld, earlier, s(day(0), '07:00', 'heavy-lower', { planned: false, sets: sets([[99, 3], [99, 3], [99, 3]]) })]))).not.toContain('heavy-session-too-light');
    const ok = s(day(0), '07:00', 'heavy-lower', { planned: false, sets: sets([[99, 3], [99, 3], [99, 3]]) });
    expect(codes(check([earlier, ok]))).not.toContain('heavy-session-too-light');
  });
  it('with no main lift it judges the other compounds, and with none of those every exercise', () => {
    const rdl = s(day(0), '07:00', 'heavy-lower', { planned: false, sets: [...sets([[100, 10], [100, 10]], { exercise: 'Romanian Deadlift' }), ...sets([[50, 4]], { exercise: 'Calf Raise' })] });
    expect(only(check([rdl]), 'heavy-session-too-light')[0].message).toContain('Romanian Deadlift: over 6 reps');
    expect(codes(check([s(day(0), '07:00', 'heavy-lower', { planned: false, sets: curls(3) })]))).toContain('heavy-session-too-light');
  });
  it('does not judge hypertrophy sessions or planned sessions', () => {
    expect(codes(check([s(day(0), '07:00', 'hypertrophy', { planned: false, sets: sets([[60, 12], [60, 12]]) })]))).not.toContain('heavy-session-too-light');
    expect(codes(check([s(day(0), '07:00', 'heavy-lower', { planned: true, sets: sets([[60, 12], [60, 12]]) })]))).not.toContain('heavy-session-too-light');
  });
});

describe('middle-ground trap: easy sessions that are not easy (Zone 2 ends at the first threshold)', () => {
  const easy = (avgHr: number, planned = false) => s(day(1), '18:00', 'zone2', { rpe: 4, modality: 'run', avgHr, planned });
  const hr = (first: number | null, threshold: number | null, max: number | null = 190, age: number | null = 34) => ({ firstThresholdBpm: first, thresholdBpm: threshold, maxBpm: max, ageYears: age });
  it('uses the first threshold when entered: clearly above (> 5 bpm) fires, at or below does not', () => {
    const f = only(check([easy(151)], { heartRate: hr(145, 170) }), 'easy-session-too-hard');
    expect(f).toMatchObject([{ severity: 'warning' }]);
    expect(f[0].message).toContain('Zone 2 ceiling of 145 bpm (your first threshold');
    expect(codes(check([easy(150)], { heartRate: hr(145, 170) }))).not.toContain('easy-session-too-hard');
    expect(codes(check([easy(130)], { heartRate: hr(145, 170) }))).not.toContain('easy-session-too-hard');
  });
  it('a run at the old ceiling (the second threshold) is flagged now that the first threshold is known', () => {
    expect(codes(check([easy(165)], { heartRate: hr(145, 170) }))).toContain('easy-session-too-hard');
  });
  it('derives the ceiling from the second threshold (89 %, Friel) when only that is known', () => {
    expect(zone2Ceiling(hr(null, 170))).toMatchObject({ bpm: 151, basis: 'derived-from-threshold' });
    const f = only(check([easy(157)], { heartRate: hr(null, 170) }), 'easy-session-too-hard');
    expect(f[0].message).toContain('89 % of your threshold heart rate 170 bpm');
    expect(codes(check([easy(156)], { heartRate: hr(null, 170) }))).not.toContain('easy-session-too-hard');
  });
  it('falls back to a labelled 75 % of HRmax, then to an age-predicted maximum', () => {
    expect(zone2Ceiling(hr(null, null, 190))).toMatchObject({ bpm: 143, basis: 'hrmax' });
    const f = only(check([easy(149)], { heartRate: hr(null, null, 190) }), 'easy-session-too-hard');
    expect(f[0].message).toContain('75 % of your maximum heart rate');
    expect(codes(check([easy(148)], { heartRate: hr(null, null, 190) }))).not.toContain('easy-session-too-hard');
    // 208 − 0.7 × 40 = 180 → 135
    expect(zone2Ceiling(hr(null, null, null, 40))).toMatchObject({ bpm: 135, basis: 'age-predicted-hrmax' });
    expect(only(check([easy(141)], { heartRate: hr(null, null, null, 40) }), 'easy-session-too-hard')[0].message).toContain('age-predicted');
    expect(zone2Ceiling(hr(null, null, null, null))).toBeNull();
  });
  it('does not judge tempo sessions or planned ones', () => {
    expect(codes(check([s(day(1), '18:00', 'tempo', { avgHr: 170, planned: false })], { heartRate: hr(145, 170) }))).not.toContain('easy-session-too-hard');
    expect(codes(check([easy(170, true)], { heartRate: hr(145, 170) }))).not.toContain('easy-session-too-hard');
  });
});

describe('no mobility work in 14 days', () => {
  const lift = () => s(day(2), '07:00', 'heavy-upper');
  it('fires when the last mobility is 14 days before the week ends, not 13', () => {
    expect(codes(check([lift(), mobility(day(6 - 13))]))).not.toContain('no-mobility');
    const f = only(check([lift(), mobility(day(6 - 14))]), 'no-mobility');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'info', date: day(6) });
  });
  it('does not fire without any training in the window', () => {
    expect(codes(check([]))).not.toContain('no-mobility');
  });
});

describe('an early session leaving < 7 h after the previous night’s bedtime', () => {
  const night = { date: day(2), bedDate: day(1), bed: '23:00' };
  it('fires at 6 h 59 min, not at 7 h 00 min', () => {
    const a = s(day(2), '05:59', 'heavy-upper', { planned: false });
    const f = only(check([a], { sleep: [night] }), 'short-night-before-session');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', sessionIds: [a.id] });
    expect(codes(check([s(day(2), '06:00', 'heavy-upper', { planned: false })], { sleep: [night] }))).not.toContain('short-night-before-session');
  });
  it('needs sleep to be logged; for a planned day without a logged night it uses the usual bedtime', () => {
    expect(codes(check([s(day(2), '05:00', 'heavy-upper')]))).not.toContain('short-night-before-session');
    const beds = ['23:30', '00:10', '00:20', '23:50', '00:10'];
    const usual = [-3, -2, -1, 0, 1].map((n, i) => ({ date: day(n), bedDate: beds[i] < '12:00' ? day(n) : day(n - 1), bed: beds[i] }));
    const f = only(check([s(day(3), '06:30', 'heavy-upper')], { sleep: usual }), 'short-night-before-session');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('info');
    expect(f[0].message).toContain('usual bedtime (00:10');
  });
});

describe('overlapping sessions', () => {
  it('fires when sessions overlap, not when one ends as the next starts', () => {
    expect(codes(check([s(day(4), '07:00', 'hypertrophy'), s(day(4), '07:59', 'mobility')]))).toContain('sessions-overlap');
    expect(codes(check([s(day(4), '07:00', 'hypertrophy'), s(day(4), '08:00', 'mobility')]))).not.toContain('sessions-overlap');
  });
});

describe('range', () => {
  it('returns only findings that touch the checked days', () => {
    const lastWeek = [s(day(-7), '07:00', 'heavy-upper'), s(day(-7), '09:00', 'intervals')];
    expect(codes(check(lastWeek))).not.toContain('hiit-and-heavy-lifting');
    expect(codes(check(lastWeek, { from: day(-7), to: day(-1) }))).toContain('hiit-and-heavy-lifting');
  });
});
