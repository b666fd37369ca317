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
      print(r, () =>
        [`Report ${r.range.from} → ${r.range.to}`, table(['date', `weight (${unit})`, `trend (${unit})`], r.days.map((d) => [d.date, w(d.weightKg), w(d.trendKg)]))].join('\n'),
      );
    },
  },
];
