import type { MethodName, Output, ParsedInput } from '../../shared/contract';
import type { CoreContext } from './context';

export type Handler<M extends MethodName> = (input: ParsedInput<M>, ctx: CoreContext) => Output<M>;

/** A domain's handler map: `const weightHandlers: DomainHandlers<'weight.add' | …> = {…}`. */
export type DomainHandlers<K extends MethodName> = { [M in K]: Handler<M> };
