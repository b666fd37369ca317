// What every chart of the app shares besides its configuration: chart.js loaded on demand, the
// theme's colours from the CSS variables (light and dark), and a paint marker the benchmark and the
// e2e suite wait for.
import type { Plugin } from 'chart.js';
import type { ChartTheme } from '../../../shared/charts/theme';
import { dateStyle } from './dates';

let chartsModule: Promise<typeof import('./charts')> | null = null;

/** chart.js, registered; the first call starts the download, later calls share it. */
export function loadCharts(): Promise<typeof import('./charts')> {
  chartsModule ??= import('./charts');
  return chartsModule;
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
    watch: cssVar(s, '--watch', '#b45309'),
    ok: cssVar(s, '--ok', '#15803d'),
    fontFamily: getComputedStyle(document.body).fontFamily,
    ...dateStyle(),
  };
}

/**
 * Calls back when the OS (or page.emulateMedia) switches light/dark, or the theme chosen in Settings
 * (data-theme on <html>) changes; returns the unsubscribe.
 */
export function onColorSchemeChange(callback: () => void): () => void {
  const mq = matchMedia('(prefers-color-scheme: dark)');
  mq.addEventListener('change', callback);
  const chosen = new MutationObserver(callback);
  chosen.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => {
    mq.removeEventListener('change', callback);
    chosen.disconnect();
  };
}

/**
 * After each render reaches the screen: `data-painted` on the chart's container counts renders, and a
 * performance mark `<name>` (when given) records the moment (the benchmark measures navigation →
 * first mark). chart.js draws synchronously; the frame is committed after the next animation frame,
 * so the mark waits for that frame and then one task.
 */
export function paintMarker(name: () => string | undefined, container: () => HTMLElement | undefined): Plugin {
  let renders = 0;
  return {
    id: 'paint-marker',
    afterRender() {
      const n = ++renders;
      requestAnimationFrame(() =>
        setTimeout(() => {
          const mark = name();
          if (mark) performance.mark(mark, { detail: { renders: n } });
          container()?.setAttribute('data-painted', String(n));
        }, 0),
      );
    },
  };
}

/**
 * What the canvas shows, mirrored on the chart's container for tests that cannot read pixels:
 * `data-axes` (axis titles), `data-legend` (the legend's items), `data-probe` (the first data
 * point's position in the canvas, to hover it) and `data-tooltip` (the open tooltip's text).
 */
export function probePlugin(container: () => HTMLElement | undefined): Plugin {
  return {
    id: 'e2e-probe',
    afterRender(chart) {
      const el = container();
      if (!el) return;
      const axes = Object.values(chart.scales)
        .map((s) => (s.options as { title?: { display?: boolean; text?: string | string[] } }).title)
        .filter((t) => t?.display && t.text)
        .map((t) => String(t!.text));
      el.setAttribute('data-axes', JSON.stringify(axes));
      el.setAttribute('data-legend', JSON.stringify((chart.legend?.legendItems ?? []).map((i) => i.text)));
      // The first point that can be hovered: drawn (bars, or line points with a radius).
      for (let d = 0; d < chart.data.datasets.length; d++) {
        const point = chart
          .getDatasetMeta(d)
          .data.find((e) => Number.isFinite(e.x) && Number.isFinite(e.y) && (e.options as { radius?: number } | undefined)?.radius !== 0);
        if (point) {
          el.setAttribute('data-probe', JSON.stringify({ x: Math.round(point.x), y: Math.round(point.y) }));
          break;
        }
      }
    },
    afterTooltipDraw(chart, args) {
      const t = args.tooltip;
      const text = [...(t.title ?? []), ...t.body.flatMap((b) => b.lines), ...(t.footer ?? [])].join('\n');
      container()?.setAttribute('data-tooltip', text);
    },
  };
}
