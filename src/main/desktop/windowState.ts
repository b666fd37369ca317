// The main window's size, position and maximized state, kept between starts in a small JSON file in
// the app's data folder. No Electron import: src/main/index.ts passes in the displays' work areas
// and the window (anything shaped like WindowLike), so all of it is unit-tested under Node.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** Absent: let the OS centre the window (first start, or the saved spot is on no display now). */
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 860, maximized: false };
/** Below this the screens' layouts stop working (they are designed for 1024 px and up). */
export const MIN_WIDTH = 800;
export const MIN_HEIGHT = 600;
/** Saves while dragging or resizing at most this often. */
export const SAVE_DEBOUNCE_MS = 500;

const finite = z.number().finite();
const stateSchema = z.object({
  x: finite.optional(),
  y: finite.optional(),
  width: finite.positive(),
  height: finite.positive(),
  maximized: z.boolean().default(false),
});

/** The saved state, or the defaults when the file is missing, not JSON or not the right shape. */
export function parseWindowState(text: string | null): WindowState {
  if (text === null) return { ...DEFAULT_WINDOW_STATE };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
  const parsed = stateSchema.safeParse(raw);
  if (!parsed.success) return { ...DEFAULT_WINDOW_STATE };
  const { x, y, width, height, maximized } = parsed.data;
  // A position needs both coordinates; one alone is as good as none.
  return x !== undefined && y !== undefined ? { x, y, width, height, maximized } : { width, height, maximized };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Fits the state to the displays there are now: the window goes onto the display it overlaps most,
 * no bigger than that display's work area (not under the taskbar or menu bar) and wholly inside it.
 * On no display at all (a monitor was unplugged), it keeps its size, fitted to the first display,
 * and loses its position so the OS centres it.
 */
export function clampToDisplays(state: WindowState, workAreas: Rect[]): WindowState {
  const first = workAreas[0];
  if (!first) return state;
  const fit = (area: Rect) => ({
    width: Math.round(Math.min(Math.max(state.width, Math.min(MIN_WIDTH, area.width)), area.width)),
    height: Math.round(Math.min(Math.max(state.height, Math.min(MIN_HEIGHT, area.height)), area.height)),
  });
  if (state.x === undefined || state.y === undefined) return { ...fit(first), maximized: state.maximized };
  const rect = { x: state.x, y: state.y, width: state.width, height: state.height };
  let best: Rect | null = null;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const o = overlap(rect, area);
    if (o > bestOverlap) [best, bestOverlap] = [area, o];
  }
  if (!best) return { ...fit(first), maximized: state.maximized };
  const { width, height } = fit(best);
  const x = Math.round(Math.min(Math.max(state.x, best.x), best.x + best.width - width));
  const y = Math.round(Math.min(Math.max(state.y, best.y), best.y + best.height - height));
  return { x, y, width, height, maximized: state.maximized };
}

/** The state to open the window with: the saved one (or the defaults) fitted to the displays. */
export function loadWindowState(file: string, workAreas: Rect[]): WindowState {
  let text: string | null;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = null;
  }
  return clampToDisplays(parseWindowState(text), workAreas);
}

/** Written beside, then renamed: a crash mid-write leaves the previous file, never half of one. */
export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(state));
  renameSync(tmp, file);
}

/** The part of Electron's BrowserWindow this module uses. */
export interface WindowLike {
  on(event: 'move' | 'resize' | 'close', listener: () => void): unknown;
  once(event: 'ready-to-show', listener: () => void): unknown;
  /** The bounds the window returns to when un-maximized: what is worth remembering. */
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  maximize(): void;
}

export interface TrackOptions {
  save?: (state: WindowState) => void;
  debounceMs?: number;
}

/**
 * Restores the maximized state once the window is ready, and saves the state after moves and
 * resizes settle (debounced) and when the window closes. Saving never throws: a read-only data
 * folder costs the remembered position, not the app.
 */
export function trackWindowState(win: WindowLike, file: string, restored: WindowState, opts: TrackOptions = {}): void {
  const save = opts.save ?? ((s: WindowState) => saveWindowState(file, s));
  const debounceMs = opts.debounceMs ?? SAVE_DEBOUNCE_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const saveNow = (): void => {
    clearTimeout(timer);
    timer = undefined;
    const b = win.getNormalBounds();
    try {
      save({ x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() });
    } catch {
      // Keep running with the window where it is.
    }
  };
  const saveSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(saveNow, debounceMs);
  };
  if (restored.maximized) win.once('ready-to-show', () => win.maximize());
  win.on('move', saveSoon);
  win.on('resize', saveSoon);
  win.on('close', saveNow);
}

/** The BrowserWindow options for the restored state (no x/y lets the OS centre it). */
export function windowBounds(state: WindowState): Partial<Rect> & { width: number; height: number; minWidth: number; minHeight: number } {
  const { x, y, width, height } = state;
  return { ...(x !== undefined && y !== undefined ? { x, y } : {}), width, height, minWidth: MIN_WIDTH, minHeight: MIN_HEIGHT };
}
