import type { Report } from '../../../shared/contract/report';
import type { CoreContext } from '../context';
import { defaultRange, weightSeries } from './weight';
import { energyReport } from './energy';
import type { DomainHandlers } from './types';

/**
 * The report is assembled from per-domain contributors: each returns, for every day of the range,
 * the fields it owns. Later domains (food, training, energy) add a contributor here.
 */
export function buildReport(ctx: CoreContext, from: string, to: string): Report {
  const energy = energyReport(ctx, from, to);
  const days = weightSeries(ctx.db, from, to).map((d) => ({ date: d.date, weightKg: d.weightKg, trendKg: d.trendKg, ...energy.day(d.date) }));
  return { range: { from, to }, days, weeks: energy.weeks, underFueling: energy.underFueling };
}

export const reportHandlers: DomainHandlers<'report.get'> = {
  'report.get': (input, ctx) => {
    const { from, to } = defaultRange(ctx, input, 28);
    return buildReport(ctx, from, to);
  },
};
