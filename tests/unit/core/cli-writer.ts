// A command-line writer for the concurrency test, run as its own process: `weight add` through the
// CLI's entry point, again and again on one database, one JSON line per command (exit code, output).
import { run } from '../../../src/main/cli/run';

/** The weight command-line writer `writer` logs as its i-th: distinct per writer and command. */
export const kgFor = (writer: number, i: number): number => 50 + writer * 10 + i / 10;

async function main(dbPath: string, writer: number, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    let out = '';
    let err = '';
    const kg = kgFor(writer, i);
    const code = await run(['weight', 'add', '--date', '2026-11-20', '--kg', String(kg), '--db', dbPath, '--json'], {
      out: (t) => (out += t),
      err: (t) => (err += t),
      env: { ...process.env, HYBRID_PLANNER_TODAY: '2026-11-26', HYBRID_PLANNER_QUIET: '1' },
    });
    process.stdout.write(`${JSON.stringify({ kg, code, out, err })}\n`);
  }
}

// Run as a process by the test (which also imports kgFor from here).
const [dbPath, writer, count] = process.argv.slice(2);
if (process.argv[1]?.endsWith('cli-writer.ts')) void main(dbPath, Number(writer), Number(count));
