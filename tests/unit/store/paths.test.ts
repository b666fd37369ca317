import { describe, expect, it } from 'vitest';
import { posix, win32 } from 'node:path';
import { DB_FILE_NAME, defaultDataDir, resolveDbPath } from '../../../src/main/store/paths';
import { electronNativeBinding } from '../../../src/main/store/nativeBinding';

describe('default database location (where Electron’s userData would be)', () => {
  it('Linux: $XDG_DATA_HOME/hybrid-planner when absolute, else ~/.local/share/hybrid-planner', () => {
    expect(defaultDataDir('linux', { XDG_DATA_HOME: '/data/me' }, '/home/ann')).toBe('/data/me/hybrid-planner');
    expect(defaultDataDir('linux', {}, '/home/ann')).toBe('/home/ann/.local/share/hybrid-planner');
    // The XDG spec says relative values are invalid and must be ignored.
    expect(defaultDataDir('linux', { XDG_DATA_HOME: 'relative/dir' }, '/home/ann')).toBe('/home/ann/.local/share/hybrid-planner');
    expect(defaultDataDir('freebsd', {}, '/home/ann')).toBe('/home/ann/.local/share/hybrid-planner');
  });

  it('macOS: ~/Library/Application Support/Hybrid Planner', () => {
    expect(defaultDataDir('darwin', {}, '/Users/ann')).toBe(posix.join('/Users/ann', 'Library', 'Application Support', 'Hybrid Planner'));
  });

  it('Windows: %APPDATA%\\Hybrid Planner', () => {
    const dir = defaultDataDir('win32', { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, 'C:\\Users\\ann');
    // path.join of the host platform is used; compare segment by segment so the test runs anywhere.
    expect(dir.split(/[\\/]/)).toEqual(win32.join('C:\\Users\\ann\\AppData\\Roaming', 'Hybrid Planner').split('\\'));
    const fallback = defaultDataDir('win32', {}, 'C:\\Users\\ann');
    expect(fallback.split(/[\\/]/).slice(-3)).toEqual(['AppData', 'Roaming', 'Hybrid Planner']);
  });
});

describe('resolveDbPath: --db, then HYBRID_PLANNER_DB, then the default', () => {
  it('--db wins over the environment', () => {
    expect(resolveDbPath('/tmp/flag.db', { HYBRID_PLANNER_DB: '/tmp/env.db' }, 'linux', '/home/ann')).toBe('/tmp/flag.db');
  });
  it('HYBRID_PLANNER_DB wins over the default', () => {
    expect(resolveDbPath(undefined, { HYBRID_PLANNER_DB: '/tmp/env.db' }, 'linux', '/home/ann')).toBe('/tmp/env.db');
  });
  it('falls back to the per-user file', () => {
    expect(resolveDbPath(undefined, {}, 'linux', '/home/ann')).toBe(`/home/ann/.local/share/hybrid-planner/${DB_FILE_NAME}`);
    expect(resolveDbPath(undefined, { HYBRID_PLANNER_DB: '' }, 'linux', '/home/ann')).toBe(`/home/ann/.local/share/hybrid-planner/${DB_FILE_NAME}`);
  });
});

describe('better-sqlite3 native binding selection', () => {
  const root = '/app';
  const built = '/app/.electron-native/45.5.0/better_sqlite3.node';
  it('plain Node (tests, CLI, browser mode) uses the default build in node_modules', () => {
    expect(electronNativeBinding(root, { node: '20.20.2' } as NodeJS.ProcessVersions, () => true)).toBeUndefined();
  });
  it('Electron uses its own ABI build when it exists', () => {
    const versions = { node: '22.0.0', electron: '45.5.0' } as NodeJS.ProcessVersions;
    expect(electronNativeBinding(root, versions, (p) => p === built)).toBe(built);
  });
  it('Electron without its build gets undefined (the caller reports how to build it)', () => {
    const versions = { node: '22.0.0', electron: '45.5.0' } as NodeJS.ProcessVersions;
    expect(electronNativeBinding(root, versions, () => false)).toBeUndefined();
  });
  it('is keyed by the exact Electron version, so an upgrade never loads a stale build', () => {
    const versions = { node: '22.0.0', electron: '46.0.0' } as NodeJS.ProcessVersions;
    expect(electronNativeBinding(root, versions, (p) => p === built)).toBeUndefined();
  });
});
