import { z } from 'zod';
import { method } from './common';

// Everything the user entered, out of the app: a zip of CSVs (one per table) or one JSON file
// (docs/export-format.md). The file is written next to the database, in `<db>.exports/`.

export const ExportFormat = z.enum(['csv', 'json'], { error: 'format must be "csv" (a zip of CSV files) or "json"' });

export const ExportResult = z.object({
  /** The file name inside the exports folder (what browser mode's download takes). */
  name: z.string(),
  path: z.string(),
  format: ExportFormat,
  bytes: z.number().int(),
  /** Rows per table. */
  counts: z.record(z.string(), z.number().int()),
});
export type ExportResult = z.infer<typeof ExportResult>;

export const exportMethods = {
  'export.create': method('Export everything you entered to a zip of CSVs or one JSON file, next to the database.', z.object({ format: ExportFormat }).strict(), ExportResult),
};
