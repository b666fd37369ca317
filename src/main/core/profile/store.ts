// Every SQL statement of the profile domain: the one profile row in, a Profile out.
import type Database from 'better-sqlite3';
import type { Profile } from '../../../shared/contract/profile';
import { statement } from '../../store/statements';
import { recordChange } from '../changes';

interface ProfileRow {
  sex: 'male' | 'female';
  birth_date: string;
  height_cm: number;
  weight_unit: 'kg' | 'lb';
  distance_unit: 'km' | 'mi';
  week_start: 'monday' | 'sunday';
  activity_level: Profile['activityLevel'];
  body_fat_pct: number | null;
  hr_rest: number | null;
  hr_max: number | null;
  hr_threshold: number | null;
  hr_lt1: number | null;
}

export function readProfile(db: Database.Database): Profile | null {
  const r = statement(db, 'SELECT * FROM profile WHERE id = 1').get() as ProfileRow | undefined;
  if (!r) return null;
  return {
    sex: r.sex,
    birthDate: r.birth_date,
    heightCm: r.height_cm,
    weightUnit: r.weight_unit,
    distanceUnit: r.distance_unit,
    weekStart: r.week_start,
    activityLevel: r.activity_level,
    bodyFatPct: r.body_fat_pct,
    hrRest: r.hr_rest,
    hrMax: r.hr_max,
    hrThreshold: r.hr_threshold,
    hrLt1: r.hr_lt1,
  };
}

/** Creates or replaces the profile. Sex, age, height and body fat reach every day's expenditure estimate. */
export function writeProfile(db: Database.Database, profile: Profile, updatedAt: string): void {
  statement(
    db,
    `INSERT INTO profile (id, sex, birth_date, height_cm, weight_unit, distance_unit, week_start, activity_level,
           body_fat_pct, hr_rest, hr_max, hr_threshold, hr_lt1, updated_at)
         VALUES (1, @sex, @birthDate, @heightCm, @weightUnit, @distanceUnit, @weekStart, @activityLevel,
           @bodyFatPct, @hrRest, @hrMax, @hrThreshold, @hrLt1, @updatedAt)
         ON CONFLICT(id) DO UPDATE SET sex=excluded.sex, birth_date=excluded.birth_date, height_cm=excluded.height_cm,
           weight_unit=excluded.weight_unit, distance_unit=excluded.distance_unit, week_start=excluded.week_start,
           activity_level=excluded.activity_level, body_fat_pct=excluded.body_fat_pct, hr_rest=excluded.hr_rest,
           hr_max=excluded.hr_max, hr_threshold=excluded.hr_threshold, hr_lt1=excluded.hr_lt1, updated_at=excluded.updated_at`,
  ).run({ ...profile, updatedAt });
  recordChange(db, 'all');
}

/** Whether a profile was ever saved (the demo goes only into an empty database). */
export function hasProfile(db: Database.Database): boolean {
  return (statement(db, 'SELECT EXISTS(SELECT 1 FROM profile) AS n').get() as { n: number }).n === 1;
}
