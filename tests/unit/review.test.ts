import { describe, expect, it } from 'vitest';
import { call, dispatch } from '../../src/main/core/dispatch';
import type { CoreContext } from '../../src/main/core/context';
import { ReviewWeek } from '../../src/shared/contract/review';
import { Report } from '../../src/shared/contract/report';
import { testContext } from './helpers';

// review.week on a hand-made week: Monday 16 to Sunday 22 November 2026, reviewed on Thursday 19.
const TODAY = '2026-11-19';

function handMadeWeek(weekStart: 'monday' | 'sunday' = 'monday'): CoreContext {
  const ctx = testContext(TODAY);
  call(ctx, 'profile.set', { sex: 'male', birthDate: '1990-01-01', heightCm: 180, weekStart });
  for (const [date, kg] of [['2026-11-02', 80], ['2026-11-09', 79.8], ['2026-11-16', 79.6], ['2026-11-18', 79.5]] as const) call(ctx, 'weight.add', { date, weightKg: kg });
  // The week before: one zone-2 session (240 AU) and a first squat (100 kg × 5).
  call(ctx, 'session.add', { date: '2026-11-09', start: '07:00', kind: 'zone2', minutes: 60, rpe: 4 });
  call(ctx, 'session.add', { date: '2026-11-10', start: '07:00', kind: 'heavy-lower', minutes: 30, rpe: 6, sets: [{ exercise: 'Back Squat', weightKg: 100, reps: 5 }] });
  // The week: two done (480 + 240 AU), one planned on a past day (135 AU), two ahead (420 + 450 AU).
  call(ctx, 'session.add', { date: '2026-11-16', start: '07:00', kind: 'heavy-lower', minutes: 60, rpe: 8, sets: [{ exercise: 'Back Squat', weightKg: 105, reps: 5 }] });
  call(ctx, 'session.add', { date: '2026-11-17', start: '07:00', kind: 'zone2', minutes: 45, rpe: 3, planned: true });
  call(ctx, 'session.add', { date: '2026-11-18', start: '07:00', kind: 'tempo', minutes: 40, rpe: 6 });
  call(ctx, 'session.add', { date: '2026-11-19', start: '18:00', kind: 'full-body', minutes: 60, rpe: 7, planned: true });
  call(ctx, 'session.add', { date: '2026-11-21', start: '09:00', kind: 'long', minutes: 90, rpe: 5, planned: true });
  // Nights of 6, 8, 9.5 and 7.5 h; intake on three days.
  call(ctx, 'sleep.add', { date: '2026-11-16', bed: '00:00', wake: '06:00' });
  call(ctx, 'sleep.add', { date: '2026-11-17', bed: '22:00', wake: '06:00' });
  call(ctx, 'sleep.add', { date: '2026-11-18', bed: '21:30', wake: '07:00' });
  call(ctx, 'sleep.add', { date: '2026-11-19', bed: '23:00', wake: '06:30' });
  for (const date of ['2026-11-16', '2026-11-17', '2026-11-18']) call(ctx, 'meal.add', { date, meal: 'Lunch', quick: { kcal: 2000 } });
  return ctx;
}

describe('review.week on a hand-made week', () => {
  it('planned against done, by day and by kind', () => {
    const r = ReviewWeek.parse(call(handMadeWeek(), 'review.week', {}));
    expect([r.week, r.from, r.to, r.through, r.previous, r.next]).toEqual(['2026-W47', '2026-11-16', '2026-11-22', TODAY, '2026-W46', null]);
    expect(r.days.map((d) => [d.date, d.loadAU, d.plannedLoadAU])).toEqual([
      ['2026-11-16', 480, 0],
      ['2026-11-17', 0, 135],
      ['2026-11-18', 240, 0],
      ['2026-11-19', 0, 420],
      ['2026-11-20', 0, 0],
      ['2026-11-21', 0, 450],
      ['2026-11-22', 0, 0],
    ]);
    expect(r.sessions).toMatchObject({ done: 2, ahead: 2, missed: 1, doneLoadAU: 720, plannedLoadAU: 1005 });
    expect(r.sessions.byKind.map((k) => [k.kind, k.done, k.planned, k.doneLoadAU, k.plannedLoadAU])).toEqual([
      ['heavy-lower', 1, 0, 480, 0],
      ['full-body', 0, 1, 0, 420],
      ['zone2', 0, 1, 0, 135],
      ['tempo', 1, 0, 240, 0],
      ['long', 0, 1, 0, 450],
    ]);
  });

  it('the load, sleep, records and performance index of the week', () => {
    const ctx = handMadeWeek();
    const r = ReviewWeek.parse(call(ctx, 'review.week', { week: '2026-W47' }));
    expect(r.load).toMatchObject({ strengthAU: 480, enduranceAU: 240, otherAU: 0, totalAU: 720, dailyAU: [480, 0, 240, 0], monotony: null, strain: null, previousTotalAU: 420 });
    // The same numbers as the report's week.
    const report = Report.parse(call(ctx, 'report.get', { from: '2026-11-16', to: TODAY }));
    expect(report.weeks[0].load).toEqual({ strengthAU: 480, enduranceAU: 240, otherAU: 0, totalAU: 720 });
    expect(r.sleep).toEqual({ nights: 4, avgHours: 7.75, targetLowHours: 7, targetHighHours: 9, nightsBelow: 1, nightsAbove: 1 });
    // 105 × 5 against 100 × 5 (Epley): 122.5 / 116.67 kg = 105.0 % of the best of the 28 days before.
    expect(r.lifts.performance).toEqual([{ exercise: 'Back Squat', days: 1, avgPct: 105, bestPct: 105 }]);
    expect(r.lifts.prs.map((p) => [p.type, p.value, p.previous])).toEqual(
      expect.arrayContaining([
        ['heaviest-weight', 105, 100],
        ['best-e1rm', 122.5, 116.67],
      ]),
    );
    expect(r.lifts.prs.every((p) => p.date === '2026-11-16')).toBe(true);
  });

  it('intake against expenditure is the Energy screen’s, day by day and for the week', () => {
    const ctx = handMadeWeek();
    const r = ReviewWeek.parse(call(ctx, 'review.week', {}));
    const energy = call(ctx, 'energy.dashboard', { from: '2026-11-16', to: TODAY });
    expect(r.energy.intakeDays).toBe(3);
    expect(r.energy.intakeKcalAvg).toBe(2000);
    expect(r.energy.tdeeKcalAvg).toBe(Math.round(energy.weeks[0].tdeeKcalAvg!));
    expect(r.energy.balanceKcalAvg).toBe(Math.round(energy.weeks[0].balanceKcalAvg!));
    for (const d of r.days.slice(0, 4)) {
      const e = energy.days.find((x) => x.date === d.date)!;
      expect(d.tdeeKcal).toBe(Math.round(e.tdeeKcal!));
      expect(d.intakeKcal).toBe(e.intakeKcal);
      expect(d.balanceKcal).toBe(e.intakeKcal === null ? null : Math.round(e.intakeKcal - e.tdeeKcal!));
    }
    expect(r.days.slice(4).every((d) => d.intakeKcal === null && d.tdeeKcal === null)).toBe(true);
    expect(r.energy.underFueling.level).toBe(energy.underFueling.level);
    expect(r.energy.underFueling.to).toBe(TODAY);
  });

  it('a set logged after a review shows in the next one (the kept records follow writes)', () => {
    const ctx = handMadeWeek();
    expect(call(ctx, 'review.week', {}).lifts.prs.some((p) => p.date === '2026-11-18')).toBe(false);
    call(ctx, 'set.add', { date: '2026-11-18', exercise: 'Back Squat', weightKg: 110, reps: 5 });
    const prs = call(ctx, 'review.week', {}).lifts.prs.filter((p) => p.date === '2026-11-18');
    expect(prs.find((p) => p.type === 'heaviest-weight')).toMatchObject({ value: 110, previous: 105 });
  });

  it('the planner’s findings are plan.week’s for the same week', () => {
    const ctx = handMadeWeek();
    const r = ReviewWeek.parse(call(ctx, 'review.week', {}));
    expect(r.findings).toEqual(call(ctx, 'plan.week', { date: '2026-11-16' }).findings);
  });

  it('says what the numbers say, without causes', () => {
    const r = ReviewWeek.parse(call(handMadeWeek(), 'review.week', {}));
    expect(r.summary[0]).toBe('2 sessions done (720 load points); 1 planned session on past days not done; 2 still ahead — 1,005 load points planned and not done.');
    expect(r.summary[1]).toBe('Training load so far: 720 load points (strength 480, endurance 240, other 0), 71 % above the week before (420 load points).');
    expect(r.summary).toContain('Sleep averaged 7.8 h over 4 nights (1 night under 7 h, 1 night over 9 h).');
    expect(r.summary.find((s) => s.includes('lift record'))).toMatch(/^\d lift records: Back Squat heaviest weight 105 kg; .*Back Squat best estimated max 122\.5 kg/);
    expect(r.summary.join(' ')).toMatch(/Intake averaged 2,000 kcal on 3 logged days against an estimated expenditure of [\d,]+ kcal: [−+][\d,]+ kcal a day\./);
    for (const word of ['because', 'caused', 'due to', 'led to', 'so your']) expect(r.summary.join(' ').toLowerCase()).not.toContain(word);
  });

  it('speaks the user’s weight unit', () => {
    const ctx = handMadeWeek();
    call(ctx, 'profile.set', { weightUnit: 'lb' });
    const line = call(ctx, 'review.week', {}).summary.find((s) => s.includes('lift record'));
    // 105 kg = 231.5 lb; 122.5 kg = 270.1 lb.
    expect(line).toMatch(/Back Squat heaviest weight 231\.5 lb; .*Back Squat best estimated max 270\.1 lb/);
  });

  it('Sunday-start weeks: the label names the week of its Monday', () => {
    const r = ReviewWeek.parse(call(handMadeWeek('sunday'), 'review.week', { week: '2026-W47' }));
    expect([r.from, r.to]).toEqual(['2026-11-15', '2026-11-21']);
    expect(r.load.totalAU).toBe(720);
    const byDay = call(handMadeWeek('sunday'), 'review.week', { week: '2026-11-21' });
    expect(byDay.week).toBe('2026-W47');
  });

  it('refuses a week not started yet and a malformed week, with the field named', () => {
    const ctx = handMadeWeek();
    const future = dispatch(ctx, 'review.week', { week: '2026-W49' });
    expect(future).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'week' } });
    expect(!future.ok && future.error.message).toContain('has not started yet');
    const bad = dispatch(ctx, 'review.week', { week: '2026-48' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'week' } });
    expect(!bad.ok && bad.error.message).toContain('YYYY-Www');
  });
});

describe('review.weeks', () => {
  it('one line per week, newest first, with review.week’s numbers', () => {
    const ctx = handMadeWeek();
    const list = call(ctx, 'review.weeks', { from: '2026-11-02' });
    expect(list.weeks.map((w) => w.week)).toEqual(['2026-W47', '2026-W46', '2026-W45']);
    const r = call(ctx, 'review.week', {});
    const line = list.weeks[0];
    expect(line).toMatchObject({ done: r.sessions.done, planned: r.sessions.ahead + r.sessions.missed, totalAU: r.load.totalAU, prs: r.lifts.prs.length, sleepAvgHours: r.sleep.avgHours });
    expect(line.line).toMatch(/^2 done, 3 still planned · 720 load points · [−+][\d,]+ kcal\/day against expenditure · sleep 7\.8 h · \d lift records$/);
    expect(list.weeks[2]).toMatchObject({ done: 0, totalAU: 0, sleepAvgHours: null });
  });
});
