import type { z } from 'zod';
import { appMethods } from './app';
import { energyMethods } from './energy';
import { diaryMethods } from './diary';
import { foodMethods } from './food';
import { profileMethods } from './profile';
import { reportMethods } from './report';
import { weightMethods } from './weight';
import { trainingMethods } from './training';
import { planMethods } from './plan';
import { sleepMethods } from './sleep';
import { insightsMethods } from './insights';
import { reviewMethods } from './review';
import { targetsMethods } from './targets';
import { backupMethods } from './backup';
import { exportMethods } from './export';
import { importsMethods } from './imports';
import { settingsMethods } from './settings';

export * from './common';

/** Every call that crosses between renderer and core: name → input schema, output schema. */
export const contract = {
  ...appMethods,
  ...profileMethods,
  ...weightMethods,
  ...reportMethods,
  ...trainingMethods,
  ...planMethods,
  ...sleepMethods,
  ...energyMethods,
  ...foodMethods,
  ...diaryMethods,
  ...insightsMethods,
  ...reviewMethods,
  ...targetsMethods,
  ...backupMethods,
  ...exportMethods,
  ...importsMethods,
  ...settingsMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type Output<M extends MethodName> = z.output<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];
