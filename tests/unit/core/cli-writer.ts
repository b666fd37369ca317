// A command-line writer for the concurrency test, run as its own process: `weight add` through the
// CLI's entry point, again and again on one database, one JSON line per command (exit code, output).
import { run } from '../../../src/main/cli/run';

const [dbPath, writer, count] = process.argv.slice(2);

async function main(): Promise<void> {
  for (let i = 0; i < Number(count); i++) {
    let out = '';
    let err = '';
    const kg = 50 + Number(writer) * 10 + i / 10;
    const code = await run(['weight', 'add', '--date', '2026-11-20', '--kg', String(kg), '--db', dbPath, '--json'], {
      out: (t) => (out += t),
      err: (t) => (err += t),
      env: { ...process.env, HYBRID_PLANNER_TODAY: '2026-11-26', HYBRID_PLANNER_QUIET: '1' },
    });
    process.stdout.write(`${JSON.stringify({ kg, code, out, err })}\n`);
  }
}

void main();
