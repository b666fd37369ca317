// The demo athlete's meals: real SR24 foods in everyday meals. Per day, three numbers are solved so
// the day's totals land on the scenario's energy, protein and fat (carbohydrate follows): a portion
// size factor for all the day's meals, the chicken in the lunch box and the oil used for cooking.
// Days the scenario leaves unlogged get nothing, so the analyses see missing days as missing; today
// has only breakfast, so the demo shows a day in progress.
import type { DemoDay } from '../demo/scenario';
import type { CoreContext } from '../context';
import type { Call } from '../handlerTypes';
import { solve3 } from '../../analysis/solve3';

type Per100 = { kcal: number; p: number; c: number; f: number };
interface Portion {
  id: string;
  grams: number;
}
interface Meal {
  meal: 'Breakfast' | 'Lunch' | 'Dinner' | 'Snacks';
  items: Portion[];
}

const BREAKFASTS: Portion[][] = [
  [{ id: '08120', grams: 80 }, { id: '01077', grams: 250 }, { id: '09040', grams: 118 }, { id: '14209', grams: 240 }],
  [{ id: '01123', grams: 100 }, { id: '18075', grams: 64 }, { id: '09206', grams: 250 }, { id: '14209', grams: 240 }],
  [{ id: '01117', grams: 245 }, { id: '08120', grams: 50 }, { id: '09050', grams: 75 }, { id: '19296', grams: 15 }],
];
const LUNCHES: Portion[][] = [
  [{ id: '20045', grams: 200 }, { id: '11090', grams: 120 }, { id: '11124', grams: 80 }],
  [{ id: '20045', grams: 180 }, { id: '16015', grams: 120 }, { id: '11529', grams: 120 }],
  [{ id: '18075', grams: 96 }, { id: '01009', grams: 20 }, { id: '11529', grams: 80 }],
];
const DINNERS: Portion[][] = [
  [{ id: '15237', grams: 110 }, { id: '11674', grams: 300 }, { id: '11090', grams: 150 }],
  [{ id: '20121', grams: 280 }, { id: '23573', grams: 80 }, { id: '11529', grams: 100 }],
  [{ id: '20045', grams: 250 }, { id: '16015', grams: 130 }, { id: '11457', grams: 60 }],
  [{ id: '11508', grams: 250 }, { id: '01123', grams: 100 }, { id: '11124', grams: 100 }],
];
const SNACKS: Portion[][] = [
  [{ id: '12061', grams: 30 }, { id: '09003', grams: 180 }],
  [{ id: '01009', grams: 30 }, { id: '09003', grams: 180 }],
  [{ id: '16098', grams: 32 }, { id: '09040', grams: 118 }],
];
// Solved per day with the portion factor: chicken or rice (lunch box) and olive oil (cooking).
const CHICKEN = '05064';
const RICE = '20045';
const OIL = '04053';

function planDemoDay(day: DemoDay, per100: (id: string) => Per100): Meal[] {
  const i = day.index;
  const breakfast = BREAKFASTS[i % BREAKFASTS.length];
  const lunch = LUNCHES[(i * 2 + 1) % LUNCHES.length];
  const dinner = DINNERS[(i * 3 + 1) % DINNERS.length];
  const snack = SNACKS[(i * 5 + 2) % SNACKS.length];
  const fixed = { kcal: 0, p: 0, f: 0 };
  for (const it of [...breakfast, ...lunch, ...dinner, ...snack]) {
    const v = per100(it.id);
    fixed.kcal += (v.kcal * it.grams) / 100;
    fixed.p += (v.p * it.grams) / 100;
    fixed.f += (v.f * it.grams) / 100;
  }
  // Unknowns: portion factor s, grams of a balancing food, grams of oil. Rows: kcal, protein, fat.
  // Chicken balances protein; on a low-protein day, extra rice lowers the portion factor instead.
  const o = per100(OIL);
  let plan: { scale: number; food: string; grams: number; oil: number } | null = null;
  for (const food of [CHICKEN, RICE]) {
    const b = per100(food);
    const x = solve3(
      [
        [fixed.kcal, b.kcal / 100, o.kcal / 100],
        [fixed.p, b.p / 100, o.p / 100],
        [fixed.f, b.f / 100, o.f / 100],
      ],
      [day.intakeKcal, day.proteinG, day.fatG],
    );
    if (x && x[0] >= 0.5 && x[0] <= 2.5 && x[1] >= 0 && x[2] >= 0) {
      plan = { scale: x[0], food, grams: x[1], oil: x[2] };
      break;
    }
  }
  if (!plan) throw new Error(`demo: no realistic meals reach the scenario on ${day.date}`);
  const { scale } = plan;
  const scaled = (items: Portion[]) => items.map((it) => ({ id: it.id, grams: Math.max(1, Math.round(it.grams * scale)) }));
  const extra = (id: string, grams: number) => (Math.round(grams) > 0 ? [{ id, grams: Math.round(grams) }] : []);
  // One entry per food and meal: extra rice goes onto the lunch's own rice.
  const lunchItems = scaled(lunch);
  const same = lunchItems.find((it) => it.id === plan.food);
  if (same) same.grams += Math.round(plan.grams);
  return [
    { meal: 'Breakfast', items: scaled(breakfast) },
    { meal: 'Lunch', items: same ? lunchItems : [...extra(plan.food, plan.grams), ...lunchItems] },
    { meal: 'Dinner', items: [...scaled(dinner), ...extra(OIL, plan.oil)] },
    { meal: 'Snacks', items: scaled(snack) },
  ];
}

export function loadFoodDemo(ctx: CoreContext, days: DemoDay[], call: Call): void {
  const cache = new Map<string, Per100>();
  const per100 = (id: string): Per100 => {
    let v = cache.get(id);
    if (!v) {
      const f = call(ctx, 'food.get', { id });
      v = { kcal: f.kcalPer100g ?? 0, p: f.proteinPer100g ?? 0, c: f.carbsPer100g ?? 0, f: f.fatPer100g ?? 0 };
      cache.set(id, v);
    }
    return v;
  };
  const today = days[days.length - 1]?.date;
  for (const day of days) {
    if (!day.logged) continue;
    // Today is under way: breakfast so far, as a user opening the app mid-morning has it.
    const meals = planDemoDay(day, per100);
    for (const m of day.date === today ? meals.slice(0, 1) : meals) {
      for (const it of m.items) call(ctx, 'meal.add', { date: day.date, meal: m.meal, food: { id: it.id, qty: it.grams, unit: 'g' } });
    }
  }
  // The athlete's current target: the deficit phase's planned intake.
  const last = days[days.length - 1];
  if (last) call(ctx, 'nutrition.setTargets', { energyKcal: last.phase === 'deficit' ? 2500 : 2900 });
}
