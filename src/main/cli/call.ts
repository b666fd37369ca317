// The CLI's door into the core. Commands import `call` from here, not from core/dispatch, so that
// reading the command table (for --help, or to find the command) loads neither zod nor any handler:
// run() loads the part of the core a command names (the whole core by default) just before it runs.
import type { Call } from '../core/handlerTypes';

let current: Call | undefined;

/** The whole core's call, for commands that name no smaller part. */
export const wholeCore = async (): Promise<Call> => (await import('../core/dispatch')).call;

/** Only the weight and profile methods: what the weight and profile commands call. */
export const weightAndProfileCore = async (): Promise<Call> => (await import('./weightCore')).call;

export async function loadCore(load: () => Promise<Call> = wholeCore): Promise<void> {
  current = await load();
}

/** The core's validated call (see core/dispatcher); run() has loaded it before any command runs. */
export const call: Call = (ctx, methodName, input) => {
  if (!current) throw new Error('The core is not loaded: run() loads it before a command runs.');
  return current(ctx, methodName, input);
};
