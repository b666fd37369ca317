// The review as one PNG: its title and sentences as text, then each chart's canvas as drawn (in the
// current light or dark colours). Composed on a canvas so it works the same in browser mode and the
// desktop app — no screenshot permission, and no foreignObject (which some engines refuse to export).

const WIDTH = 1200;
const PAD = 40;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

interface Colours {
  bg: string;
  text: string;
  muted: string;
}

function colours(): Colours {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return { bg: v('--surface', '#ffffff'), text: v('--text', '#111111'), muted: v('--muted', '#666666') };
}

/** Words wrapped to `width` pixels in the context's current font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export interface PngContent {
  title: string;
  subtitle: string;
  /** Paragraphs, each wrapped; a heading starts with '# '. */
  paragraphs: string[];
  charts: HTMLCanvasElement[];
}

/** Draws the content and returns it as a PNG blob. */
export async function reviewPng(content: PngContent): Promise<Blob> {
  const c = colours();
  const scratch = document.createElement('canvas').getContext('2d')!;
  const inner = WIDTH - 2 * PAD;
  type Op = { kind: 'text'; text: string; font: string; colour: string; height: number } | { kind: 'chart'; canvas: HTMLCanvasElement; height: number };
  const ops: Op[] = [];
  const text = (t: string, font: string, colour: string, lineHeight: number) => {
    scratch.font = font;
    for (const line of wrap(scratch, t, inner)) ops.push({ kind: 'text', text: line, font, colour, height: lineHeight });
  };
  text(content.title, `700 30px ${FONT}`, c.text, 42);
  text(content.subtitle, `400 18px ${FONT}`, c.muted, 34);
  for (const p of content.paragraphs) {
    if (p.startsWith('# ')) text(p.slice(2), `700 20px ${FONT}`, c.text, 40);
    else text(p, `400 17px ${FONT}`, c.text, 26);
  }
  for (const canvas of content.charts) {
    if (canvas.width > 0 && canvas.height > 0) ops.push({ kind: 'chart', canvas, height: Math.round((inner * canvas.height) / canvas.width) + 24 });
  }

  const out = document.createElement('canvas');
  out.width = WIDTH;
  out.height = PAD * 2 + ops.reduce((t, o) => t + o.height, 0);
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = c.bg;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.textBaseline = 'top';
  let y = PAD;
  for (const o of ops) {
    if (o.kind === 'text') {
      ctx.font = o.font;
      ctx.fillStyle = o.colour;
      ctx.fillText(o.text, PAD, y);
    } else ctx.drawImage(o.canvas, PAD, y + 12, inner, o.height - 24);
    y += o.height;
  }
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('The image could not be made.'))), 'image/png'));
}

/** Offers a blob as a file to save (a download in the browser, a save dialog in the desktop app). */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
