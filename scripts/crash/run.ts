// `npm run test:crash`: SIGKILLs writer processes in the middle of their writes, over and over, and
// after every kill checks the file: SQLite's integrity check, foreign keys, every acknowledged write
// present, bulk writes all-or-nothing, and that the app opens it again. Exits 1 on any problem.
// Options: --kills-scale 0.5 (fewer kills, e.g. while developing), --seed N.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { reopens, scenarios, type Ack, type Scenario } from './scenarios';
import { readAcks } from './writer';

const root = resolve(__dirname, '../..');
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const scale = Number(arg('kills-scale') ?? 1);
let seed = Number(arg('seed') ?? Date.now() % 1e9);
const firstSeed = seed;
/** Deterministic kill delays for a given --seed (mulberry32). */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** The writer as one CommonJS file next to node_modules (out/ is the build folder), so each start is quick. */
async function bundleWriter(): Promise<string> {
  const outDir = join(root, 'out', 'crash');
  // vite is ESM-only and this script runs as CommonJS under tsx.
  const { build } = await import('vite');
  await build({
    configFile: false,
    logLevel: 'silent',
    build: { ssr: join(__dirname, 'writer.ts'), outDir, emptyOutDir: true, rollupOptions: { output: { format: 'cjs', entryFileNames: 'writer.cjs' } } },
  });
  return join(outDir, 'writer.cjs');
}

interface Run {
  killed: boolean;
  /** ms the writer took from "ready" to the end, when it finished by itself (its own clock). */
  ms: number;
  stderr: string;
}

function runWriter(writer: string, scenario: Scenario, dbPath: string, ackPath: string, killAfterMs: number | null): Promise<Run> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [writer, scenario.name, dbPath, ackPath], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    let ready = false;
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
      if (ready || !stdout.includes('ready')) return;
      ready = true;
      if (killAfterMs !== null) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.on('close', (_code, signal) => {
      const done = /done (\d+)/.exec(stdout);
      resolvePromise({ killed: signal === 'SIGKILL', ms: done ? Number(done[1]) : Infinity, stderr });
    });
  });
}

function check(scenario: Scenario, dbPath: string, acks: Ack[]): { problems: string[]; state?: string } {
  const db = new Database(dbPath);
  try {
    const problems: string[] = [];
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const fk = db.pragma('foreign_key_check') as unknown[];
    if (fk.length) problems.push(`${fk.length} foreign key violations`);
    problems.push(...scenario.verify(db, acks));
    return { problems, state: scenario.state?.(db) };
  } finally {
    db.close();
  }
}

interface Tally {
  kills: number;
  /** How many kills left each state the scenario tells apart. */
  states: Map<string, number>;
  acks: number;
  finished: number;
  problems: string[];
}

/** How long after "ready" a kill may land; it shrinks to any run that finished sooner, so kills keep landing inside the work. */
interface Window {
  ms: number;
}

async function lane(writer: string, scenario: Scenario, dir: string, template: string, index: number, kills: number, window: Window, tally: Tally): Promise<void> {
  const dbPath = join(dir, `lane${index}.db`);
  const ackPath = join(dir, `lane${index}.acks`);
  scenario.prepare(dbPath, template);
  let attempts = 0;
  let killed = 0;
  while (killed < kills && attempts++ < kills * 10) {
    if (scenario.fresh && attempts > 1) {
      scenario.prepare(dbPath, template);
      rmSync(ackPath, { force: true });
    }
    const run = await runWriter(writer, scenario, dbPath, ackPath, Math.floor(random() * window.ms));
    if (run.killed) {
      killed++;
      tally.kills++;
    } else if (run.stderr) tally.problems.push(`writer failed: ${run.stderr.trim().split('\n')[0]}`);
    else {
      tally.finished++;
      window.ms = Math.max(1, Math.min(window.ms, Math.floor(run.ms * 0.9)));
    }
    const acks = readAcks(ackPath);
    tally.acks += scenario.fresh ? acks.length : 0;
    const checked = check(scenario, dbPath, acks);
    if (run.killed && checked.state) tally.states.set(checked.state, (tally.states.get(checked.state) ?? 0) + 1);
    const problems = [...checked.problems, ...reopens(dbPath)];
    tally.problems.push(...problems.map((p) => `after kill ${killed}: ${p}`));
    if (problems.length) break;
  }
  if (!scenario.fresh) tally.acks += readAcks(ackPath).length;
}

async function main(): Promise<void> {
  process.env.HYBRID_PLANNER_QUIET = '1';
  const started = Date.now();
  const writer = await bundleWriter();
  const base = mkdtempSync(join(tmpdir(), 'hp-crash-'));
  let totalKills = 0;
  let wanted = 0;
  let totalAcks = 0;
  let failed = false;
  try {
    for (const scenario of scenarios) {
      const dir = join(base, scenario.name.replace(/\W+/g, '-'));
      mkdirSync(dir);
      const template = join(dir, 'template.db');
      scenario.template?.(template);
      // Unless fixed, the kill window is how long the work takes when left alone.
      let windowMs = scenario.windowMs;
      if (windowMs === null) {
        const calib = join(dir, 'calibration.db');
        scenario.prepare(calib, template);
        const run = await runWriter(writer, scenario, calib, join(dir, 'calibration.acks'), null);
        const { problems } = check(scenario, calib, readAcks(join(dir, 'calibration.acks')));
        if (run.stderr || problems.length) throw new Error(`${scenario.name}: a run left alone fails: ${run.stderr || problems.join('; ')}`);
        windowMs = run.ms;
      }
      const tally: Tally = { kills: 0, states: new Map(), acks: 0, finished: 0, problems: [] };
      const kills = Math.max(1, Math.round(scenario.kills * scale));
      const perLane = Math.ceil(kills / scenario.lanes);
      const window: Window = { ms: windowMs };
      await Promise.all(Array.from({ length: scenario.lanes }, (_, i) => lane(writer, scenario, dir, template, i, perLane, window, tally)));
      wanted += perLane * scenario.lanes;
      totalKills += tally.kills;
      totalAcks += tally.acks;
      const status = tally.problems.length ? 'FAILED' : tally.kills < perLane * scenario.lanes ? 'FAILED (too few kills)' : 'ok';
      console.log(
        `crash: ${scenario.name}: ${tally.kills} kills within ${window.ms} ms of the write starting, ${tally.finished} runs finished first, ` +
          `${tally.acks} acknowledged writes verified, ${tally.problems.length} problems — ${status}` +
          (tally.states.size ? ` (after the kills: ${[...tally.states].map(([s, n]) => `${s} ${n}`).join(', ')})` : ''),
      );
      for (const p of tally.problems.slice(0, 10)) console.log(`  ${p}`);
      if (tally.problems.length || tally.kills < perLane * scenario.lanes) failed = true;
    }
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
  console.log(
    `crash: ${totalKills} of ${wanted} kills, ${failed ? 'PROBLEMS found or kills missing (above)' : 'all survived: integrity ok, every acknowledged write present, bulk writes all-or-nothing'}; ` +
      `${totalAcks} acknowledged writes verified; seed ${firstSeed}; ${Math.round((Date.now() - started) / 1000)} s`,
  );
  process.exit(failed ? 1 : 0);
}

void main();
