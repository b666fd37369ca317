import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { contract } from '../../../src/shared/contract';
import { methodNames } from '../../../src/shared/contract/names';
import { channelFor, isTrustedSender, registerIpc, type FrameLike, type IpcEventLike, type IpcMainLike } from '../../../src/main/ipc';
import { APP_ENTRY_URL, appOrigins, bridgeMatches, devCsp, DESKTOP_CSP, originOf } from '../../../src/main/desktop/policy';
import { testContext } from '../helpers';

const ORIGINS = appOrigins(undefined);

function frame(url: string, extra: Partial<FrameLike> = {}): FrameLike {
  return { url, parent: null, processId: 4, routingId: 1, ...extra };
}
/** An event as Electron builds it: the sending frame and its web contents' main frame. */
function event(sender: FrameLike | null, main: FrameLike | undefined = sender ?? undefined): IpcEventLike {
  return { senderFrame: sender, sender: { mainFrame: main } };
}

class FakeIpcMain implements IpcMainLike {
  handlers = new Map<string, (event: IpcEventLike, input: unknown) => unknown>();
  handle(channel: string, listener: (event: IpcEventLike, input: unknown) => unknown): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}

describe('IPC sender check', () => {
  const top = frame(APP_ENTRY_URL);

  it('accepts the app’s own top frame', () => {
    expect(isTrustedSender(event(top), ORIGINS)).toBe(true);
    expect(isTrustedSender(event(frame('app://hybrid-planner/index.html#/weight')), ORIGINS)).toBe(true);
  });

  it('accepts the main frame when Electron hands out a different wrapper object for it', () => {
    expect(isTrustedSender(event(top, { ...top }), ORIGINS)).toBe(true);
  });

  it('refuses a subframe, even one from the app’s origin', () => {
    const sub = frame(APP_ENTRY_URL, { parent: top, routingId: 7 });
    expect(isTrustedSender(event(sub, top), ORIGINS)).toBe(false);
  });

  it('refuses a frame that is not the sender’s main frame (wrong frame)', () => {
    const other = frame(APP_ENTRY_URL, { routingId: 9 });
    expect(isTrustedSender(event(other, top), ORIGINS)).toBe(false);
    const otherProcess = frame(APP_ENTRY_URL, { processId: 5 });
    expect(isTrustedSender(event(otherProcess, top), ORIGINS)).toBe(false);
  });

  it('refuses foreign URLs: remote pages, file://, look-alike hosts, the dev server when not in development', () => {
    for (const url of [
      'https://evil.example/index.html',
      'file:///home/me/index.html',
      'app://evil/index.html',
      'app://hybrid-planner.evil.example/index.html',
      'http://localhost:5173/',
      'about:blank',
      'data:text/html,hi',
      'not a url',
      '',
    ]) {
      expect(isTrustedSender(event(frame(url)), ORIGINS), url).toBe(false);
    }
  });

  it('refuses a destroyed or navigated-away frame (senderFrame null)', () => {
    expect(isTrustedSender(event(null, top), ORIGINS)).toBe(false);
  });

  it('in development trusts the dev server’s origin exactly', () => {
    const dev = appOrigins('http://localhost:5173/');
    expect(isTrustedSender(event(frame('http://localhost:5173/index.html')), dev)).toBe(true);
    expect(isTrustedSender(event(frame('http://localhost:5174/index.html')), dev)).toBe(false);
    expect(isTrustedSender(event(frame('https://localhost:5173/')), dev)).toBe(false);
  });
});

describe('registerIpc', () => {
  it('registers exactly one handler per contract method, on rpc:<method>', () => {
    const ipc = new FakeIpcMain();
    registerIpc(ipc, testContext(), ORIGINS);
    expect([...ipc.handlers.keys()].sort()).toEqual(Object.keys(contract).map(channelFor).sort());
  });

  it('dispatches calls from the app window and refuses others without running the handler', () => {
    const ipc = new FakeIpcMain();
    const ctx = testContext('2026-11-26');
    registerIpc(ipc, ctx, ORIGINS);
    const add = ipc.handlers.get('rpc:weight.add')!;
    const top = frame(APP_ENTRY_URL);
    expect(add(event(top), { date: '2026-11-20', weightKg: 80 })).toMatchObject({ ok: true, value: { id: 1 } });

    const refusals = [
      event(frame(APP_ENTRY_URL, { parent: top, routingId: 3 }), top), // subframe
      event(frame(APP_ENTRY_URL, { routingId: 2 }), top), // wrong frame
      event(frame('https://evil.example/')), // foreign URL
      event(null, top),
    ];
    for (const e of refusals) {
      expect(add(e, { date: '2026-11-21', weightKg: 80 })).toEqual({ ok: false, error: { code: 'forbidden', message: 'Calls are accepted only from the app window.' } });
    }
    expect((ctx.db.prepare('SELECT COUNT(*) AS n FROM weigh_ins').get() as { n: number }).n).toBe(1);
  });

  it('returns the dispatch envelope for bad input (no throw across IPC)', () => {
    const ipc = new FakeIpcMain();
    registerIpc(ipc, testContext(), ORIGINS);
    const r = ipc.handlers.get('rpc:weight.add')!(event(frame(APP_ENTRY_URL)), { date: '2026-11-20', weightKg: 'x' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'weightKg' } });
  });

  it('the returned function removes every handler', () => {
    const ipc = new FakeIpcMain();
    const dispose = registerIpc(ipc, testContext(), ORIGINS);
    dispose();
    expect(ipc.handlers.size).toBe(0);
  });
});

describe('preload', () => {
  it('exposes exactly the contract’s methods, each invoking its own channel, and nothing else', async () => {
    const exposed: Record<string, unknown> = {};
    const invoke = vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } }));
    vi.doMock('electron', () => ({
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
      ipcRenderer: { invoke },
      webUtils: { getPathForFile: (f: { name: string }) => `/picked/${f.name}` },
    }));
    await import('../../../src/preload/index');
    expect(Object.keys(exposed)).toEqual(['hybridPlanner', 'hybridPlannerFiles']);
    // Besides the methods, only a picked file's path on disk (for imports), nothing else.
    const files = exposed.hybridPlannerFiles as Record<string, (f: unknown) => string>;
    expect(Object.keys(files)).toEqual(['pathForFile']);
    expect(Object.isFrozen(files)).toBe(true);
    expect(files.pathForFile({ name: 'strong.csv' })).toBe('/picked/strong.csv');
    const api = exposed.hybridPlanner as Record<string, (input: unknown) => Promise<unknown>>;
    expect(Object.keys(api)).toEqual(Object.keys(contract));
    expect(Object.isFrozen(api)).toBe(true);
    for (const m of methodNames) {
      await expect(api[m]({ a: 1 })).resolves.toEqual({ ok: true, value: { channel: channelFor(m), input: { a: 1 } } });
    }
    expect(invoke).toHaveBeenCalledTimes(methodNames.length);
    vi.doUnmock('electron');
  });
});

describe('window policy', () => {
  it('the bridge matches the app’s own origins only (the dev server’s too when developing)', () => {
    expect(bridgeMatches(undefined)).toEqual(['app://hybrid-planner/*']);
    expect(bridgeMatches('http://127.0.0.1:5173/index.html')).toEqual(['app://hybrid-planner/*', 'http://127.0.0.1:5173/*']);
  });

  it('the CSP allows only the app’s own scripts, no inline or eval', () => {
    const directives = Object.fromEntries(DESKTOP_CSP.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(DESKTOP_CSP).not.toMatch(/unsafe-eval|\*/);
    expect(devCsp('http://localhost:5173')).toContain("connect-src 'self' ws://localhost:5173");
  });

  it('originOf compares scheme://host (app: has an opaque WHATWG origin)', () => {
    expect(originOf('app://hybrid-planner/index.html')).toBe('app://hybrid-planner');
    expect(originOf('http://127.0.0.1:5173/x')).toBe('http://127.0.0.1:5173');
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('::')).toBeNull();
  });
});

describe('the core never imports electron', () => {
  it('only src/main/index.ts and the preload import it', () => {
    const root = join(__dirname, '../../../src');
    const offenders: string[] = [];
    const walk = (d: string) => {
      for (const name of readdirSync(d)) {
        const p = join(d, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|svelte)$/.test(name) && /from\s+['"]electron['"]|require\(['"]electron['"]\)/.test(readFileSync(p, 'utf8'))) offenders.push(relative(root, p));
      }
    };
    walk(root);
    expect(offenders.sort()).toEqual(['main/index.ts', 'preload/index.ts']);
  });
});
