import { LATEST_SCHEMA_VERSION } from '../../store/migrations';
import { schemaVersion } from '../../store/db';
import { loadDemo } from '../demo';
import { AppError } from '../../errors';
import type { DomainHandlers } from '../handlerTypes';
import { readSettings, writeSettings } from './settings';
import { isEmpty } from './store';

const APP_VERSION = '0.1.0';

export const appHandlers: DomainHandlers<'app.info' | 'demo.load' | 'settings.get' | 'settings.set'> = {
  'app.info': (_input, ctx) => ({
    version: APP_VERSION,
    schemaVersion: schemaVersion(ctx.db) || LATEST_SCHEMA_VERSION,
    dbPath: ctx.dbPath,
    today: ctx.today(),
    empty: isEmpty(ctx.db),
  }),
  'demo.load': (input, ctx, call) => {
    if (!call) throw new AppError('internal', 'demo.load runs only through dispatch.');
    if (!input.force && !isEmpty(ctx.db)) {
      throw new AppError('conflict', 'Demo data goes only into an empty database, so nothing you entered is mixed with it. Use a new file (--db) to try the demo.');
    }
    return loadDemo(ctx, call);
  },
  'settings.get': (_input, ctx) => readSettings(ctx.db),
  'settings.set': (input, ctx) => writeSettings(ctx.db, input),
};
