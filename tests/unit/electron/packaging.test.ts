// electron-builder cannot run here (it downloads Electron), so its configuration is checked with
// electron-builder's own loader and schema, and the parts the packaged app depends on one by one.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { beforePack, nativeBindingProblem } from '../../../scripts/dist-native.mjs';
import { iconScanlines, iconSvg, SIZE } from '../../../scripts/make-icon.mjs';
import { nativeBindingPath } from '../../../scripts/start-plan.mjs';
import { electronNativeBinding } from '../../../src/main/store/nativeBinding';

const root = join(__dirname, '../../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const electronVersion: string = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;

interface FileSet {
  filter: string[];
}
interface BuilderConfig {
  appId: string;
  productName: string;
  files: FileSet[];
  asarUnpack: string[];
  npmRebuild: boolean;
  beforePack: string;
  icon: string;
  directories: { buildResources: string; output: string };
  linux: { target: string[] };
  mac: { target: string[] };
  win: { target: string[] };
}

// electron-builder's configuration module is not part of its public exports; it is reached through
// electron-builder's own dependency so the check uses exactly the installed loader and schema.
const builderRequire = createRequire(require.resolve('electron-builder'));
const { getConfig, validateConfiguration } = builderRequire('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string): Promise<BuilderConfig>;
  validateConfiguration(config: unknown, debug: { isEnabled: boolean; add(): void }): Promise<void>;
};

let config: BuilderConfig;
beforeAll(async () => {
  config = await getConfig(root, 'electron-builder.yml');
});

/**
 * A glob as electron-builder's minimatch reads these patterns (dot files included): **, * and {a,b}.
 * Written out because path.matchesGlob is missing from early Node 20 and skips dot folders.
 */
function matchesGlob(path: string, glob: string): boolean {
  let re = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (glob.startsWith('**/', i)) {
      re += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      re += '.*';
      i += 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '{') {
      re += '(?:';
      braces++;
    } else if (c === '}' && braces) {
      re += ')';
      braces--;
    } else if (c === ',' && braces) re += '|';
    else re += c.replace(/[.+?^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`).test(path);
}

/** Whether electron-builder's file patterns (later ! patterns exclude) take a path into the app. */
function included(path: string): boolean {
  let result = false;
  for (const pattern of config.files.flatMap((f) => f.filter)) {
    if (pattern.startsWith('!')) {
      if (matchesGlob(path, pattern.slice(1))) result = false;
    } else if (matchesGlob(path, pattern)) result = true;
  }
  return result;
}

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema', async () => {
    await expect(validateConfiguration(config, { isEnabled: false, add() {} })).resolves.toBeUndefined();
    // The check itself refuses a wrong configuration.
    await expect(validateConfiguration({ ...config, linux: { targets: ['AppImage'] } }, { isEnabled: false, add() {} })).rejects.toThrow(/configuration\.linux/);
  });

  it('names the app as package.json does', () => {
    expect(config.appId).toBe('app.hybridplanner.desktop');
    expect(config.productName).toBe(pkg.productName);
  });

  it('builds AppImage and deb for Linux, dmg for macOS, nsis for Windows', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('packs the built app, its resources and package.json, and no sources or tests', () => {
    for (const path of ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html', 'resources/foods/usda-sr24.json.gz', 'package.json']) {
      expect(included(path), path).toBe(true);
    }
    for (const path of ['src/main/index.ts', 'tests/unit/electron/menu.test.ts', 'scripts/start.mjs', 'docs/science.md', 'out/main/index.js.map', 'README.md', 'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c']) {
      expect(included(path), path).toBe(false);
    }
  });

  it('ships the Electron build of better-sqlite3 where the app looks for it, unpacked from the asar', () => {
    const binding = nativeBindingPath('', electronVersion).replace(/^[/\\]/, '');
    expect(included(binding)).toBe(true);
    expect(config.asarUnpack.some((p) => matchesGlob(binding, p))).toBe(true);
    // The packaged app's root is app.asar: the store finds the same relative path there.
    const appRoot = '/opt/Hybrid Planner/resources/app.asar';
    expect(electronNativeBinding(appRoot, { ...process.versions, electron: electronVersion }, (p) => p === join(appRoot, binding))).toBe(join(appRoot, binding));
  });

  it('never rebuilds node_modules in place (the tests, CLI and browser mode use Node’s build there) and checks the Electron build before packing', () => {
    expect(config.npmRebuild).toBe(false);
    expect(existsSync(join(root, config.beforePack))).toBe(true);
  });

  it('npm run dist builds the app, then packages it with this configuration', () => {
    expect(pkg.scripts.dist).toBe('npm run build && electron-builder --config electron-builder.yml');
  });
});

describe('icon', () => {
  it('is a 512 × 512 RGBA PNG in the build resources, drawn by scripts/make-icon.mjs', () => {
    expect(config.icon).toBe('resources/icon.png');
    expect(config.directories.buildResources).toBe('resources');
    const png = readFileSync(join(root, config.icon));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.toString('ascii', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]]).toEqual([SIZE, SIZE, 8, 6]);
    expect(SIZE).toBe(512);
    // The committed pixels are the script's drawing (one IDAT chunk right after IHDR).
    const idatLength = png.readUInt32BE(33);
    expect(png.toString('ascii', 37, 41)).toBe('IDAT');
    expect(inflateSync(png.subarray(41, 41 + idatLength)).equals(iconScanlines())).toBe(true);
  });

  it('the SVG source is the same drawing', () => {
    expect(readFileSync(join(root, 'resources/icon.svg'), 'utf8')).toBe(iconSvg());
  });
});

describe('the Electron build check before packing', () => {
  const base = { root: '/repo', electronVersion: '45.5.0', platform: 'linux', arch: 'x64', hostPlatform: 'linux', hostArch: 'x64' };

  it('lets packaging go on when the build for this Electron exists', () => {
    expect(nativeBindingProblem({ ...base, exists: (p) => p === join('/repo', '.electron-native', '45.5.0', 'better_sqlite3.node') })).toBeNull();
  });

  it('says to run npm start when the build is missing', () => {
    expect(nativeBindingProblem({ ...base, exists: () => false })).toBe(
      `better-sqlite3 is not built for Electron 45.5.0 yet (${join('/repo', '.electron-native', '45.5.0', 'better_sqlite3.node')}). Run "npm start" once (it builds it), then "npm run dist" again.`,
    );
  });

  it('refuses another OS or CPU (the addon is built for this machine)', () => {
    expect(nativeBindingProblem({ ...base, platform: 'win32', exists: () => true })).toMatch(/^The app's SQLite addon is built on the machine that packages it: package for win32-x64 on a win32-x64 machine \(this one is linux-x64\)\.$/);
    expect(nativeBindingProblem({ ...base, arch: 'arm64', exists: () => true })).toMatch(/package for linux-arm64/);
  });

  it('the hook throws that message from electron-builder’s context', async () => {
    const context = { packager: { info: { framework: { version: '0.0.0-never-built' } } }, electronPlatformName: process.platform, arch: ['ia32', 'x64', 'armv7l', 'arm64'].indexOf(process.arch) };
    await expect(beforePack(context)).rejects.toThrow('better-sqlite3 is not built for Electron 0.0.0-never-built yet');
  });
});
