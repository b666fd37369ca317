import { z } from 'zod';
import { Day, Empty, method } from './common';

export const AppInfo = z.object({
  version: z.string(),
  schemaVersion: z.number().int(),
  dbPath: z.string(),
  today: Day,
  /** True when nothing has been entered yet (the UI offers demo data). */
  empty: z.boolean(),
});

export const appMethods = {
  'app.info': method('Version, database location, today.', Empty, AppInfo),
  'demo.load': method(
    'Fill an empty database with a realistic 12-week history ending today.',
    z.object({ force: z.boolean().optional() }).strict(),
    z.object({ days: z.number().int(), from: Day, to: Day }),
  ),
};
