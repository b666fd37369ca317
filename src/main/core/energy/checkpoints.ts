// Stored states of the expenditure filter (analysis/expenditureFilter.ts FilterCheckpoint), so the
// energy dashboard and the report resume the filter a few months back instead of running it over
// all history on every call. The table and its invalidation triggers are migration 4's: a write to
// any input deletes the checkpoints after the day it touches. Checkpoints are derived data, never
// trusted blindly: one is used only if it was written by this filter code (`FILTER_CODE_VERSION`),
// starts at the current first weigh-in, and the triggers are in place on this connection.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import * as formulas from '../../analysis/energyFormulas';
import * as exercise from '../../analysis/exerciseEnergy';
import * as filter from '../../analysis/expenditureFilter';
import type { FilterCheckpoint } from '../../analysis/expenditureFilter';
import * as prior from '../../analysis/expenditurePrior';
import { energyTriggersV4 } from '../../store/migrations/004_energy';
import { addDays } from '../../../shared/dates';
import { statement } from '../../store/statements';

/**
 * What a stored state must have been computed by: the filter's own version number plus a digest of
 * everything in the modules its arithmetic comes from (functions' code and constants), so a change
 * to any of them retires the old checkpoints even if nobody bumps the number.
 */
export const FILTER_CODE_VERSION = (() => {
  const h = createHash('sha256');
  for (const mod of [filter, formulas, exercise, prior] as Record<string, unknown>[]) {
    for (const key of Object.keys(mod).sort()) {
      const v = mod[key];
      h.update(`${key}=${typeof v === 'function' ? String(v) : JSON.stringify(v instanceof Set ? [...v] : v)};`);
    }
  }
  return `${filter.FILTER_VERSION}:${h.digest('hex').slice(0, 16)}`;
})();

/** Checkpoints are kept for month starts at least this far back: recent days are still being logged. */
export const CHECKPOINT_MIN_AGE_DAYS = 60;

/**
 * Whether checkpoints can be trusted: every invalidation trigger exists (checked on each use; it
 * costs a look at the schema). A missing one (e.g. a later migration rebuilt an input table) is
 * re-created and the stored checkpoints are dropped, since writes may have gone unnoticed; if that
 * fails, checkpoints are not used.
 */
export function checkpointsUsable(db: Database.Database): boolean {
  const expected = energyTriggersV4();
  const present = new Set(statement(db, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'energy_stale_%'").pluck().all() as string[]);
  if (expected.every((t) => present.has(t.name))) return true;
  try {
    db.transaction(() => {
      for (const t of expected) db.exec(t.sql);
      db.prepare('DELETE FROM energy_checkpoint').run();
    })();
    return true;
  } catch {
    return false;
  }
}

/** The latest usable checkpoint on or before `latest` for a filter starting at `start`, or null. */
export function latestCheckpoint(db: Database.Database, latest: string, start: string): FilterCheckpoint | null {
  if (!checkpointsUsable(db)) return null;
  const row = statement(db, 'SELECT state FROM energy_checkpoint WHERE version = ? AND date <= ? ORDER BY date DESC LIMIT 1').get(FILTER_CODE_VERSION, latest) as
    | { state: string }
    | undefined;
  if (!row) return null;
  const cp = JSON.parse(row.state) as FilterCheckpoint;
  return cp.start === start ? cp : null;
}

/** Which days a run up to `to` should capture: month starts old enough, after the latest stored. */
export function capturePolicy(db: Database.Database, to: string): ((date: string) => boolean) | undefined {
  if (!checkpointsUsable(db)) return undefined;
  const last = statement(db, 'SELECT MAX(date) AS d FROM energy_checkpoint WHERE version = ?').get(FILTER_CODE_VERSION) as { d: string | null };
  const upTo = addDays(to, -CHECKPOINT_MIN_AGE_DAYS);
  const after = last.d ?? '';
  return (date) => date.endsWith('-01') && date <= upTo && date > after;
}

/**
 * Stores new checkpoints (and drops those of other filter code). Best effort: a call that only reads
 * must not fail because it could not write (another process writing, a read-only file).
 */
export function saveCheckpoints(db: Database.Database, checkpoints: FilterCheckpoint[]): void {
  if (checkpoints.length === 0 || !checkpointsUsable(db)) return;
  try {
    db.transaction(() => {
      statement(db, 'DELETE FROM energy_checkpoint WHERE version != ?').run(FILTER_CODE_VERSION);
      const insert = statement(db, 'INSERT OR REPLACE INTO energy_checkpoint (date, version, state) VALUES (?, ?, ?)');
      for (const cp of checkpoints) insert.run(cp.date, FILTER_CODE_VERSION, JSON.stringify(cp));
    })();
  } catch {
    // Checkpoints are a cache: the next call captures them again.
  }
}
