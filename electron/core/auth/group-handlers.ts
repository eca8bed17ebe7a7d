import type { z } from 'zod';
import type { CallSpec } from '../../../shared/contract/define';
import type { CallContext } from '../services/handlers';

/**
 * Handlers typed from a feature's own call map, so a feature compiles before its calls
 * are spread into the one contract; once they are, the group satisfies HandlerGroup.
 */
export type GroupHandlers<M extends Record<string, CallSpec>> = {
  readonly [K in keyof M]: (
    input: z.output<M[K]['input']>,
    context: CallContext,
  ) => z.output<M[K]['output']> | Promise<z.output<M[K]['output']>>;
};
