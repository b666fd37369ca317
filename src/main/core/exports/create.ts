import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ExportResult } from '../../../shared/contract/export';
import type { CoreContext } from '../context';
import type { Call } from '../handlerTypes';
import { collectExport } from './collect';
import { TABLE_NAMES } from './tables';
import { writeExport, type ExportFormat } from './write';

/** Where the app's own exports go: `<db>.exports/`, next to the backups folder. */
export const exportFolder = (dbPath: string): string => `${dbPath}.exports`;
export const EXPORT_FILE = /^hybrid-planner-export-\d{8}T\d{9}Z\.(zip|json)$/;

/** Collects everything in one read transaction (one consistent moment), then writes it to `out`. */
export function createExport(ctx: CoreContext, call: Call, format: ExportFormat, out: string): ExportResult {
  const doc = ctx.db.transaction(() => collectExport(ctx, call))();
  const bytes = writeExport(doc, format, out);
  return { name: basename(out), path: out, format, bytes, counts: Object.fromEntries(TABLE_NAMES.map((t) => [t, doc[t].length])) };
}

/** A new file name in the exports folder. */
export function nextExportPath(dbPath: string, format: ExportFormat): string {
  const dir = exportFolder(dbPath);
  mkdirSync(dir, { recursive: true });
  return join(dir, `hybrid-planner-export-${new Date().toISOString().replace(/[-:.]/g, '')}.${format === 'csv' ? 'zip' : 'json'}`);
}
