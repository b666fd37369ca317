#!/usr/bin/env node
// `npm start`: the desktop app when the Electron binary is here, else browser mode.
// Arguments after `npm start --` go to the app (e.g. `npm start -- --db ~/planner.db`).
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BETTER_SQLITE3_BUILD_FILES, nativeBuildStep, nodeGypCommand, planStart } from './start-plan.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const probe = { root, env: process.env, platform: process.platform, exists: existsSync, readText: (p) => readFileSync(p, 'utf8') };

function build() {
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) {
    console.error('The build failed (npm run build shows why).');
    process.exit(r.status ?? 1);
  }
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
  supervise(spawn(process.execPath, [join(root, 'bin', 'hybrid-planner.js'), 'serve', ...args], { cwd: root, stdio: 'inherit' }));
}

function startElectron(plan) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would make the binary a plain Node
  supervise(spawn(plan.executable, [root, ...args], { cwd: root, env, stdio: 'inherit' }));
}

const plan = planStart(probe);
build();
if (plan.mode === 'browser') {
  console.log(plan.notice);
  startBrowserMode();
} else if (!plan.buildNative || buildElectronNative(plan)) {
  startElectron(plan);
} else {
  console.log('Starting browser mode instead.');
  startBrowserMode();
}
