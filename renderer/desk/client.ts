import type { CallInput, CallName, CallOutput, DeskBridge, DeskError, ErrorCode, Result } from '../../shared/contract';
import { PRODUCT_NAME } from '../../shared/domain/product';

/** A call answered `{ok:false}`: carries the contract's error code for translation. */
export class DeskCallError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(
    readonly call: CallName,
    error: DeskError,
  ) {
    super(error.message);
    this.name = 'DeskCallError';
    this.code = error.code;
    this.details = error.details;
  }
}

function bridge(): DeskBridge {
  // Read at call time (not import time) so tests can install a fake bridge.
  const desk = (window as Partial<Window>).desk;
  if (!desk) throw new DeskCallError('app.status', { code: 'INTERNAL', message: `window.desk is missing: the app was opened outside ${PRODUCT_NAME}.` });
  return desk;
}

/** Calls the main process through window.desk; resolves the value or throws DeskCallError. */
export async function invoke<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  // The bridge's mapped type cannot be indexed generically, so name its per-call signature.
  const call = bridge().calls[name] as (input: CallInput<K>) => Promise<Result<CallOutput<K>>>;
  const result = await call(input);
  if (!result.ok) throw new DeskCallError(name, result.error);
  return result.value;
}

export const isDeskCallError = (error: unknown): error is DeskCallError => error instanceof DeskCallError;
