import type { MethodName } from '../../shared/contract';
import { appHandlers } from './app/handlers';
import { energyHandlers } from './energy/handlers';
import { diaryHandlers } from './diary/handlers';
import { foodHandlers } from './food/handlers';
import { profileHandlers } from './profile/handlers';
import { reportHandlers } from './report/handlers';
import type { DomainHandlers } from './handlerTypes';
import { weightHandlers } from './weight/handlers';
import { trainingHandlers } from './training/handlers';
import { planHandlers } from './plan/handlers';
import { sleepHandlers } from './sleep/handlers';
import { insightsHandlers } from './insights/handlers';
import { reviewHandlers } from './review/handlers';

/** Every method of the contract has exactly one handler (the type fails to compile otherwise). */
export const handlers: DomainHandlers<MethodName> = {
  ...appHandlers,
  ...profileHandlers,
  ...weightHandlers,
  ...reportHandlers,
  ...trainingHandlers,
  ...planHandlers,
  ...sleepHandlers,
  ...energyHandlers,
  ...foodHandlers,
  ...diaryHandlers,
  ...insightsHandlers,
  ...reviewHandlers,
};
