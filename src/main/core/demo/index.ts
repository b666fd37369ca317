import type { CoreContext } from '../context';
import type { Call } from '../handlerTypes';
import { DEMO_PROFILE, demoScenario, type DemoLoader } from './scenario';
import { trainingDemoLoader } from './training';
import { loadFoodDemo } from '../food/demo';

// Domains register their DemoLoader here.
const weightLoader: DemoLoader = (ctx, days, call) => {
  for (const d of days) if (d.scaleWeightKg != null) call(ctx, 'weight.add', { date: d.date, weightKg: d.scaleWeightKg });
};

const demoLoaders: DemoLoader[] = [weightLoader, loadFoodDemo, trainingDemoLoader];

export function loadDemo(ctx: CoreContext, call: Call): { days: number; from: string; to: string } {
  const days = demoScenario(ctx.today());
  ctx.db.transaction(() => {
    call(ctx, 'profile.set', { ...DEMO_PROFILE });
    for (const load of demoLoaders) load(ctx, days, call);
  })();
  return { days: days.length, from: days[0].date, to: days[days.length - 1].date };
}
