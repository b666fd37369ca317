import { describe, expect, it } from 'vitest';
import {
  evidenceWord,
  formText,
  hasLoad,
  liftChoices,
  loadModelConfig,
  loadModelTable,
  pickLift,
  ratioText,
  rText,
  sleepLiftConfig,
  sleepLiftSummary,
  sleepLiftTable,
  weeklyLoadConfig,
  weeklyLoadTable,
  weekRows,
} from '../../src/shared/charts/insights';
import type { ChartTheme } from '../../src/shared/charts/theme';
import type { LoadModelRow, SleepVsLiftInsight, StressWeek } from '../../src/shared/contract/insights';

const THEME: ChartTheme = {
  text: '#111111',
  muted: '#555555',
  grid: 'rgba(0,0,0,0.08)',
  border: '#dddddd',
  surface: '#ffffff',
  series: ['#2563eb', '#dc2626', '#16a34a', '#9333ea'],
  watch: '#b45309',
  ok: '#15803d',
  fontFamily: 'system-ui',
  locale: 'en-GB',
  today: '2026-12-03',
};

const point = (date: string, exercise: string, sleepHours: number, performancePct: number) => ({ date, exercise, sleepHours, performancePct });

function squat(over: Partial<SleepVsLiftInsight> = {}): SleepVsLiftInsight {
  return {
    exercise: 'Back Squat',
    n: 6,
    r: null,
    rLow: null,
    rHigh: null,
    spearman: 0.8,
    slopePctPerHour: 2,
    slopeLowPctPerHour: -1,
    slopeHighPctPerHour: 5,
    // Under 6 h: 96, 98, 97 → 3 % below on average; 6 h and over: 101, 99, 100 → at the best.
    points: [
      point('2026-11-02', 'Back Squat', 5.5, 96),
      point('2026-11-05', 'Back Squat', 5.8, 98),
      point('2026-11-06', 'Back Squat', 5.9, 97),
      point('2026-11-09', 'Back Squat', 7, 101),
      point('2026-11-12', 'Back Squat', 8, 99),
      point('2026-11-13', 'Back Squat', 6, 100),
    ],
    line: [
      { sleepHours: 5.5, pct: 96.5, low: 93, high: 100 },
      { sleepHours: 8, pct: 100.5, low: 97, high: 104 },
    ],
    ...over,
  };
}

describe('sleep vs lift', () => {
  it('offers the lifts with points and picks the pooled row by default', () => {
    const pooled = squat({ exercise: 'All main lifts' });
    const empty = squat({ exercise: 'Deadlift', n: 0, points: [], line: [] });
    const rows = [squat(), empty, pooled];
    expect(liftChoices(rows)).toEqual(['Back Squat', 'All main lifts']);
    expect(pickLift(rows, null)?.exercise).toBe('All main lifts');
    expect(pickLift(rows, 'Back Squat')?.exercise).toBe('Back Squat');
    expect(pickLift(rows, 'Deadlift')?.exercise).toBe('All main lifts');
    expect(pickLift([empty], null)).toBeNull();
  });

  it('hides r below 10 days, notes a small sample below 30, and says it plainly without cause', () => {
    const s = sleepLiftSummary(squat());
    expect(s.r).toBeNull();
    expect(s.smallSample).toBe(true);
    expect(s.spearman).toBe('ρ = 0.80');
    expect(s.sentence).toBe('On nights under 6 h your Back Squat was 3.0 % below its 28-day best on average (at its best after longer nights); n = 6: too few days to judge (r needs 10).');
    expect(s.sentence).not.toMatch(/because|cause/);
  });

  it('shows r with its interval and grades the evidence', () => {
    expect(rText({ r: 0.31, rLow: -0.11, rHigh: 0.63 })).toBe('r = 0.31 [−0.11, 0.63]');
    expect(evidenceWord({ n: 24, r: 0.31, rLow: -0.11, rHigh: 0.63 })).toBe('weak evidence');
    expect(evidenceWord({ n: 24, r: 0.6, rLow: 0.2, rHigh: 0.8 })).toBe('some evidence');
    expect(evidenceWord({ n: 60, r: 0.25, rLow: 0.05, rHigh: 0.44 })).toBe('some evidence');
    expect(evidenceWord({ n: 60, r: 0.4, rLow: 0.16, rHigh: 0.59 })).toBe('moderate evidence');
    expect(evidenceWord({ n: 60, r: -0.6, rLow: -0.74, rHigh: -0.41 })).toBe('clear evidence');
    const s = sleepLiftSummary(squat({ n: 40, r: 0.31, rLow: 0.0, rHigh: 0.56 }));
    expect(s.smallSample).toBe(false);
    expect(s.sentence).toContain('n = 40, r = 0.31 [0.00, 0.56]: weak evidence.');
  });

  it('moves the cut to 6.5 or 7 h when under 3 nights fall each side of 6 h, and gives up when none has', () => {
    const at = (h: number, pct: number, i: number) => point(`2026-11-${String(i + 1).padStart(2, '0')}`, 'Back Squat', h, pct);
    // One night under 6 h, three under 7 h (97 on average), three over (102).
    const sevens = squat({ points: [at(5.9, 97, 0), at(6.6, 96, 1), at(6.8, 98, 2), at(7.5, 102, 3), at(7.9, 101, 4), at(8, 103, 5)] });
    expect(sleepLiftSummary(sevens).sentence).toMatch(/^On nights under 7 h your Back Squat was 3\.0 % below its 28-day best on average \(2\.0 % above after longer nights\)/);
    const alike = squat({ points: [at(7.5, 97, 0), at(8.2, 102, 1)] });
    expect(sleepLiftSummary(alike).sentence).toMatch(/^Your nights before these sessions \(7\.5–8\.2 h\) are too few or too alike/);
    const pooled = sleepLiftSummary(squat({ exercise: 'All main lifts' }));
    expect(pooled.sentence).toMatch(/^On nights under 6 h your main lifts were 3\.0 % below their 28-day best/);
  });

  it('draws a scatter per lift with the fitted line over its band, axes with units', () => {
    const row = squat({ exercise: 'All main lifts', points: [...squat().points, point('2026-11-03', 'Deadlift', 6, 100)] });
    const c = sleepLiftConfig(row, THEME);
    const labels = c.data.datasets.map((d) => d.label);
    expect(labels).toEqual(['Back Squat', 'Deadlift', 'band-low', 'Fit 95 % band', 'Fitted line']);
    expect(c.data.datasets[0].data).toEqual(squat().points.map((p) => ({ x: p.sleepHours, y: p.performancePct })));
    expect(c.data.datasets[3].fill).toBe('-1');
    expect(c.data.datasets[4].data).toEqual([{ x: 5.5, y: 96.5 }, { x: 8, y: 100.5 }]);
    const scales = c.options!.scales as Record<string, { title: { text: string } }>;
    expect(scales.x.title.text).toBe('Prior-night sleep (h)');
    expect(scales.y.title.text).toContain('%');
    const t = sleepLiftTable(row, THEME);
    expect(t.rows).toHaveLength(7);
    expect(t.rows[6]).toEqual(['Tue 3 Nov', 'Deadlift', '6.0', '100.0']);
  });
});

const day = (date: string, loadAU: number, highStress = false, easy = false) => ({ date, loadAU, highStress, easy });
const week = (w: string, from: string, to: string, loads: number[], over: Partial<StressWeek> = {}): StressWeek => ({
  week: w,
  from,
  to,
  strengthAU: 100,
  enduranceAU: 50,
  otherAU: 10,
  totalAU: 160,
  monotony: 1.234,
  strain: 197.4,
  days: loads.map((l, i) => day(`${from.slice(0, 8)}${String(Number(from.slice(8)) + i).padStart(2, '0')}`, l)),
  ...over,
});
const model = (date: string, acute: number, chronic: number, ratio: number | null = null): LoadModelRow => ({ date, acute, chronic, ctl: chronic, atl: acute, tsb: chronic - acute, ratio });

describe('weekly stress load', () => {
  const weeks = [week('2026-W46', '2026-11-09', '2026-11-15', [40, 0, 60, 0, 60, 0, 0]), week('2026-W47', '2026-11-16', '2026-11-22', [80, 0, 80, 0, 0, 0, 0], { strengthAU: 160, enduranceAU: 0, otherAU: 0, totalAU: 160 })];
  const days = [model('2026-11-15', 20, 15), model('2026-11-16', 30, 16), model('2026-11-22', 25, 18, 1.39)];

  it('stacks strength, endurance and other per week in load points', () => {
    const c = weeklyLoadConfig(weeks, THEME);
    expect(c.data.labels).toEqual(['9 Nov', '16 Nov']);
    expect(c.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Strength', [100, 160]],
      ['Endurance', [50, 0]],
      ['Other (sport, mobility)', [10, 0]],
    ]);
    const scales = c.options!.scales as Record<string, { stacked: boolean; title: { text: string } }>;
    expect(scales.y.stacked).toBe(true);
    expect(scales.y.title.text).toContain('Load points');
    expect(weeklyLoadTable(weeks, THEME).rows[0]).toEqual(['9\u2009–\u200915 Nov', '100', '50', '10', '160', '1.23', '197']);
    expect(weeklyLoadTable(weeks, THEME).caption).toContain('population SD');
    expect(hasLoad({ weeks: weeks.map((w) => ({ ...w, totalAU: 0 })) })).toBe(false);
    expect(hasLoad({ weeks })).toBe(true);
  });

  it('draws acute and chronic load as two lines and gives each week its change', () => {
    const c = loadModelConfig(days, THEME);
    expect(c.data.datasets.map((d) => d.data)).toEqual([
      [20, 30, 25],
      [15, 16, 18],
    ]);
    expect(loadModelTable(days, THEME).rows[2]).toEqual(['Sun 22 Nov', '25', '18', '18', '25', '-7']);
    const rows = weekRows({ weeks, days });
    expect(rows.map((r) => [r.endDate, r.acute, r.chronic, r.text.acuteChange, r.text.chronicChange])).toEqual([
      ['2026-11-15', 20, 15, '—', '—'],
      ['2026-11-22', 25, 18, '+5', '+3'],
    ]);
  });

  it('says the ratio only when the server gives it, and form in words', () => {
    expect(ratioText(days.slice(0, 2))).toBeNull();
    expect(ratioText(days)).toBe("Your last 7 days' load is well above your 28-day level (recent ÷ usual: 1.39).");
    expect(formText(-40)).toMatch(/deep fatigue/);
    expect(formText(-15)).toMatch(/training hard/);
    expect(formText(0)).toBe('balanced');
    expect(formText(12)).toMatch(/fresh/);
  });
});
