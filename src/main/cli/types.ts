import type { ParseArgsConfig } from 'node:util';
import type { CoreContext } from '../core/context';
import type { Call } from '../core/handlerTypes';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;
export type ParsedValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

export interface CliEnv {
  ctx: CoreContext;
  io: CliIO;
  json: boolean;
  values: ParsedValues;
  positionals: string[];
  /** Print a record: JSON when --json, else the human text. */
  print(value: unknown, human: () => string): void;
}

/** What a command that works on the database file itself gets: restore must work on a file that cannot be opened. */
export interface FileEnv extends Omit<CliEnv, 'ctx'> {
  dbPath: string;
}

export type Command = CommandBase & ({ run(env: CliEnv): void | number | Promise<void | number>; runOnFile?: never } | { runOnFile(env: FileEnv): Promise<number | void>; run?: never });

interface CommandBase {
  /** Words that select it: ['weight', 'add']. */
  path: string[];
  summary: string;
  usage: string;
  options: OptionSpec;
  /** Positionals allowed (e.g. foods search QUERY). */
  positionals?: boolean;
  /** Loads the part of the core this command calls (default: all of it); a smaller part starts faster. */
  core?: () => Promise<Call>;
}
