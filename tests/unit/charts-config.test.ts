import { describe, expect, it } from 'vitest';
import type { EnergyChartSeries } from '../../src/shared/charts/energy';
import { energyChartConfig, energyChartTable, energyWeightChartConfig, energyWeightChartTable } from '../../src/shared/charts/energyConfig';
import { kcalText as kcal } from '../../src/shared/units';
import { cell, localDayMs, withAlpha, type ChartTheme } from '../../src/shared/charts/theme';
import { weightChartData, type WeightChartDay } from '../../src/shared/charts/weight';
import { weightChartConfig, weightChartTable } from '../../src/shared/charts/weightConfig';

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

function energySeries(): EnergyChartSeries {
  return {
    range: 'week',
    from: '2026-11-24',
    to: '2026-11-26',
    labels: ['2026-11-24', '2026-11-25', '2026-11-26'],
    intakeKcal: [2400, null, 0],
    intakeStatus: ['complete', 'missing', 'fast'],
    markers: [
      { index: 1, date: '2026-11-25', status: 'missing', label: 'Nothing logged — missing, not counted as zero' },
      { index: 2, date: '2026-11-26', status: 'fast', label: 'Fast — counted as 0 kcal' },
    ],
    markerKcal: 120,
    intake7dAvgKcal: [2400, 2400, 1200],
    tdeeKcal: [2600, 2610, 2620],
    tdeeLowKcal: [2400, 2410, 2420],
    tdeeHighKcal: [2800, 2810, 2820],
    exerciseKcal: [300, 0, 0],
    eaKcalPerKgFfm: [30.5, null, null],
    weightUnit: 'lb',
    scaleWeight: [176.4, null, 175.9],
    trendWeight: [176.2, 176.1, 176],
    kcalAxis: { min: 0, max: 3500 },
    empty: false,
    emptySteps: [],
  };
}

describe('chart theme helpers', () => {
  it('adds an alpha to a hex colour and leaves other colours alone', () => {
    expect(withAlpha('#2563eb', 0.5)).toBe('rgba(37, 99, 235, 0.5)');
    expect(withAlpha('rgba(0,0,0,0.1)', 0.5)).toBe('rgba(0,0,0,0.1)');
  });
  it('places a day at local midnight', () => {
    expect(new Date(localDayMs('2026-11-26')).getHours()).toBe(0);
    expect(new Date(localDayMs('2026-11-26')).getDate()).toBe(26);
  });
  it('writes a missing value as a dash', () => {
    expect(cell(null)).toBe('—');
    expect(cell(1234.56, 1)).toBe('1,234.6');
  });
});

describe('energy chart configuration', () => {
  it('draws intake bars, markers, the band and the lines in the theme colours on a 0-based kcal axis', () => {
    const c = energyChartConfig(energySeries(), THEME);
    expect(c.data.labels).toEqual(['24 Nov', '25 Nov', '26 Nov']);
    expect(energyChartConfig(energySeries(), { ...THEME, locale: 'en-US' }).data.labels).toEqual(['Nov 24', 'Nov 25', 'Nov 26']);
    const byLabel = new Map(c.data.datasets.map((d) => [d.label, d]));
    expect(byLabel.get('Intake (logged)')!.data).toEqual([2400, null, 0]);
    expect(byLabel.get('Intake (logged)')!.backgroundColor).toBe(withAlpha(THEME.series[0], 0.55));
    expect(byLabel.get('Not logged (missing)')!.data).toEqual([null, 120, null]);
    expect(byLabel.get('Fast (0 kcal)')!.data).toEqual([null, null, 120]);
    expect(byLabel.get('Fast (0 kcal)')!.borderColor).toBe(THEME.ok);
    expect(byLabel.get('Marked incomplete (left out)')!.borderColor).toBe(THEME.watch);
    expect(byLabel.get('Estimated expenditure')!.borderColor).toBe(THEME.series[1]);
    expect(byLabel.get('7-day average intake')!.borderColor).toBe(THEME.series[2]);
    const y = c.options!.scales!.y as { min: number; max: number };
    expect([y.min, y.max]).toEqual([0, 3500]);
  });

  it('keeps the band’s lower edge and absent marker kinds out of the legend', () => {
    const c = energyChartConfig(energySeries(), THEME);
    const filter = c.options!.plugins!.legend!.labels!.filter!;
    const shown = c.data.datasets.map((d, i) => ({ text: d.label!, datasetIndex: i })).filter((item) => filter(item as never, c.data as never));
    expect(shown.map((s) => s.text)).toEqual(['Intake (logged)', 'Not logged (missing)', 'Fast (0 kcal)', 'Expenditure 95 % band', 'Estimated expenditure', '7-day average intake']);
  });

  it('draws weigh-ins and trend in the series unit', () => {
    const c = energyWeightChartConfig(energySeries(), THEME);
    expect(c.data.datasets.map((d) => d.label)).toEqual(['Weight trend (lb)', 'Weigh-ins (lb)']);
    expect(c.data.datasets[0].borderColor).toBe(THEME.series[3]);
  });

  it('gives screen readers the same numbers as a table, markers in words', () => {
    const t = energyChartTable(energySeries(), THEME);
    expect(t.columns[1]).toBe('Intake (kcal)');
    expect(t.rows).toHaveLength(3);
    expect(t.rows[0]).toEqual(['Tue 24 Nov', '2,400', '2,600', '2,400–2,800', '2,400']);
    expect(t.rows[1][1]).toBe('Nothing logged — missing, not counted as zero');
    const w = energyWeightChartTable(energySeries(), THEME);
    expect(w.columns).toEqual(['Date', 'Weigh-in (lb)', 'Trend (lb)']);
    expect(w.rows[1]).toEqual(['Wed 25 Nov', '—', '176.1']);
  });

  it('formats kcal as the view shows them', () => {
    expect(kcal(2449.6)).toBe('2,450');
    expect(kcal(null)).toBe('—');
  });
});

describe('weight chart configuration', () => {
  const days: WeightChartDay[] = [
    { date: '2026-11-24', weightKg: 80, trendKg: 80 },
    { date: '2026-11-25', weightKg: null, trendKg: 80 },
    { date: '2026-11-26', weightKg: 79, trendKg: 79.9 },
  ];
  const series = weightChartData({ days, weighInDates: ['2026-11-24', '2026-11-26', '2026-11-26'], unit: 'kg' });

  it('shows the range from half a day before to half a day after, points and trend on one x list', () => {
    const c = weightChartConfig(series, THEME);
    const x = c.options!.scales!.x as { min: number; max: number; time: { unit: string } };
    expect(x.min).toBe(localDayMs(series.from) - 43_200_000);
    expect(x.max).toBe(localDayMs(series.to) + 43_200_000);
    expect(x.time.unit).toBe('day');
    const [points, trend] = c.data.datasets;
    expect(points.data.map((p) => p.y)).toEqual([80, null, 79]);
    expect(trend.data).toHaveLength(3);
    expect(points.borderColor).toBe(THEME.series[0]);
    expect(trend.borderColor).toBe(THEME.series[1]);
  });

  it('gives screen readers every point with its weigh-in count', () => {
    const t = weightChartTable(series, THEME);
    expect(t.columns).toEqual(['Date', 'Weight (kg)', 'Trend (kg)', 'Weigh-ins']);
    expect(t.rows).toEqual([
      ['Tue 24 Nov', '80.0', '80.0', '1'],
      ['Wed 25 Nov', '—', '80.0', '0'],
      ['Thu 26 Nov', '79.0', '79.9', '2'],
    ]);
  });
});
