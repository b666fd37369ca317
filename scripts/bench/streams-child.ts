// One timed import in a process of its own, so its peak RSS is the import's and nothing else's.
// Usage: tsx scripts/bench/streams-child.ts apple-health|activities PATH → one JSON line on stdout.
import { performance } from 'node:perf_hooks';
import { activitiesImporter } from '../../src/main/core/imports/formats/activities';
import { appleHealthImporter } from '../../src/main/core/imports/formats/appleHealth';

async function main(): Promise<void> {
  const [kind, path] = process.argv.slice(2);
  const importer = kind === 'apple-health' ? appleHealthImporter : activitiesImporter;
  const startup = process.cpuUsage();
  const startupCpuMs = (startup.user + startup.system) / 1000;
  const t0 = performance.now();
  let yielded = 0;
  let read = 0;
  let bytes = 0;
  for await (const _ of importer.parse(path, { onProgress: (p) => ((read = p.records), (bytes = p.bytes)) })) yielded += 1;
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage();
  // CPU time next to wall time: on a machine shared with other work, wall time includes waiting for a core.
  const cpuMs = (cpu.user + cpu.system) / 1000 - startupCpuMs;
  process.stdout.write(`${JSON.stringify({ ms, cpuMs, yielded, read, bytes, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
