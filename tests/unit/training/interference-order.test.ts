// The planner's order-and-spacing rule for long or hard endurance before heavy legs, and the
// short-sleep finding: each with its positive and negative case.
import { describe, expect, it } from 'vitest';
import { checkPlan, type CheckPlanInput, type Finding, type PlanSession } from '../../../src/main/analysis/interference';
import { addDays } from '../../../src/shared/dates';

// The checked week: Mon 23 – Sun 29 Nov 2026.
const MON = '2026-11-23';
const day = (n: number): string => addDays(MON, n);

let nextId = 1;
function s(date: string, start: string, kind: string, extra: Partial<PlanSession> = {}): PlanSession {
  return { id: nextId++, date, start, minutes: 60, kind, modality: null, rpe: 5, distanceKm: null, elevationLossM: null, avgHr: null, planned: true, ...extra };
}
const check = (sessions: PlanSession[], extra: Partial<CheckPlanInput> = {}): Finding[] => checkPlan({ from: MON, to: day(6), weekStart: 'monday', sessions, ...extra });
const only = (f: Finding[], code: string): Finding[] => f.filter((x) => x.code === code);
const pairOf = (f: Finding[], a: PlanSession, b: PlanSession): Finding[] => f.filter((x) => x.sessionIds.includes(a.id) && x.sessionIds.includes(b.id));

describe('long or hard endurance ending < 24 h before heavy lower-body lifting', () => {
  it('a long run the day before heavy legs warns, naming exactly the two sessions and a reorder', () => {
    const long = s(day(1), '09:00', 'long', { minutes: 100, modality: 'run', rpe: 6 }); // ends Tue 10:40
    const legs = s(day(2), '07:00', 'heavy-lower'); // 20 h 20 min later
    const f = only(check([long, legs]), 'endurance-before-heavy-legs');
    expect(f).toMatchObject([{ severity: 'warning', sessionIds: [long.id, legs.id], date: day(1) }]);
    expect(f[0].message).toContain('20 h 20 min before');
    expect(f[0].message).toContain('swap them (heavy legs first');
    expect(f[0].source).toContain('Sporer & Wenger 2003');
  });
  it('fires at 23 h 59 min, not at 24 h', () => {
    const tempo = () => s(day(1), '07:00', 'tempo', { modality: 'run', rpe: 7 }); // ends 08:00
    expect(only(check([tempo(), s(day(2), '07:59', 'heavy-lower')]), 'endurance-before-heavy-legs')).toHaveLength(1);
    expect(only(check([tempo(), s(day(2), '08:00', 'heavy-lower')]), 'endurance-before-heavy-legs')).toHaveLength(0);
  });
  it('counts 90 min of easy endurance as long, but not 89 min', () => {
    const ride = (minutes: number) => s(day(1), '09:00', 'zone2', { minutes, modality: 'ride', rpe: 3 });
    expect(only(check([ride(90), s(day(2), '09:00', 'heavy-lower')]), 'endurance-before-heavy-legs')).toHaveLength(1);
    expect(only(check([ride(89), s(day(2), '09:00', 'heavy-lower')]), 'endurance-before-heavy-legs')).toHaveLength(0);
  });
  it('does not fire for an easy short run, for upper-body lifting, or when the legs come first', () => {
    expect(only(check([s(day(1), '18:00', 'zone2', { minutes: 45, rpe: 3, modality: 'run' }), s(day(2), '07:00', 'heavy-lower')]), 'endurance-before-heavy-legs')).toHaveLength(0);
    expect(only(check([s(day(1), '18:00', 'long', { minutes: 120, modality: 'run' }), s(day(2), '07:00', 'heavy-upper')]), 'endurance-before-heavy-legs')).toHaveLength(0);
    expect(only(check([s(day(1), '07:00', 'heavy-lower'), s(day(1), '18:00', 'long', { minutes: 120, modality: 'run' })]), 'endurance-before-heavy-legs')).toHaveLength(0);
  });
  it('a hills run is judged by the hills rule alone (its 48 h window holds these 24 h)', () => {
    const hills = s(day(1), '09:00', 'hills', { modality: 'run', rpe: 7 });
    const legs = s(day(2), '07:00', 'heavy-lower');
    const f = pairOf(check([hills, legs]), hills, legs);
    expect(f.map((x) => x.code)).toEqual(['hills-near-heavy-lower']);
  });
  it('on one day, < 6 h apart, a tempo run before heavy legs gives this one finding, not three', () => {
    const tempo = s(day(3), '06:00', 'tempo', { modality: 'run', rpe: 7 });
    const legs = s(day(3), '09:00', 'heavy-lower');
    expect(pairOf(check([tempo, legs]), tempo, legs).map((x) => x.code)).toEqual(['endurance-before-heavy-legs']);
  });
});

describe('a short logged night before a day with sessions (≤ 6 h high, 6–7 h watch)', () => {
  const night = (hours: number) => ({ date: day(2), bedDate: day(1), bed: '23:00', hours });
  const lift = () => s(day(2), '17:00', 'heavy-upper');
  it('6 h or less is a warning on that day, listing its sessions', () => {
    const a = lift();
    const b = s(day(2), '19:00', 'mobility', { minutes: 20 });
    const f = only(check([a, b], { sleep: [night(6)] }), 'short-sleep');
    expect(f).toMatchObject([{ severity: 'warning', date: day(2), sessionIds: [a.id, b.id] }]);
    expect(f[0].message).toContain('Only 6 h of sleep before Wed 25 Nov');
    expect(f[0].source).toContain('Craven 2022');
  });
  it('over 6 h and under 7 h is a note; 7 h is nothing', () => {
    expect(only(check([lift()], { sleep: [night(6.5)] }), 'short-sleep')).toMatchObject([{ severity: 'info' }]);
    expect(only(check([lift()], { sleep: [night(7)] }), 'short-sleep')).toHaveLength(0);
  });
  it('needs sessions that day and a logged night', () => {
    expect(only(check([s(day(3), '17:00', 'heavy-upper')], { sleep: [night(5)] }), 'short-sleep')).toHaveLength(0);
    expect(only(check([lift()]), 'short-sleep')).toHaveLength(0);
  });
  it('replaces the bedtime estimate for that day (one finding about one night)', () => {
    const early = s(day(2), '05:00', 'heavy-upper', { planned: false });
    const f = check([early], { sleep: [{ ...night(5.5) }] });
    expect(only(f, 'short-sleep')).toHaveLength(1);
    expect(only(f, 'short-night-before-session')).toHaveLength(0);
  });
});
