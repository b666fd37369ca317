import type { ApiErrorShape, ErrorCode } from '../shared/contract';

/** An error meant for the user: it crosses the boundary as {code, message, field}. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toShape(): ApiErrorShape {
    return this.field ? { code: this.code, message: this.message, field: this.field } : { code: this.code, message: this.message };
  }
}

/**
 * The storage failures a user can act on, as messages instead of "internal error": another process
 * holding the write lock past the busy timeout, a read-only file or folder, a full disk.
 */
export function storageError(err: unknown): AppError | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AppError('busy', 'The database is busy — another Hybrid Planner (the app, browser mode or a command) is writing to it. Nothing was changed; try again.');
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new AppError('read_only', 'The database file is read-only (or its folder is), so nothing can be saved. Nothing was changed; check the file\'s permissions or open a copy.');
  }
  if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE' || code === 'SQLITE_IOERR_FSYNC') {
    return new AppError('disk_full', 'The disk is full (or the file could not be written), so nothing was saved. Free some space and try again.');
  }
  return null;
}

/** A transaction lost a race for the write lock (a read that turned into a write, or the lock still held): rerun it, waiting for the lock. */
export const lostWriteRace = (err: unknown): boolean => {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
};

export const invalid = (field: string, message: string): AppError => new AppError('invalid_input', message, field);
export const notFound = (what: string, id: number | string): AppError => new AppError('not_found', `No ${what} with id ${id}.`, 'id');
