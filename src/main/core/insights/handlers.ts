import type { DomainHandlers } from '../handlerTypes';
import { defaultRange } from '../range';
import { buildInsights, DEFAULT_INSIGHT_DAYS } from './insights';

export const insightsHandlers: DomainHandlers<'insights.get'> = {
  'insights.get': (input, ctx) => {
    const { from, to } = defaultRange(ctx, input, DEFAULT_INSIGHT_DAYS);
    return buildInsights(ctx, from, to);
  },
};
