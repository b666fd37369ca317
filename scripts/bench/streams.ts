// Bench suite of the streamed importers: an Apple Health export of ~500,000 records (~200 MB of XML,
// zipped) and 1,000 FIT files, each parsed in a child process (so its peak RSS is the import's alone).
// Targets: Apple Health ≤ 5 s and ≤ 250 MB peak RSS; 1,000 FIT files ≤ 10 s. Parsing only: the import
// domain's preview and commit are measured by its own suite.
// Runs inside `npm run bench` or on its own:  npx tsx scripts/bench/streams.ts
// (`… streams.ts child apple-health|activities PATH` is the timed child: one JSON line on stdout.)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { activitiesImporter } from '../../src/main/core/imports/formats/activities';
import { appleHealthImporter } from '../../src/main/core/imports/formats/appleHealth';
import { writeAppleHealthZip } from './appleHealthGen';
import { figure, median } from './measure';
import type { BenchEnv, BenchSuite, Figure } from './types';

const APPLE_RECORDS = 500_000;
const FIT_FILES = 1000;

interface ChildResult {
  ms: number;
  cpuMs: number;
  yielded: number;
  read: number;
  bytes: number;
  peakRssMb: number;
}

function child(kind: 'apple-health' | 'activities', path: string): ChildResult {
  const run = spawnSync(process.execPath, ['--import', 'tsx', __filename, 'child', kind, path], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`${kind} import failed: ${run.stderr.trim().split('\n').slice(0, 3).join(' ')}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as ChildResult;
}

/** 1,000 activity files: ten FIT templates written by the SDK's encoder (30–120 min runs and rides, a
 *  point every 3 s, as a watch records them), each copied 100 times; the SDK encoder is too slow to
 *  write a thousand distinct files for every bench run, and the decoder's work is the same. */
async function writeFitFolder(dir: string): Promise<number> {
  // Loaded here, not at the top: the timed children run this file too and must not load the FIT SDK.
  const { encodeFit, steadyTrack } = await import('../../tests/unit/imports/fitFixture');
  const templates = Array.from({ length: 10 }, (_, i) => {
    const minutes = 30 + i * 10;
    const ride = i % 3 === 0;
    return encodeFit({
      start: new Date(Date.UTC(2024, 0, 1 + i, 6)),
      sport: ride ? 'cycling' : 'running',
      points: steadyTrack(minutes, ride ? 28 : 11, 80, 3),
      offsetMin: 60,
      session: { seconds: minutes * 60, meters: (minutes / 60) * (ride ? 28_000 : 11_000), ascent: 80, descent: 80, avgHr: 145 },
    });
  });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < FIT_FILES; i++) {
    const t = templates[i % templates.length];
    writeFileSync(join(dir, `${i}.fit`), t);
    bytes += t.length;
  }
  return bytes;
}

export async function runStreamsBench(dir: string): Promise<Figure[]> {
  mkdirSync(dir, { recursive: true });
  const zip = join(dir, 'apple-health-export.zip');
  const { xmlBytes, records } = writeAppleHealthZip(zip, APPLE_RECORDS);
  const apple = [child('apple-health', zip), child('apple-health', zip), child('apple-health', zip)];
  const appleMs = median(apple.map((r) => r.ms));
  if (apple[0].read !== records) throw new Error(`Apple Health: read ${apple[0].read} records of ${records}`);

  const fits = join(dir, 'fit-files');
  const fitBytes = await writeFitFolder(fits);
  const fit = [child('activities', fits), child('activities', fits), child('activities', fits)];
  const fitMs = median(fit.map((r) => r.ms));
  if (fit[0].yielded !== FIT_FILES) throw new Error(`FIT: ${fit[0].yielded} sessions from ${FIT_FILES} files`);

  return [
    figure(`Apple Health import, ${Math.round(records / 1000)}k records (${Math.round(xmlBytes / 1e6)} MB XML, zipped)`, appleMs / 1000, 's', 5),
    figure('Apple Health records/s', records / (appleMs / 1000), 'records/s'),
    figure('Apple Health XML MB/s', xmlBytes / 1e6 / (appleMs / 1000), 'MB/s'),
    figure('Apple Health CPU time (user + system)', median(apple.map((r) => r.cpuMs)) / 1000, 's'),
    figure('Apple Health peak RSS', Math.max(...apple.map((r) => r.peakRssMb)), 'MB', 250),
    figure(`${FIT_FILES} FIT files (${Math.round(fitBytes / 1e6)} MB)`, fitMs / 1000, 's', 10),
    figure(`${FIT_FILES} FIT files CPU time (user + system)`, median(fit.map((r) => r.cpuMs)) / 1000, 's'),
    figure('FIT files peak RSS', Math.max(...fit.map((r) => r.peakRssMb)), 'MB'),
  ];
}

export const streamsSuite: BenchSuite = {
  name: 'imports-streams',
  run: (env: BenchEnv) => runStreamsBench(join(env.dir, 'imports-streams')),
};

/** The timed child: one import, its wall and CPU time and the process's peak RSS. */
async function childRun(kind: string, path: string): Promise<void> {
  const startup = process.cpuUsage();
  const t0 = performance.now();
  const importer = kind === 'apple-health' ? appleHealthImporter : activitiesImporter;
  let yielded = 0;
  let read = 0;
  let bytes = 0;
  for await (const _ of importer.parse(path, { onProgress: (p) => ((read = p.records), (bytes = p.bytes)) })) yielded += 1;
  const ms = performance.now() - t0;
  // CPU time next to wall time: on a machine shared with other work, wall time includes waiting for a core.
  const cpu = process.cpuUsage(startup);
  const result: ChildResult = { ms, cpuMs: (cpu.user + cpu.system) / 1000, yielded, read, bytes, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (require.main === module && process.argv[2] === 'child') {
  childRun(process.argv[3], process.argv[4]).catch((err) => {
    console.error(err);
    process.exit(1);
  });
} else if (require.main === module) {
  const dir = mkdtempSync(join(tmpdir(), 'hp-bench-streams-'));
  runStreamsBench(dir)
    .then((figures) => {
      for (const f of figures) console.log(`${f.name}: ${f.value} ${f.unit} (target ${f.target})${f.ok === false ? '  MISSED' : ''}`);
    })
    .finally(() => rmSync(dir, { recursive: true, force: true }));
}
