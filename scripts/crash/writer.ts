// The child the crash harness kills: runs one scenario's writes on one database, appending each
// acknowledgement to the ack file after its commit returned, and says "ready" on stdout when the
// work a kill should interrupt begins (and "done <ms>" if it ends unkilled). Bundled by run.ts so a start costs milliseconds, not a compile.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { scenarios, type Ack } from './scenarios';

/** The acknowledgements a writer logged; a last line without its newline was cut by the kill and is none. */
export function readAcks(path: string): Ack[] {
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8');
  return text.slice(0, text.lastIndexOf('\n') + 1).split('\n').filter(Boolean).map((l) => JSON.parse(l) as Ack);
}

async function main(name: string, dbPath: string, ackPath: string): Promise<void> {
  const scenario = scenarios.find((s) => s.name === name);
  if (!scenario || !dbPath || !ackPath) {
    process.stderr.write(`usage: writer.cjs "<scenario>" <db> <ack file>; scenarios: ${scenarios.map((s) => s.name).join('; ')}\n`);
    process.exit(2);
  }
  process.env.HYBRID_PLANNER_QUIET = '1';
  let readyAt = 0;
  // A write may be asynchronous (an import reads its file in the background): wait for all of it.
  await scenario.write(
    dbPath,
    (a) => appendFileSync(ackPath, `${JSON.stringify(a)}\n`),
    () => {
      readyAt = performance.now();
      process.stdout.write('ready\n');
    },
  );
  // Timed here, not by the harness, whose event loop may read "ready" late.
  process.stdout.write(`done ${Math.round(performance.now() - readyAt)}\n`);
}

// Run as the bundled child (writer.cjs); run.ts imports readAcks from here.
if (/writer\.(cjs|ts)$/.test(process.argv[1] ?? '')) void main(process.argv[2], process.argv[3], process.argv[4]);
