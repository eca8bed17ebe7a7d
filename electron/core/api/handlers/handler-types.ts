import type { z } from 'zod';
import type { CallSpec, Calls, Session } from '../../../../shared/contract';

export interface CallContext {
  readonly session: Session | null;
}

/**
 * A feature's handlers, typed from its own slice of the contract (`typeof lookupCalls`),
 * so a handler map is complete for its slice and nothing else.
 */
export type FeatureHandlers<M extends Record<string, CallSpec>> = {
  readonly [K in keyof M]: (
    input: z.output<M[K]['input']>,
    context: CallContext,
  ) => z.output<M[K]['output']> | Promise<z.output<M[K]['output']>>;
};

/** Every call's handler: the feature maps joined. */
export type Handlers = FeatureHandlers<Calls>;
