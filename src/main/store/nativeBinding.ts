import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Electron needs better-sqlite3 built for its own ABI, while tests, the CLI and browser mode use
 * Node's build in node_modules. scripts/start.mjs builds the Electron copy once into
 * .electron-native/<electron version>/better_sqlite3.node; this picks it when running in Electron.
 */
export function electronNativeBinding(appRoot: string, versions: NodeJS.ProcessVersions, exists: (p: string) => boolean = existsSync): string | undefined {
  const electron = (versions as NodeJS.ProcessVersions & { electron?: string }).electron;
  if (!electron) return undefined; // plain Node: the default build
  const candidate = join(appRoot, '.electron-native', electron, 'better_sqlite3.node');
  return exists(candidate) ? candidate : undefined;
}
