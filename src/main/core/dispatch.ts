import { contract } from '../../shared/contract';
import { makeDispatch } from './dispatcher';
import { handlers } from './handlers';

/**
 * The only door into the core: every method of the contract, validated in and out, one transaction
 * a call. `call` is the typed convenience for in-process callers (CLI, tests): it throws AppError.
 */
export const { dispatch, call } = makeDispatch(contract, handlers);
