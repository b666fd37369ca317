import type { Report } from '../../../shared/contract/report';
import { round, roundOrNull } from '../../../shared/units';
import type { SleepVsLift } from '../../analysis/liftPerformance';
import type { CoreContext } from '../context';
import { dailyFacts } from '../daily/facts';
import type { DomainHandlers } from '../handlerTypes';
import { defaultRange } from '../range';

const r = roundOrNull;

/** The report: the per-day read model's facts over the range, rounded as shown. */
export function buildReport(ctx: CoreContext, from: string, to: string): Report {
  const { days, dashboard, weekLoads, sleepVsLift } = dailyFacts(ctx, from, to);
  return {
    range: { from, to },
    days: days.map((d) => ({
      date: d.date,
      weightKg: d.weightKg,
      trendKg: d.trendKg,
      intakeKcal: d.intakeKcal,
      proteinG: d.proteinG,
      carbsG: d.carbsG,
      fatG: d.fatG,
      complete: d.complete,
      intakeStatus: d.intakeStatus,
      loadAU: d.loadAU,
      plannedLoadAU: d.plannedLoadAU,
      sleepHours: d.sleepHours,
      e1rmKg: d.e1rmKg,
      tdeeKcal: r(d.tdeeKcal, 0),
      tdeeLowKcal: r(d.tdeeLowKcal, 0),
      tdeeHighKcal: r(d.tdeeHighKcal, 0),
      eaKcalPerKgFfm: r(d.eaKcalPerKgFfm, 1),
    })),
    weeks: dashboard.weeks.map((w, i) => {
      const l = weekLoads[i];
      return {
        week: w.week,
        intakeKcalAvg: r(w.intakeKcalAvg, 0),
        tdeeKcalAvg: r(w.tdeeKcalAvg, 0),
        balanceKcalAvg: r(w.balanceKcalAvg, 0),
        weightChangePct: r(w.weightChangePct, 2),
        load: { strengthAU: round(l.strengthAU, 1), enduranceAU: round(l.enduranceAU, 1), otherAU: round(l.otherAU, 1), totalAU: round(l.totalAU, 1) },
        monotony: r(l.monotony, 3),
        strain: r(l.strain, 1),
      };
    }),
    underFueling: dashboard.underFueling,
    sleepVsLift: sleepVsLift.map(sleepVsLiftRow),
  };
}

/** One sleep-vs-lift row as the report (and the Insights screen) shows it: r-type values to 3 places, the slope to 0.01. */
export const sleepVsLiftRow = (s: SleepVsLift) => ({
  exercise: s.exercise,
  n: s.n,
  r: r(s.r, 3),
  rLow: r(s.rLow, 3),
  rHigh: r(s.rHigh, 3),
  spearman: r(s.spearman, 3),
  slopePctPerHour: r(s.slopePctPerHour, 2),
});

export const reportHandlers: DomainHandlers<'report.get'> = {
  'report.get': (input, ctx) => {
    const { from, to } = defaultRange(ctx, input, 28);
    return buildReport(ctx, from, to);
  },
};
