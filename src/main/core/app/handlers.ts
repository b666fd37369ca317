import { LATEST_SCHEMA_VERSION } from '../../store/migrations';
import { schemaVersion } from '../../store/db';
import { loadDemo } from '../demo';
import { AppError } from '../../errors';
import type { DomainHandlers } from '../handlerTypes';

export const APP_VERSION = '0.1.0';

export function isEmpty(db: import('better-sqlite3').Database): boolean {
  // Anything the user entered counts: the demo must never be mixed into real data.
  const r = db
    .prepare(
      `SELECT EXISTS(SELECT 1 FROM profile) OR EXISTS(SELECT 1 FROM weigh_ins)
          OR EXISTS(SELECT 1 FROM diary_entry) OR EXISTS(SELECT 1 FROM food WHERE source != 'usda-sr24')
          OR EXISTS(SELECT 1 FROM training_sessions) OR EXISTS(SELECT 1 FROM sleep_nights) AS n`,
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
