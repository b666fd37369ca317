import type { Report, ReportDay } from '../../../shared/contract/report';
import type { DailyTraining } from '../../analysis/dailyInputs';
import type { CoreContext } from '../context';
import { daysBetween } from '../../../shared/dates';
import { defaultRange } from '../range';
import { computeEnergyDashboard, energyReport, readEnergyInputs } from '../energy/handlers';
import type { DomainHandlers } from '../handlerTypes';

/**
 * The report is assembled from per-domain contributors: each returns, for every day of the range,
 * the fields it owns. Later domains (food, training, energy) add a contributor here.
 *
 * Food's and training's per-day records are read once, for the energy dashboard (which needs them
 * from long before `from`), and the report's days are a slice of them; weight and trend come from
 * the dashboard's days, which run the same trend (weightTrend) over the same daily weigh-ins.
 */
export function buildReport(ctx: CoreContext, from: string, to: string): Report {
  const inputs = readEnergyInputs(ctx, from, to);
  const dash = computeEnergyDashboard(ctx, from, to, inputs);
  const energy = energyReport(dash);
  const offset = daysBetween(inputs.historyFrom, from); // inputs start on or before `from`
  const days = dash.days.map((d, i) => {
    const intake = inputs.intake[offset + i];
    return {
      date: d.date,
      weightKg: d.weightKg,
      trendKg: d.trendKg,
      intakeKcal: intake.intakeKcal,
      proteinG: intake.proteinG,
      carbsG: intake.carbsG,
      fatG: intake.fatG,
      complete: intake.complete,
      ...trainingReportFields(inputs.training[offset + i]),
      ...energy.day(d.date),
    };
  });
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
