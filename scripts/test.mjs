#!/usr/bin/env node
// `npm test`: lint, typecheck, unit tests, build and the end-to-end suite. Most checkers use one core,
// so independent phases run side by side (the suite must stay fast on a 2-core machine). The e2e suite
// needs the build, and starts once the unit tests are done too: both suites keep both cores busy, and
// side by side each ran into its timeouts. The static checks run at a lower CPU priority than the build
// and the tests: they fill the cores those leave idle instead of slowing them down (they have no timeouts).
// Each phase writes to test-logs/<phase>.log (Playwright empties test-results/ when it starts). A
// failed phase's whole output is printed when it ends, and the run ends with every phase's time and
// result; any failure fails `npm test`.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const LOGS = join(ROOT, 'test-logs');
const BACKGROUND = 10;

/** name, npm script, phases it needs to have passed, phases it waits for (passed or not), CPU priority (a nice value). */
const PHASES = [
  { name: 'build', script: 'build', after: [], waits: [], nice: 0 },
  { name: 'unit', script: 'test:unit', after: [], waits: [], nice: 0 },
  { name: 'e2e', script: 'test:e2e', after: ['build'], waits: ['unit'], nice: 0 },
  { name: 'tsc', script: 'typecheck:node', after: [], waits: [], nice: BACKGROUND },
  { name: 'svelte-check', script: 'typecheck:web', after: [], waits: [], nice: BACKGROUND },
  { name: 'knip', script: 'lint:knip', after: [], waits: [], nice: BACKGROUND },
  { name: 'depcruise', script: 'lint:deps', after: [], waits: [], nice: BACKGROUND },
];

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const tail = (text, n) => text.trimEnd().split('\n').filter((l) => l.trim()).slice(-n).join('\n');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const t0 = Date.now();
const results = new Map();
const running = new Map();

function start(phase) {
  const log = join(LOGS, `${phase.name}.log`);
  const out = createWriteStream(log);
  const began = Date.now();
  const child = spawn(npm, ['run', '--silent', phase.script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32', shell: process.platform === 'win32' });
  running.set(phase.name, child);
  // Its own children (the checker npm starts) inherit this priority.
  if (phase.nice) {
    try {
      setPriority(child.pid, phase.nice);
    } catch {
      // not permitted here: run at normal priority
    }
  }
  child.stdout.pipe(out, { end: false });
  child.stderr.pipe(out, { end: false });
  console.log(`▶ ${phase.name} (npm run ${phase.script})`);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      running.delete(phase.name);
      out.end(() => {
        const ms = Date.now() - began;
        const text = readFileSync(log, 'utf8');
        const ok = code === 0;
        results.set(phase.name, { ok, ms, why: ok ? '' : signal ? `killed by ${signal}` : `exit code ${code}` });
        if (ok) {
          const summary = tail(text, 3);
          console.log(`✓ ${phase.name} passed in ${seconds(ms)}${summary ? `\n${indent(summary)}` : ''}`);
        } else {
          console.log(`\n✗ ${phase.name} FAILED (${results.get(phase.name).why}) after ${seconds(ms)}; its output (${relative(ROOT, log)}):\n`);
          console.log(text.trimEnd());
          console.log(`\n✗ end of ${phase.name}'s output\n`);
        }
        resolve();
      });
    });
  });
}

const indent = (text) => text.replace(/^/gm, '    ');

async function runPhase(phase, done) {
  await null; // every phase's promise is in `done` before any looks up what it needs
  for (const dep of [...phase.after, ...phase.waits]) await done.get(dep);
  const blocked = phase.after.filter((dep) => !results.get(dep).ok);
  if (blocked.length > 0) {
    results.set(phase.name, { ok: false, ms: 0, why: `not run: ${blocked.join(', ')} failed` });
    console.log(`✗ ${phase.name} not run: ${blocked.join(', ')} failed`);
    return;
  }
  await start(phase);
}

function stopAll(signal) {
  for (const child of running.values()) {
    try {
      if (process.platform === 'win32') child.kill();
      else process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  process.exit(signal === 'SIGINT' ? 130 : 143);
}
process.on('SIGINT', () => stopAll('SIGINT'));
process.on('SIGTERM', () => stopAll('SIGTERM'));

mkdirSync(LOGS, { recursive: true });
const done = new Map();
for (const phase of PHASES) done.set(phase.name, runPhase(phase, done));
await Promise.all(done.values());

const failed = PHASES.filter((p) => !results.get(p.name).ok);
console.log(`\nnpm test: ${seconds(Date.now() - t0)} in all`);
for (const p of PHASES) {
  const r = results.get(p.name);
  console.log(`  ${r.ok ? '✓' : '✗'} ${p.name.padEnd(13)} ${r.ms ? seconds(r.ms).padStart(8) : '       –'}${r.ok ? '' : `  ${r.why}`}`);
}
if (failed.length > 0) {
  console.log(`\nFAILED: ${failed.map((p) => p.name).join(', ')} (output above, and in ${relative(ROOT, LOGS)}/)`);
  process.exit(1);
}
console.log('\nAll phases passed.');
