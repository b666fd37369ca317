import { computeEnergyDashboard } from '../daily/facts';
import type { DomainHandlers } from '../handlerTypes';
import { defaultRange } from '../range';

export const energyHandlers: DomainHandlers<'energy.dashboard'> = {
  'energy.dashboard': (input, ctx) => {
    const { from, to } = defaultRange(ctx, input, 28);
    return computeEnergyDashboard(ctx, from, to);
  },
};
