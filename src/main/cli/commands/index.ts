import type { Command } from '../types';
import { appCommands } from './app';
import { foodCommands } from './food';
import { profileCommands } from './profile';
import { reportCommands } from './report';
import { weightCommands } from './weight';

/** Every CLI command. Domains add theirs here. */
export const commands: Command[] = [...profileCommands, ...weightCommands, ...reportCommands, ...appCommands, ...foodCommands];
