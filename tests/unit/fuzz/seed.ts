import { call } from '../../../src/main/core/dispatch';
import type { CoreContext } from '../../../src/main/core/context';

/**
 * A few weeks of every kind of record, so fuzzed ids (small numbers) hit real rows and updates,
 * deletes and reads reach their handlers' deeper paths. Returns the highest id of the bundled foods
 * (custom foods and recipes get higher ones).
 */
export function seedSmallHistory(ctx: CoreContext): number {
  call(ctx, 'foods.build', {});
  const usdaMaxId = ctx.db.prepare('SELECT max(id) FROM food').pluck().get() as number;
  call(ctx, 'profile.set', { sex: 'female', birthDate: '1990-01-01', heightCm: 170 });
  const days = ['2026-11-20', '2026-11-22', '2026-11-24', '2026-11-25', '2026-11-26'];
  days.forEach((date, i) => {
    call(ctx, 'weight.add', { date, weightKg: 70 + i / 2 });
    call(ctx, 'set.add', { date, exercise: i % 2 ? 'Back Squat' : 'bench', weightKg: 60 + 5 * i, reps: 5 });
    call(ctx, 'session.add', { date, start: '18:00', kind: 'zone2', minutes: 45, rpe: 4, distanceKm: 8 });
    call(ctx, 'sleep.add', { date, bed: '22:45', wake: '06:30' });
    call(ctx, 'meal.add', { date, meal: 'Breakfast', food: { id: '01077', qty: 250, unit: 'g' } });
  });
  const whey = call(ctx, 'customFood.create', { name: 'Whey', basis: '100g', nutrients: { energyKcal: 400, proteinG: 80, carbsG: 8, fatG: 6 } });
  call(ctx, 'recipe.create', { name: 'Shake', servings: 1, ingredients: [{ foodId: whey.id, qty: 30, unit: 'g' }, { foodId: '01077', qty: 250, unit: 'g' }] });
  return usdaMaxId;
}
