import { rangeTooLong } from '../../shared/contract/common';
import { addDays } from '../../shared/dates';
import { invalid } from '../errors';
import type { CoreContext } from './context';

/**
 * The range a read covers when the caller leaves ends out: `days` days ending today, or ending at
 * `from` when that is in the future. A range over 20 years is refused (per-day work stays bounded).
 */
export function defaultRange(ctx: CoreContext, input: { from?: string; to?: string }, days = 28): { from: string; to: string } {
  const to = input.to ?? (input.from && input.from > ctx.today() ? input.from : ctx.today());
  const from = input.from ?? addDays(to, -(days - 1));
  const tooLong = rangeTooLong(from, to);
  if (tooLong) throw invalid('from', tooLong);
  return { from, to };
}
