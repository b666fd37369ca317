// What the welcome asks before anything else, as typed, and the profile it becomes.
import type { Input } from '../../../../shared/contract';

type Patch = Input<'profile.set'>;

export interface Essentials {
  sex: 'male' | 'female' | undefined;
  birthDate: string;
  heightText: string;
  weightUnit: 'kg' | 'lb';
  distanceUnit: 'km' | 'mi';
  weekStart: 'monday' | 'sunday';
}

export const blankEssentials = (): Essentials => ({ sex: undefined, birthDate: '', heightText: '', weightUnit: 'kg', distanceUnit: 'km', weekStart: 'monday' });

/** How the numbers are shown: all the demo takes from the welcome (its athlete is its own). */
export const displayPatch = (e: Essentials): Patch => ({ weightUnit: e.weightUnit, distanceUnit: e.distanceUnit, weekStart: e.weekStart });

/** The whole first profile; the height was checked to be a number by the form ("180" or "180,5"). */
export const profilePatch = (e: Essentials): Patch => ({
  ...displayPatch(e),
  sex: e.sex,
  birthDate: e.birthDate.trim(),
  heightCm: Number(e.heightText.trim().replace(',', '.')),
});
