// The Energy view's two chart.js configurations (expenditure vs intake; weight), built from
// energyChartSeries (energy.ts) and the theme. Pure: the Chart component only draws what these return.
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import type { EnergyChartSeries } from './energy';
import { cell, withAlpha, type ChartTable, type ChartTheme, type DateStyle } from './theme';
import { kcalText } from '../units';
import { dayMonth, dayRangeText, shortDay } from '../dateFormat';

/** The band's lower edge is drawn (the band fills up to the next dataset) but is no series of its own. */
const BAND_LOW = 'band-low';

/** What both charts share: the same days on the same date axis, one tooltip per day. */
function dayChart(s: EnergyChartSeries, theme: ChartTheme) {
  const axis = (title: string) => ({
    title: { display: true, text: title, color: theme.muted },
    ticks: { color: theme.muted },
    grid: { color: theme.grid },
  });
  return {
    labels: s.labels.map((d) => dayMonth(d, theme.locale, theme.today)),
    axis,
    dateAxis: { ...axis('Date'), ticks: { color: theme.muted, maxRotation: 0, autoSkip: true, maxTicksLimit: 12 } },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false as const,
      interaction: { mode: 'index' as const, intersect: false },
    },
    dayTitle: (items: TooltipItem<'bar' | 'line'>[]) => (items.length ? shortDay(s.labels[items[0].dataIndex], theme.locale, theme.today) : ''),
  };
}

/** Intake bars (with markers for missing, incomplete and fasted days), expenditure with its 95 % band, 7-day average intake. */
export function energyChartConfig(s: EnergyChartSeries, theme: ChartTheme): ChartConfiguration<'bar' | 'line', (number | null)[], string> {
  const { labels, axis, dateAxis, options, dayTitle } = dayChart(s, theme);
  const [c1, c2, c3] = theme.series;
  const { muted, watch, ok } = theme;
  const marker = (status: string) => s.labels.map((_, i) => (s.intakeStatus[i] === status ? s.markerKcal : null));
  // Today and partly logged days show what was logged, apart from the counted bars.
  const uncounted = (i: number) => s.intakeStatus[i] === 'provisional' || s.intakeStatus[i] === 'partial';
  const countedKcal = s.intakeKcal.map((v, i) => (uncounted(i) ? null : v));
  const uncountedKcal = s.intakeKcal.map((v, i) => (uncounted(i) ? v : null));
  return {
    type: 'bar',
    data: {
      labels,
      datasets: [
        { type: 'bar', label: 'Intake (logged)', data: countedKcal, backgroundColor: withAlpha(c1, 0.55), borderColor: c1, borderWidth: 1, grouped: false, order: 4 },
        { type: 'bar', label: 'Not logged (missing)', data: marker('missing'), backgroundColor: withAlpha(muted, 0.35), borderColor: muted, borderWidth: 1, grouped: false, order: 5 },
        { type: 'bar', label: 'Marked incomplete (left out)', data: marker('incomplete'), backgroundColor: withAlpha(watch, 0.25), borderColor: watch, borderWidth: 2, grouped: false, order: 5 },
        { type: 'bar', label: 'Not counted yet (today, partly logged)', data: uncountedKcal, backgroundColor: withAlpha(muted, 0.15), borderColor: c1, borderWidth: 2, grouped: false, order: 4 },
        { type: 'bar', label: 'Fast (0 kcal)', data: marker('fast'), backgroundColor: withAlpha(ok, 0.35), borderColor: ok, borderWidth: 1, grouped: false, order: 5 },
        { type: 'line', label: BAND_LOW, data: s.tdeeLowKcal, borderWidth: 0, pointRadius: 0, fill: false, stepped: 'middle', order: 3 },
        { type: 'line', label: 'Expenditure 95 % band', data: s.tdeeHighKcal, borderWidth: 0, pointRadius: 0, backgroundColor: withAlpha(c2, 0.15), fill: '-1', stepped: 'middle', order: 3 },
        { type: 'line', label: 'Estimated expenditure', data: s.tdeeKcal, borderColor: c2, backgroundColor: c2, borderWidth: 2, pointRadius: 0, stepped: 'middle', order: 1 },
        { type: 'line', label: '7-day average intake', data: s.intake7dAvgKcal, borderColor: c3, backgroundColor: c3, borderWidth: 2, borderDash: [6, 4], pointRadius: 0, spanGaps: true, order: 2 },
      ],
    },
    options: {
      ...options,
      scales: {
        x: dateAxis,
        y: { ...axis('Energy (kcal/day)'), min: s.kcalAxis.min, max: s.kcalAxis.max },
      },
      plugins: {
        legend: {
          labels: {
            color: theme.text,
            // Marker kinds absent from the range are left out of the legend.
            filter: (item, data) => item.text !== BAND_LOW && (data.datasets[item.datasetIndex ?? 0]?.data ?? []).some((v) => v != null),
          },
        },
        tooltip: {
          filter: (item: TooltipItem<'bar' | 'line'>) => item.dataset.label !== BAND_LOW && item.raw != null,
          callbacks: {
            title: dayTitle,
            label: (item) => {
              const i = item.dataIndex;
              const label = item.dataset.label ?? '';
              if (label === 'Expenditure 95 % band') return ` 95 % band: ${kcalText(s.tdeeLowKcal[i])}–${kcalText(s.tdeeHighKcal[i])} kcal`;
              const m = s.markers.find((x) => x.index === i);
              if (m && uncounted(i) && label !== 'Estimated expenditure' && label !== '7-day average intake') return ` ${m.label}: ${kcalText(item.raw as number)} kcal logged`;
              if (m && label !== 'Estimated expenditure' && label !== '7-day average intake') return ` ${m.label}`;
              return ` ${label}: ${kcalText(item.raw as number)} kcal`;
            },
            footer: (items) => {
              if (!items.length) return '';
              const i = items[0].dataIndex;
              const lines = [];
              if (s.exerciseKcal[i]) lines.push(`Exercise (net): ${kcalText(s.exerciseKcal[i])} kcal`);
              if (s.eaKcalPerKgFfm[i] != null) lines.push(`Energy availability: ${s.eaKcalPerKgFfm[i]} kcal/kg FFM`);
              return lines.join('\n');
            },
          },
        },
      },
    },
  };
}

/** Weigh-ins as points and the trend as a line, on the same days as the energy chart. */
export function energyWeightChartConfig(s: EnergyChartSeries, theme: ChartTheme): ChartConfiguration<'line', (number | null)[], string> {
  const { labels, axis, dateAxis, options, dayTitle } = dayChart(s, theme);
  const c4 = theme.series[3];
  const unit = s.weightUnit;
  return {
    type: 'line',
    data: {
      labels,
      datasets: [
        { type: 'line', label: `Weight trend (${unit})`, data: s.trendWeight, borderColor: c4, backgroundColor: c4, borderWidth: 2, pointRadius: 0, spanGaps: true },
        { type: 'line', label: `Weigh-ins (${unit})`, data: s.scaleWeight, borderColor: withAlpha(c4, 0.6), backgroundColor: withAlpha(c4, 0.6), showLine: false, pointRadius: 3 },
      ],
    },
    options: {
      ...options,
      scales: {
        x: dateAxis,
        y: axis(`Weight (${unit})`),
      },
      plugins: {
        legend: { labels: { color: theme.text } },
        tooltip: {
          filter: (item) => item.raw != null,
          callbacks: {
            title: dayTitle,
            label: (item) => ` ${item.dataset.label}: ${(item.raw as number).toFixed(1)}`,
          },
        },
      },
    },
  };
}

/** The energy chart's numbers as a table (its screen-reader alternative). */
export function energyChartTable(s: EnergyChartSeries, { locale, today }: DateStyle): ChartTable {
  return {
    caption: `Daily intake and estimated expenditure in kcal, ${dayRangeText(s.from, s.to, locale, today)}`,
    columns: ['Date', 'Intake (kcal)', 'Expenditure (kcal)', 'Expenditure 95 % band (kcal)', '7-day average intake (kcal)'],
    rows: s.labels.map((date, i) => {
      const m = s.markers.find((x) => x.index === i);
      const low = s.tdeeLowKcal[i];
      const high = s.tdeeHighKcal[i];
      return [shortDay(date, locale, today), m ? m.label : kcalText(s.intakeKcal[i]), kcalText(s.tdeeKcal[i]), low == null || high == null ? '—' : `${kcalText(low)}–${kcalText(high)}`, kcalText(s.intake7dAvgKcal[i])];
    }),
  };
}

/** The energy view's weight chart as a table. */
export function energyWeightChartTable(s: EnergyChartSeries, { locale, today }: DateStyle): ChartTable {
  const unit = s.weightUnit;
  return {
    caption: `Weigh-ins and weight trend in ${unit}, ${dayRangeText(s.from, s.to, locale, today)}`,
    columns: ['Date', `Weigh-in (${unit})`, `Trend (${unit})`],
    rows: s.labels.map((date, i) => [shortDay(date, locale, today), cell(s.scaleWeight[i], 1), cell(s.trendWeight[i], 1)]),
  };
}
