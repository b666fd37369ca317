import type { MethodName } from '../../../shared/contract';
import { appHandlers } from './app';
import { diaryHandlers } from './diary';
import { foodHandlers } from './food';
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
  ...foodHandlers,
  ...diaryHandlers,
};
