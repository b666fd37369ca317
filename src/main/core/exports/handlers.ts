import { AppError } from '../../errors';
import type { DomainHandlers } from '../handlerTypes';
import { createExport, nextExportPath } from './create';

export const exportHandlers: DomainHandlers<'export.create'> = {
  'export.create': (input, ctx, call) => {
    if (!call) throw new AppError('internal', 'export.create runs only through dispatch.');
    if (ctx.dbPath === ':memory:') throw new AppError('invalid_input', 'An in-memory database has no folder to export into.');
    return createExport(ctx, call, input.format, nextExportPath(ctx.dbPath, input.format));
  },
};
