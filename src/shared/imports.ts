// The import screen's words: what each count means, shared by the renderer (and usable by the CLI).
import type { z } from 'zod';
import type { ColumnMapping as MappingSchema, ImportCounts } from './contract/imports';

export type ColumnMapping = z.infer<typeof MappingSchema>;

export const COUNT_LABELS: [keyof z.infer<typeof ImportCounts>, string][] = [
  ['weighIns', 'Weigh-ins'],
  ['nights', 'Nights of sleep'],
  ['foodEntries', 'Food entries'],
  ['foodDays', 'Food days'],
  ['sessions', 'Sessions'],
  ['sets', 'Sets'],
  ['newExercises', 'New exercises'],
];

export const MAPPING_FIELDS: [keyof ColumnMapping, string][] = [
  ['date', 'Date (the wake-up day for sleep)'],
  ['weight', 'Weight'],
  ['bodyFat', 'Body fat %'],
  ['sleepHours', 'Hours asleep'],
  ['bed', 'Bedtime'],
  ['wake', 'Wake time'],
];

/** "3.2 MB of 10.0 MB" */
export function bytesText(bytes: number, total: number | null): string {
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  return total ? `${mb(bytes)} of ${mb(total)}` : mb(bytes);
}
