import { describe, expect, it } from 'vitest';
import { axisRanges, liftProgressConfig, liftProgressSeries, liftProgressTable, type LiftHistory } from '../../src/shared/charts/liftProgress';
import type { ChartTheme } from '../../src/shared/charts/theme';

const THEME: ChartTheme = {
  text: '#111111',
  muted: '#555555',
  grid: 'rgba(0,0,0,0.08)',
  border: '#dddddd',
  surface: '#ffffff',
  series: ['#2563eb', '#16a34a', '#d97706', '#9333ea'],
  watch: '#b45309',
  ok: '#15803d',
  fontFamily: 'system-ui',
  locale: 'en-GB',
  today: '2026-12-03',
};

const day = (date: string, sessionId: number, e1rm: number | null, top: [number, number] | null, volume: number, workingSets = 3) => ({
  date,
  sessionId,
  bestE1rmKg: e1rm,
  topSet: top ? { weightKg: top[0], reps: top[1] } : null,
  volumeKg: volume,
  workingSets,
});

// Newest first, as exercise.history answers.
const squat: LiftHistory = {
  exercise: { name: 'Back Squat', bodyweight: false },
  days: [
    day('2026-11-20', 5, 130, [115, 5], 2300),
    day('2026-11-18', 6, null, null, 0, 0),
    day('2026-11-16', 4, 125, [110, 5], 2200),
    day('2026-11-12', 3, 125, [110, 5], 2200),
    day('2026-11-09', 2, null, null, 0),
    day('2026-11-05', 1, 120, [105, 5], 2100),
  ],
};

describe('lift progress chart', () => {
  it('puts sessions with working sets oldest first and marks each that raised the best e1RM (a tie is no record)', () => {
    const s = liftProgressSeries(squat, 'kg');
    expect(s.points.map((p) => p.date)).toEqual(['2026-11-05', '2026-11-09', '2026-11-12', '2026-11-16', '2026-11-20']);
    expect(s.points.map((p) => p.pr)).toEqual([true, false, true, false, true]);
    expect(s.points.map((p) => p.e1rm)).toEqual([120, null, 125, 125, 130]);
    expect(s.empty).toBe(false);
  });

  it('draws the PR points as their own dataset with its own style and legend entry', () => {
    const c = liftProgressConfig(liftProgressSeries(squat, 'kg'), THEME);
    const sets = c.data.datasets;
    expect(sets.map((d) => d.label)).toEqual(['Best estimated max (kg)', 'PR', 'Volume (kg)']);
    expect(sets[1].data).toEqual([120, null, 125, null, 130]);
    expect((sets[1] as { pointStyle?: string }).pointStyle).toBe('star');
    expect((sets[0] as { pointStyle?: string }).pointStyle).toBeUndefined();
    expect(sets[2].type).toBe('bar');
    expect((sets[2] as { yAxisID?: string }).yAxisID).toBe('volume');
    expect(sets[2].data).toEqual([2100, 0, 2200, 2200, 2300]);
  });

  it('keeps the volume bars in the lower half and the e1RM line above them', () => {
    const r = axisRanges(liftProgressSeries(squat, 'kg'));
    expect(r.volumeMax).toBe(4600);
    expect(r.e1rmAxis.suggestedMin).toBeLessThan(120 - 10);
    expect(r.e1rmAxis.suggestedMax).toBeGreaterThanOrEqual(130);
    expect(axisRanges(liftProgressSeries({ exercise: squat.exercise, days: [] }, 'kg'))).toEqual({ e1rmAxis: {}, volumeMax: undefined });
  });

  it('converts every weight to pounds and says so on the axes, legend and table', () => {
    const s = liftProgressSeries(squat, 'lb');
    expect(s.points[0].e1rm).toBe(264.6);
    expect(s.points[0].volume).toBe(4630);
    expect(s.points[0].topSet).toEqual({ weight: 231.5, reps: 5 });
    const c = liftProgressConfig(s, THEME);
    const scales = c.options!.scales as Record<string, { title: { text: string } }>;
    expect(scales.y.title.text).toBe('Best estimated max (lb)');
    expect(scales.volume.title.text).toBe('Volume (lb)');
    expect(c.data.datasets.map((d) => d.label)).toEqual(['Best estimated max (lb)', 'PR', 'Volume (lb)']);
    const t = liftProgressTable(s, THEME);
    expect(t.columns).toEqual(['Date', 'Best estimated max (lb)', 'PR', 'Top set (lb)', 'Volume (lb)']);
    expect(t.rows[0]).toEqual(['Thu 5 Nov', '264.6', 'PR', '231.5 lb × 5', '4,630']);
    expect(t.rows[1]).toEqual(['Mon 9 Nov', '—', '', '—', '0']);
  });

  it('shows the top set in the tooltip, with bodyweight lifts as BW ± load', () => {
    const c = liftProgressConfig(liftProgressSeries(squat, 'kg'), THEME);
    const footer = c.options!.plugins!.tooltip!.callbacks!.footer as unknown as (items: { dataIndex: number }[]) => string;
    expect(footer([{ dataIndex: 4 }])).toBe('Top set: 115.0 kg × 5');
    const pull = liftProgressSeries({ exercise: { name: 'Pull-up', bodyweight: true }, days: [day('2026-11-20', 9, 95, [10, 6], 0), day('2026-11-18', 8, null, [0, 12], 0)] }, 'kg');
    expect(liftProgressTable(pull, THEME).rows.map((r) => r[3])).toEqual(['BW × 12', 'BW + 10.0 kg × 6']);
  });

  it('is empty with a message naming the exercise when it has no session with working sets', () => {
    const s = liftProgressSeries({ exercise: { name: 'Deadlift', bodyweight: false }, days: [day('2026-11-20', 7, null, null, 0, 0)] }, 'kg');
    expect(s.empty).toBe(true);
    expect(s.points).toEqual([]);
    expect(s.emptyText).toBe('Log working sets of Deadlift to see its progress');
    expect(liftProgressTable(s, THEME).rows).toEqual([]);
  });
});
