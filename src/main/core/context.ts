import type Database from 'better-sqlite3';
import { localDay } from '../../shared/dates';

/** What every handler gets: the open store and the clock (passed in, so tests and demos can fix it). */
export interface CoreContext {
  db: Database.Database;
  dbPath: string;
  /** The user's local calendar day. */
  today(): string;
  now(): Date;
  /** Progress of long work (food database build, imports); transports forward it to the UI. */
  progress?: (event: { task: string; done: number; total: number; message?: string }) => void;
}

/** HYBRID_PLANNER_TODAY fixes "today" (YYYY-MM-DD) for reproducible demos, screenshots and tests. */
export function systemClock(env: NodeJS.ProcessEnv = process.env): Pick<CoreContext, 'today' | 'now'> {
  const fixed = env.HYBRID_PLANNER_TODAY;
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) {
    return { today: () => fixed, now: () => new Date(`${fixed}T12:00:00`) };
  }
  return { today: () => localDay(new Date()), now: () => new Date() };
}
