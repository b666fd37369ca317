import type { Profile } from '../../../shared/contract/profile';
import type Database from 'better-sqlite3';
import { ageOn } from '../../../shared/dates';
import { AppError, invalid } from '../../errors';
import type { DomainHandlers } from '../handlerTypes';

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
}

export function readProfile(db: Database.Database): Profile | null {
  const r = db.prepare('SELECT * FROM profile WHERE id = 1').get() as ProfileRow | undefined;
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
  };
}

const DEFAULTS = { weightUnit: 'kg', distanceUnit: 'km', weekStart: 'monday', activityLevel: 'moderate', bodyFatPct: null, hrRest: null, hrMax: null, hrThreshold: null } as const;

export const profileHandlers: DomainHandlers<'profile.get' | 'profile.set'> = {
  'profile.get': (_input, ctx) => readProfile(ctx.db),
  'profile.set': (patch, ctx) => {
    const current = readProfile(ctx.db);
    if (!current) {
      for (const f of ['sex', 'birthDate', 'heightCm'] as const) {
        if (patch[f] === undefined) throw invalid(f, `The first profile needs ${f === 'heightCm' ? 'a height' : f === 'birthDate' ? 'a birth date' : 'a sex'} (missing "${f}").`);
      }
    }
    const next = { ...DEFAULTS, ...current, ...patch } as Profile;
    if (patch.birthDate !== undefined) {
      const today = ctx.today();
      if (next.birthDate > today) throw invalid('birthDate', 'Birth date is in the future.');
      const age = ageOn(next.birthDate, today);
      if (age < 13 || age > 110) throw invalid('birthDate', `Birth date gives an age of ${age}; the app supports ages 13 to 110.`);
    }
    if (next.hrRest != null && next.hrMax != null && next.hrRest >= next.hrMax) {
      throw invalid('hrRest', 'Resting heart rate must be below maximum heart rate.');
    }
    if (next.hrThreshold != null && next.hrMax != null && next.hrThreshold > next.hrMax) {
      throw invalid('hrThreshold', 'Threshold heart rate cannot exceed maximum heart rate.');
    }
    if (next.hrThreshold != null && next.hrRest != null && next.hrThreshold <= next.hrRest) {
      throw invalid('hrThreshold', 'Threshold heart rate must be above resting heart rate.');
    }
    ctx.db
      .prepare(
        `INSERT INTO profile (id, sex, birth_date, height_cm, weight_unit, distance_unit, week_start, activity_level,
           body_fat_pct, hr_rest, hr_max, hr_threshold, updated_at)
         VALUES (1, @sex, @birthDate, @heightCm, @weightUnit, @distanceUnit, @weekStart, @activityLevel,
           @bodyFatPct, @hrRest, @hrMax, @hrThreshold, @updatedAt)
         ON CONFLICT(id) DO UPDATE SET sex=excluded.sex, birth_date=excluded.birth_date, height_cm=excluded.height_cm,
           weight_unit=excluded.weight_unit, distance_unit=excluded.distance_unit, week_start=excluded.week_start,
           activity_level=excluded.activity_level, body_fat_pct=excluded.body_fat_pct, hr_rest=excluded.hr_rest,
           hr_max=excluded.hr_max, hr_threshold=excluded.hr_threshold, updated_at=excluded.updated_at`,
      )
      .run({ ...next, updatedAt: ctx.now().toISOString() });
    const saved = readProfile(ctx.db);
    if (!saved) throw new AppError('internal', 'The profile could not be saved.');
    return saved;
  },
};
