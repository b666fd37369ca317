// electron-builder's beforePack hook (electron-builder.yml): the packaged app loads better-sqlite3
// from .electron-native/<electron version>/better_sqlite3.node, built by `npm start` for this
// machine's OS and CPU. Packaging without it, or for another OS or CPU, would make an app that
// cannot open its database, so packaging stops here with what to do instead.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nativeBindingPath } from './start-plan.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** electron-builder's Arch enum (builder-util), by value. */
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

/** null when packaging may go on, else the one message that says why not and what to run. */
export function nativeBindingProblem({ root, electronVersion, platform, arch, hostPlatform, hostArch, exists }) {
  if (platform !== hostPlatform || arch !== hostArch) {
    return `The app's SQLite addon is built on the machine that packages it: package for ${platform}-${arch} on a ${platform}-${arch} machine (this one is ${hostPlatform}-${hostArch}).`;
  }
  const path = nativeBindingPath(root, electronVersion);
  if (!exists(path)) {
    return `better-sqlite3 is not built for Electron ${electronVersion} yet (${path}). Run "npm start" once (it builds it), then "npm run dist" again.`;
  }
  return null;
}

export async function beforePack(context) {
  const problem = nativeBindingProblem({
    root,
    electronVersion: context.packager.info.framework.version,
    platform: context.electronPlatformName,
    arch: ARCH_NAMES[context.arch] ?? String(context.arch),
    hostPlatform: process.platform,
    hostArch: process.arch,
    exists: existsSync,
  });
  if (problem) throw new Error(problem);
}
