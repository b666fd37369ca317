// The Insights screen's charts — sleep against lift performance, weekly stress load, acute and
// chronic load — as chart.js configurations, screen-reader tables and plain sentences built from
// `insights.get`. Pure, so every number and word is unit-tested.
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import type { Insights, LoadModelRow, SleepVsLiftInsight, StressWeek } from '../contract/insights';
import { cell, withAlpha, type ChartTable, type ChartTheme, type DateStyle } from './theme';
import { dayMonth, dayRangeText, shortDay } from '../dateFormat';
import { plural } from '../plural';

export const POOLED = 'All main lifts';
/** Pairs below which r is not shown, and below which the sample is called small (science.md §7). */
export const MIN_R_PAIRS = 10;
export const SMALL_SAMPLE_PAIRS = 30;

/** A signed number with a real minus sign: '−0.11'. */
const signed = (v: number, digits: number): string => (v < 0 ? '−' : '') + Math.abs(v).toFixed(digits);

// ---------------------------------------------------------------- sleep vs lift

/** The lifts the picker offers: each with points, and the pooled row when it has any. */
export function liftChoices(rows: readonly SleepVsLiftInsight[]): string[] {
  return rows.filter((r) => r.points.length > 0).map((r) => r.exercise);
}

/** The row to show: the chosen one if it has points, else the pooled one, else the first with points. */
export function pickLift(rows: readonly SleepVsLiftInsight[], chosen: string | null): SleepVsLiftInsight | null {
  const withPoints = rows.filter((r) => r.points.length > 0);
  return withPoints.find((r) => r.exercise === chosen) ?? withPoints.find((r) => r.exercise === POOLED) ?? withPoints[0] ?? null;
}

/**
 * How much the interval of r says, in words (never causal): weak when it includes 0; else by its end
 * nearest 0 — under 0.1 'some', under 0.3 'moderate', else 'clear' — and no more than 'some' under
 * 30 days, where one odd day moves r a lot.
 */
export function evidenceWord(row: Pick<SleepVsLiftInsight, 'n' | 'r' | 'rLow' | 'rHigh'>): string {
  if (row.r === null || row.rLow === null || row.rHigh === null) return `too few days to judge (r needs ${MIN_R_PAIRS})`;
  if (row.rLow <= 0 && row.rHigh >= 0) return 'weak evidence';
  const near = Math.min(Math.abs(row.rLow), Math.abs(row.rHigh));
  if (near < 0.1 || row.n < SMALL_SAMPLE_PAIRS) return 'some evidence';
  return near < 0.3 ? 'moderate evidence' : 'clear evidence';
}

/** 'r = 0.31 [−0.11, 0.63]', or null when r is hidden. */
export function rText(row: Pick<SleepVsLiftInsight, 'r' | 'rLow' | 'rHigh'>): string | null {
  if (row.r === null || row.rLow === null || row.rHigh === null) return null;
  return `r = ${signed(row.r, 2)} [${signed(row.rLow, 2)}, ${signed(row.rHigh, 2)}]`;
}

/** Nights each side of the cut a comparison needs: one night's average says nothing. */
export const MIN_SIDE_NIGHTS = 3;

/** The threshold of a "short night": the first of 6, 6.5 and 7 h with enough nights each side, else none. */
function shortNightHours(points: readonly { sleepHours: number }[]): number | null {
  for (const h of [6, 6.5, 7]) {
    const under = points.filter((p) => p.sleepHours < h).length;
    if (under >= MIN_SIDE_NIGHTS && points.length - under >= MIN_SIDE_NIGHTS) return h;
  }
  return null;
}

export interface SleepLiftSummary {
  n: number;
  r: string | null;
  spearman: string | null;
  slope: string | null;
  smallSample: boolean;
  evidence: string;
  /** One plain sentence: what the days showed, with n, r and how much it says. Never "because". */
  sentence: string;
}

/** What the card says under the chart. */
export function sleepLiftSummary(row: SleepVsLiftInsight): SleepLiftSummary {
  const name = row.exercise === POOLED ? 'main lifts were' : `${row.exercise} was`;
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  const cut = shortNightHours(row.points);
  let what: string;
  if (cut !== null) {
    const diff = mean(row.points.filter((p) => p.sleepHours < cut).map((p) => p.performancePct)) - 100;
    const other = mean(row.points.filter((p) => p.sleepHours >= cut).map((p) => p.performancePct)) - 100;
    const side = (d: number): string => (Math.abs(d) < 0.05 ? 'at' : `${Math.abs(d).toFixed(1)} % ${d < 0 ? 'below' : 'above'}`);
    const its = row.exercise === POOLED ? 'their' : 'its';
    const otherText = Math.abs(other) < 0.05 ? `at ${its} best` : side(other);
    what = `On nights under ${cut} h your ${name} ${side(diff)} ${its} 28-day best on average (${otherText} after longer nights)`;
  } else {
    const hours = row.points.map((p) => p.sleepHours);
    what = `Your nights before these sessions (${Math.min(...hours).toFixed(1)}–${Math.max(...hours).toFixed(1)} h) are too few or too alike to compare short and long ones`;
  }
  const r = rText(row);
  const evidence = evidenceWord(row);
  return {
    n: row.n,
    r,
    spearman: row.spearman === null ? null : `ρ = ${signed(row.spearman, 2)}`,
    slope: row.slopePctPerHour === null ? null : `${signed(row.slopePctPerHour, 1)} % per hour of sleep`,
    smallSample: row.n < SMALL_SAMPLE_PAIRS,
    evidence,
    sentence: `${what}; n = ${row.n}${r ? `, ${r}` : ''}: ${evidence}.`,
  };
}

/** The band's lower edge is drawn (the band fills up to the next dataset) but is no series of its own. */
const BAND_LOW = 'band-low';
const BAND = 'Fit 95 % band';
const FIT = 'Fitted line';

/** The scatter: one colour per lift (pooled: each main lift its own), the fitted line and its 95 % band. */
export function sleepLiftConfig(row: SleepVsLiftInsight, theme: ChartTheme): ChartConfiguration<'line', { x: number; y: number }[], string> {
  const lifts = [...new Set(row.points.map((p) => p.exercise))];
  const axis = (title: string) => ({ type: 'linear' as const, title: { display: true, text: title, color: theme.muted }, ticks: { color: theme.muted }, grid: { color: theme.grid } });
  const fitColour = theme.text;
  return {
    type: 'line',
    data: {
      datasets: [
        ...lifts.map((lift, i) => {
          const c = theme.series[i % theme.series.length];
          return {
            label: lift,
            data: row.points.filter((p) => p.exercise === lift).map((p) => ({ x: p.sleepHours, y: p.performancePct })),
            showLine: false,
            pointRadius: 4,
            pointHoverRadius: 6,
            pointStyle: 'circle' as const,
            borderColor: c,
            backgroundColor: withAlpha(c, 0.7),
          };
        }),
        { label: BAND_LOW, data: row.line.map((p) => ({ x: p.sleepHours, y: p.low })), borderWidth: 0, pointRadius: 0, pointHitRadius: 0, fill: false },
        { label: BAND, data: row.line.map((p) => ({ x: p.sleepHours, y: p.high })), borderWidth: 0, pointRadius: 0, pointHitRadius: 0, backgroundColor: withAlpha(theme.muted, 0.18), fill: '-1', pointStyle: 'rect' as const },
        { label: FIT, data: row.line.map((p) => ({ x: p.sleepHours, y: p.pct })), borderColor: fitColour, backgroundColor: fitColour, borderWidth: 2, borderDash: [6, 4], pointRadius: 0, pointHitRadius: 0, pointStyle: 'line' as const },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'nearest', intersect: true },
      scales: { x: axis('Prior-night sleep (h)'), y: axis('Performance (% of 28-day best estimated max)') },
      plugins: {
        legend: { labels: { color: theme.text, usePointStyle: true, filter: (item) => item.text !== BAND_LOW && (item.text !== BAND || row.line.length > 0) && (item.text !== FIT || row.line.length > 0) } },
        tooltip: {
          filter: (item: TooltipItem<'line'>) => item.dataset.label !== BAND_LOW && item.dataset.label !== BAND && item.dataset.label !== FIT,
          callbacks: {
            title: (items) => {
              const it = items[0];
              if (!it) return '';
              const lift = it.dataset.label ?? '';
              const p = row.points.filter((q) => q.exercise === lift)[it.dataIndex];
              return p ? `${shortDay(p.date, theme.locale, theme.today)} · ${lift}` : lift;
            },
            label: (item) => {
              const v = item.raw as { x: number; y: number };
              return ` Slept ${v.x.toFixed(1)} h · ${v.y.toFixed(1)} % of 28-day best`;
            },
          },
        },
      },
    },
  };
}

export function sleepLiftTable(row: SleepVsLiftInsight, { locale, today }: DateStyle): ChartTable {
  return {
    caption: `${row.exercise}: prior-night sleep against performance (% of the 28-day best estimated max), ${plural(row.n, 'day')}`,
    columns: ['Date', 'Lift', 'Sleep (h)', 'Performance (%)'],
    rows: row.points.map((p) => [shortDay(p.date, locale, today), p.exercise, cell(p.sleepHours, 1), cell(p.performancePct, 1)]),
  };
}

// ---------------------------------------------------------------- weekly stress load

const FAMILIES = [
  { key: 'strengthAU', label: 'Strength' },
  { key: 'enduranceAU', label: 'Endurance' },
  { key: 'otherAU', label: 'Other (sport, mobility)' },
] as const;


/** Stacked weekly session-RPE load by family. */
export function weeklyLoadConfig(weeks: readonly StressWeek[], theme: ChartTheme): ChartConfiguration<'bar', number[], string> {
  const colours = [theme.series[0], theme.series[2], theme.series[3]];
  return {
    type: 'bar',
    data: {
      labels: weeks.map((w) => dayMonth(w.from, theme.locale, theme.today)),
      datasets: FAMILIES.map((f, i) => ({
        label: f.label,
        data: weeks.map((w) => w[f.key]),
        backgroundColor: withAlpha(colours[i], 0.75),
        borderColor: colours[i],
        borderWidth: 1,
        stack: 'load',
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { stacked: true, title: { display: true, text: 'Week starting', color: theme.muted }, ticks: { color: theme.muted }, grid: { color: theme.grid } },
        y: { stacked: true, beginAtZero: true, title: { display: true, text: 'Load points a week (minutes × effort 0–10)', color: theme.muted }, ticks: { color: theme.muted }, grid: { color: theme.grid } },
      },
      plugins: {
        legend: { labels: { color: theme.text } },
        tooltip: {
          callbacks: {
            title: (items) => {
              const w = items.length ? weeks[items[0].dataIndex] : undefined;
              return w ? dayRangeText(w.from, w.to, theme.locale, theme.today) : '';
            },
            label: (item) => ` ${item.dataset.label}: ${cell(item.raw as number)} load points`,
            footer: (items) => {
              const w = items.length ? weeks[items[0].dataIndex] : undefined;
              if (!w) return '';
              return [`Total: ${cell(w.totalAU)} load points`, `Sameness (monotony): ${cell(w.monotony, 2)} · Strain: ${cell(w.strain)}`].join('\n');
            },
          },
        },
      },
    },
  };
}

export function weeklyLoadTable(weeks: readonly StressWeek[], { locale, today }: DateStyle): ChartTable {
  return {
    caption: 'Weekly load points (minutes × effort) by family, with sameness (monotony) and strain (Foster, population SD)',
    columns: ['Week', 'Strength (load points)', 'Endurance (load points)', 'Other (load points)', 'Total (load points)', 'Sameness (monotony)', 'Strain'],
    rows: weeks.map((w) => [dayRangeText(w.from, w.to, locale, today), cell(w.strengthAU), cell(w.enduranceAU), cell(w.otherAU), cell(w.totalAU), cell(w.monotony, 2), cell(w.strain)]),
  };
}

// ---------------------------------------------------------------- acute and chronic load

/** Daily acute (7-day) and chronic (28-day) EWMA load as two lines. */
export function loadModelConfig(days: readonly LoadModelRow[], theme: ChartTheme): ChartConfiguration<'line', number[], string> {
  const [, c2, , c4] = theme.series;
  return {
    type: 'line',
    data: {
      labels: days.map((d) => dayMonth(d.date, theme.locale, theme.today)),
      datasets: [
        { label: 'Recent load (7-day average)', data: days.map((d) => d.acute), borderColor: c2, backgroundColor: c2, borderWidth: 2, pointRadius: 0, pointStyle: 'line' as const },
        { label: 'Usual load (28-day average)', data: days.map((d) => d.chronic), borderColor: c4, backgroundColor: c4, borderWidth: 2, borderDash: [6, 4], pointRadius: 0, pointStyle: 'line' as const },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { title: { display: true, text: 'Date', color: theme.muted }, ticks: { color: theme.muted, maxRotation: 0, autoSkip: true, maxTicksLimit: 10 }, grid: { color: theme.grid } },
        y: { beginAtZero: true, title: { display: true, text: 'Load points a day', color: theme.muted }, ticks: { color: theme.muted }, grid: { color: theme.grid } },
      },
      plugins: {
        legend: { labels: { color: theme.text, usePointStyle: true } },
        tooltip: {
          callbacks: {
            title: (items) => (items.length ? shortDay(days[items[0].dataIndex].date, theme.locale, theme.today) : ''),
            label: (item) => ` ${item.dataset.label}: ${cell(item.raw as number)} load points a day`,
          },
        },
      },
    },
  };
}

export function loadModelTable(days: readonly LoadModelRow[], { locale, today }: DateStyle): ChartTable {
  return {
    caption: 'Recent (acute, 7-day) and usual (chronic, 28-day) exponentially weighted load, and fitness, fatigue and form, per day (load points a day)',
    columns: ['Date', 'Recent load', 'Usual load', 'Fitness', 'Fatigue', 'Form'],
    rows: days.map((d) => [shortDay(d.date, locale, today), cell(d.acute), cell(d.chronic), cell(d.ctl), cell(d.atl), cell(d.tsb)]),
  };
}

export interface WeekRow {
  week: string;
  from: string;
  to: string;
  /** The last day of the week inside the range. */
  endDate: string | null;
  acute: number | null;
  chronic: number | null;
  /** Change in acute and chronic load against the previous week's end (AU/day). */
  acuteChange: number | null;
  chronicChange: number | null;
  ctl: number | null;
  atl: number | null;
  tsb: number | null;
  text: { acuteChange: string; chronicChange: string };
}

/** Per week, the load models at its last day in the range and the change from the week before. */
export function weekRows(ins: Pick<Insights, 'weeks' | 'days'>): WeekRow[] {
  const byDate = new Map(ins.days.map((d) => [d.date, d]));
  let prev: LoadModelRow | null = null;
  return ins.weeks.map((w) => {
    const end = w.days.map((d) => byDate.get(d.date)).filter((d): d is LoadModelRow => !!d).at(-1) ?? null;
    const acuteChange = end && prev ? end.acute - prev.acute : null;
    const chronicChange = end && prev ? end.chronic - prev.chronic : null;
    if (end) prev = end;
    const change = (v: number | null): string => (v === null ? '—' : `${v > 0 ? '+' : v < 0 ? '−' : '±'}${cell(Math.abs(v))}`);
    return {
      week: w.week,
      from: w.from,
      to: w.to,
      endDate: end?.date ?? null,
      acute: end?.acute ?? null,
      chronic: end?.chronic ?? null,
      acuteChange,
      chronicChange,
      ctl: end?.ctl ?? null,
      atl: end?.atl ?? null,
      tsb: end?.tsb ?? null,
      text: { acuteChange: change(acuteChange), chronicChange: change(chronicChange) },
    };
  });
}

/**
 * The acute:chronic ratio of the last day, in words; null before 28 days of history (the server
 * leaves the ratio out then). Description only: the ratio is no injury predictor (Impellizzeri 2020).
 */
export function ratioText(days: readonly LoadModelRow[]): string | null {
  const last = days.at(-1);
  if (!last || last.ratio === null) return null;
  const r = last.ratio;
  const how = r > 1.3 ? 'well above' : r > 1.1 ? 'above' : r < 0.8 ? 'well below' : r < 0.9 ? 'below' : 'close to';
  return `Your last 7 days' load is ${how} your 28-day level (recent ÷ usual: ${r.toFixed(2)}).`;
}

/** Form in words for the fitness/fatigue panel (Banister): negative form = more fatigue than fitness. */
export function formText(tsb: number): string {
  if (tsb < -30) return 'deep fatigue: much more recent load than your fitness';
  if (tsb < -10) return 'training hard: fatigue above fitness';
  if (tsb <= 5) return 'balanced';
  return 'fresh: fatigue below fitness';
}

/** Whether the range has any load or any lift point at all (the empty states). */
export const hasLoad = (ins: Pick<Insights, 'weeks'>): boolean => ins.weeks.some((w) => w.totalAU > 0);
