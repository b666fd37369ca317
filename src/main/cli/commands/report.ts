import { call, readProfile } from '../call';
import { fromKg, round } from '../../../shared/units';
import { str, table } from '../args';
import type { Command } from '../types';

export const reportCommands: Command[] = [
  {
    path: ['report'],
    summary: 'Per-day report (default: the 28 days ending today).',
    usage: 'report [--from YYYY-MM-DD] [--to YYYY-MM-DD]',
    options: { from: { type: 'string' }, to: { type: 'string' } },
    run({ ctx, values, print }) {
      const r = call(ctx, 'report.get', { from: str(values, 'from'), to: str(values, 'to') });
      const unit = readProfile(ctx.db)?.weightUnit ?? 'kg';
      const w = (v: number | null) => (v == null ? null : round(fromKg(v, unit), 1));
      const stress = table(
        ['week', 'strength AU', 'endurance AU', 'other AU', 'total AU', 'monotony', 'strain'],
        r.weeks.map((wk) => [wk.week, wk.load.strengthAU, wk.load.enduranceAU, wk.load.otherAU, wk.load.totalAU, wk.monotony, wk.strain]),
      );
      const sleep = table(
        ['lift', 'n', 'r [95 % CI]', 'Spearman', '%/h sleep'],
        r.sleepVsLift.map((s) => [s.exercise, s.n, s.r === null ? null : `${s.r} [${s.rLow}, ${s.rHigh}]`, s.spearman, s.slopePctPerHour]),
      );
      print(r, () =>
        [
          `Report ${r.range.from} → ${r.range.to}`,
          table(['date', `weight (${unit})`, `trend (${unit})`], r.days.map((d) => [d.date, w(d.weightKg), w(d.trendKg)])),
          '',
          'Weekly stress load (session RPE × minutes; monotony = mean / population SD of the 7 days)',
          stress,
          '',
          'Prior-night sleep vs lift performance (% of the lift’s best e1RM of the 28 days before; r from 10 pairs; an association, not a cause)',
          sleep,
        ].join('\n'),
      );
    },
  },
];
