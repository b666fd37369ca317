import { z } from 'zod';
import { Day, Empty, method } from './common';

// Backups of the database file: taken automatically (on start, and after writes at most every few
// minutes), by hand, and restored with a preview first. They live in a folder next to the database.

export const BackupReason = z.enum(['auto', 'manual', 'before-restore']);

export const BackupInfo = z.object({
  /** The file name inside the backups folder (what restore and preview take). */
  name: z.string(),
  path: z.string(),
  /** When it was taken (UTC, ISO 8601). */
  takenAt: z.string(),
  reason: BackupReason,
  bytes: z.number().int(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const BackupCounts = z.object({
  weighIns: z.number().int(),
  diaryEntries: z.number().int(),
  diaryDays: z.number().int(),
  customFoods: z.number().int(),
  recipes: z.number().int(),
  sessions: z.number().int(),
  sets: z.number().int(),
  sleepNights: z.number().int(),
  routines: z.number().int(),
  templates: z.number().int(),
});

/** What a backup holds, shown before it replaces the live database. */
export const BackupPreview = z.object({
  path: z.string(),
  schemaVersion: z.number().int(),
  hasProfile: z.boolean(),
  counts: BackupCounts,
  /** The first and last day with anything logged; null when nothing is. */
  from: Day.nullable(),
  to: Day.nullable(),
});
export type BackupPreview = z.infer<typeof BackupPreview>;

export const MAX_KEEP = 100;
const keep = z
  .number({ error: 'keep must be a whole number from 1 to 100' })
  .int({ message: 'keep must be a whole number from 1 to 100' })
  .min(1, { message: 'keep must be at least 1' })
  .max(MAX_KEEP, { message: `keep must be at most ${MAX_KEEP}` });
const name = z.string({ error: 'name must be a backup file name' }).min(1).max(200, { message: 'name must be at most 200 characters' });

export const backupMethods = {
  'backup.create': method('Back up the database now, into the backups folder next to it.', Empty, BackupInfo),
  'backup.list': method(
    'The backups next to the database, newest first, and how many are kept.',
    Empty,
    z.object({ folder: z.string(), keep: z.number().int(), backups: z.array(BackupInfo) }),
  ),
  'backup.preview': method('What a backup in the backups folder holds: counts per kind, date range, schema version.', z.object({ name }).strict(), BackupPreview),
  'backup.restore': method(
    'Replace the database with a backup from the backups folder (the current one is backed up first).',
    z.object({ name }).strict(),
    z.object({ restored: BackupPreview, previous: BackupInfo }),
  ),
  'backup.setKeep': method('How many backups to keep (the oldest beyond that are deleted).', z.object({ keep }).strict(), z.object({ keep: z.number().int() })),
};
