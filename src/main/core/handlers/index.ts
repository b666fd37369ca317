import type { MethodName } from '../../../shared/contract';
import { appHandlers } from './app';
import { energyHandlers } from './energy';
import { diaryHandlers } from './diary';
import { foodHandlers } from './food';
import { profileHandlers } from './profile';
import { reportHandlers } from './report';
import type { DomainHandlers } from './types';
import { weightHandlers } from './weight';
import { trainingHandlers } from './training';
import { planHandlers } from './plan';
import { sleepHandlers } from './sleep';

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
};
