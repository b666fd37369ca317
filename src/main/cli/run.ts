import { parseArgs } from 'node:util';
import type Database from 'better-sqlite3';
import { systemClock, type CoreContext } from '../core/context';
import { AppError } from '../errors';
import { resolveDbPath } from '../store/paths';
import { loadCore } from './call';
import { commands } from './commands';
import type { CliIO, Command } from './types';

const GLOBAL_OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * The command is the longest command path spelled by the words before the first command flag;
 * global flags (`--db FILE`, `--json`, `--help`) may come before it.
 */
function findCommand(argv: string[]): { command: Command; rest: string[] } | undefined {
  const words: { word: string; at: number }[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--db') i++; // its value is not a command word
    else if (a.startsWith('--db=') || a === '--json' || a === '--help' || a === '-h') continue;
    else if (a.startsWith('-')) break;
    else words.push({ word: a, at: i });
  }
  let best: Command | undefined;
  for (const c of commands) {
    if (c.path.every((p, i) => words[i]?.word === p) && (!best || c.path.length > best.path.length)) best = c;
  }
  if (!best) return undefined;
  const used = new Set(words.slice(0, best.path.length).map((w) => w.at));
  return { command: best, rest: argv.filter((_, i) => !used.has(i)) };
}

export function helpText(): string {
  const lines = ['Usage: hybrid-planner <command> [options] [--db FILE] [--json]', '', 'Commands:'];
  for (const c of commands) lines.push(`  ${c.usage}`, `      ${c.summary}`);
  lines.push(
    '',
    'Every command accepts --db FILE (or HYBRID_PLANNER_DB) and --json for machine-readable output.',
    'Run "hybrid-planner <command> --help" for one command.',
  );
  return lines.join('\n');
}

export interface RunOptions {
  /** Reuse an open database (tests); otherwise --db / env / default path is opened. */
  db?: Database.Database;
  dbPath?: string;
}

/** Runs one CLI invocation; returns the process exit code. Errors go to stderr. */
export async function run(argv: string[], io: CliIO, opts: RunOptions = {}): Promise<number> {
  const found = findCommand(argv);
  if (!found) {
    if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
      io.out(helpText());
      return 0;
    }
    io.err(`Unknown command: ${argv.filter((a) => !a.startsWith('-')).join(' ') || argv.join(' ')}\n\n${helpText()}`);
    return 2;
  }
  const { command, rest } = found;
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, options: { ...GLOBAL_OPTIONS, ...command.options }, allowPositionals: true, strict: true });
  } catch (err) {
    io.err(`${(err as Error).message.replace(/\. To specify.*$/s, '.')}\nUsage: hybrid-planner ${command.usage}`);
    return 2;
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help) {
    io.out(`Usage: hybrid-planner ${command.usage}\n\n${command.summary}`);
    return 0;
  }
  if (parsed.positionals.length && !command.positionals) {
    io.err(`Unexpected argument: ${parsed.positionals[0]}\nUsage: hybrid-planner ${command.usage}`);
    return 2;
  }
  const json = values.json === true;
  const dbPath = opts.dbPath ?? resolveDbPath(typeof values.db === 'string' ? values.db : undefined, io.env);
  // Under --json, errors are JSON too ({ok:false, error:{code, message, field?}}), still on stderr.
  const report = (err: AppError): number => {
    io.err(json ? JSON.stringify({ ok: false, error: err.toShape() }) : `Error: ${err.message}`);
    return 1;
  };
  const print = (value: unknown, human: () => string) => io.out(json ? JSON.stringify(value, null, 2) : human());
  if (command.runOnFile) {
    try {
      const code = await command.runOnFile({ dbPath, io, json, values, positionals: parsed.positionals, print });
      return typeof code === 'number' ? code : 0;
    } catch (err) {
      return report(err instanceof AppError ? err : new AppError('internal', (err as Error).message));
    }
  }
  let db = opts.db;
  try {
    // SQLite, the contract and the handlers load only now: --help and usage errors need none of them.
    const [{ openDatabase }] = await Promise.all([import('../store/db'), loadCore(command.core)]);
    db ??= openDatabase(dbPath, { create: !onlyReads(command.path) });
  } catch (err) {
    return report(err instanceof AppError ? err : new AppError('internal', `Cannot open the database ${dbPath}: ${(err as Error).message}`));
  }
  const ctx: CoreContext = { db, dbPath, ...systemClock(io.env) };
  try {
    const code = await command.run({
      ctx,
      io,
      json,
      values,
      positionals: parsed.positionals,
      print,
    });
    return typeof code === 'number' ? code : 0;
  } catch (err) {
    return report(err instanceof AppError ? err : new AppError('internal', (err as Error).message));
  } finally {
    if (!opts.db) db.close();
  }
}

/**
 * Commands that only read the user's data: on a missing file they say so instead of creating it
 * (and its folders) — a mistyped --db must not leave a new database behind. Food search and show
 * are not among them: the food database is the app's, built into a new file on first use.
 */
export function onlyReads(path: string[]): boolean {
  const [area, verb] = path;
  if (area === 'report' || area === 'energy' || area === 'review') return true;
  // Copies and lists of the file: none of them writes to it, so none creates it.
  if (area === 'backup' || area === 'backups' || area === 'export') return true;
  return area !== 'foods' && ['list', 'show', 'history', 'prs', 'check', 'week'].includes(verb ?? '');
}
