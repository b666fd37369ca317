// One exercise's progress chart in the Training log: best e1RM per session as a line with the
// sessions that set a best-e1RM record marked, working-set volume per session as bars on a second
// axis, the top set in the tooltip. Pure: the Chart component only draws what these return.
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { fromKg, round, type WeightUnit } from '../units';
import { cell, withAlpha, type ChartTable, type ChartTheme, type DateStyle } from './theme';
import { dayMonth, dayRangeText, shortDay } from '../dateFormat';

/** What the chart needs of exercise.history (its days come newest first). */
export interface LiftHistory {
  exercise: { name: string; bodyweight: boolean };
  days: { date: string; sessionId: number; bestE1rmKg: number | null; topSet: { weightKg: number; reps: number } | null; volumeKg: number; workingSets: number }[];
}

export interface LiftProgressPoint {
  date: string;
  sessionId: number;
  /** Best e1RM of the session in the unit, 1 decimal; null without a working set of 1–10 reps. */
  e1rm: number | null;
  /** Working-set volume in the unit, whole. */
  volume: number;
  /** Heaviest working set: load in the unit (1 decimal; added or assisted load for bodyweight lifts). */
  topSet: { weight: number; reps: number } | null;
  /** This session raised the best e1RM so far (the first session with an e1RM counts, as in lift.prs). */
  pr: boolean;
}

export interface LiftProgressSeries {
  exercise: string;
  unit: WeightUnit;
  bodyweight: boolean;
  /** Oldest first. */
  points: LiftProgressPoint[];
  empty: boolean;
  emptyText: string;
}

/** The chart's numbers from exercise.history, in the profile's weight unit: one point per session with working sets. */
export function liftProgressSeries(history: LiftHistory, unit: WeightUnit): LiftProgressSeries {
  const inUnit = (kg: number, digits: number) => round(fromKg(kg, unit), digits);
  let best = -Infinity;
  // Warm-up-only sessions have nothing to chart.
  const points = history.days
    .filter((d) => d.workingSets > 0)
    .sort((a, b) => (a.date === b.date ? a.sessionId - b.sessionId : a.date < b.date ? -1 : 1))
    .map((d): LiftProgressPoint => {
      // Same tolerance as the record computation, so a tie is no record.
      const pr = d.bestE1rmKg != null && d.bestE1rmKg > best + 1e-9;
      if (pr) best = d.bestE1rmKg!;
      return {
        date: d.date,
        sessionId: d.sessionId,
        e1rm: d.bestE1rmKg == null ? null : inUnit(d.bestE1rmKg, 1),
        volume: inUnit(d.volumeKg, 0),
        topSet: d.topSet ? { weight: inUnit(d.topSet.weightKg, 1), reps: d.topSet.reps } : null,
        pr,
      };
    });
  const name = history.exercise.name;
  return {
    exercise: name,
    unit,
    bodyweight: history.exercise.bodyweight,
    points,
    empty: points.length === 0,
    emptyText: `Log working sets of ${name} to see its progress`,
  };
}

/** '100 kg × 5', 'BW + 10 kg × 8', 'BW × 12' */
export function topSetText(s: LiftProgressSeries, top: LiftProgressPoint['topSet']): string {
  if (!top) return '—';
  if (!s.bodyweight) return `${cell(top.weight, 1)} ${s.unit} × ${top.reps}`;
  if (top.weight === 0) return `BW × ${top.reps}`;
  return `BW ${top.weight < 0 ? '−' : '+'} ${cell(Math.abs(top.weight), 1)} ${s.unit} × ${top.reps}`;
}

const PR_LABEL = 'PR';

/** e1RM line (left axis), PR points (same axis, own style and legend entry), volume bars (right axis). */
export function liftProgressConfig(s: LiftProgressSeries, theme: ChartTheme): ChartConfiguration<'bar' | 'line', (number | null)[], string> {
  const [c1, c2] = theme.series;
  const { watch } = theme;
  const axis = (title: string) => ({ title: { display: true, text: title, color: theme.muted }, ticks: { color: theme.muted }, grid: { color: theme.grid } });
  const e1rm = s.points.map((p) => p.e1rm);
  const { e1rmAxis, volumeMax } = axisRanges(s);
  return {
    type: 'bar',
    data: {
      labels: s.points.map((p) => dayMonth(p.date, theme.locale, theme.today)),
      datasets: [
        { type: 'line', label: `Best estimated max (${s.unit})`, data: e1rm, yAxisID: 'y', borderColor: c1, backgroundColor: c1, borderWidth: 2, pointRadius: 3, spanGaps: true, order: 2 },
        {
          type: 'line',
          label: PR_LABEL,
          data: s.points.map((p) => (p.pr ? p.e1rm : null)),
          yAxisID: 'y',
          showLine: false,
          pointStyle: 'star',
          pointRadius: 8,
          pointHoverRadius: 10,
          pointBorderWidth: 2,
          borderColor: watch,
          backgroundColor: watch,
          order: 1,
        },
        { type: 'bar', label: `Volume (${s.unit})`, data: s.points.map((p) => p.volume), yAxisID: 'volume', backgroundColor: withAlpha(c2, 0.25), borderColor: withAlpha(c2, 0.6), borderWidth: 1, order: 3 },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { ...axis('Session'), ticks: { color: theme.muted, maxRotation: 0, autoSkip: true, maxTicksLimit: 12 } },
        y: { ...axis(`Best estimated max (${s.unit})`), position: 'left', beginAtZero: false, ...e1rmAxis },
        volume: { ...axis(`Volume (${s.unit})`), position: 'right', beginAtZero: true, suggestedMax: volumeMax, grid: { drawOnChartArea: false } },
      },
      plugins: {
        // In dataset order, not drawing order (the PR points are drawn on top).
        legend: { labels: { color: theme.text, usePointStyle: true, sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0) } },
        tooltip: {
          // The PR point repeats the e1RM line's value: it shows as a flag in the title instead.
          filter: (item: TooltipItem<'bar' | 'line'>) => item.dataset.label !== PR_LABEL && item.raw != null,
          callbacks: {
            title: (items) => {
              if (!items.length) return '';
              const p = s.points[items[0].dataIndex];
              return `${shortDay(p.date, theme.locale, theme.today)}${p.pr ? ' · PR' : ''}`;
            },
            label: (item) => ` ${item.dataset.label}: ${cell(item.raw as number, item.dataset.type === 'bar' ? 0 : 1)}`,
            footer: (items) => (items.length ? `Top set: ${topSetText(s, s.points[items[0].dataIndex].topSet)}` : ''),
          },
        },
      },
    },
  };
}

/**
 * Keeps the two series apart: volume bars in the lower half (their axis runs to twice the biggest
 * session), the e1RM line in the upper part (its axis starts well below the lowest e1RM), so
 * neither hides the other and small e1RM gains still show as a slope.
 */
export function axisRanges(s: LiftProgressSeries): { e1rmAxis: { suggestedMin?: number; suggestedMax?: number }; volumeMax: number | undefined } {
  const e1rms = s.points.map((p) => p.e1rm).filter((v): v is number => v != null);
  const maxVolume = Math.max(0, ...s.points.map((p) => p.volume));
  const volumeMax = maxVolume > 0 ? maxVolume * 2 : undefined;
  if (!e1rms.length) return { e1rmAxis: {}, volumeMax };
  const lo = Math.min(...e1rms);
  const hi = Math.max(...e1rms);
  const span = Math.max(hi - lo, hi * 0.05, 1);
  // Suggested, not fixed, bounds: chart.js widens them to round tick values.
  return { e1rmAxis: { suggestedMin: Math.max(0, lo - 1.5 * span), suggestedMax: hi + 0.1 * span }, volumeMax };
}

/** The chart's numbers as a table (its screen-reader alternative), oldest session first. */
export function liftProgressTable(s: LiftProgressSeries, { locale, today }: DateStyle): ChartTable {
  const first = s.points[0]?.date;
  const last = s.points[s.points.length - 1]?.date;
  return {
    caption: first && last ? `${s.exercise}: best estimated max, top set and volume per session in ${s.unit}, ${dayRangeText(first, last, locale, today)}` : `${s.exercise}: no sessions`,
    columns: ['Date', `Best estimated max (${s.unit})`, 'PR', `Top set (${s.unit})`, `Volume (${s.unit})`],
    rows: s.points.map((p) => [shortDay(p.date, locale, today), cell(p.e1rm, 1), p.pr ? 'PR' : '', topSetText(s, p.topSet), cell(p.volume, 0)]),
  };
}
