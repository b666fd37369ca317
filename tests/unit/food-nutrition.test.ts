import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_TARGETS, dayTargets } from '../../src/main/analysis/nutritionTargets';
import type { CoreContext } from '../../src/main/core/context';
import { call, dispatch } from '../../src/main/core/dispatch';
import { weightSeries } from '../../src/main/core/weight/handlers';
import { targetWeight } from '../../src/main/core/diary/handlers';
import { addDays } from '../../src/shared/dates';
import { foodTestContext } from './food-helpers';

const REST = { doneMin: 0, plannedMin: 0 };
const HOUR = { doneMin: 60, plannedMin: 0 };
const W80 = { kg: 80, basis: 'trend' as const };

describe('dayTargets (pure)', () => {
  it('gives protein 1.6–2.2 g/kg (Morton 2018): 80 kg → 128–176 g (science.md §4)', () => {
    const t = dayTargets(DEFAULT_TARGETS, W80, null, HOUR);
    expect(t.proteinG).toMatchObject({ min: 128, max: 176 });
    expect(t.proteinG!.source).toMatch(/Morton/);
    expect(t.fatG).toBeNull(); // needs an energy target
    expect(t.energyKcal).toBeNull();
    expect(t.basis.energy).toMatchObject({ kind: 'none', note: expect.stringMatching(/no target yet/) });
    expect(t.basis.protein.note).toBe('Protein 1.6–2.2 g/kg × 80 kg (weight trend): Morton et al. 2018, Br J Sports Med 52:376.');
    expect(t.basis.fat.note).toBe('Fat 20–35 % of energy (needs an energy target): IOM 2005 Acceptable Macronutrient Distribution Range.');
    const own = dayTargets({ ...DEFAULT_TARGETS, proteinGPerKg: { min: 2, max: 2.4 } }, { kg: null, basis: null }, null, HOUR);
    expect(own.basis.protein).toMatchObject({ kind: 'set', note: 'Protein 2–2.4 g/kg: log a weigh-in for a target in grams (the band you set).' });
  });

  it('gives carbohydrate by the day’s training time, Thomas, Erdman & Burke 2016 (via carbohydrateBand)', () => {
    const carbs = (training: { doneMin: number; plannedMin: number }) => dayTargets(DEFAULT_TARGETS, W80, null, training);
    // rest day: light 3–5 g/kg; about an hour 5–7; 1–3 h 6–10; over 3 h 8–12 (× 80 kg)
    expect(carbs(REST).carbsG).toMatchObject({ min: 240, max: 400 });
    expect(carbs(HOUR).carbsG).toMatchObject({ min: 400, max: 560 });
    expect(carbs({ doneMin: 45, plannedMin: 75 }).carbsG).toMatchObject({ min: 480, max: 800 });
    expect(carbs({ doneMin: 0, plannedMin: 200 }).carbsG).toMatchObject({ min: 640, max: 960 });
    const t = carbs({ doneMin: 45, plannedMin: 75 });
    expect(t.carbsG!.source).toMatch(/Thomas, Erdman & Burke 2016.*1–3 h/);
    expect(t.basis.carbs).toMatchObject({ kind: 'training', gPerKg: { min: 6, max: 10 }, trainingMin: 120, plannedMin: 75, load: 'high' });
    expect(t.basis.carbs.note).toBe('Carbohydrate 6–10 g/kg for 1–3 h of training a day: 45 min done, 75 min planned on this day. Thomas, Erdman & Burke 2016.');
    expect(carbs(REST).basis.carbs.note).toMatch(/light training \(under 45 min\/day\): no training on this day\./);
    // A band the user set wins over the training.
    const set = dayTargets({ ...DEFAULT_TARGETS, carbsGPerKg: { min: 4, max: 5 } }, W80, null, { doneMin: 200, plannedMin: 0 });
    expect(set.carbsG).toMatchObject({ min: 320, max: 400 });
    expect(set.basis.carbs).toMatchObject({ kind: 'set', note: 'Carbohydrate 4–5 g/kg: the band you set.' });
  });

  it('takes the energy target from the expenditure estimate unless one is set, and fat 20–35 % of it at 9 kcal/g', () => {
    const estimate = { kcal: 2696.4, lowKcal: 2400, highKcal: 3000, adaptive: true, formula: 'mifflin' as const, asOf: '2026-11-26' };
    const t = dayTargets(DEFAULT_TARGETS, W80, estimate, HOUR);
    expect(t.energyKcal).toBe(2700); // to the nearest 10 kcal
    expect(t.fatG).toMatchObject({ min: 60, max: 105 });
    expect(t.basis.energy.kind).toBe('expenditure');
    expect(t.basis.energy.note).toMatch(/^Energy 2,700 kcal: your estimated expenditure \(95 % band 2,400–3,000\), learned from your logged food and weight trend/);
    expect(dayTargets(DEFAULT_TARGETS, W80, { ...estimate, adaptive: false }, HOUR).basis.energy.note).toMatch(/Mifflin–St Jeor formula × your activity level/);
    const set = dayTargets({ ...DEFAULT_TARGETS, energyKcal: 2200 }, { kg: null, basis: null }, estimate, HOUR);
    expect(set.energyKcal).toBe(2200);
    expect(set.basis.energy).toMatchObject({ kind: 'set', note: 'Energy 2,200 kcal: the target you set.' });
    expect(set.proteinG).toBeNull(); // needs a body weight
  });
});

const TODAY = '2026-11-26';
let ctx: CoreContext;
beforeEach(() => {
  ctx = foodTestContext(TODAY);
});
afterEach(() => ctx.db.close());

describe('nutrition.day', () => {
  it('uses the weight trend for per-kg targets and sums micronutrients against FDA 2016 daily values', () => {
    call(ctx, 'weight.add', { date: '2026-11-20', weightKg: 80 });
    call(ctx, 'meal.add', { date: TODAY, meal: 'Lunch', food: { id: '05064', qty: 200, unit: 'g' } });
    call(ctx, 'meal.add', { date: TODAY, meal: 'Snacks', quick: { kcal: 100 } });
    const d = call(ctx, 'nutrition.day', { date: TODAY });
    expect(d.weightKg).toBe(80);
    expect(d.weightBasis).toBe('trend');
    expect(d.targets.proteinG).toMatchObject({ min: 128, max: 176 });
    expect(d.totals).toMatchObject({ kcal: 430, proteinG: 62.04 });
    const iron = d.nutrients.find((n) => n.key === 'ironMg')!;
    expect(iron.amount).toBe(2.08); // 1.04 mg/100 g × 2
    expect(iron.entriesWithout).toBe(1); // the quick add
    expect(iron.percentDv).toBe(11.6); // of 18 mg
    const vitA = d.nutrients.find((n) => n.key === 'vitaminAIu')!;
    expect(vitA.percentDv).toBeNull();
    expect(vitA.dvNote).toMatch(/IU/);
    expect(d.dailyValuesSource).toMatch(/FDA 2016/);
    expect(d.nutrients.find((n) => n.key === 'vitaminDUg')!.amount).toBe(0.25); // 5 IU/100 g → 0.125 µg
  });

  it('has no per-kg targets before any weigh-in and applies targets the user sets', () => {
    expect(call(ctx, 'nutrition.day', { date: TODAY }).targets.proteinG).toBeNull();
    call(ctx, 'nutrition.setTargets', { energyKcal: 2500, proteinGPerKg: { min: 1.8, max: 2.0 } });
    call(ctx, 'weight.add', { date: TODAY, weightKg: 70 });
    const t = call(ctx, 'nutrition.day', { date: TODAY }).targets;
    expect(t).toMatchObject({ energyKcal: 2500, proteinG: { min: 126, max: 140 }, fatG: { min: 55.6, max: 97.2 } });
    expect(dispatch(ctx, 'nutrition.setTargets', { energyKcal: 100 })).toMatchObject({ ok: false, error: { field: 'energyKcal', message: expect.stringMatching(/between 800 and 8000/) } });
    expect(dispatch(ctx, 'nutrition.setTargets', { proteinGPerKg: { min: 3, max: 2 } })).toMatchObject({ ok: false, error: { field: 'proteinGPerKg' } });
  });

  it('takes the same weight trend as the full history (a 150-day window is enough)', () => {
    // Two years of weigh-ins with gaps, drifting from 90 to 75 kg.
    for (let i = 0; i < 730; i += 1 + (i % 5)) call(ctx, 'weight.add', { date: addDays(TODAY, -i), weightKg: 75 + (15 * i) / 730 + ((i * 7) % 3) * 0.3 });
    for (const date of [TODAY, addDays(TODAY, -200), addDays(TODAY, -400)]) {
      const full = weightSeries(ctx.db, date, date)[0].trendKg!;
      expect(targetWeight(ctx, date).weightKg).toBe(Math.round(full * 10) / 10);
    }
  });
});

describe('targets that follow the data', () => {
  const profile = () => call(ctx, 'profile.set', { sex: 'male', birthDate: '1992-05-14', heightCm: 180, activityLevel: 'moderate' });

  it('uses the energy domain’s expenditure estimate for the day until a target is set, and again after it is cleared', () => {
    expect(call(ctx, 'nutrition.day', { date: TODAY }).targetBasis.energy.kind).toBe('none');
    profile();
    for (let i = 20; i >= 0; i--) {
      const date = addDays(TODAY, -i);
      if (i % 2 === 0) call(ctx, 'weight.add', { date, weightKg: 80 - i * 0.02 });
      call(ctx, 'meal.add', { date, meal: 'Lunch', quick: { kcal: 2600, proteinG: 150 } });
    }
    const dash = call(ctx, 'energy.dashboard', { from: TODAY, to: TODAY });
    const day = call(ctx, 'nutrition.day', { date: TODAY });
    expect(day.targetBasis.energy.kind).toBe('expenditure');
    expect(day.targetBasis.energy.estimate).toMatchObject({ kcal: dash.latest.tdeeKcal, adaptive: dash.latest.adaptive, formula: 'mifflin', asOf: TODAY });
    expect(day.targets.energyKcal).toBe(Math.round(dash.latest.tdeeKcal! / 10) * 10);
    expect(day.targets.fatG!.min).toBeCloseTo((day.targets.energyKcal! * 0.2) / 9, 1);
    // A past day gets that day's estimate; a day ahead gets today's.
    const past = addDays(TODAY, -10);
    expect(call(ctx, 'nutrition.day', { date: past }).targetBasis.energy.estimate!.kcal).toBe(call(ctx, 'energy.dashboard', { from: past, to: past }).latest.tdeeKcal);
    expect(call(ctx, 'nutrition.day', { date: addDays(TODAY, 3) }).targetBasis.energy.estimate).toMatchObject({ kcal: dash.latest.tdeeKcal, asOf: TODAY });
    // The cached estimate follows new data: a heavier weigh-in today changes it.
    call(ctx, 'weight.add', { date: TODAY, weightKg: 81.5 });
    expect(call(ctx, 'nutrition.day', { date: TODAY }).targetBasis.energy.estimate!.kcal).toBe(call(ctx, 'energy.dashboard', { from: TODAY, to: TODAY }).latest.tdeeKcal);

    call(ctx, 'nutrition.setTargets', { energyKcal: 2300 });
    expect(call(ctx, 'nutrition.day', { date: TODAY })).toMatchObject({ targets: { energyKcal: 2300 }, targetBasis: { energy: { kind: 'set' } } });
    expect(call(ctx, 'nutrition.targets', {}).energyKcal).toBe(2300);
    call(ctx, 'nutrition.setTargets', { energyKcal: null });
    expect(call(ctx, 'nutrition.day', { date: TODAY }).targetBasis.energy.kind).toBe('expenditure');
  });

  it('follows the day’s logged and planned training for carbohydrate; mobility and missed plans do not count', () => {
    call(ctx, 'weight.add', { date: '2026-11-20', weightKg: 80 });
    const carbs = (date: string) => call(ctx, 'nutrition.day', { date }).targets.carbsG;
    expect(carbs(TODAY)).toMatchObject({ min: 240, max: 400 }); // rest: 3–5 g/kg
    call(ctx, 'session.add', { date: TODAY, start: '07:00', kind: 'zone2', modality: 'run', minutes: 50, rpe: 4 });
    call(ctx, 'session.add', { date: TODAY, start: '18:00', kind: 'mobility', minutes: 40, rpe: 2 });
    expect(carbs(TODAY)).toMatchObject({ min: 400, max: 560 }); // 50 min: about 1 h, 5–7 g/kg
    call(ctx, 'session.add', { date: TODAY, start: '17:00', kind: 'heavy-lower', minutes: 60, rpe: 8, planned: true });
    expect(carbs(TODAY)).toMatchObject({ min: 480, max: 800 }); // 110 min with the planned one: 6–10 g/kg
    expect(call(ctx, 'nutrition.day', { date: TODAY }).targetBasis.carbs).toMatchObject({ trainingMin: 110, plannedMin: 60, load: 'high' });
    // Tomorrow's long run, planned: 3.5 h → 8–12 g/kg.
    const tomorrow = addDays(TODAY, 1);
    call(ctx, 'session.add', { date: tomorrow, start: '08:00', kind: 'long', modality: 'run', minutes: 210, rpe: 6, planned: true });
    expect(carbs(tomorrow)).toMatchObject({ min: 640, max: 960 });
    // A plan for a past day that was never done did not happen.
    const yesterday = addDays(TODAY, -1);
    call(ctx, 'session.add', { date: yesterday, start: '08:00', kind: 'long', modality: 'run', minutes: 150, rpe: 6, planned: true });
    expect(carbs(yesterday)).toMatchObject({ min: 240, max: 400 });
    // A band the user sets holds whatever the training; null follows the training again.
    call(ctx, 'nutrition.setTargets', { carbsGPerKg: { min: 4, max: 6 } });
    expect(carbs(tomorrow)).toMatchObject({ min: 320, max: 480 });
    call(ctx, 'nutrition.setTargets', { carbsGPerKg: null });
    expect(carbs(tomorrow)).toMatchObject({ min: 640, max: 960 });
  });

  it('reads targets stored before they could follow the data: the old fixed 5–7 g/kg was never chosen', () => {
    const store = (v: unknown) => ctx.db.prepare("INSERT INTO settings (key, value) VALUES ('nutrition.targets', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(JSON.stringify(v));
    store({ energyKcal: 2500, proteinGPerKg: { min: 1.6, max: 2.2 }, carbsGPerKg: { min: 5, max: 7 }, fatPctEnergy: { min: 20, max: 35 } });
    expect(call(ctx, 'nutrition.targets', {})).toMatchObject({ energyKcal: 2500, carbsGPerKg: null });
    store({ energyKcal: null, proteinGPerKg: { min: 1.6, max: 2.2 }, carbsGPerKg: { min: 4, max: 6 }, fatPctEnergy: { min: 20, max: 35 } });
    expect(call(ctx, 'nutrition.targets', {})).toMatchObject({ energyKcal: null, carbsGPerKg: { min: 4, max: 6 } });
    // Written now, a chosen 5–7 stays chosen.
    call(ctx, 'nutrition.setTargets', { carbsGPerKg: { min: 5, max: 7 } });
    expect(call(ctx, 'nutrition.targets', {}).carbsGPerKg).toEqual({ min: 5, max: 7 });
  });
});
