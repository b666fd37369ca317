// Demo databases made once per run and copied into each test's folder. Loading the demo writes 12
// weeks of meals, training and sleep and builds the SR24 food tables: seconds of CPU that a dozen
// specs would otherwise each spend on the same bytes. A copy of the closed file is the database the
// `demo` command leaves, so every test still starts from its own fresh file.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** Set by the global setup to a folder that lives as long as the run. */
export const DEMO_CACHE_ENV = 'HYBRID_PLANNER_E2E_DEMO_CACHE';

function runDemo(cli: string, dbPath: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise<void>((res, rej) => {
    const p = spawn(process.execPath, [cli, 'demo', '--db', dbPath], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr!.on('data', (d) => (err += d));
    p.on('exit', (code) => (code === 0 ? res() : rej(new Error(`demo exited ${code}: ${err}`))));
  });
}

// One build per key in this worker; another worker may build the same key at the same time, and
// the rename below lets exactly one folder win without either reading a half-written one.
const building = new Map<string, Promise<string>>();

function cachedDemo(cacheDir: string, cli: string, env: NodeJS.ProcessEnv, dbName: string, key: string): Promise<string> {
  const folder = join(cacheDir, createHash('sha256').update(key).digest('hex').slice(0, 16));
  let done = building.get(folder);
  if (!done) {
    done = (async () => {
      try {
        if (readdirSync(folder).length > 0) return folder;
      } catch {
        // not built yet
      }
      const staging = mkdtempSync(join(cacheDir, 'staging-'));
      await runDemo(cli, join(staging, dbName), env);
      try {
        renameSync(staging, folder);
      } catch {
        rmSync(staging, { recursive: true, force: true }); // another worker's copy won
      }
      return folder;
    })();
    building.set(folder, done);
    done.catch(() => building.delete(folder));
  }
  return done;
}

/**
 * Puts the demo history into `dbPath` (a new file in a fresh folder): a copy of the run's demo for the
 * same file name, calendar day and environment, or, outside a Playwright run, the `demo` command.
 */
export async function loadDemoInto(cli: string, dbPath: string, env: NodeJS.ProcessEnv, extraEnv: Record<string, string>): Promise<void> {
  const cacheDir = process.env[DEMO_CACHE_ENV];
  // Without a fixed day the demo ends on the clock's today, which a long run could cross.
  if (!cacheDir || !env.HYBRID_PLANNER_TODAY) return runDemo(cli, dbPath, env);
  mkdirSync(cacheDir, { recursive: true });
  const name = basename(dbPath);
  const folder = await cachedDemo(cacheDir, cli, env, name, JSON.stringify([name, env.HYBRID_PLANNER_TODAY, extraEnv]));
  cpSync(folder, dirname(dbPath), { recursive: true });
}
