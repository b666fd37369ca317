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

export interface Command {
  /** Words that select it: ['weight', 'add']. */
  path: string[];
  summary: string;
  usage: string;
  options: OptionSpec;
  /** Positionals allowed (e.g. foods search QUERY). */
  positionals?: boolean;
  /** Loads the part of the core this command calls (default: all of it); a smaller part starts faster. */
  core?: () => Promise<Call>;
  /** Commands that do not open the database in the ordinary way (serve keeps it open). */
  run(env: CliEnv): void | number | Promise<void | number>;
}
