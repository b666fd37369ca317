import type { Profile } from '../../../shared/contract/profile';
import { ageOn } from '../../../shared/dates';
import { AppError, invalid } from '../../errors';
import type { DomainHandlers } from '../handlerTypes';
import { readProfile, writeProfile } from './store';

const DEFAULTS = { weightUnit: 'kg', distanceUnit: 'km', weekStart: 'monday', activityLevel: 'moderate', bodyFatPct: null, hrRest: null, hrMax: null, hrThreshold: null, hrLt1: null } as const;

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
    // The first threshold sits below the second and above rest (the screen asks for them in that order).
    if (next.hrLt1 != null && next.hrThreshold != null && next.hrLt1 >= next.hrThreshold) {
      throw invalid('hrLt1', 'The first-threshold heart rate (top of easy effort) must be below the threshold heart rate of a hard 30-minute effort.');
    }
    if (next.hrLt1 != null && next.hrMax != null && next.hrLt1 >= next.hrMax) {
      throw invalid('hrLt1', 'The first-threshold heart rate must be below maximum heart rate.');
    }
    if (next.hrLt1 != null && next.hrRest != null && next.hrLt1 <= next.hrRest) {
      throw invalid('hrLt1', 'The first-threshold heart rate must be above resting heart rate.');
    }
    writeProfile(ctx.db, next, ctx.now().toISOString());
    const saved = readProfile(ctx.db);
    if (!saved) throw new AppError('internal', 'The profile could not be saved.');
    return saved;
  },
};
