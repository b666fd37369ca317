import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_INPUTS, findElectronBinary, fingerprintOf, installPlan, nativeBindingPath, nativeBuildStep, nodeGypCommand, planStart } from '../../../scripts/start-plan.mjs';
import { electronNativeBinding } from '../../../src/main/store/nativeBinding';

const ROOT = '/proj';
const PKG = join(ROOT, 'node_modules/electron/package.json');
const PATH_TXT = join(ROOT, 'node_modules/electron/path.txt');
const EXE = join(ROOT, 'node_modules/electron/dist/electron');

/** A fake file system: path → contents ('' for binaries). */
function fsWith(files: Record<string, string>) {
  return {
    exists: (p: string) => p in files,
    readText: (p: string) => {
      if (!(p in files)) throw Object.assign(new Error(`ENOENT ${p}`), { code: 'ENOENT' });
      return files[p];
    },
  };
}
const probe = (files: Record<string, string>, env: Record<string, string> = {}, platform = 'linux') => ({ root: ROOT, env, platform, ...fsWith(files) });
const pkg = { [PKG]: JSON.stringify({ name: 'electron', version: '45.5.0' }) };

describe('npm start: desktop or browser mode', () => {
  it('no path.txt (binary never downloaded, as on this machine) → browser mode with one line saying why', () => {
    const plan = planStart(probe(pkg));
    expect(plan.mode).toBe('browser');
    if (plan.mode !== 'browser') return;
    expect(plan.notice.split('\n')).toHaveLength(1);
    expect(plan.notice).toMatch(/^Electron binary is missing .*path\.txt.*browser mode/);
  });

  it('path.txt present but dist/ missing → browser mode', () => {
    const plan = planStart(probe({ ...pkg, [PATH_TXT]: 'electron' }));
    expect(plan).toMatchObject({ mode: 'browser', notice: expect.stringContaining(EXE) });
  });

  it('the electron package itself missing → browser mode telling to run npm ci', () => {
    expect(planStart(probe({}))).toMatchObject({ mode: 'browser', notice: expect.stringMatching(/npm ci/) });
  });

  it('binary present, native build missing → electron, build first', () => {
    const plan = planStart(probe({ ...pkg, [PATH_TXT]: 'electron', [EXE]: '' }));
    expect(plan).toEqual({ mode: 'electron', executable: EXE, version: '45.5.0', nativeBinding: join(ROOT, '.electron-native/45.5.0/better_sqlite3.node'), buildNative: true });
  });

  it('binary and native build present → electron, no build', () => {
    const plan = planStart(probe({ ...pkg, [PATH_TXT]: 'electron', [EXE]: '', [join(ROOT, '.electron-native/45.5.0/better_sqlite3.node')]: '' }));
    expect(plan).toMatchObject({ mode: 'electron', buildNative: false });
  });

  it('ELECTRON_OVERRIDE_DIST_PATH wins and needs no path.txt', () => {
    const exe = '/opt/electron/electron';
    expect(findElectronBinary(probe({ ...pkg, [exe]: '' }, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }))).toEqual({ present: true, path: exe });
    expect(findElectronBinary(probe({ ...pkg, [PATH_TXT]: 'electron', [EXE]: '' }, { ELECTRON_OVERRIDE_DIST_PATH: '/nowhere' }))).toMatchObject({
      present: false,
      reason: expect.stringMatching(/ELECTRON_OVERRIDE_DIST_PATH/),
    });
  });

  it('macOS and Windows executable names', () => {
    const mac = join('/opt/e', 'Electron.app/Contents/MacOS/Electron');
    expect(findElectronBinary(probe({ ...pkg, [mac]: '' }, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/e' }, 'darwin'))).toEqual({ present: true, path: mac });
    const win = join('/opt/e', 'electron.exe');
    expect(findElectronBinary(probe({ ...pkg, [win]: '' }, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/e' }, 'win32'))).toEqual({ present: true, path: win });
  });

  it('the start script builds where the store looks', () => {
    const file = nativeBindingPath(ROOT, '45.5.0');
    expect(electronNativeBinding(ROOT, { electron: '45.5.0' } as unknown as NodeJS.ProcessVersions, (p) => p === file)).toBe(file);
  });
});

describe('Electron’s build of better-sqlite3', () => {
  const gyp = { command: '/usr/bin/node', args: ['/npm/node-gyp.js'] };

  it('rebuilds a copy in its own folder against Electron’s headers, without npm’s nodedir (Node’s headers)', () => {
    const step = nativeBuildStep({ root: ROOT, version: '45.5.0', arch: 'x64', env: { PATH: '/bin', npm_config_nodedir: '/usr', npm_config_target: '20.0.0' }, gyp });
    expect(step.cwd).toBe(join(ROOT, '.electron-native/45.5.0/better-sqlite3'));
    expect(step.cwd.includes('node_modules')).toBe(false);
    expect(step.args).toEqual(['/npm/node-gyp.js', 'rebuild', '--release', '--target=45.5.0', '--arch=x64', '--dist-url=https://electronjs.org/headers', `--devdir=${join(ROOT, '.electron-native/headers')}`]);
    expect(step.env).toEqual({ PATH: '/bin' });
    expect(step.output).toBe(join(step.cwd, 'build/Release/better_sqlite3.node'));
  });

  it('uses local headers from HYBRID_PLANNER_ELECTRON_HEADERS when given (offline machines)', () => {
    const step = nativeBuildStep({ root: ROOT, version: '45.5.0', arch: 'arm64', env: { HYBRID_PLANNER_ELECTRON_HEADERS: '/opt/electron-headers' }, gyp });
    expect(step.args).toContain('--nodedir=/opt/electron-headers');
    expect(step.args.some((a) => a.startsWith('--dist-url'))).toBe(false);
  });

  it('finds npm’s node-gyp from the environment npm gives scripts, else next to node, else PATH', () => {
    expect(nodeGypCommand({ env: { npm_config_node_gyp: '/x/node-gyp.js' }, execPath: '/usr/bin/node', exists: (p) => p === '/x/node-gyp.js' })).toEqual({
      command: '/usr/bin/node',
      args: ['/x/node-gyp.js'],
    });
    const bundled = join('/usr/bin', '..', 'lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js');
    expect(nodeGypCommand({ env: {}, execPath: '/usr/bin/node', exists: (p) => p === bundled })).toEqual({ command: '/usr/bin/node', args: [bundled] });
    expect(nodeGypCommand({ env: {}, execPath: '/usr/bin/node', exists: () => false })).toEqual({ command: 'node-gyp', args: [] });
  });
});

describe('npm start builds only when the sources changed, and never pulls a build from under a running app', () => {
  const hash = (t: string) => `h(${t})`;
  it('the fingerprint follows path, size and time, not the order files are listed in', () => {
    const a = { path: 'src/a.ts', size: 10, mtimeMs: 1000.2 };
    const b = { path: 'src/b.ts', size: 20, mtimeMs: 2000 };
    expect(fingerprintOf([a, b], hash)).toBe(fingerprintOf([b, a], hash));
    expect(fingerprintOf([a, b], hash)).not.toBe(fingerprintOf([a, { ...b, size: 21 }], hash));
    expect(fingerprintOf([a, b], hash)).not.toBe(fingerprintOf([a, { ...b, mtimeMs: 2001 }], hash));
    expect(fingerprintOf([a, b], hash)).not.toBe(fingerprintOf([a], hash));
    expect(BUILD_INPUTS).toEqual(expect.arrayContaining(['src', 'package-lock.json', 'electron.vite.config.ts']));
  });

  it('copies chunks before entry points, keeps the previous build, prunes only older files', () => {
    const built = ['main/index.js', 'main/chunks/db-NEW.js', 'renderer/index.html', 'renderer/assets/index-NEW.js', 'main/cli.js', 'preload/index.js'];
    const stamp = { fingerprint: 'x', files: ['main/index.js', 'main/chunks/db-OLD.js', 'renderer/assets/index-OLD.js'] };
    const present = [...stamp.files, 'main/chunks/db-ANCIENT.js', '.build-stamp.json', 'renderer/index.html'];
    const plan = installPlan(built, stamp, present);
    expect(plan.copy.slice(0, 2)).toEqual(['main/chunks/db-NEW.js', 'renderer/assets/index-NEW.js']);
    expect(plan.copy.slice(2)).toEqual(['main/cli.js', 'main/index.js', 'preload/index.js', 'renderer/index.html']);
    expect(plan.prune).toEqual(['main/chunks/db-ANCIENT.js']);
    expect(installPlan(built, null, ['main/chunks/db-OLD.js']).prune).toEqual(['main/chunks/db-OLD.js']);
  });
});
