import { call, readProfile, weightAndProfileCore } from '../call';
import type { Input } from '../../../shared/contract';
import { fromKg, kgToLb, lbToKg, round } from '../../../shared/units';
import { num, oneOf, requireNum, requireStr, int, str, table } from '../args';
import type { Command, ParsedValues } from '../types';
import { AppError } from '../../errors';

/** The weight from --kg or --lb, in kg; a pound value out of range is reported in pounds. */
async function weightKgFrom(values: ParsedValues): Promise<number> {
  const unit = oneOf(values, ['kg', 'lb']);
  const value = requireNum(values, unit);
  if (unit === 'kg') return value;
  // The limits live with the contract's zod schema, which the command table must not load.
  const { WEIGHT_MAX_KG, WEIGHT_MIN_KG } = await import('../../../shared/contract/weight');
  const [min, max] = [round(kgToLb(WEIGHT_MIN_KG), 1), round(kgToLb(WEIGHT_MAX_KG), 1)];
  if (value < min || value > max) throw new AppError('invalid_input', `--lb: weight must be between ${min} and ${max} lb (${WEIGHT_MIN_KG}–${WEIGHT_MAX_KG} kg).`, 'lb');
  return lbToKg(value);
}

export const weightCommands: Command[] = [
  {
    path: ['weight', 'add'],
    summary: 'Log a weigh-in.',
    usage: 'weight add --date YYYY-MM-DD (--kg N | --lb N) [--body-fat PCT]',
    options: { date: { type: 'string' }, kg: { type: 'string' }, lb: { type: 'string' }, 'body-fat': { type: 'string' } },
    core: weightAndProfileCore,
    async run({ ctx, values, print }) {
      const date = requireStr(values, 'date');
      const w = call(ctx, 'weight.add', { date, weightKg: await weightKgFrom(values), bodyFatPct: num(values, 'body-fat') ?? null });
      print(w, () => `Added weigh-in #${w.id}: ${w.date} ${round(w.weightKg, 2)} kg${w.bodyFatPct != null ? `, ${w.bodyFatPct} % body fat` : ''}`);
    },
  },
  {
    path: ['weight', 'edit'],
    summary: 'Edit a weigh-in (only the given fields change).',
    usage: 'weight edit --id ID [--date YYYY-MM-DD] [--kg N | --lb N] [--body-fat PCT]',
    options: { id: { type: 'string' }, date: { type: 'string' }, kg: { type: 'string' }, lb: { type: 'string' }, 'body-fat': { type: 'string' } },
    core: weightAndProfileCore,
    async run({ ctx, values, print }) {
      const id = int(values, 'id');
      if (id === undefined) throw new AppError('invalid_input', '--id is required.', 'id');
      const patch: Input<'weight.update'> = { id };
      const date = str(values, 'date');
      if (date !== undefined) patch.date = date;
      if (values.kg !== undefined || values.lb !== undefined) patch.weightKg = await weightKgFrom(values);
      const bodyFat = num(values, 'body-fat');
      if (bodyFat !== undefined) patch.bodyFatPct = bodyFat;
      const w = call(ctx, 'weight.update', patch);
      print(w, () => `Updated weigh-in #${w.id}: ${w.date} ${round(w.weightKg, 2)} kg${w.bodyFatPct != null ? `, ${w.bodyFatPct} % body fat` : ''}`);
    },
  },
  {
    path: ['weight', 'list'],
    summary: 'List weigh-ins, newest first.',
    usage: 'weight list [--from D] [--to D]',
    options: { from: { type: 'string' }, to: { type: 'string' } },
    core: weightAndProfileCore,
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
    core: weightAndProfileCore,
    run({ ctx, values, print }) {
      const id = int(values, 'id');
      if (id === undefined) throw new AppError('invalid_input', '--id is required.', 'id');
      const w = call(ctx, 'weight.delete', { id });
      print(w, () => `Deleted weigh-in #${w.id} (${w.date}, ${round(w.weightKg, 2)} kg).`);
    },
  },
];
