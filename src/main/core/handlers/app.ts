import { LATEST_SCHEMA_VERSION } from '../../store/migrations';
import { schemaVersion } from '../../store/db';
import { loadDemo } from '../demo';
import { AppError } from '../errors';
import type { DomainHandlers } from './types';

export const APP_VERSION = '0.1.0';

export function isEmpty(db: import('better-sqlite3').Database): boolean {
  const r = db
    .prepare(
      `SELECT (SELECT COUNT(*) FROM weigh_ins) + (SELECT COUNT(*) FROM profile)
            + (SELECT COUNT(*) FROM diary_entry) + (SELECT COUNT(*) FROM food WHERE source != 'usda-sr24') AS n`,
    )
    .get() as { n: number };
  return r.n === 0;
}

export const appHandlers: DomainHandlers<'app.info' | 'demo.load'> = {
  'app.info': (_input, ctx) => ({
    version: APP_VERSION,
    schemaVersion: schemaVersion(ctx.db) || LATEST_SCHEMA_VERSION,
    dbPath: ctx.dbPath,
    today: ctx.today(),
    empty: isEmpty(ctx.db),
  }),
  'demo.load': (input, ctx) => {
    if (!input.force && !isEmpty(ctx.db)) {
      throw new AppError('conflict', 'Demo data goes only into an empty database, so nothing you entered is mixed with it. Use a new file (--db) to try the demo.');
    }
    return loadDemo(ctx);
  },
};
