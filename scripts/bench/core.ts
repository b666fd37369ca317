// Store and report figures: opening (and migrating) the database, and the 10-year report in-process
// and as a whole `hybrid-planner report` process, the way a script would run it.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { call } from '../../src/main/core/dispatch';
import { openDatabase } from '../../src/main/store/db';
import { figure, median, timeMs } from './measure';
import type { BenchSuite, Figure } from './types';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'bin/hybrid-planner.js');

function openTimes(paths: () => string, runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const path = paths();
    const t0 = performance.now();
    const db = openDatabase(path);
    const t = performance.now() - t0;
    db.close();
    if (i > 0) times.push(t); // the first open loads the native module: a warm-up
  }
  return times;
}

function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; stdout: string }> {
  return new Promise((res, rej) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', rej);
    child.on('exit', (code) => {
      const ms = performance.now() - t0;
      if (code === 0) res({ ms, stdout });
      else rej(new Error(`hybrid-planner ${args.join(' ')} exited ${code}: ${stderr}`));
    });
  });
}

export const coreSuite: BenchSuite = {
  name: 'core',
  async run(env) {
    const figures: Figure[] = [];
    let n = 0;
    figures.push(figure('open + migrate, new database', median(openTimes(() => join(env.dir, `fresh-${n++}.db`), 7)), 'ms', 50));
    figures.push(figure('open + migrate, existing 10-year database', median(openTimes(() => env.tenYearDb, 7)), 'ms', 50));

    const { from, to } = env.history;
    const ctx = env.open(env.tenYearDb);
    try {
      const days = call(ctx, 'report.get', { from, to }).days.length;
      if (days !== env.history.days.length) throw new Error(`report returned ${days} days, expected ${env.history.days.length}`);
      figures.push(figure(`report, ${days} days, in-process`, await timeMs(() => call(ctx, 'report.get', { from, to }), 5, 1), 'ms', 100));
    } finally {
      ctx.db.close();
    }

    const cliEnv = { ...process.env, HYBRID_PLANNER_TODAY: env.today, HYBRID_PLANNER_QUIET: '1' };
    const args = ['report', '--from', from, '--to', to, '--json', '--db', env.tenYearDb];
    const times: number[] = [];
    for (let i = 0; i < 4; i++) {
      const { ms, stdout } = await runCli(args, cliEnv);
      const report = JSON.parse(stdout) as { days: unknown[] };
      if (report.days.length !== env.history.days.length) throw new Error('the CLI report has the wrong number of days');
      if (i > 0) times.push(ms); // the first run warms the file cache
    }
    figures.push(figure('report --json, 10 years, whole CLI process', median(times), 'ms'));
    return figures;
  },
};
