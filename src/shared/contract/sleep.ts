import { z } from 'zod';
import { Day, Id, method } from './common';
import { TimeOfDay } from './training';

// The sleep log: one night per wake-up day (the night belongs to the day you wake up).

const hours = z
  .number({ error: (iss) => (iss.input === undefined ? 'hours is required' : 'hours must be a number') })
  .finite({ message: 'hours must be a number' })
  .gt(0, { message: 'hours asleep must be more than 0' })
  .max(20, { message: 'hours asleep must be at most 20' });
const quality = z
  .number({ error: 'quality must be a number from 1 to 5' })
  .int({ message: 'quality must be a whole number from 1 to 5' })
  .min(1, { message: 'quality must be from 1 to 5' })
  .max(5, { message: 'quality must be from 1 to 5' });
const notes = z.string({ error: 'notes must be text' }).max(2000, { message: 'notes must be at most 2000 characters' });

export const SleepNight = z.object({
  id: Id,
  /** The wake-up day. */
  date: Day,
  bedDate: Day,
  bed: z.string(),
  wake: z.string(),
  /** Hours asleep: as entered, or the time in bed when not entered. */
  hours: z.number(),
  hoursEntered: z.boolean(),
  inBedHours: z.number(),
  quality: z.number().int().nullable(),
  notes: z.string().nullable(),
});
export type SleepNight = z.infer<typeof SleepNight>;

export const sleepMethods = {
  'sleep.add': method(
    'Log a night (date = the day you woke up). Hours asleep default to the time in bed.',
    z
      .object({
        date: Day,
        bed: TimeOfDay('bedtime'),
        wake: TimeOfDay('wake time'),
        /** The bedtime's day when it is not the evening before (or the same day after midnight). */
        bedDate: Day.optional(),
        hours: hours.nullable().optional(),
        quality: quality.nullable().optional(),
        notes: notes.nullable().optional(),
      })
      .strict(),
    SleepNight,
  ),
  'sleep.update': method(
    'Edit a night.',
    z
      .object({
        id: Id,
        date: Day.optional(),
        bed: TimeOfDay('bedtime').optional(),
        wake: TimeOfDay('wake time').optional(),
        bedDate: Day.optional(),
        hours: hours.nullable().optional(),
        quality: quality.nullable().optional(),
        notes: notes.nullable().optional(),
      })
      .strict(),
    SleepNight,
  ),
  'sleep.delete': method('Delete a night; returns it.', z.object({ id: Id }).strict(), SleepNight),
  'sleep.list': method(
    'Nights, newest first (default: all).',
    z
      .object({ from: Day.optional(), to: Day.optional() })
      .strict()
      .refine((r) => !r.from || !r.to || r.from <= r.to, { message: '"from" must not be after "to"', path: ['from'] }),
    z.array(SleepNight),
  ),
};
