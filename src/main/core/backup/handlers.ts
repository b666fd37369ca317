import { rmSync } from 'node:fs';
import type { DomainHandlers } from '../handlerTypes';
import type { CoreContext } from '../context';
import { backupFolder } from '../../store/backupFiles';
import { openDatabaseLike } from '../../store/db';
import { AppError } from '../../errors';
import { backupNamed, createBackup, keepOf, listBackups, previewBackup, pruneBackups } from './backups';
import { writeKeep } from './store';
import { stageRestore, swapIn, type StagedRestore } from './restore';

/**
 * The live connection cannot be closed inside the call's own transaction: the swap runs right after
 * the call returns (a microtask, before any other request is read), and every later call sees the
 * restored database through ctx.db.
 */
function swapLive(ctx: CoreContext, staged: StagedRestore): void {
  const old = ctx.db;
  old.close();
  try {
    ctx.db = swapIn(staged, old);
  } catch (err) {
    ctx.db = openDatabaseLike(ctx.dbPath, old);
    if (process.env.HYBRID_PLANNER_QUIET !== '1') console.error('[hybrid-planner] restore failed, the previous database is back:', (err as Error).message);
  }
}

export const backupHandlers: DomainHandlers<'backup.create' | 'backup.list' | 'backup.preview' | 'backup.restore' | 'backup.setKeep'> = {
  'backup.create': (_input, ctx) => createBackup(ctx.dbPath, 'manual', keepOf(ctx.db), ctx.db),
  'backup.list': (_input, ctx) => ({ folder: backupFolder(ctx.dbPath), keep: keepOf(ctx.db), backups: listBackups(ctx.dbPath) }),
  'backup.preview': (input, ctx) => previewBackup(backupNamed(ctx.dbPath, input.name), ctx.db),
  'backup.restore': (input, ctx) => {
    if (ctx.dbPath === ':memory:') throw new AppError('invalid_input', 'An in-memory database cannot be replaced by a backup.');
    const staged = stageRestore(ctx.dbPath, backupNamed(ctx.dbPath, input.name), keepOf(ctx.db), ctx.db);
    const previous = staged.previous;
    if (!previous) {
      rmSync(staged.staged, { force: true });
      throw new AppError('damaged', `The current database could not be backed up (a copy of it is at ${staged.keptAt}), so it was not replaced; restore from the command line.`);
    }
    queueMicrotask(() => swapLive(ctx, staged));
    return { restored: staged.preview, previous };
  },
  'backup.setKeep': (input, ctx) => {
    writeKeep(ctx.db, input.keep);
    pruneBackups(ctx.dbPath, input.keep);
    return { keep: input.keep };
  },
};
