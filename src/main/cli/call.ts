// The CLI's door into the core. Commands import `call` from here, not from core/dispatch, so that
// reading the command table (for --help, or to find the command) loads neither zod nor any handler:
// run() loads the part of the core a command names (the whole core by default) just before it runs.
import type Database from 'better-sqlite3';
import type { Call } from '../core/handlerTypes';
import type { Profile } from '../../shared/contract/profile';

let current: Call | undefined;
let profileStore: typeof import('../core/profile/store') | undefined;

/** The whole core's call, for commands that name no smaller part. */
export const wholeCore = async (): Promise<Call> => (await import('../core/dispatch')).call;

/** Only the weight and profile methods: what the weight and profile commands call. */
export const weightAndProfileCore = async (): Promise<Call> => (await import('./weightCore')).call;

export async function loadCore(load: () => Promise<Call> = wholeCore): Promise<void> {
  [current, profileStore] = await Promise.all([load(), import('../core/profile/store')]);
}

/** The stored profile (for display units), or null; loaded with the core, like `call`. */
export function readProfile(db: Database.Database): Profile | null {
  if (!profileStore) throw new Error('The core is not loaded: run() loads it before a command runs.');
  return profileStore.readProfile(db);
}

/** The core's validated call (see core/dispatcher); run() has loaded it before any command runs. */
export const call: Call = (ctx, methodName, input) => {
  if (!current) throw new Error('The core is not loaded: run() loads it before a command runs.');
  return current(ctx, methodName, input);
};
