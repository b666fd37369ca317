// What every chart of the app shares besides chart.js itself: colours from the CSS variables (so
// light and dark mode both read well), day placement on a time axis, and a paint marker the benchmark
// and the e2e suite wait for. chart.js is loaded on demand with loadCharts().
import type { Plugin } from 'chart.js';

let chartsModule: Promise<typeof import('./charts')> | null = null;

/** chart.js, registered; the first call starts the download, later calls share it. */
export function loadCharts(): Promise<typeof import('./charts')> {
  chartsModule ??= import('./charts');
  return chartsModule;
}

export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  border: string;
  surface: string;
  /** --chart-1 … --chart-4 */
  series: string[];
  fontFamily: string;
}

function cssVar(style: CSSStyleDeclaration, name: string, fallback: string): string {
  return style.getPropertyValue(name).trim() || fallback;
}

export function chartTheme(el: Element = document.documentElement): ChartTheme {
  const s = getComputedStyle(el);
  return {
    text: cssVar(s, '--text', '#1b1f24'),
    muted: cssVar(s, '--muted', '#5b6470'),
    grid: cssVar(s, '--chart-grid', 'rgba(0,0,0,0.08)'),
    border: cssVar(s, '--border', '#d9dee5'),
    surface: cssVar(s, '--surface', '#ffffff'),
    series: [1, 2, 3, 4].map((i) => cssVar(s, `--chart-${i}`, '#2563eb')),
    fontFamily: getComputedStyle(document.body).fontFamily,
  };
}

/** Calls back when the OS (or page.emulateMedia) switches light/dark; returns the unsubscribe. */
export function onColorSchemeChange(callback: () => void): () => void {
  const mq = matchMedia('(prefers-color-scheme: dark)');
  mq.addEventListener('change', callback);
  return () => mq.removeEventListener('change', callback);
}

/** A colour with an alpha, from '#rrggbb' (CSS variables hold hex colours). */
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

/**
 * After each render reaches the screen: `data-painted` on the chart's container counts renders, and a
 * performance mark `<name>` records the moment (the benchmark measures navigation → first mark).
 * chart.js draws synchronously; the frame is committed after the next animation frame, so the mark
 * waits for that frame and then one task.
 */
export function paintMarker(name: string, container: () => HTMLElement | undefined): Plugin<'line'> {
  let renders = 0;
  return {
    id: `paint-marker-${name}`,
    afterRender() {
      const n = ++renders;
      requestAnimationFrame(() =>
        setTimeout(() => {
          performance.mark(name, { detail: { renders: n } });
          container()?.setAttribute('data-painted', String(n));
        }, 0),
      );
    },
  };
}
