// CLI start-up: a command as a whole process against `node -e 0`, the floor no CLI can go under.
// The ratio, not the milliseconds, is the figure: it holds on a slow machine and a fast one alike.
// Measured twice: in the environment as given, and with NODE_EXTRA_CA_CERTS unset. That variable
// (set on some machines, this one included) makes every node process parse a certificate bundle,
// about 130 ms that raises the floor and so hides most of a CLI's own cost.
// The bin keeps V8's compiled code in the temp directory (see bin/hybrid-planner.js), so the figures
// with targets are a user's second and later runs; the first run after a build is shown beside them.
// Also runnable on its own (after `npm run build`): tsx scripts/bench/cli.ts
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { figure, median } from './measure';
import type { BenchSuite, Figure } from './types';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'bin/hybrid-planner.js');
const RUNS = 15; // measured rounds; each figure is their median
const TARGET_RATIO = 1.5;

/** Wall time of one run of `node args…`, in ms. */
function processMs(args: string[], env: NodeJS.ProcessEnv): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

type Case = 'floor' | 'list' | 'profile' | 'help';
const LABELS: Record<Exclude<Case, 'floor'>, string> = {
  list: 'weight list (before: 2.8×)',
  profile: 'profile show',
  help: '--help',
};

function figuresIn(db: string, env: NodeJS.ProcessEnv, label: string): Figure[] {
  const list = [CLI, 'weight', 'list', '--db', db];
  const cases: Record<Case, string[]> = { floor: ['-e', '0'], list, profile: [CLI, 'profile', 'show', '--db', db], help: [CLI, '--help'] };
  const times: Record<Case, number[]> = { floor: [], list: [], profile: [], help: [] };
  // Interleaved (floor, each command; again…) and compared run by run, so a machine that gets
  // busier or quieter part-way moves both sides of each ratio alike. One unmeasured round first.
  for (let i = 0; i <= RUNS; i++) {
    for (const k of Object.keys(cases) as Case[]) {
      const ms = processMs(cases[k], env);
      if (i > 0) times[k].push(ms);
    }
  }
  const ratio = (k: Case) => median(times[k].map((ms, i) => ms / times.floor[i]));
  const floor = median(times.floor);

  const figures = [figure(`node -e 0 [${label}]`, floor, 'ms')];
  for (const k of Object.keys(LABELS) as Exclude<Case, 'floor'>[]) {
    console.log(`  CLI ${LABELS[k]} as a process: ${median(times[k]).toFixed(0)} ms vs node -e 0 ${floor.toFixed(0)} ms = ${ratio(k).toFixed(2)}× (target ≤ ${TARGET_RATIO}×) [${label}]`);
    figures.push(figure(`CLI ${LABELS[k]} ÷ node -e 0 [${label}]`, ratio(k), '×', TARGET_RATIO));
  }
  return figures;
}

/** `weight list` and `profile show` on a small database of its own (start-up dominates, not the query), and `--help`. */
export function cliStartFigures(dir: string): Figure[] {
  const db = join(dir, 'cli-start.db');
  const env: NodeJS.ProcessEnv = { ...process.env, HYBRID_PLANNER_QUIET: '1', HYBRID_PLANNER_TODAY: '2026-11-26' };
  // Creates and migrates the database, so the measured runs open an existing file as a user's would.
  spawnSync(process.execPath, [CLI, 'weight', 'add', '--date', '2026-11-25', '--kg', '80', '--db', db], { env });
  const figures = figuresIn(db, env, env.NODE_EXTRA_CA_CERTS ? 'env as given, with NODE_EXTRA_CA_CERTS' : 'env as given');
  if (env.NODE_EXTRA_CA_CERTS) {
    const bare = { ...env };
    delete bare.NODE_EXTRA_CA_CERTS;
    figures.push(...figuresIn(db, bare, 'without NODE_EXTRA_CA_CERTS'));
  }
  return figures;
}

export const cliSuite: BenchSuite = {
  name: 'cli',
  run: (env) => cliStartFigures(env.dir),
};

if (require.main === module) {
  const dir = mkdtempSync(join(tmpdir(), 'hp-bench-cli-'));
  try {
    cliStartFigures(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
