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

export const invalid = (field: string, message: string): AppError => new AppError('invalid_input', message, field);
export const notFound = (what: string, id: number | string): AppError => new AppError('not_found', `No ${what} with id ${id}.`, 'id');
