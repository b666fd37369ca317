import type { DomainHandlers } from '../handlerTypes';
import { liftHandlers } from './liftHandlers';
import { routineHandlers } from './routineHandlers';
import { sessionHandlers } from './sessionHandlers';
import { setHandlers } from './setHandlers';

type TrainingMethod = keyof typeof sessionHandlers | keyof typeof setHandlers | keyof typeof liftHandlers | keyof typeof routineHandlers;

/** The training domain's contract methods, one module per group. */
export const trainingHandlers: DomainHandlers<TrainingMethod> = { ...sessionHandlers, ...setHandlers, ...liftHandlers, ...routineHandlers };
