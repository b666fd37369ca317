// chart.js set up once for every chart of the app: only the parts we use are registered (smaller,
// faster bundle), colours come from the CSS variables so light and dark mode both read well, and a
// chart can announce when it has painted (the benchmark and the e2e suite wait for that).
import { Chart, Legend, LinearScale, LineController, LineElement, PointElement, TimeScale, Tooltip, type Plugin } from 'chart.js';
import 'chartjs-adapter-date-fns';

Chart.register(LineController, LineElement, PointElement, LinearScale, TimeScale, Tooltip, Legend);

export { Chart };

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
 * After each render: `data-painted` on the chart's container counts renders, and a performance mark
 * `<name>` records the moment (the benchmark measures navigation → first mark).
 */
export function paintMarker(name: string, container: () => HTMLElement | undefined): Plugin<'line'> {
  let renders = 0;
  return {
    id: `paint-marker-${name}`,
    afterRender() {
      renders += 1;
      performance.mark(name, { detail: { renders } });
      container()?.setAttribute('data-painted', String(renders));
    },
  };
}
