// The weight chart's chart.js configuration, built from its series (weight.ts) and the theme. Pure:
// the Chart component only draws what this returns.
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { daysBetween, localDay } from '../dates';
import { dayMonth, dayRangeText, monthText, shortDay } from '../dateFormat';
import { cell, localDayMs, withAlpha, type ChartTable, type ChartTheme, type DateStyle } from './theme';
import type { WeightChartSeries } from './weight';
import { plural } from '../plural';

// Tooltip titles come from the day strings themselves (dateFormat.ts formats a day as that calendar
// day), so the machine's time zone can never shift the day shown.

function timeUnit(spanDays: number): 'day' | 'week' | 'month' | 'year' {
  if (spanDays <= 14) return 'day';
  if (spanDays <= 120) return 'week';
  if (spanDays <= 800) return 'month';
  return 'year';
}

/** Weigh-ins as points and the trend as a line on a time axis, in the series' unit. */
export function weightChartConfig(s: WeightChartSeries, theme: ChartTheme): ChartConfiguration<'line', { x: number; y: number | null }[]> {
  // Both datasets share one x list so a tooltip shows the day's weight and trend together.
  const dates = [...new Set([...s.points.map((p) => p.date), ...s.trend.map((t) => t.date)])].sort();
  const pointByDate = new Map(s.points.map((p) => [p.date, p]));
  const trendByDate = new Map(s.trend.map((t) => [t.date, t.value]));
  const xs = dates.map(localDayMs);
  const weightData = dates.map((d, i) => ({ x: xs[i], y: pointByDate.get(d)?.value ?? null }));
  const trendData = dates.map((d, i) => ({ x: xs[i], y: trendByDate.get(d) ?? null }));
  const spanDays = s.from && s.to ? daysBetween(s.from, s.to) + 1 : 1;
  const pointRadius = s.points.length <= 45 ? 4 : s.points.length <= 160 ? 2.75 : s.points.length <= 400 ? 1.75 : 1.25;
  const [c1, c2] = theme.series;
  const unit = s.unit;
  const halfDay = 43_200_000;
  const fmt = (v: number) => `${v.toFixed(1)} ${unit}`;
  const bucketLabel = s.bucketDays === 7 ? 'Week' : `${s.bucketDays} days`;
  const { locale, today } = theme;
  const unitOfTime = timeUnit(spanDays);
  // Ticks sit at local midnights (localDayMs): back to the day, then the app's one date language.
  const tick = (value: number | string): string => {
    const day = localDay(new Date(Number(value)));
    if (unitOfTime === 'day' || unitOfTime === 'week') return dayMonth(day, locale, today);
    if (unitOfTime === 'month') return monthText(day, locale, spanDays > 400);
    return day.slice(0, 4);
  };

  return {
    type: 'line',
    data: {
      datasets: [
        {
          label: s.bucketDays > 1 ? `Weight (mean per ${s.bucketDays === 7 ? 'week' : `${s.bucketDays} days`})` : 'Daily weight',
          data: weightData,
          showLine: false,
          pointRadius,
          pointHoverRadius: pointRadius + 2.5,
          pointBackgroundColor: withAlpha(c1, 0.35),
          pointBorderColor: c1,
          pointBorderWidth: 1.25,
          backgroundColor: withAlpha(c1, 0.35),
          borderColor: c1,
          order: 2, // drawn first: the trend line stays visible over dense points
        },
        {
          label: "Trend (The Hacker's Diet)",
          data: trendData,
          borderColor: c2,
          backgroundColor: c2,
          borderWidth: 2.5,
          pointRadius: 0,
          pointHoverRadius: 4,
          pointHitRadius: 6,
          tension: 0,
          spanGaps: true,
          order: 1,
        },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      normalized: true,
      font: { family: theme.fontFamily },
      color: theme.text,
      interaction: { mode: 'index', intersect: false },
      layout: { padding: { top: 4, right: 8 } },
      scales: {
        x: {
          type: 'time',
          min: localDayMs(s.from) - halfDay,
          max: localDayMs(s.to) + halfDay,
          time: {
            unit: unitOfTime,
            isoWeekday: true,
          },
          ticks: { callback: tick, color: theme.muted, maxRotation: 0, autoSkipPadding: 16, font: { family: theme.fontFamily, size: 12 } },
          grid: { color: theme.grid, drawTicks: false },
          border: { color: theme.border },
          title: { display: true, text: 'Date', color: theme.muted, font: { family: theme.fontFamily, size: 12 } },
        },
        y: {
          type: 'linear',
          // Suggested, not fixed: chart.js widens them to round tick steps.
          suggestedMin: s.yAxis?.min,
          suggestedMax: s.yAxis?.max,
          ticks: { color: theme.muted, precision: 1, padding: 6, font: { family: theme.fontFamily, size: 12 } },
          grid: { color: theme.grid, drawTicks: false },
          border: { display: false },
          title: { display: true, text: `Weight (${unit})`, color: theme.muted, font: { family: theme.fontFamily, size: 12 } },
        },
      },
      plugins: {
        legend: {
          position: 'top',
          align: 'end',
          labels: { sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0), color: theme.text, usePointStyle: true, boxWidth: 8, boxHeight: 8, padding: 14, font: { family: theme.fontFamily, size: 12 } },
        },
        tooltip: {
          backgroundColor: theme.surface,
          titleColor: theme.text,
          bodyColor: theme.text,
          borderColor: theme.border,
          borderWidth: 1,
          padding: 10,
          usePointStyle: true,
          boxWidth: 8,
          boxHeight: 8,
          itemSort: (a, b) => a.datasetIndex - b.datasetIndex,
          titleFont: { family: theme.fontFamily, weight: 'bold' },
          bodyFont: { family: theme.fontFamily },
          callbacks: {
            title: (items: TooltipItem<'line'>[]) => {
              const day = dates[items[0]?.dataIndex ?? 0];
              if (!day) return '';
              if (s.bucketDays === 1) return shortDay(day, locale, today);
              return `${bucketLabel} ending ${dayMonth(day, locale, today)}`;
            },
            label: (item: TooltipItem<'line'>) => {
              const day = dates[item.dataIndex];
              if (item.datasetIndex === 1) return ` Trend: ${fmt(item.parsed.y ?? 0)}`;
              const p = pointByDate.get(day);
              if (!p) return '';
              const n = p.count;
              const detail = s.bucketDays > 1 || n > 1 ? ` (mean of ${plural(n, 'weigh-in')})` : '';
              return ` Weight: ${fmt(p.value)}${detail}`;
            },
          },
        },
      },
    },
  };
}

/** Every point and the trend as a table (the chart's screen-reader alternative). */
export function weightChartTable(s: WeightChartSeries, { locale, today }: DateStyle): ChartTable {
  const points = new Map(s.points.map((p) => [p.date, p]));
  const trend = new Map(s.trend.map((t) => [t.date, t.value]));
  const dates = [...new Set([...points.keys(), ...trend.keys()])].sort();
  const weight = s.bucketDays > 1 ? `Mean weight per ${s.bucketDays === 7 ? 'week' : `${s.bucketDays} days`} (${s.unit})` : `Weight (${s.unit})`;
  return {
    caption: `Weight and trend in ${s.unit}, ${dayRangeText(s.from, s.to, locale, today)}`,
    columns: [s.bucketDays > 1 ? 'Last day' : 'Date', weight, `Trend (${s.unit})`, 'Weigh-ins'],
    rows: dates.map((d) => [shortDay(d, locale, today), cell(points.get(d)?.value, 1), cell(trend.get(d), 1), String(points.get(d)?.count ?? 0)]),
  };
}
