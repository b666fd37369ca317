// Decisions behind `npm start`, as plain functions over injected fs/env so they are unit-tested
// (tests/unit/start/start-plan.test.ts) and reused by the Electron e2e spec. Nothing here starts,
// downloads or builds anything; scripts/start.mjs does, following these answers.
import { dirname, join } from 'node:path';

/** What node_modules/electron/install.js would write into path.txt on each platform. */
export function electronExecutableName(platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * Where the Electron binary is, found without requiring the `electron` package (its index.js
 * starts a download when the binary is missing). ELECTRON_OVERRIDE_DIST_PATH wins, as in Electron.
 */
export function findElectronBinary({ root, env, platform, exists, readText }) {
  const pkgDir = join(root, 'node_modules', 'electron');
  if (!exists(join(pkgDir, 'package.json'))) {
    return { present: false, reason: 'the electron package is not installed; run npm ci' };
  }
  let pathTxt;
  try {
    pathTxt = readText(join(pkgDir, 'path.txt')).trim();
  } catch {
    pathTxt = undefined;
  }
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const exe = join(env.ELECTRON_OVERRIDE_DIST_PATH, pathTxt || electronExecutableName(platform));
    return exists(exe) ? { present: true, path: exe } : { present: false, reason: `not found at ${exe} (ELECTRON_OVERRIDE_DIST_PATH)` };
  }
  if (!pathTxt) return { present: false, reason: 'never downloaded: node_modules/electron/path.txt does not exist' };
  const exe = join(pkgDir, 'dist', pathTxt);
  return exists(exe) ? { present: true, path: exe } : { present: false, reason: `not found at ${exe}` };
}

/** The Electron version, from its package.json (not from requiring the package). */
export function electronVersion({ root, readText }) {
  return JSON.parse(readText(join(root, 'node_modules', 'electron', 'package.json'))).version;
}

/** Electron's own build of better-sqlite3; the store's nativeBinding picks the same path. */
export function nativeBindingPath(root, version) {
  return join(root, '.electron-native', version, 'better_sqlite3.node');
}

/**
 * What `npm start` does: 'electron' (building the native module first when it is missing) or
 * 'browser' with the one line that says why.
 */
export function planStart({ root, env, platform, exists, readText }) {
  const binary = findElectronBinary({ root, env, platform, exists, readText });
  if (!binary.present) {
    return { mode: 'browser', notice: `Electron binary is missing (${binary.reason}); starting browser mode instead.` };
  }
  const version = electronVersion({ root, readText });
  const native = nativeBindingPath(root, version);
  return { mode: 'electron', executable: binary.path, version, nativeBinding: native, buildNative: !exists(native) };
}

/** npm's bundled node-gyp (npm tells scripts where it is), else one on PATH. */
export function nodeGypCommand({ env, execPath, exists }) {
  const candidates = [env.npm_config_node_gyp, join(dirname(execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')];
  const script = candidates.find((c) => c && exists(c));
  return script ? { command: execPath, args: [script] } : { command: 'node-gyp', args: [] };
}

/**
 * The node-gyp rebuild of a copy of better-sqlite3 against Electron's headers, in its own folder.
 * Headers come from HYBRID_PLANNER_ELECTRON_HEADERS (an unpacked header folder, for offline
 * machines) or are downloaded from Electron's header server into .electron-native/headers.
 * npm exports npm_config_nodedir (here /usr: Node's headers), which would silently build for
 * Node's ABI, so it is removed from the child's environment.
 */
export function nativeBuildStep({ root, version, arch, env, gyp }) {
  const workDir = join(root, '.electron-native', version, 'better-sqlite3');
  const headers = env.HYBRID_PLANNER_ELECTRON_HEADERS;
  const args = [
    ...gyp.args,
    'rebuild',
    '--release',
    `--target=${version}`,
    `--arch=${arch}`,
    ...(headers ? [`--nodedir=${headers}`] : ['--dist-url=https://electronjs.org/headers', `--devdir=${join(root, '.electron-native', 'headers')}`]),
  ];
  const childEnv = { ...env };
  for (const k of Object.keys(childEnv)) if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch)$/i.test(k)) delete childEnv[k];
  return { command: gyp.command, args, cwd: workDir, env: childEnv, output: join(workDir, 'build', 'Release', 'better_sqlite3.node') };
}

/** The files of better-sqlite3 a node-gyp build needs (never touching node_modules' own build). */
export const BETTER_SQLITE3_BUILD_FILES = ['package.json', 'binding.gyp', 'src', 'deps'];

/** What the build reads: a change to any of these (by path, size or time) means the app is rebuilt. */
export const BUILD_INPUTS = ['src', 'resources', 'electron.vite.config.ts', 'svelte.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.node.json', 'tsconfig.web.json'];

/** One hash over the inputs' relative paths, sizes and modification times (sorted, so order is irrelevant). */
export function fingerprintOf(entries, hash) {
  const lines = entries.map((e) => `${e.path}\t${e.size}\t${Math.round(e.mtimeMs)}`).sort();
  return hash(lines.join('\n'));
}

/**
 * How a fresh build in a staging folder replaces out/ without taking a running app's files away: every
 * new file is copied in (entry points last, so a process starting meanwhile finds a whole build), files
 * of the previous build stay (a running browser-mode server or CLI may still load its hashed chunks),
 * and only files belonging to neither this build nor the one before it are removed.
 * `built` are the staging folder's relative paths; `stamp` is the last install's record or null.
 */
export function installPlan(built, stamp, present) {
  const entry = (p) => /^(main\/index\.js|main\/cli\.js|preload\/index\.js|renderer\/index\.html)$/.test(p);
  const copy = [...built.filter((p) => !entry(p)).sort(), ...built.filter(entry).sort()];
  const keep = new Set([...built, ...(stamp?.files ?? [])]);
  const prune = present.filter((p) => p !== '.build-stamp.json' && !keep.has(p)).sort();
  return { copy, prune };
}
