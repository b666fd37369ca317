import type Database from 'better-sqlite3';
import { weightTrend, type TrendPoint } from '../../analysis/weightTrend';
import type { CoreContext } from '../context';
import { invalid } from '../../errors';
import { defaultRange } from '../range';
import { deleteWeighIn, dailyWeighIns, getWeighIn, insertWeighIn, listWeighIns, updateWeighIn } from './store';
import type { DomainHandlers } from '../handlerTypes';

function notInFuture(ctx: CoreContext, date: string): void {
  if (date > ctx.today()) throw invalid('date', `The date ${date} is in the future; weigh-ins can be logged up to today (${ctx.today()}).`);
}

/** Daily weight and trend from `from` to `to`; the trend is fed by all earlier weigh-ins. */
export function weightSeries(db: Database.Database, from: string, to: string): TrendPoint[] {
  return weightTrend(dailyWeighIns(db, to), from, to);
}

export const weightHandlers: DomainHandlers<'weight.add' | 'weight.update' | 'weight.delete' | 'weight.list' | 'weight.trend'> = {
  'weight.add': (input, ctx) => {
    notInFuture(ctx, input.date);
    return insertWeighIn(ctx.db, { date: input.date, weightKg: input.weightKg, bodyFatPct: input.bodyFatPct ?? null }, ctx.now().toISOString());
  },
  'weight.update': (input, ctx) => {
    const cur = getWeighIn(ctx.db, input.id);
    const next = {
      date: input.date ?? cur.date,
      weightKg: input.weightKg ?? cur.weightKg,
      bodyFatPct: input.bodyFatPct === undefined ? cur.bodyFatPct : input.bodyFatPct,
    };
    notInFuture(ctx, next.date);
    return updateWeighIn(ctx.db, cur, next);
  },
  'weight.delete': (input, ctx) => {
    const cur = getWeighIn(ctx.db, input.id);
    deleteWeighIn(ctx.db, cur);
    return cur;
  },
  'weight.list': (input, ctx) => listWeighIns(ctx.db, input.from ?? '0000-01-01', input.to ?? '9999-12-31'),
  'weight.trend': (input, ctx) => {
    const { from, to } = defaultRange(ctx, input, 28);
    return { from, to, days: weightSeries(ctx.db, from, to) };
  },
};
