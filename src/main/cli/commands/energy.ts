import { call, readProfile } from '../call';
import { signalValueText } from '../../../shared/signals';
import { KG_PER_LB, round } from '../../../shared/units';
import { str, table } from '../args';
import type { Command } from '../types';

const kcal = (v: number | null): string | null => (v == null ? null : String(Math.round(v)));

export const energyCommands: Command[] = [
  {
    path: ['energy'],
    summary: 'Expenditure vs intake, weekly table and the under-fuelling check (default: the 28 days ending today).',
    usage: 'energy [--from YYYY-MM-DD] [--to YYYY-MM-DD]',
    options: { from: { type: 'string' }, to: { type: 'string' } },
    run({ ctx, values, print }) {
      const d = call(ctx, 'energy.dashboard', { from: str(values, 'from'), to: str(values, 'to') });
      print(d, () => {
        const u = d.underFueling;
        const unit = readProfile(ctx.db)?.weightUnit ?? 'kg';
        const lines = [`Energy ${d.from} → ${d.to}`];
        if (d.latest.tdeeKcal != null) {
          lines.push(
            `Estimated expenditure on ${d.to}: ${kcal(d.latest.tdeeKcal)} kcal/day (95 % band ${kcal(d.latest.tdeeLowKcal)}–${kcal(d.latest.tdeeHighKcal)})` +
              (d.latest.adaptive ? '' : ' — still mostly the formula estimate'),
          );
        } else {
          lines.push('No expenditure estimate yet: it needs a profile (sex, birth date, height) and a weigh-in.');
        }
        lines.push('', `Under-fuelling check ${u.from} → ${u.to}: ${u.level.toUpperCase()} — ${u.summary}`);
        if (u.suggestedIntakeKcal != null) lines.push(`Eat about ${u.suggestedIntakeKcal.toLocaleString('en-US')} kcal/day.`);
        const row = (r: (typeof u.reasons)[number]) => [r.code, r.status, r.value == null ? null : signalValueText(r, r.value, unit), r.threshold == null ? null : signalValueText(r, r.threshold, unit), r.source];
        lines.push(table(['signal', 'status', 'value', 'threshold', 'source'], u.reasons.map(row)));
        lines.push('', 'Also affecting your training (never raises the verdict):', table(['context', 'status', 'value', 'threshold', 'source'], u.context.map(row)));
        const log = u.logging;
        lines.push('', `Food log: ${log.completeDays} counted days, ${log.partialDays} look partly logged, ${log.provisionalDays} not over yet (left out until marked complete).`);
        if (log.message) lines.push(log.message);
        if (u.advice.length) lines.push('', ...u.advice.map((a) => `- ${a.message}`));
        lines.push('', ...u.notes);
        lines.push(
          '',
          table(
            ['week', 'intake kcal/d', 'expenditure kcal/d', 'balance kcal/d', 'weight change %', `energy left after training kcal/${unit} lean mass`],
            d.weeks.map((w) => [w.week, kcal(w.intakeKcalAvg), kcal(w.tdeeKcalAvg), kcal(w.balanceKcalAvg), w.weightChangePct == null ? null : round(w.weightChangePct, 2), w.eaKcalPerKgFfmAvg == null ? null : round(w.eaKcalPerKgFfmAvg * (unit === 'lb' ? KG_PER_LB : 1), 1)]),
          ),
        );
        return lines.join('\n');
      });
    },
  },
];
