// The child the crash harness kills: runs one scenario's writes on one database, appending each
// acknowledgement to the ack file after its commit returned, and says "ready" on stdout when the
// work a kill should interrupt begins. Bundled by run.ts so a start costs milliseconds, not a compile.
import { appendFileSync } from 'node:fs';
import { scenarios } from './scenarios';

const [name, dbPath, ackPath] = process.argv.slice(2);
const scenario = scenarios.find((s) => s.name === name);
if (!scenario || !dbPath || !ackPath) {
  process.stderr.write(`usage: writer.cjs "<scenario>" <db> <ack file>; scenarios: ${scenarios.map((s) => s.name).join('; ')}\n`);
  process.exit(2);
}
process.env.HYBRID_PLANNER_QUIET = '1';
scenario.write(
  dbPath,
  (a) => appendFileSync(ackPath, `${JSON.stringify(a)}\n`),
  () => process.stdout.write('ready\n'),
);
