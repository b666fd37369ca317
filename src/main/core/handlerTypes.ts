import type { Input, MethodName, Output, ParsedInput } from '../../shared/contract';
import type { CoreContext } from './context';

/**
 * A validated call into the core, handed to handlers that run other methods (the demo loader) so
 * they need not import dispatch, which imports every handler.
 */
export type Call = <M extends MethodName>(ctx: CoreContext, methodName: M, input: Input<M>) => Output<M>;

/** dispatch always passes `call`; it is optional so a handler can be run on its own (tests). */
export type Handler<M extends MethodName> = (input: ParsedInput<M>, ctx: CoreContext, call?: Call) => Output<M>;

/** A domain's handler map: `const weightHandlers: DomainHandlers<'weight.add' | …> = {…}`. */
export type DomainHandlers<K extends MethodName> = { [M in K]: Handler<M> };
