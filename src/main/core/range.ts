import { addDays } from '../../shared/dates';
import type { CoreContext } from './context';

/**
 * The range a read covers when the caller leaves ends out: `days` days ending today, or ending at
 * `from` when that is in the future.
 */
export function defaultRange(ctx: CoreContext, input: { from?: string; to?: string }, days = 28): { from: string; to: string } {
  const to = input.to ?? (input.from && input.from > ctx.today() ? input.from : ctx.today());
  const from = input.from ?? addDays(to, -(days - 1));
  return { from, to };
}
