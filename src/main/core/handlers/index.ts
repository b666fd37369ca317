import type { MethodName } from '../../../shared/contract';
import { appHandlers } from './app';
import { energyHandlers } from './energy';
import { profileHandlers } from './profile';
import { reportHandlers } from './report';
import type { DomainHandlers } from './types';
import { weightHandlers } from './weight';

/** Every method of the contract has exactly one handler (the type fails to compile otherwise). */
export const handlers: DomainHandlers<MethodName> = {
  ...appHandlers,
  ...profileHandlers,
  ...weightHandlers,
  ...reportHandlers,
  ...energyHandlers,
};
