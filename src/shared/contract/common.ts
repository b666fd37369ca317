import { z } from 'zod';
import { daysBetween, isValidDate } from '../dates';

/** The calendar the app accepts: nothing a person logs or plans lies outside it. */
export const FIRST_DAY = '1900-01-01';
export const LAST_DAY = '2100-12-31';
/** The longest range one call may cover (20 years): per-day work and answers stay bounded. */
export const MAX_RANGE_DAYS = 7305;

/** A calendar day, 'YYYY-MM-DD', that exists in the calendar, from 1900 to 2100. */
export const Day = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .refine(isValidDate, { message: 'must be a real date written YYYY-MM-DD', abort: true })
  .refine((d) => d >= FIRST_DAY && d <= LAST_DAY, { message: `must be a date from ${FIRST_DAY} to ${LAST_DAY}` });

/** Why a range is too long, or null: one message wherever a range is checked. */
export function rangeTooLong(from: string, to: string): string | null {
  return daysBetween(from, to) + 1 > MAX_RANGE_DAYS ? `The range ${from} to ${to} is longer than ${MAX_RANGE_DAYS.toLocaleString('en-US')} days (20 years); ask for a shorter one.` : null;
}

export const Id = z
  .number({ error: 'must be a number' })
  .int({ message: 'must be a whole number' })
  .positive({ message: 'must be a positive id' });

export const Empty = z.object({}).strict();

export const DateRange = z
  .object({ from: Day.optional(), to: Day.optional() })
  .strict()
  .refine((r) => !r.from || !r.to || r.from <= r.to, { message: '"from" must not be after "to"', path: ['from'] })
  .refine((r) => !r.from || !r.to || r.from > r.to || !rangeTooLong(r.from, r.to), { message: `the range may cover at most ${MAX_RANGE_DAYS} days (20 years)`, path: ['from'] });

export const ErrorCode = z.enum([
  'invalid_input',
  'not_found',
  'conflict',
  'needs_confirmation',
  'unknown_method',
  'db_too_new',
  'busy',
  'read_only',
  'disk_full',
  'foreign_file',
  'damaged',
  'forbidden',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ApiErrorShape = z.object({
  code: ErrorCode,
  message: z.string(),
  field: z.string().optional(),
});
export type ApiErrorShape = z.infer<typeof ApiErrorShape>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** One line for --help, the API listing and docs. */
  summary: string;
}

export function method<I extends z.ZodType, O extends z.ZodType>(summary: string, input: I, output: O): MethodDef<I, O> {
  return { summary, input, output };
}

/** The size of any number an input may carry: 0, or from MIN_MAGNITUDE to MAX_MAGNITUDE either side of it. */
export const MIN_MAGNITUDE = 1e-6;
export const MAX_MAGNITUDE = 1e12;
/** No method's input nests deeper than a handful of levels; far deeper is a hostile payload. */
const MAX_INPUT_DEPTH = 32;
// NUL ends a string inside SQLite (length('a\0b') is 1) and no other control character belongs in a
// name or a note; tab and line breaks do.
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Checks every value of a call's input, whatever the method, before its schema does: numbers a
 * person could mean (finite; no denormals such as 5e-324, whose products round to 0 or divide to
 * Infinity; nothing past 1e12), text without control characters, bounded nesting. A key present with
 * `undefined` counts as absent (IPC can carry one; JSON cannot), so a patch never erases a field by accident.
 * Returns the input to validate, or why it is refused.
 */
export function screenInput(raw: unknown): { ok: true; value: unknown } | { ok: false; field?: string; message: string } {
  let problem: { field?: string; message: string } | null = null;
  const visit = (v: unknown, path: string[]): unknown => {
    if (problem) return v;
    const field = path.length ? path.join('.') : undefined;
    const refuse = (message: string) => {
      problem = { field, message: field ? `${field}: ${message}` : message[0].toUpperCase() + message.slice(1) };
      return v;
    };
    if (typeof v === 'number') {
      const size = Math.abs(v);
      if (!Number.isFinite(v)) return refuse('must be a finite number.');
      if (size !== 0 && (size < MIN_MAGNITUDE || size > MAX_MAGNITUDE)) return refuse(`${v} is outside the numbers this app takes (0, or ${MIN_MAGNITUDE} to ${MAX_MAGNITUDE.toExponential()} in size).`);
      return v === 0 ? 0 : v; // -0 is 0
    }
    if (typeof v === 'string') return CONTROL_CHARS.test(v) ? refuse('must not contain control characters.') : v;
    if (v === null || typeof v !== 'object') return v;
    if (path.length >= MAX_INPUT_DEPTH) return refuse(`nests deeper than ${MAX_INPUT_DEPTH} levels.`);
    if (Array.isArray(v)) return v.map((item, i) => visit(item, [...path, String(i)]));
    const out: Record<string, unknown> = {};
    for (const [k, item] of Object.entries(v)) {
      if (item === undefined) continue;
      // defineProperty: an own "__proto__" key stays a key (the schema refuses it), never a prototype.
      Object.defineProperty(out, k, { value: visit(item, [...path, k]), enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
  const value = visit(raw, []);
  return problem ? { ok: false, ...(problem as { field?: string; message: string }) } : { ok: true, value };
}
