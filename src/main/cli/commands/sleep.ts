import { call } from '../call';
import { AppError } from '../../errors';
import type { SleepNight } from '../../../shared/contract/sleep';
import { int, num, requireStr, str, table } from '../args';
import type { Command } from '../types';

function describe(n: SleepNight): string {
  return `#${n.id} night to ${n.date}: bed ${n.bedDate} ${n.bed}, wake ${n.wake}, ${n.hours} h asleep${n.hoursEntered ? '' : ' (time in bed)'}${n.quality != null ? `, quality ${n.quality}/5` : ''}`;
}

const clean = <T extends Record<string, unknown>>(o: T): T => {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
};

export const sleepCommands: Command[] = [
  {
    path: ['sleep', 'add'],
    summary: 'Log a night of sleep; --date is the day you woke up. Hours asleep default to the time in bed.',
    usage: 'sleep add --date YYYY-MM-DD --bed HH:MM --wake HH:MM [--hours N] [--quality 1-5] [--bed-date YYYY-MM-DD] [--notes T]',
    options: { date: { type: 'string' }, bed: { type: 'string' }, wake: { type: 'string' }, hours: { type: 'string' }, quality: { type: 'string' }, 'bed-date': { type: 'string' }, notes: { type: 'string' } },
    run({ ctx, values, print }) {
      const n = call(
        ctx,
        'sleep.add',
        clean({
          date: requireStr(values, 'date'),
          bed: requireStr(values, 'bed'),
          wake: requireStr(values, 'wake'),
          bedDate: str(values, 'bed-date'),
          hours: num(values, 'hours'),
          quality: int(values, 'quality'),
          notes: str(values, 'notes'),
        }),
      );
      print(n, () => `Logged ${describe(n)}`);
    },
  },
  {
    path: ['sleep', 'list'],
    summary: 'List logged nights, newest first.',
    usage: 'sleep list [--from D] [--to D]',
    options: { from: { type: 'string' }, to: { type: 'string' } },
    run({ ctx, values, print }) {
      const list = call(ctx, 'sleep.list', clean({ from: str(values, 'from'), to: str(values, 'to') }));
      print(list, () =>
        list.length === 0
          ? 'No nights logged yet.'
          : table(
              ['id', 'wake-up day', 'bed', 'wake', 'hours', 'quality'],
              list.map((n) => [n.id, n.date, `${n.bedDate === n.date ? '' : '(eve) '}${n.bed}`, n.wake, n.hours, n.quality]),
            ),
      );
    },
  },
  {
    path: ['sleep', 'delete'],
    summary: 'Delete a logged night.',
    usage: 'sleep delete --id ID',
    options: { id: { type: 'string' } },
    run({ ctx, values, print }) {
      const id = int(values, 'id');
      if (id === undefined) throw new AppError('invalid_input', '--id is required.', 'id');
      const n = call(ctx, 'sleep.delete', { id });
      print(n, () => `Deleted ${describe(n)}.`);
    },
  },
];
