import type { Report, ReportDay } from '../../../shared/contract/report';
import type { DailyTraining } from '../dailyInputs';
import type { CoreContext } from '../context';
import { dailyIntake } from '../food/daily';
import { defaultRange, weightSeries } from './weight';
import { dailyTraining } from '../training/daily';
import { energyReport } from './energy';
import type { DomainHandlers } from './types';

/**
 * The report is assembled from per-domain contributors: each returns, for every day of the range,
 * the fields it owns. Later domains (food, training, energy) add a contributor here.
 */
export function buildReport(ctx: CoreContext, from: string, to: string): Report {
  const training = dailyTraining(ctx.db, from, to);
  const energy = energyReport(ctx, from, to);
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
    ...trainingReportFields(training[i]),
    ...energy.day(d.date),
  }));
  return { range: { from, to }, days, weeks: energy.weeks, underFueling: energy.underFueling };
}

function trainingReportFields(t: DailyTraining): Pick<ReportDay, 'loadAU' | 'plannedLoadAU' | 'sleepHours' | 'e1rmKg'> {
  return { loadAU: t.loadAU, plannedLoadAU: t.plannedLoadAU, sleepHours: t.sleepHours, e1rmKg: t.e1rmKg };
}

export const reportHandlers: DomainHandlers<'report.get'> = {
  'report.get': (input, ctx) => {
    const { from, to } = defaultRange(ctx, input, 28);
    return buildReport(ctx, from, to);
  },
};
