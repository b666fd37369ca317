import { call, weightAndProfileCore } from '../call';
import type { Profile, ProfilePatch } from '../../../shared/contract/profile';
import { decimalInt, num, str } from '../args';
import type { Command } from '../types';

function describe(p: Profile | null): string {
  if (!p) return 'No profile yet. Set one with: hybrid-planner profile set --sex male|female --birth-date YYYY-MM-DD --height-cm N';
  return [
    `Sex:            ${p.sex}`,
    `Birth date:     ${p.birthDate}`,
    `Height:         ${p.heightCm} cm`,
    `Units:          ${p.weightUnit}, ${p.distanceUnit}`,
    `Week starts:    ${p.weekStart}`,
    `Activity level: ${p.activityLevel}`,
    `Body fat:       ${p.bodyFatPct ?? '—'}${p.bodyFatPct != null ? ' %' : ''}`,
    `Heart rate:     rest ${p.hrRest ?? '—'}, max ${p.hrMax ?? '—'}, threshold ${p.hrThreshold ?? '—'}, first threshold ${p.hrLt1 ?? '—'} bpm`,
  ].join('\n');
}

export const profileCommands: Command[] = [
  {
    path: ['profile', 'set'],
    summary: 'Create or update the profile (any subset of fields after the first call).',
    usage:
      'profile set --sex male|female --birth-date YYYY-MM-DD --height-cm N [--weight-unit kg|lb] [--distance-unit km|mi] [--week-start monday|sunday] [--activity sedentary|light|moderate|active|very-active] [--body-fat PCT] [--hr-rest N] [--hr-max N] [--hr-threshold N] [--hr-lt1 N]',
    options: {
      sex: { type: 'string' },
      'birth-date': { type: 'string' },
      'height-cm': { type: 'string' },
      'weight-unit': { type: 'string' },
      'distance-unit': { type: 'string' },
      'week-start': { type: 'string' },
      activity: { type: 'string' },
      'body-fat': { type: 'string' },
      'hr-rest': { type: 'string' },
      'hr-max': { type: 'string' },
      'hr-threshold': { type: 'string' },
      'hr-lt1': { type: 'string' },
    },
    core: weightAndProfileCore,
    run({ ctx, values, print }) {
      const patch: Record<string, unknown> = {
        sex: str(values, 'sex'),
        birthDate: str(values, 'birth-date'),
        heightCm: num(values, 'height-cm'),
        weightUnit: str(values, 'weight-unit'),
        distanceUnit: str(values, 'distance-unit'),
        weekStart: str(values, 'week-start'),
        activityLevel: str(values, 'activity'),
        bodyFatPct: num(values, 'body-fat'),
        hrRest: decimalInt(values, 'hr-rest'),
        hrMax: decimalInt(values, 'hr-max'),
        hrThreshold: decimalInt(values, 'hr-threshold'),
        hrLt1: decimalInt(values, 'hr-lt1'),
      };
      for (const k of Object.keys(patch)) if (patch[k] === undefined) delete patch[k];
      const p = call(ctx, 'profile.set', patch as ProfilePatch);
      print(p, () => `Profile saved.\n${describe(p)}`);
    },
  },
  {
    path: ['profile', 'show'],
    summary: 'Show the profile.',
    usage: 'profile show',
    options: {},
    core: weightAndProfileCore,
    run({ ctx, print }) {
      const p = call(ctx, 'profile.get', {});
      print(p, () => describe(p));
    },
  },
];
