#!/usr/bin/env node
// `npm start`: the desktop app when the Electron binary is here, else browser mode.
// Arguments after `npm start --` go to the app (e.g. `npm start -- --db ~/planner.db`).
// `--build-only` (what `npm ci` runs as prepare): build and record the sources' fingerprint, so the
// first `npm start` after an install starts at once instead of building the same sources again.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BETTER_SQLITE3_BUILD_FILES, BUILD_INPUTS, fingerprintOf, installPlan, nativeBuildStep, nodeGypCommand, planStart } from './start-plan.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// `--no-open` is ours (browser mode opens the default browser otherwise); the rest go to the app.
const noOpen = process.argv.includes('--no-open');
const buildOnly = process.argv.includes('--build-only');
const args = process.argv.slice(2).filter((a) => a !== '--no-open' && a !== '--build-only');
const probe = { root, env: process.env, platform: process.platform, exists: existsSync, readText: (p) => readFileSync(p, 'utf8') };

/** Every file under a folder, as paths relative to `base`. */
function filesUnder(dir, base = dir) {
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) return [relative(base, dir)];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(join(dir, d.name), base) : [relative(base, join(dir, d.name))]));
}

function sourceFingerprint() {
  const entries = BUILD_INPUTS.flatMap((input) => filesUnder(join(root, input), root)).map((path) => {
    const st = statSync(join(root, path));
    return { path, size: st.size, mtimeMs: st.mtimeMs };
  });
  return fingerprintOf(entries, (text) => createHash('sha256').update(text).digest('hex'));
}

/**
 * Builds only when the sources changed since the last build, into a staging folder; then copies the
 * new files into out/ without deleting what a running app (another npm start, a CLI) may still load.
 */
function build() {
  const out = join(root, 'out');
  const stampFile = join(out, '.build-stamp.json');
  const fingerprint = sourceFingerprint();
  let stamp = null;
  try {
    stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    stamp = null;
  }
  if (stamp?.fingerprint === fingerprint && existsSync(join(out, 'main', 'index.js')) && existsSync(join(out, 'renderer', 'index.html'))) return;
  console.log(stamp ? 'Building the app (sources changed since the last start)…' : 'Building the app…');
  const staging = join(root, `.out-staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--outDir', staging, '--logLevel', 'error'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    console.error('The build failed (npm run build shows why).');
    process.exit(r.status ?? 1);
  }
  const built = filesUnder(staging);
  const plan = installPlan(built, stamp, filesUnder(out));
  for (const file of plan.copy) {
    const target = join(out, file);
    mkdirSync(dirname(target), { recursive: true });
    // Copy beside, then rename: a reader sees the old file or the new one, never half of one.
    copyFileSync(join(staging, file), `${target}.${process.pid}.tmp`);
    renameSync(`${target}.${process.pid}.tmp`, target);
  }
  for (const file of plan.prune) rmSync(join(out, file), { force: true });
  writeFileSync(stampFile, JSON.stringify({ fingerprint, files: built }));
  rmSync(staging, { recursive: true, force: true });
}

/** Builds better-sqlite3 for Electron's ABI into .electron-native/<version>/, leaving node_modules alone. */
function buildElectronNative(plan) {
  console.log(`Building better-sqlite3 for Electron ${plan.version} (once; into .electron-native/${plan.version}/)…`);
  const step = nativeBuildStep({ root, version: plan.version, arch: process.arch, env: process.env, gyp: nodeGypCommand({ env: process.env, execPath: process.execPath, exists: existsSync }) });
  const source = join(root, 'node_modules', 'better-sqlite3');
  rmSync(step.cwd, { recursive: true, force: true });
  mkdirSync(step.cwd, { recursive: true });
  for (const f of BETTER_SQLITE3_BUILD_FILES) cpSync(join(source, f), join(step.cwd, f), { recursive: true });
  const r = spawnSync(step.command, step.args, { cwd: step.cwd, env: step.env, stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0 || !existsSync(step.output)) {
    const log = `${r.stderr ?? ''}${r.error ? String(r.error) : ''}`;
    const logFile = join(dirname(step.cwd), 'build.log');
    writeFileSync(logFile, log);
    const headersUrl = /gyp http GET (\S+headers\S*)/.exec(log)?.[1];
    const headersFailed = /install got an error|network connectivity|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT/i.test(log);
    if (headersFailed) {
      console.error(
        `Could not build better-sqlite3 for Electron ${plan.version}: Electron's headers could not be downloaded${headersUrl ? ` (${headersUrl})` : ''}. ` +
          `Connect to the network, or set HYBRID_PLANNER_ELECTRON_HEADERS to a folder with Electron ${plan.version}'s headers, and run npm start again. Full log: ${logFile}`,
      );
    } else {
      console.error(log.trim().split('\n').slice(-15).join('\n'));
      console.error(`Could not build better-sqlite3 for Electron ${plan.version} (node-gyp failed; see above or ${logFile}). Python 3, make and a C++ compiler are needed.`);
    }
    return false;
  }
  mkdirSync(dirname(plan.nativeBinding), { recursive: true });
  copyFileSync(step.output, plan.nativeBinding);
  return true;
}

/** Runs the app as a child that stops with us: on Ctrl+C, on SIGTERM, and when npm (our parent) is gone. */
function supervise(child) {
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code) => process.exit(code ?? 0));
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) child.kill('SIGTERM');
  }, 1000).unref();
}

function startBrowserMode() {
  supervise(spawn(process.execPath, [join(root, 'bin', 'hybrid-planner.js'), 'serve', ...(noOpen ? [] : ['--open']), ...args], { cwd: root, stdio: 'inherit' }));
}

function startElectron(plan) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would make the binary a plain Node
  supervise(spawn(plan.executable, [root, ...args], { cwd: root, env, stdio: 'inherit' }));
}

build();
if (buildOnly) process.exit(0);
const plan = planStart(probe);
if (plan.mode === 'browser') {
  console.log(plan.notice);
  startBrowserMode();
} else if (!plan.buildNative || buildElectronNative(plan)) {
  startElectron(plan);
} else {
  console.log('Starting browser mode instead.');
  startBrowserMode();
}
