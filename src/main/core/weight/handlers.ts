import type Database from 'better-sqlite3';
import type { WeighIn } from '../../../shared/contract/weight';
import { addDays } from '../../../shared/dates';
import { weightTrend, type TrendPoint } from '../../analysis/weightTrend';
import type { CoreContext } from '../context';
import { invalid, notFound } from '../../errors';
import type { DomainHandlers } from '../handlerTypes';

interface Row {
  id: number;
  date: string;
  weight_kg: number;
  body_fat_pct: number | null;
}
const toWeighIn = (r: Row): WeighIn => ({ id: r.id, date: r.date, weightKg: r.weight_kg, bodyFatPct: r.body_fat_pct });

function getRow(db: Database.Database, id: number): Row {
  const r = db.prepare('SELECT id, date, weight_kg, body_fat_pct FROM weigh_ins WHERE id = ?').get(id) as Row | undefined;
  if (!r) throw notFound('weigh-in', id);
  return r;
}

function notInFuture(ctx: CoreContext, date: string): void {
  if (date > ctx.today()) throw invalid('date', `The date ${date} is in the future; weigh-ins can be logged up to today (${ctx.today()}).`);
}

/** Mean weigh-in per day up to `to` (all history: the trend needs it). */
export function dailyWeights(db: Database.Database, to: string): { date: string; weightKg: number }[] {
  return db.prepare('SELECT date, AVG(weight_kg) AS weightKg FROM weigh_ins WHERE date <= ? GROUP BY date ORDER BY date').all(to) as {
    date: string;
    weightKg: number;
  }[];
}

/** Daily weight and trend from `from` to `to`; the trend is fed by all earlier weigh-ins. */
export function weightSeries(db: Database.Database, from: string, to: string): TrendPoint[] {
  return weightTrend(dailyWeights(db, to), from, to);
}

export function defaultRange(ctx: CoreContext, input: { from?: string; to?: string }, days = 28): { from: string; to: string } {
  const to = input.to ?? (input.from && input.from > ctx.today() ? input.from : ctx.today());
  const from = input.from ?? addDays(to, -(days - 1));
  return { from, to };
}

export const weightHandlers: DomainHandlers<'weight.add' | 'weight.update' | 'weight.delete' | 'weight.list' | 'weight.trend'> = {
  'weight.add': (input, ctx) => {
    notInFuture(ctx, input.date);
    const info = ctx.db
      .prepare('INSERT INTO weigh_ins (date, weight_kg, body_fat_pct, created_at) VALUES (?, ?, ?, ?)')
      .run(input.date, input.weightKg, input.bodyFatPct ?? null, ctx.now().toISOString());
    return toWeighIn(getRow(ctx.db, Number(info.lastInsertRowid)));
  },
  'weight.update': (input, ctx) => {
    const cur = getRow(ctx.db, input.id);
    const next = {
      date: input.date ?? cur.date,
      weightKg: input.weightKg ?? cur.weight_kg,
      bodyFatPct: input.bodyFatPct === undefined ? cur.body_fat_pct : input.bodyFatPct,
    };
    notInFuture(ctx, next.date);
    ctx.db.prepare('UPDATE weigh_ins SET date = ?, weight_kg = ?, body_fat_pct = ? WHERE id = ?').run(next.date, next.weightKg, next.bodyFatPct, input.id);
    return toWeighIn(getRow(ctx.db, input.id));
  },
  'weight.delete': (input, ctx) => {
    const cur = getRow(ctx.db, input.id);
    ctx.db.prepare('DELETE FROM weigh_ins WHERE id = ?').run(input.id);
    return toWeighIn(cur);
  },
  'weight.list': (input, ctx) => {
    const rows = ctx.db
      .prepare('SELECT id, date, weight_kg, body_fat_pct FROM weigh_ins WHERE date >= ? AND date <= ? ORDER BY date DESC, id DESC')
      .all(input.from ?? '0000-01-01', input.to ?? '9999-12-31') as Row[];
    return rows.map(toWeighIn);
  },
  'weight.trend': (input, ctx) => {
    const { from, to } = defaultRange(ctx, input, 28);
    return { from, to, days: weightSeries(ctx.db, from, to) };
  },
};
