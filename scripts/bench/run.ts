// `npm run bench`: builds the deterministic synthetic 10-year database once, lets every suite add its
// records, runs every suite and prints each figure as a table and as one JSON line (for scripts).
// Usage: tsx scripts/bench/run.ts [--only name,name] [--keep] [--strict]
//   --only    run only these suites (seeding still runs for all, so the database is the same)
//   --keep    keep the scratch folder (its path is printed) to inspect the database
//   --strict  exit 1 when a figure misses its target
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { CoreContext } from '../../src/main/core/context';
import { openDatabase } from '../../src/main/store/db';
import { cliSuite } from './cli';
import { suites } from './suites';
import { seedCore, syntheticHistory } from './synthetic';
import type { BenchEnv, Figure } from './types';

interface Row extends Figure {
  suite: string;
}

function openContext(path: string, today: string): CoreContext {
  const db = openDatabase(path);
  return { db, dbPath: path, today: () => today, now: () => new Date(`${today}T12:00:00Z`) };
}

function printTable(rows: Row[]): void {
  const head = ['suite', 'figure', 'value', 'unit', 'target', 'ok'];
  const cells = rows.map((r) => [r.suite, r.name, r.value.toFixed(1), r.unit, r.target, r.ok === undefined ? '' : r.ok ? 'yes' : 'NO']);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((x, i) => (i === 2 ? x.padStart(widths[i]) : x.padEnd(widths[i]))).join('  ').trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { only: { type: 'string' }, keep: { type: 'boolean' }, strict: { type: 'boolean' } } });
  const only = values.only ? new Set(values.only.split(',').map((s) => s.trim())) : null;
  const dir = mkdtempSync(join(tmpdir(), 'hp-bench-'));
  process.env.HYBRID_PLANNER_QUIET = '1';
  try {
    const history = syntheticHistory();
    const env: BenchEnv = {
      dir,
      tenYearDb: join(dir, 'ten-years.db'),
      today: history.today,
      history,
      open: (path) => openContext(path, history.today),
    };

    const t0 = performance.now();
    const ctx = env.open(env.tenYearDb);
    try {
      const { weighIns } = seedCore(ctx, history);
      for (const s of suites) if (s.seed) ctx.db.transaction(() => s.seed!(ctx, history))();
      ctx.db.pragma('wal_checkpoint(TRUNCATE)');
      console.log(`Synthetic history: ${history.days.length} days (${history.from} → ${history.to}), ${weighIns} weigh-ins; built in ${Math.round(performance.now() - t0)} ms.`);
    } finally {
      ctx.db.close();
    }

    const rows: Row[] = [];
    for (const s of [...suites, cliSuite]) {
      if (only && !only.has(s.name)) continue;
      const ts = performance.now();
      try {
        for (const f of await s.run(env)) rows.push({ suite: s.name, ...f });
        console.log(`  ${s.name}: done in ${Math.round(performance.now() - ts)} ms`);
      } catch (err) {
        console.error(`  ${s.name}: FAILED — ${(err as Error).message}`);
        rows.push({ suite: s.name, name: 'suite failed', value: NaN, unit: '', target: 'runs', ok: false });
      }
    }
    console.log('');
    printTable(rows);
    console.log(JSON.stringify({ bench: 'hybrid-planner', today: history.today, days: history.days.length, figures: rows }));
    if (values.keep) console.log(`Kept ${dir}`);
    const missed = rows.filter((r) => r.ok === false);
    return values.strict && missed.length ? 1 : 0;
  } finally {
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
