import { z } from 'zod';
import { isValidDate } from '../dates';

/** A calendar day, 'YYYY-MM-DD', that exists in the calendar. */
export const Day = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .refine(isValidDate, { message: 'must be a real date written YYYY-MM-DD' });

export const Id = z
  .number({ error: 'must be a number' })
  .int({ message: 'must be a whole number' })
  .positive({ message: 'must be a positive id' });

/** A finite number with a human message when text or NaN arrives instead. */
export const Num = () =>
  z.number({ error: (iss) => (iss.input === undefined ? 'is required' : 'must be a number') }).finite({ message: 'must be a finite number' });

export const Empty = z.object({}).strict();

export const DateRange = z
  .object({ from: Day.optional(), to: Day.optional() })
  .strict()
  .refine((r) => !r.from || !r.to || r.from <= r.to, { message: '"from" must not be after "to"', path: ['from'] });

export const ErrorCode = z.enum([
  'invalid_input',
  'not_found',
  'conflict',
  'needs_confirmation',
  'unknown_method',
  'db_too_new',
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
