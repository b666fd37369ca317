import { z } from 'zod';
import { DateRange, Day, Id, method } from './common';

export const WEIGHT_MIN_KG = 20;
export const WEIGHT_MAX_KG = 400;

const weightKg = z
  .number({ error: (iss) => (iss.input === undefined ? 'weight is required' : 'weight must be a number') })
  .finite({ message: 'weight must be a number' })
  .min(WEIGHT_MIN_KG, { message: `weight must be between ${WEIGHT_MIN_KG} and ${WEIGHT_MAX_KG} kg` })
  .max(WEIGHT_MAX_KG, { message: `weight must be between ${WEIGHT_MIN_KG} and ${WEIGHT_MAX_KG} kg` });

const bodyFatPct = z
  .number({ error: 'body fat must be a number (%)' })
  .min(3, { message: 'body fat must be between 3 and 60 %' })
  .max(60, { message: 'body fat must be between 3 and 60 %' });

export const WeighIn = z.object({
  id: Id,
  date: Day,
  weightKg: z.number(),
  bodyFatPct: z.number().nullable(),
});
export type WeighIn = z.infer<typeof WeighIn>;

export const WeightDay = z.object({
  date: Day,
  /** Mean of the day's weigh-ins, null when none. */
  weightKg: z.number().nullable(),
  /** Hacker's Diet trend (science.md §2), defined from the first weigh-in on. */
  trendKg: z.number().nullable(),
});
export type WeightDay = z.infer<typeof WeightDay>;

export const weightMethods = {
  'weight.add': method(
    'Log a weigh-in (several on one date are averaged).',
    z.object({ date: Day, weightKg, bodyFatPct: bodyFatPct.nullable().optional() }).strict(),
    WeighIn,
  ),
  'weight.update': method(
    'Edit a weigh-in.',
    z.object({ id: Id, date: Day.optional(), weightKg: weightKg.optional(), bodyFatPct: bodyFatPct.nullable().optional() }).strict(),
    WeighIn,
  ),
  'weight.delete': method('Delete a weigh-in; returns it so the UI can undo.', z.object({ id: Id }).strict(), WeighIn),
  'weight.list': method('Weigh-ins, newest first.', DateRange, z.array(WeighIn)),
  'weight.trend': method(
    'Daily weight and trend over a range (trend carried from the first weigh-in ever).',
    DateRange,
    z.object({ from: Day, to: Day, days: z.array(WeightDay) }),
  ),
};
