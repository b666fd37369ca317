import type { DomainHandlers } from '../handlerTypes';
import { buildReviewWeek } from './week';
import { buildReviewWeeks } from './weeks';

export const reviewHandlers: DomainHandlers<'review.week' | 'review.weeks'> = {
  'review.week': (input, ctx) => buildReviewWeek(ctx, input.week),
  'review.weeks': (input, ctx) => buildReviewWeeks(ctx, input),
};
