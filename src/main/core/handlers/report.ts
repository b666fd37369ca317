import type { Report } from '../../../shared/contract/report';
import type { CoreContext } from '../context';
import { dailyIntake } from '../food/daily';
import { defaultRange, weightSeries } from './weight';
import type { DomainHandlers } from './types';

/**
 * The report is assembled from per-domain contributors: each returns, for every day of the range,
 * the fields it owns. Later domains (food, training, energy) add a contributor here.
 */
export function buildReport(ctx: CoreContext, from: string, to: string): Report {
  const intake = dailyIntake(ctx.db, from, to);
  const days = weightSeries(ctx.db, from, to).map((d, i) => ({
    date: d.date,
    weightKg: d.weightKg,
    trendKg: d.trendKg,
    intakeKcal: intake[i].intakeKcal,
    proteinG: intake[i].proteinG,
    carbsG: intake[i].carbsG,
    fatG: intake[i].fatG,
    complete: intake[i].complete,
  }));
  return { range: { from, to }, days };
}

export const reportHandlers: DomainHandlers<'report.get'> = {
  'report.get': (input, ctx) => {
    const { from, to } = defaultRange(ctx, input, 28);
    return buildReport(ctx, from, to);
  },
};
