import { z } from 'zod';
import { Day, Empty, method } from './common';

export const Sex = z.enum(['male', 'female']);
export const ActivityLevel = z.enum(['sedentary', 'light', 'moderate', 'active', 'very-active']);
export const WeightUnit = z.enum(['kg', 'lb']);
export const DistanceUnit = z.enum(['km', 'mi']);
export const WeekStart = z.enum(['monday', 'sunday']);

const heartRate = (label: string) =>
  z
    .number({ error: `${label} must be a number (beats per minute)` })
    .int({ message: `${label} must be a whole number of beats per minute` })
    .min(25, { message: `${label} must be between 25 and 250 bpm` })
    .max(250, { message: `${label} must be between 25 and 250 bpm` });

export const Profile = z.object({
  sex: Sex,
  birthDate: Day,
  heightCm: z.number().min(100).max(250),
  weightUnit: WeightUnit,
  distanceUnit: DistanceUnit,
  weekStart: WeekStart,
  activityLevel: ActivityLevel,
  bodyFatPct: z.number().nullable(),
  hrRest: z.number().int().nullable(),
  hrMax: z.number().int().nullable(),
  hrThreshold: z.number().int().nullable(),
  /** First threshold (LT1/VT1): the top of easy, conversational effort, where Zone 2 ends. */
  hrLt1: z.number().int().nullable(),
});
export type Profile = z.infer<typeof Profile>;

/** Any subset of the profile; the first call must include sex, birth date and height. */
export const ProfilePatch = z
  .object({
    sex: z.enum(['male', 'female'], { error: 'sex must be "male" or "female"' }),
    birthDate: Day,
    heightCm: z
      .number({ error: 'height must be a number of centimetres' })
      .min(100, { message: 'height must be between 100 and 250 cm' })
      .max(250, { message: 'height must be between 100 and 250 cm' }),
    weightUnit: z.enum(['kg', 'lb'], { error: 'weight unit must be "kg" or "lb"' }),
    distanceUnit: z.enum(['km', 'mi'], { error: 'distance unit must be "km" or "mi"' }),
    weekStart: z.enum(['monday', 'sunday'], { error: 'week start must be "monday" or "sunday"' }),
    activityLevel: z.enum(['sedentary', 'light', 'moderate', 'active', 'very-active'], {
      error: 'activity level must be one of sedentary, light, moderate, active, very-active',
    }),
    bodyFatPct: z
      .number({ error: 'body fat must be a number (%)' })
      .min(3, { message: 'body fat must be between 3 and 60 %' })
      .max(60, { message: 'body fat must be between 3 and 60 %' })
      .nullable(),
    hrRest: heartRate('resting heart rate').nullable(),
    hrMax: heartRate('maximum heart rate').nullable(),
    hrThreshold: heartRate('threshold heart rate').nullable(),
    hrLt1: heartRate('first-threshold heart rate').nullable(),
  })
  .partial()
  .strict();
export type ProfilePatch = z.infer<typeof ProfilePatch>;

export const profileMethods = {
  'profile.get': method('The profile, or null before it is set.', Empty, Profile.nullable()),
  'profile.set': method('Create or update the profile (any subset of fields).', ProfilePatch, Profile),
};
