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
