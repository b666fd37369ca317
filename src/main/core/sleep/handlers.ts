import type { SleepNight } from '../../../shared/contract/sleep';
import { formatDuration } from '../../../shared/timeOfDay';
import { round } from '../../../shared/units';
import { MAX_SLEEP_HOURS, nightSpan } from '../../analysis/sleep';
import type { CoreContext } from '../context';
import { AppError, invalid } from '../../errors';
import type { DomainHandlers } from '../handlerTypes';
import { deleteNight, getNight, insertNight, listNights, nightIdOn, updateNight, type NightValues } from './store';

interface NightInput {
  date: string;
  bed: string;
  wake: string;
  bedDate?: string;
  hours: number | null;
  quality: number | null;
  notes: string | null;
}

/** Validates a night; returns what to store. Throws with the offending field; writes nothing. */
function checkNight(ctx: CoreContext, n: NightInput, exceptId?: number): NightValues {
  if (n.date > ctx.today()) throw invalid('date', `The date ${n.date} is in the future: a night is logged on the day you wake up, up to today (${ctx.today()}).`);
  const span = nightSpan(n.date, n.bed, n.wake, n.bedDate);
  if ('error' in span) throw invalid(span.field, span.error);
  if (span.inBedMinutes > MAX_SLEEP_HOURS * 60) {
    throw invalid('wake', `Bedtime ${span.bedDate} ${n.bed} to wake time ${n.date} ${n.wake} is ${formatDuration(span.inBedMinutes)}: a night of sleep is at most ${MAX_SLEEP_HOURS} h.`);
  }
  if (n.hours != null && n.hours * 60 > span.inBedMinutes + 0.5) {
    throw invalid('hours', `${n.hours} h asleep is more than the ${formatDuration(span.inBedMinutes)} between bedtime and wake time.`);
  }
  const clash = nightIdOn(ctx.db, n.date);
  if (clash !== undefined && clash !== exceptId) throw new AppError('conflict', `The night ending on ${n.date} is already logged (id ${clash}); edit it instead.`, 'date');
  return {
    date: n.date,
    bedDate: span.bedDate,
    bed: n.bed,
    wake: n.wake,
    hours: n.hours ?? round(span.inBedMinutes / 60, 2),
    hoursEntered: n.hours != null,
    quality: n.quality,
    notes: n.notes,
  };
}

export const sleepHandlers: DomainHandlers<'sleep.add' | 'sleep.update' | 'sleep.delete' | 'sleep.list'> = {
  'sleep.add': (input, ctx) => {
    const n: NightInput = { date: input.date, bed: input.bed, wake: input.wake, bedDate: input.bedDate, hours: input.hours ?? null, quality: input.quality ?? null, notes: input.notes || null };
    return getNight(ctx.db, insertNight(ctx.db, checkNight(ctx, n), ctx.now().toISOString()));
  },
  'sleep.update': (input, ctx) => {
    const cur: SleepNight = getNight(ctx.db, input.id);
    const moved = input.date !== undefined || input.bed !== undefined || input.wake !== undefined;
    const n: NightInput = {
      date: input.date ?? cur.date,
      bed: input.bed ?? cur.bed,
      wake: input.wake ?? cur.wake,
      // A new time or day re-derives the bedtime's day unless it is given.
      bedDate: input.bedDate ?? (moved ? undefined : cur.bedDate),
      // Hours that were derived follow the new times; entered hours stay unless replaced.
      hours: input.hours !== undefined ? input.hours : cur.hoursEntered ? cur.hours : null,
      quality: input.quality !== undefined ? input.quality : cur.quality,
      notes: input.notes !== undefined ? input.notes || null : cur.notes,
    };
    updateNight(ctx.db, cur, checkNight(ctx, n, input.id), ctx.now().toISOString());
    return getNight(ctx.db, input.id);
  },
  'sleep.delete': (input, ctx) => {
    const night = getNight(ctx.db, input.id);
    deleteNight(ctx.db, night);
    return night;
  },
  'sleep.list': (input, ctx) => listNights(ctx.db, input.from ?? '0000-01-01', input.to ?? '9999-12-31'),
};
