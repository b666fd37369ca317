import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  clampToDisplays,
  DEFAULT_WINDOW_STATE,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  trackWindowState,
  windowBounds,
  type Rect,
  type WindowLike,
} from '../../../src/main/desktop/windowState';

const LAPTOP: Rect = { x: 0, y: 25, width: 1440, height: 875 }; // below a menu bar
const RIGHT: Rect = { x: 1440, y: 0, width: 1920, height: 1040 }; // a second monitor, taskbar at the bottom

describe('parseWindowState', () => {
  it('reads a saved state', () => {
    expect(parseWindowState('{"x":10,"y":40,"width":1100,"height":700,"maximized":true}')).toEqual({ x: 10, y: 40, width: 1100, height: 700, maximized: true });
  });

  it('falls back to the defaults for a missing, corrupt or wrongly shaped file', () => {
    for (const text of [null, '', '{', 'null', '[]', '{"width":"wide","height":700}', '{"width":-5,"height":700}', '{"width":1e999,"height":700}']) {
      expect(parseWindowState(text), String(text)).toEqual(DEFAULT_WINDOW_STATE);
    }
  });

  it('drops a position with only one coordinate, and reads a missing maximized as false', () => {
    expect(parseWindowState('{"x":10,"width":1100,"height":700}')).toEqual({ width: 1100, height: 700, maximized: false });
  });
});

describe('clampToDisplays', () => {
  it('keeps a window that is fully on a display', () => {
    const s = { x: 100, y: 100, width: 1200, height: 700, maximized: false };
    expect(clampToDisplays(s, [LAPTOP])).toEqual(s);
  });

  it('pulls a window hanging off the edge back inside the work area (not under the menu bar)', () => {
    expect(clampToDisplays({ x: 900, y: 0, width: 1000, height: 700, maximized: false }, [LAPTOP])).toEqual({ x: 440, y: 25, width: 1000, height: 700, maximized: false });
  });

  it('shrinks a window larger than its display to the work area', () => {
    expect(clampToDisplays({ x: 0, y: 0, width: 2500, height: 1600, maximized: true }, [LAPTOP])).toEqual({ x: 0, y: 25, width: 1440, height: 875, maximized: true });
  });

  it('puts the window on the display it overlaps most', () => {
    expect(clampToDisplays({ x: 1300, y: 100, width: 1200, height: 800, maximized: false }, [LAPTOP, RIGHT])).toEqual({ x: 1440, y: 100, width: 1200, height: 800, maximized: false });
  });

  it('a window on a monitor that is gone loses its position (the OS centres it) and fits the first display', () => {
    expect(clampToDisplays({ x: 3400, y: 100, width: 1800, height: 1000, maximized: false }, [LAPTOP])).toEqual({ width: 1440, height: 875, maximized: false });
  });

  it('grows a saved size below the minimum, as far as the display allows', () => {
    expect(clampToDisplays({ x: 0, y: 30, width: 300, height: 200, maximized: false }, [LAPTOP])).toEqual({ x: 0, y: 30, width: 800, height: 600, maximized: false });
  });

  it('the defaults fit a small screen', () => {
    expect(clampToDisplays(DEFAULT_WINDOW_STATE, [{ x: 0, y: 0, width: 1024, height: 738 }])).toEqual({ width: 1024, height: 738, maximized: false });
  });
});

describe('window state file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hp-window-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips through the file, and a missing or corrupt file gives the defaults', () => {
    const file = join(dir, 'sub', 'window-state.json');
    expect(loadWindowState(file, [RIGHT])).toEqual(DEFAULT_WINDOW_STATE);
    saveWindowState(file, { x: 1500, y: 50, width: 1000, height: 800, maximized: true });
    expect(loadWindowState(file, [LAPTOP, RIGHT])).toEqual({ x: 1500, y: 50, width: 1000, height: 800, maximized: true });
    writeFileSync(file, '{"x": 1500, "y"');
    expect(loadWindowState(file, [LAPTOP])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('the window options carry the position only when there is one', () => {
    expect(windowBounds({ x: 5, y: 6, width: 900, height: 700, maximized: false })).toEqual({ x: 5, y: 6, width: 900, height: 700, minWidth: 800, minHeight: 600 });
    expect(windowBounds(DEFAULT_WINDOW_STATE)).toEqual({ width: 1280, height: 860, minWidth: 800, minHeight: 600 });
  });
});

class FakeWindow implements WindowLike {
  listeners = new Map<string, Array<() => void>>();
  bounds: Rect = { x: 10, y: 20, width: 1000, height: 700 };
  maximized = false;
  on(event: string, listener: () => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: () => void): this {
    return this.on(event, listener);
  }
  emit(event: string): void {
    for (const l of this.listeners.get(event) ?? []) l();
  }
  getNormalBounds(): Rect {
    return { ...this.bounds };
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  maximize(): void {
    this.maximized = true;
  }
}

describe('trackWindowState', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once after a burst of moves and resizes settles', () => {
    const win = new FakeWindow();
    const save = vi.fn();
    trackWindowState(win, 'unused', DEFAULT_WINDOW_STATE, { save, debounceMs: 500 });
    for (let i = 0; i < 5; i++) {
      win.bounds = { ...win.bounds, x: 10 + i };
      win.emit('move');
      win.emit('resize');
      vi.advanceTimersByTime(100);
    }
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenLastCalledWith({ x: 14, y: 20, width: 1000, height: 700, maximized: false });
  });

  it('saves at once on close, with the maximized state, and drops the pending save', () => {
    const win = new FakeWindow();
    const save = vi.fn();
    trackWindowState(win, 'unused', DEFAULT_WINDOW_STATE, { save });
    win.emit('resize');
    win.maximized = true;
    win.emit('close');
    expect(save).toHaveBeenCalledWith({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    vi.runAllTimers();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('maximizes a window that was maximized when it is ready, and not before', () => {
    const win = new FakeWindow();
    trackWindowState(win, 'unused', { ...DEFAULT_WINDOW_STATE, maximized: true }, { save: vi.fn() });
    expect(win.maximized).toBe(false);
    win.emit('ready-to-show');
    expect(win.maximized).toBe(true);
    const plain = new FakeWindow();
    trackWindowState(plain, 'unused', DEFAULT_WINDOW_STATE, { save: vi.fn() });
    plain.emit('ready-to-show');
    expect(plain.maximized).toBe(false);
  });

  it('writes the file by default, and a failing write does not break closing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hp-window-'));
    try {
      const file = join(dir, 'window-state.json');
      const win = new FakeWindow();
      trackWindowState(win, file, DEFAULT_WINDOW_STATE);
      win.emit('close');
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
      const failing = new FakeWindow();
      trackWindowState(failing, file, DEFAULT_WINDOW_STATE, {
        save: () => {
          throw new Error('read-only');
        },
      });
      expect(() => failing.emit('close')).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
