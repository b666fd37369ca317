// What every chart configuration needs from the screen: the theme's colours (read from the CSS
// variables by the renderer, so light and dark both read well) and day placement on a time axis.
// Pure, so the configurations built from it are unit-tested under Node.

/** How dates read on a chart and in its table: the reader's locale (the browser's), and today's day so a date of another year shows its year. */
export interface DateStyle {
  locale: string;
  today: string | null;
}

export interface ChartTheme extends DateStyle {
  text: string;
  muted: string;
  grid: string;
  border: string;
  surface: string;
  /** --chart-1 … --chart-4 */
  series: string[];
  /** Status colours: a marked-incomplete day, a fast. */
  watch: string;
  ok: string;
  fontFamily: string;
}

/** A colour with an alpha, from '#rrggbb' (the CSS variables hold hex colours). */
export function withAlpha(hex: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return hex;
  return `rgba(${parseInt(m[1], 16)}, ${parseInt(m[2], 16)}, ${parseInt(m[3], 16)}, ${alpha})`;
}

/**
 * Local midnight of a 'YYYY-MM-DD' day in ms: the time axis formats ticks in local time, so the
 * day must be placed at local midnight or it could be labelled as the day before.
 */
export function localDayMs(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d).getTime();
}

/** The same numbers as a chart, as a table for screen readers (values already formatted, units in the headers). */
export interface ChartTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

/** '—' for no value, else the value with `digits` decimals. */
export const cell = (v: number | null | undefined, digits = 0): string =>
  v == null ? '—' : v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
