// Where the end-to-end tests find a Chromium to drive. A fresh machine has only Node and npm, and
// Playwright's own browser download is not reachable everywhere, so the tests look in turn at:
// an environment variable, Playwright's own browsers, a Chromium or Chrome on PATH, Debian's path.
// Finding none, they install Debian's chromium when they can (root with apt-get), or stop with one
// line saying what to run.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface BrowserProbe {
  env: NodeJS.ProcessEnv;
  /** Is this an executable file? */
  executable(path: string): boolean;
  /** Playwright's own Chromium, if installed (its path, whether or not the file exists). */
  playwrightChromium(): string | null;
}

const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const ENV_NAMES = ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'];

/** The first Chromium found, with where it came from; null when there is none. */
export function findBrowser(probe: BrowserProbe): { path: string; from: string } | null {
  for (const name of ENV_NAMES) {
    const p = probe.env[name];
    if (p && probe.executable(p)) return { path: p, from: name };
  }
  const own = probe.playwrightChromium();
  if (own && probe.executable(own)) return { path: own, from: "Playwright's browsers" };
  for (const dir of (probe.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of PATH_NAMES) {
      const p = join(dir, name);
      if (probe.executable(p)) return { path: p, from: 'PATH' };
    }
  }
  if (probe.executable('/usr/bin/chromium')) return { path: '/usr/bin/chromium', from: '/usr/bin/chromium' };
  return null;
}

/** Why no browser was found, in one line that says exactly what to run. */
export function noBrowserMessage(canApt: boolean): string {
  return canApt
    ? 'No Chromium found for the end-to-end tests: run `sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary.'
    : 'No Chromium found for the end-to-end tests: install Chromium or Google Chrome, or set CHROMIUM_PATH to its binary.';
}

export function systemProbe(): BrowserProbe {
  return {
    env: process.env,
    executable(path) {
      try {
        accessSync(path, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
    playwrightChromium() {
      try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { chromium } = require('playwright-core') as typeof import('playwright-core');
        return chromium.executablePath();
      } catch {
        return null;
      }
    },
  };
}

const hasCommand = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

/**
 * A browser for the tests, installing Debian's chromium (root with apt-get only) when none is found.
 * Throws with noBrowserMessage when there is none and it cannot install one.
 */
export function ensureBrowser(probe: BrowserProbe = systemProbe(), log: (line: string) => void = console.log): string {
  const found = findBrowser(probe);
  if (found) return found.path;
  const canApt = hasCommand('apt-get');
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (canApt && root) {
    log("No Chromium found: installing Debian's chromium with apt-get (once)…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-dejavu-core'], { stdio: 'inherit', env }) : update;
    const after = install.status === 0 ? findBrowser(probe) : null;
    if (after) return after.path;
  }
  throw new Error(noBrowserMessage(canApt));
}
