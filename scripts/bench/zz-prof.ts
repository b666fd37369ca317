import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../src/main/store/db';
import { call } from '../../src/main/core/dispatch';
import { dailyFacts } from '../../src/main/core/daily/facts';
import { planFindings } from '../../src/main/core/plan/check';
const path = process.argv[2];
const db = openDatabase(path);
const ctx = { db, dbPath: path, today: () => '2026-11-26', now: () => new Date('2026-11-26T12:00:00Z') } as any;
const t = (name: string, fn: () => unknown) => { const t0 = performance.now(); fn(); console.log(name, (performance.now() - t0).toFixed(1)); };
t('week cold', () => call(ctx, 'review.week', { week: '2026-11-16' }));
for (let i = 0; i < 4; i++) t('week', () => call(ctx, 'review.week', { week: '2026-11-16' }));
for (let i = 0; i < 3; i++) {
t('weeks', () => call(ctx, 'review.weeks', { from: '2016-11-26', to: '2026-11-26' }));
t('facts 10y', () => dailyFacts(ctx, '2016-11-21', '2026-11-26'));
t('findings 10y', () => planFindings(db, '2016-11-21', '2026-11-29', 'monday'));
t('report 10y', () => call(ctx, 'report.get', { from: '2016-11-26', to: '2026-11-26' }));
}
