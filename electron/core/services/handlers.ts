import type { CallName, CallOutput, ParsedInput, Session } from '../../../shared/contract';

export interface CallContext {
  readonly session: Session | null;
}

export type Handler<K extends CallName> = (
  input: ParsedInput<K>,
  context: CallContext,
) => CallOutput<K> | Promise<CallOutput<K>>;

/** One service function per contract call; features contribute partial maps. */
export type Handlers = { readonly [K in CallName]: Handler<K> };
export type HandlerGroup<K extends CallName> = { readonly [P in K]: Handler<P> };
