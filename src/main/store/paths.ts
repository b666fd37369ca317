import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_DIR_NAME = 'Hybrid Planner';
export const DB_FILE_NAME = 'hybrid-planner.db';

/**
 * The per-user folder Electron's app.getPath('userData') would give this app, computed without
 * importing Electron so the CLI and browser mode find the same file as the desktop app.
 */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_DIR_NAME);
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  const xdg = env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/') ? env.XDG_DATA_HOME : join(home, '.local', 'share');
  return join(xdg, 'hybrid-planner');
}

/** `--db FILE` wins, then HYBRID_PLANNER_DB, then the per-user default. */
export function resolveDbPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  if (flag) return flag;
  if (env.HYBRID_PLANNER_DB) return env.HYBRID_PLANNER_DB;
  return join(defaultDataDir(platform, env, home), DB_FILE_NAME);
}
