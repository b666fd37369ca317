import type { Command } from '../types';
import { appCommands } from './app';
import { energyCommands } from './energy';
import { foodCommands } from './food';
import { profileCommands } from './profile';
import { reportCommands } from './report';
import { weightCommands } from './weight';
import { trainingCommands } from './training';
import { sleepCommands } from './sleep';
import { reviewCommands } from './review';
import { targetsCommands } from './targets';
import { dataCommands } from './data';
import { importCommands } from './imports';

/** Every CLI command. Domains add theirs here. */
export const commands: Command[] = [
  ...profileCommands,
  ...weightCommands,
  ...reportCommands,
  ...appCommands,
  ...foodCommands,
  ...trainingCommands,
  ...sleepCommands,
  ...energyCommands,
  ...reviewCommands,
  ...targetsCommands,
  ...dataCommands,
  ...importCommands,
];
