import { describe, expect, it } from 'vitest';
import { energyDashboard } from '../../src/main/analysis/energyDashboard';
import type { DailyIntake, DailyTraining } from '../../src/main/analysis/dailyInputs';
import { energyChartSeries, energyWeekRows, MARKER_LABELS, rangeDates } from '../../src/shared/charts/energy';
import type { EnergyDashboard, EnergyWeek } from '../../src/shared/contract/energy';
import { EnergyDashboard as EnergyDashboardSchema } from '../../src/shared/contract/energy';
import { dayRange } from '../../src/shared/dates';
import { kgToLb } from '../../src/shared/units';

const TO = '2026-11-26';
const dates = dayRange('2026-07-01', TO);

function dashboard(range: { from: string; to: string }, opts: { profile?: boolean; weights?: boolean; intake?: boolean } = {}): EnergyDashboard {
  const { profile = true, weights = true, intake = true } = opts;
  const intakes: DailyIntake[] = dates.map((date, t) => {
    if (!intake) return { date, intakeKcal: null, proteinG: null, carbsG: null, fatG: null, complete: null, fast: false };
    if (date === '2026-11-24') return { date, intakeKcal: null, proteinG: null, carbsG: null, fatG: null, complete: false, fast: false };
    if (date === '2026-11-22') return { date, intakeKcal: 0, proteinG: 0, carbsG: 0, fatG: 0, complete: true, fast: true };
    if (date === '2026-11-25' || t % 11 === 3) return { date, intakeKcal: null, proteinG: null, carbsG: null, fatG: null, complete: null, fast: false };
    return { date, intakeKcal: 2600 + (t % 5) * 50, proteinG: 150, carbsG: 320, fatG: 80, complete: true, fast: false };
  });
  const training: DailyTraining[] = dates.map((date) => ({ date, loadAU: 0, plannedLoadAU: 0, sessions: [], sleepHours: null, e1rmKg: {} }));
  const w = weights ? dates.map((date, t) => ({ date, weightKg: t % 4 === 1 ? null : 82 - t * 0.01 })) : [];
  const dash = energyDashboard({
    profile: profile ? { sex: 'male', birthDate: '1990-01-01', heightCm: 182, activityLevel: 'moderate', bodyFatPct: null } : null,
    weights: w,
    intake: intakes,
    training,
    ...range,
  });
  // What crosses the contract is exactly what the chart reads.
  return EnergyDashboardSchema.parse(dash);
}

describe('energy chart series', () => {
  it.each([
    ['week', 7],
    ['month', 30],
    ['quarter', 91],
  ] as const)('the %s range shows %i days ending at the dashboard’s last day', (range, n) => {
    const s = energyChartSeries(dashboard(rangeDates(range, TO)), range, 'kg');
    expect(s.labels).toHaveLength(n);
    expect(s.labels[n - 1]).toBe(TO);
    expect(s.from).toBe(s.labels[0]);
    for (const k of ['intakeKcal', 'intake7dAvgKcal', 'tdeeKcal', 'tdeeLowKcal', 'tdeeHighKcal', 'scaleWeight', 'trendWeight', 'eaKcalPerKgFfm'] as const) expect(s[k]).toHaveLength(n);
    expect(s.empty).toBe(false);
  });

  it('draws missing, incomplete and fast days as markers with their own labels, never as a logged bar', () => {
    const s = energyChartSeries(dashboard(rangeDates('week', TO)), 'week', 'kg');
    const at = (date: string) => s.labels.indexOf(date);
    expect(s.intakeStatus[at('2026-11-24')]).toBe('incomplete');
    expect(s.intakeStatus[at('2026-11-25')]).toBe('missing');
    expect(s.intakeStatus[at('2026-11-22')]).toBe('fast');
    expect(s.intakeKcal[at('2026-11-24')]).toBeNull();
    expect(s.intakeKcal[at('2026-11-25')]).toBeNull();
    expect(s.intakeKcal[at('2026-11-22')]).toBe(0);
    expect(s.markers.map((m) => [m.date, m.status])).toEqual(
      expect.arrayContaining([
        ['2026-11-22', 'fast'],
        ['2026-11-24', 'incomplete'],
        ['2026-11-25', 'missing'],
      ]),
    );
    expect(s.markers.find((m) => m.status === 'missing')!.label).toBe(MARKER_LABELS.missing);
    expect(s.markers.every((m) => s.intakeStatus[m.index] === m.status)).toBe(true);
    expect(s.markers.some((m) => m.status === ('complete' as never))).toBe(false);
    expect(s.markerKcal).toBeGreaterThan(0);
    expect(s.markerKcal).toBeLessThan(s.kcalAxis.max * 0.1);
  });

  it('puts the TDEE line inside its band; the axis starts at 0 and clears bars and band', () => {
    const s = energyChartSeries(dashboard(rangeDates('month', TO)), 'month', 'kg');
    s.tdeeKcal.forEach((v, i) => {
      expect(v).not.toBeNull();
      expect(s.tdeeLowKcal[i]!).toBeLessThanOrEqual(v!);
      expect(s.tdeeHighKcal[i]!).toBeGreaterThanOrEqual(v!);
    });
    const highest = Math.max(...s.tdeeHighKcal.map(Number), ...s.intakeKcal.filter((v) => v != null).map(Number));
    expect(s.kcalAxis.max).toBeGreaterThanOrEqual(highest);
    expect(s.kcalAxis.min).toBe(0);
  });

  it('converts weights to the user’s unit', () => {
    const d = dashboard(rangeDates('week', TO));
    const kg = energyChartSeries(d, 'week', 'kg');
    const lb = energyChartSeries(d, 'week', 'lb');
    expect(lb.weightUnit).toBe('lb');
    const i = kg.scaleWeight.findIndex((v) => v != null);
    expect(lb.scaleWeight[i]).toBeCloseTo(kgToLb(kg.scaleWeight[i]!), 0);
    expect(lb.trendWeight[6]).toBeCloseTo(kgToLb(kg.trendWeight[6]!), 1);
  });

  it('is empty, with the steps to fill it, when nothing is logged', () => {
    const s = energyChartSeries(dashboard(rangeDates('quarter', TO), { profile: false, weights: false, intake: false }), 'quarter', 'kg');
    expect(s.empty).toBe(true);
    expect(s.emptySteps).toHaveLength(3);
    expect(s.emptySteps[0]).toMatch(/profile/);
    expect(s.emptySteps[1]).toMatch(/weight/);
    expect(s.emptySteps[2]).toMatch(/never counted as zero/);
    expect(s.markers).toHaveLength(91);
  });

  it('is not empty with weigh-ins alone (the estimate starts from the formula)', () => {
    const s = energyChartSeries(dashboard(rangeDates('month', TO), { intake: false }), 'month', 'kg');
    expect(s.empty).toBe(false);
    expect(s.tdeeKcal.every((v) => v != null)).toBe(true);
  });
});

describe('energy weekly table rows', () => {
  const week = (over: Partial<EnergyWeek>): EnergyWeek => ({
    week: '2026-W47',
    from: '2026-11-16',
    to: '2026-11-22',
    intakeKcalAvg: 2480.4,
    tdeeKcalAvg: 3120.6,
    balanceKcalAvg: -640.2,
    weightChangePct: -0.8123,
    eaKcalPerKgFfmAvg: 32.26,
    intakeDays: 6,
    partial: false,
    ...over,
  });

  it('keeps the weeks that overlap the range, newest first, rounded and formatted with signs', () => {
    const rows = energyWeekRows(
      [week({ week: '2026-W46', from: '2026-11-09', to: '2026-11-15' }), week({}), week({ week: '2026-W48', from: '2026-11-23', to: '2026-11-29', partial: true, balanceKcalAvg: 120, weightChangePct: 0.1 })],
      '2026-11-20',
      '2026-11-26',
    );
    expect(rows.map((r) => r.week)).toEqual(['2026-W48', '2026-W47']);
    expect(rows[1]).toMatchObject({ intakeKcalAvg: 2480, tdeeKcalAvg: 3121, balanceKcalAvg: -640, weightChangePct: -0.81, eaKcalPerKgFfmAvg: 32.3 });
    expect(rows[1].text).toEqual({ intake: '2,480', tdee: '3,121', balance: '−640', weightChange: '−0.81 %', ea: '32.3' });
    expect(rows[0].text.balance).toBe('+120');
    expect(rows[0].text.weightChange).toBe('+0.10 %');
    expect(rows[0].partial).toBe(true);
    // Per lb of lean mass for lb users (32.26 kcal/kg × 0.4536).
    expect(energyWeekRows([week({})], '2026-11-20', '2026-11-26', 'lb')[0].text.ea).toBe('14.6');
  });

  it('shows a dash for weeks without data', () => {
    const [r] = energyWeekRows([week({ intakeKcalAvg: null, balanceKcalAvg: null, weightChangePct: null, eaKcalPerKgFfmAvg: null, tdeeKcalAvg: null })], '2026-11-16', '2026-11-22');
    expect(r.text).toEqual({ intake: '—', tdee: '—', balance: '—', weightChange: '—', ea: '—' });
  });
});
