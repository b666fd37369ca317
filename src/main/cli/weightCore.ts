// The weight and profile commands' door into the core: the same dispatch over only their part of the
// contract and their handlers, so `weight list` or `profile show` does not load every domain.
import { profileMethods } from '../../shared/contract/profile';
import { weightMethods } from '../../shared/contract/weight';
import { makeDispatch } from '../core/dispatcher';
import { profileHandlers } from '../core/profile/handlers';
import { weightHandlers } from '../core/weight/handlers';

export const { call } = makeDispatch({ ...weightMethods, ...profileMethods }, { ...weightHandlers, ...profileHandlers });
