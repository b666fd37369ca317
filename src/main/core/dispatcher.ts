// How a call runs: validate, one transaction, validate the result, errors as values. Built over a
// table of methods so the CLI can load one domain's schemas and handlers instead of all of them;
// dispatch.ts builds the whole core's.
import { z } from 'zod';
import type { MethodDef, MethodName, Output, Result } from '../../shared/contract';
import { screenInput } from '../../shared/contract/common';
import type { CoreContext } from './context';
import { recordChange } from './changes';
import { AppError, lostWriteRace, storageError } from '../errors';
import { readMethodNames } from '../../shared/contract/names';
import { damageOf, rememberDamage } from '../store/integrity';
import type { Call } from './handlerTypes';

type AnyHandler = (input: unknown, ctx: CoreContext, call: Call) => unknown;

/** The zod issue path as a field name: ['items', 0, 'grams'] → 'items.0.grams'. */
function fieldOf(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === 'unrecognized_keys' && issue.keys.length) return issue.keys[0];
  return issue.path.length ? issue.path.map(String).join('.') : undefined;
}

function describeIssue(issue: z.core.$ZodIssue): { message: string; field?: string } {
  const field = fieldOf(issue);
  if (issue.code === 'unrecognized_keys') {
    return { field, message: `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}.` };
  }
  const msg = issue.message.replace(/\.$/, '');
  // Always name the offending field, so a message read out of context still says what to fix.
  return { field, message: field ? `${field}: ${msg}.` : `${msg[0].toUpperCase()}${msg.slice(1)}.` };
}

function validationError(error: z.ZodError): AppError {
  const first = error.issues[0];
  const { message, field } = describeIssue(first);
  return new AppError('invalid_input', message, field);
}

/**
 * The door into the core for the methods of `methods` (the whole contract, or a domain's part),
 * run by `handlers` (looked up at call time). Validates the input, runs the handler, validates the
 * output and returns a typed result. Nothing thrown inside escapes as a stack trace.
 */
export function makeDispatch(
  methods: Record<string, MethodDef<z.ZodType, z.ZodType>>,
  handlers: Record<string, unknown>,
): { dispatch: (ctx: CoreContext, methodName: string, rawInput: unknown) => Result<unknown>; call: Call } {
  function dispatch(ctx: CoreContext, methodName: string, rawInput: unknown): Result<unknown> {
    if (!Object.prototype.hasOwnProperty.call(methods, methodName)) {
      return { ok: false, error: { code: 'unknown_method', message: `Unknown method "${methodName}".` } };
    }
    const def = methods[methodName];
    const screened = screenInput(rawInput ?? {});
    if (!screened.ok) return { ok: false, error: new AppError('invalid_input', screened.message, screened.field).toShape() };
    const parsed = def.input.safeParse(screened.value);
    if (!parsed.success) return { ok: false, error: validationError(parsed.error).toShape() };
    // A file found damaged after it was opened is read, never written (as one found on opening is neither).
    const damage = readMethodNames.has(methodName as MethodName) ? undefined : damageOf(ctx.db);
    if (damage) return { ok: false, error: damage.toShape() };
    const handler = handlers[methodName] as AnyHandler;
    // Each call is one transaction (a savepoint when nested, e.g. the demo loader): a handler that
    // throws part-way, or whose result fails the contract, leaves the database as it was.
    const tx = ctx.db.transaction(() => {
      const out = def.output.safeParse(handler(parsed.data, ctx, call));
      if (!out.success) throw new OutputMismatch(out.error);
      return out.data;
    });
    try {
      let value: unknown;
      // A write takes the write lock up front (IMMEDIATE, waiting up to the busy timeout), so it
      // cannot fail after reading because another process wrote meanwhile. A read takes no lock; if
      // one writes after all (a first-use build) and loses that race, it runs again, IMMEDIATE.
      if (!readMethodNames.has(methodName as MethodName)) value = tx.immediate();
      else {
        try {
          value = tx();
        } catch (err) {
          if (!lostWriteRace(err) || ctx.db.inTransaction) throw err;
          recordChange(ctx.db, 'all');
          value = tx.immediate();
        }
      }
      return { ok: true, value };
    } catch (err) {
      // The transaction rolled back: anything a cache derived inside it may describe writes that are gone.
      recordChange(ctx.db, 'all');
      // Damage met on the way (a page SQLite found damaged, a backup's check): said as such, and no
      // write goes to the file after it.
      const damage = rememberDamage(ctx.db, err, ctx.dbPath);
      if (damage) return { ok: false, error: damage.toShape() };
      const storage = storageError(err);
      if (storage) return { ok: false, error: storage.toShape() };
      if (err instanceof AppError) return { ok: false, error: err.toShape() };
      if (err instanceof z.ZodError) return { ok: false, error: validationError(err).toShape() };
      if (err instanceof OutputMismatch) {
        reportInternal(methodName, new Error(`output failed its schema: ${JSON.stringify(err.zodError.issues.slice(0, 3))}`));
        return { ok: false, error: { code: 'internal', message: `Internal error in ${methodName}: the result did not match the contract. Nothing was changed.` } };
      }
      reportInternal(methodName, err);
      return { ok: false, error: { code: 'internal', message: `Internal error in ${methodName}. Nothing was changed.` } };
    }
  }

  /** Typed convenience for in-process callers (CLI, tests, demo): throws AppError on failure. */
  const call: Call = (ctx, methodName, input) => {
    const r = dispatch(ctx, methodName, input);
    if (!r.ok) throw new AppError(r.error.code, r.error.message, r.error.field);
    return r.value as Output<typeof methodName>;
  };

  return { dispatch, call };
}

/** A handler's result that does not match its output schema (a bug in the core, not user input). */
class OutputMismatch extends Error {
  constructor(readonly zodError: z.ZodError) {
    super('output failed its schema');
  }
}

function reportInternal(methodName: string, err: unknown): void {
  // Logged on the core side only; the caller never sees the stack.
  if (process.env.HYBRID_PLANNER_QUIET !== '1') console.error(`[hybrid-planner] ${methodName} failed:`, err);
}

