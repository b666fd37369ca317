// Bench suite of the weekly review over the shared 10-year database: one week's review
// (review.week, target ≤ 30 ms) and the list of every week of the ten years in one call
// (review.weeks, target ≤ 300 ms). "Warm" is what the app sees after its first call on a connection
// (the per-day cache holds the records and the expenditure filter's states); "cold" is a new
// connection's first call, which is what every CLI process sees.
import { performance } from 'node:perf_hooks';
import { call } from '../../src/main/core/dispatch';
import { addDays, weekStartOf } from '../../src/shared/dates';
import { figure, timeMs } from './measure';
import type { BenchSuite, Figure } from './types';

const ONE_WEEK_MS = 30;
const ALL_WEEKS_MS = 300;

export const reviewSuite: BenchSuite = {
  name: 'review',
  async run(env) {
    const figures: Figure[] = [];
    const from = env.history.from;
    const today = env.today;
    // The last finished week: a whole week of facts, load, sleep, records and findings.
    const week = addDays(weekStartOf(today, 'monday'), -7);

    const cold = (fn: (ctx: ReturnType<typeof env.open>) => unknown): number => {
      const ctx = env.open(env.tenYearDb);
      try {
        const t0 = performance.now();
        fn(ctx);
        return performance.now() - t0;
      } finally {
        ctx.db.close();
      }
    };

    const ctx = env.open(env.tenYearDb);
    try {
      const r = call(ctx, 'review.week', { week });
      if (r.sessions.done === 0 || r.sleep.nights !== 7) throw new Error(`review.week ${r.week} found ${r.sessions.done} sessions and ${r.sleep.nights} nights`);
      figures.push(figure(`review.week, one week of 10 years (${r.week}), warm`, await timeMs(() => call(ctx, 'review.week', { week }), 7, 1), 'ms', ONE_WEEK_MS));
      const all = call(ctx, 'review.weeks', { from, to: today });
      if (all.weeks.length < 520) throw new Error(`review.weeks listed ${all.weeks.length} weeks`);
      figures.push(figure(`review.weeks, all ${all.weeks.length} weeks of 10 years, warm`, await timeMs(() => call(ctx, 'review.weeks', { from, to: today }), 5, 1), 'ms', ALL_WEEKS_MS));
    } finally {
      ctx.db.close();
    }
    figures.push(figure('review.week, one week, cold (new connection)', cold((c) => call(c, 'review.week', { week })), 'ms'));
    figures.push(figure('review.weeks, 10 years, cold (new connection)', cold((c) => call(c, 'review.weeks', { from, to: today })), 'ms'));
    return figures;
  },
};
