import { call } from '../../core/dispatch';
import { readProfile } from '../../core/handlers/profile';
import { fromKg, lbToKg, round } from '../../../shared/units';
import { num, oneOf, requireNum, requireStr, int, str, table } from '../args';
import type { Command } from '../types';
import { AppError } from '../../core/errors';

export const weightCommands: Command[] = [
  {
    path: ['weight', 'add'],
    summary: 'Log a weigh-in.',
    usage: 'weight add --date YYYY-MM-DD (--kg N | --lb N) [--body-fat PCT]',
    options: { date: { type: 'string' }, kg: { type: 'string' }, lb: { type: 'string' }, 'body-fat': { type: 'string' } },
    run({ ctx, values, print }) {
      const date = requireStr(values, 'date');
      const unit = oneOf(values, ['kg', 'lb']);
      const value = requireNum(values, unit);
      const weightKg = unit === 'kg' ? value : lbToKg(value);
      const w = call(ctx, 'weight.add', { date, weightKg, bodyFatPct: num(values, 'body-fat') ?? null });
      print(w, () => `Added weigh-in #${w.id}: ${w.date} ${round(w.weightKg, 2)} kg${w.bodyFatPct != null ? `, ${w.bodyFatPct} % body fat` : ''}`);
    },
  },
  {
    path: ['weight', 'list'],
    summary: 'List weigh-ins, newest first.',
    usage: 'weight list [--from D] [--to D]',
    options: { from: { type: 'string' }, to: { type: 'string' } },
    run({ ctx, values, print }) {
      const list = call(ctx, 'weight.list', { from: str(values, 'from'), to: str(values, 'to') });
      const unit = readProfile(ctx.db)?.weightUnit ?? 'kg';
      print(list, () =>
        list.length === 0
          ? 'No weigh-ins yet.'
          : table(['id', 'date', `weight (${unit})`, 'body fat %'], list.map((w) => [w.id, w.date, round(fromKg(w.weightKg, unit), 1), w.bodyFatPct])),
      );
    },
  },
  {
    path: ['weight', 'delete'],
    summary: 'Delete a weigh-in.',
    usage: 'weight delete --id ID',
    options: { id: { type: 'string' } },
    run({ ctx, values, print }) {
      const id = int(values, 'id');
      if (id === undefined) throw new AppError('invalid_input', '--id is required.', 'id');
      const w = call(ctx, 'weight.delete', { id });
      print(w, () => `Deleted weigh-in #${w.id} (${w.date}, ${round(w.weightKg, 2)} kg).`);
    },
  },
];
