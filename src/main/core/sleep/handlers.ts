import { recordChange } from '../changes';
import type Database from 'better-sqlite3';
import type { SleepNight } from '../../../shared/contract/sleep';
import { formatDuration } from '../../../shared/timeOfDay';
import { round } from '../../../shared/units';
import { MAX_SLEEP_HOURS, nightSpan } from '../../analysis/sleep';
import type { CoreContext } from '../context';
import { AppError, invalid, notFound } from '../../errors';
import type { SleepRow } from '../training/store';
import type { DomainHandlers } from '../handlerTypes';

const SELECT = 'SELECT id, date, bed_date, bed_time, wake_time, hours, hours_entered, quality, notes FROM sleep_nights';

function toNight(r: SleepRow, inBedMinutes: number): SleepNight {
  return {
    id: r.id,
    date: r.date,
    bedDate: r.bed_date,
    bed: r.bed_time,
    wake: r.wake_time,
    hours: r.hours,
    hoursEntered: r.hours_entered === 1,
    inBedHours: round(inBedMinutes / 60, 2),
    quality: r.quality,
    notes: r.notes,
  };
}

function readNight(db: Database.Database, id: number): SleepNight {
  const r = db.prepare(`${SELECT} WHERE id = ?`).get(id) as SleepRow | undefined;
  if (!r) throw notFound('night', id);
  const span = nightSpan(r.date, r.bed_time, r.wake_time, r.bed_date);
  return toNight(r, 'error' in span ? 0 : span.inBedMinutes);
}

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
function checkNight(ctx: CoreContext, n: NightInput, exceptId?: number): { bedDate: string; hours: number; entered: boolean } {
  if (n.date > ctx.today()) throw invalid('date', `The date ${n.date} is in the future: a night is logged on the day you wake up, up to today (${ctx.today()}).`);
  const span = nightSpan(n.date, n.bed, n.wake, n.bedDate);
  if ('error' in span) throw invalid(span.field, span.error);
  if (span.inBedMinutes > MAX_SLEEP_HOURS * 60) {
    throw invalid('wake', `Bedtime ${span.bedDate} ${n.bed} to wake time ${n.date} ${n.wake} is ${formatDuration(span.inBedMinutes)}: a night of sleep is at most ${MAX_SLEEP_HOURS} h.`);
  }
  if (n.hours != null && n.hours * 60 > span.inBedMinutes + 0.5) {
    throw invalid('hours', `${n.hours} h asleep is more than the ${formatDuration(span.inBedMinutes)} between bedtime and wake time.`);
  }
  const clash = ctx.db.prepare('SELECT id FROM sleep_nights WHERE date = ?').get(n.date) as { id: number } | undefined;
  if (clash && clash.id !== exceptId) throw new AppError('conflict', `The night ending on ${n.date} is already logged (id ${clash.id}); edit it instead.`, 'date');
  return { bedDate: span.bedDate, hours: n.hours ?? round(span.inBedMinutes / 60, 2), entered: n.hours != null };
}

export const sleepHandlers: DomainHandlers<'sleep.add' | 'sleep.update' | 'sleep.delete' | 'sleep.list'> = {
  'sleep.add': (input, ctx) => {
    const n: NightInput = { date: input.date, bed: input.bed, wake: input.wake, bedDate: input.bedDate, hours: input.hours ?? null, quality: input.quality ?? null, notes: input.notes || null };
    const v = checkNight(ctx, n);
    const now = ctx.now().toISOString();
    const id = Number(
      ctx.db
        .prepare('INSERT INTO sleep_nights (date, bed_date, bed_time, wake_time, hours, hours_entered, quality, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(n.date, v.bedDate, n.bed, n.wake, v.hours, v.entered ? 1 : 0, n.quality, n.notes, now, now).lastInsertRowid,
    );
    recordChange(ctx.db, [n.date]);
    return readNight(ctx.db, id);
  },
  'sleep.update': (input, ctx) => {
    const cur = ctx.db.prepare(`${SELECT} WHERE id = ?`).get(input.id) as SleepRow | undefined;
    if (!cur) throw notFound('night', input.id);
    const moved = input.date !== undefined || input.bed !== undefined || input.wake !== undefined;
    const n: NightInput = {
      date: input.date ?? cur.date,
      bed: input.bed ?? cur.bed_time,
      wake: input.wake ?? cur.wake_time,
      // A new time or day re-derives the bedtime's day unless it is given.
      bedDate: input.bedDate ?? (moved ? undefined : cur.bed_date),
      // Hours that were derived follow the new times; entered hours stay unless replaced.
      hours: input.hours !== undefined ? input.hours : cur.hours_entered === 1 ? cur.hours : null,
      quality: input.quality !== undefined ? input.quality : cur.quality,
      notes: input.notes !== undefined ? input.notes || null : cur.notes,
    };
    const v = checkNight(ctx, n, input.id);
    ctx.db
      .prepare('UPDATE sleep_nights SET date = ?, bed_date = ?, bed_time = ?, wake_time = ?, hours = ?, hours_entered = ?, quality = ?, notes = ?, updated_at = ? WHERE id = ?')
      .run(n.date, v.bedDate, n.bed, n.wake, v.hours, v.entered ? 1 : 0, n.quality, n.notes, ctx.now().toISOString(), input.id);
    recordChange(ctx.db, [cur.date, n.date]);
    return readNight(ctx.db, input.id);
  },
  'sleep.delete': (input, ctx) => {
    const night = readNight(ctx.db, input.id);
    ctx.db.prepare('DELETE FROM sleep_nights WHERE id = ?').run(input.id);
    recordChange(ctx.db, [night.date]);
    return night;
  },
  'sleep.list': (input, ctx) => {
    const rows = ctx.db.prepare(`${SELECT} WHERE date >= ? AND date <= ? ORDER BY date DESC`).all(input.from ?? '0000-01-01', input.to ?? '9999-12-31') as SleepRow[];
    return rows.map((r) => {
      const span = nightSpan(r.date, r.bed_time, r.wake_time, r.bed_date);
      return toNight(r, 'error' in span ? 0 : span.inBedMinutes);
    });
  },
};
