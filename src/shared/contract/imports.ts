import { z } from 'zod';
import { Day, Empty, Id, method } from './common';

// Imports: a file is read in the background (preview → progress), shown as a preview (what would be
// added, duplicates, rejected rows, the unit question), then committed in one transaction or cancelled;
// each import is a batch in the history and can be undone.

const column = z.string().max(200).nullable();
export const ColumnMapping = z
  .object({ date: column, weight: column, bodyFat: column, sleepHours: column, bed: column, wake: column })
  .strict();

export const ImportCounts = z.object({
  weighIns: z.number().int(),
  nights: z.number().int(),
  foodEntries: z.number().int(),
  foodDays: z.number().int(),
  sessions: z.number().int(),
  sets: z.number().int(),
  newExercises: z.number().int(),
});

export const ImportPreview = z.object({
  counts: ImportCounts,
  from: Day.nullable(),
  to: Day.nullable(),
  /** The file gives weights without a unit: commit needs `unit`. */
  questions: z.array(z.object({ id: z.literal('unit'), text: z.string(), options: z.array(z.enum(['kg', 'lb'])) })),
  duplicates: z.object({ inDatabase: z.number().int(), inFile: z.number().int(), examples: z.array(z.string()) }),
  /** Rows not imported, with their line in the file (the first 200). */
  rejected: z.array(z.object({ line: z.number().int(), reason: z.string() })),
  rejectedCount: z.number().int(),
  newExercises: z.array(z.string()),
  /** This very file was imported before (and not undone). */
  alreadyImported: z.object({ batchId: Id, createdAt: z.string() }).nullable(),
  /** For a CSV whose columns the user maps: its columns and the mapping used. */
  mapping: z.object({ columns: z.array(z.string()), mapping: ColumnMapping }).nullable(),
});

export const ImportJob = z.object({
  jobId: z.string(),
  fileName: z.string(),
  status: z.enum(['parsing', 'ready', 'failed', 'cancelled', 'committed']),
  format: z.object({ id: z.string(), label: z.string() }).nullable(),
  progress: z.object({ bytes: z.number(), totalBytes: z.number().nullable(), records: z.number().int() }),
  error: z.string().nullable(),
  preview: ImportPreview.nullable(),
});
export type ImportJob = z.infer<typeof ImportJob>;

export const ImportBatch = z.object({
  id: Id,
  format: z.string(),
  /** The format's name as the import screen lists it. */
  formatLabel: z.string(),
  fileName: z.string(),
  createdAt: z.string(),
  counts: z.record(z.string(), z.number()),
  undoneAt: z.string().nullable(),
});
export type ImportBatch = z.infer<typeof ImportBatch>;

const jobId = z.string({ error: 'jobId is required' }).min(1).max(100);

export const importsMethods = {
  'imports.formats': method('The formats imports read, by name.', Empty, z.array(z.string())),
  'imports.preview': method(
    'Start reading a file (a path, or an uploaded file in browser mode); poll imports.progress for its preview.',
    z
      .object({
        path: z.string().min(1).max(4096).optional(),
        uploadId: z.string().min(1).max(100).optional(),
        mapping: ColumnMapping.optional(),
      })
      .strict()
      .refine((i) => (i.path === undefined) !== (i.uploadId === undefined), { message: 'give either path or uploadId', path: ['path'] }),
    ImportJob,
  ),
  'imports.progress': method('How reading a file goes; its preview once read.', z.object({ jobId }).strict(), ImportJob),
  'imports.cancel': method('Stop reading a file, or drop its preview; nothing is written.', z.object({ jobId }).strict(), ImportJob),
  'imports.commit': method(
    'Write a previewed file in one transaction; unit answers a file that gives weights without one.',
    z.object({ jobId, unit: z.enum(['kg', 'lb'], { error: 'unit must be kg or lb' }).optional() }).strict(),
    z.object({ batch: ImportBatch.nullable(), counts: z.record(z.string(), z.number()) }),
  ),
  'imports.list': method('Every import, newest first.', Empty, z.array(ImportBatch)),
  'imports.undo': method('Remove everything an import added.', z.object({ batchId: Id }).strict(), z.object({ batch: ImportBatch, removed: z.number().int() })),
};
