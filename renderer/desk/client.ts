import type { CallInput, CallName, CallOutput, DeskBridge, DeskError, ErrorCode, Result } from '../../shared/contract';
import { PRODUCT_NAME } from '../../shared/domain/product';
import { callPolicy } from '../../shared/contract/policy';
import { isLocked, noteLockedAnswer, untilUnlocked } from './lock-gate';

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

/**
 * Calls the main process through window.desk; resolves the value or throws DeskCallError.
 * While the screen is locked, a call the lock does not allow waits for the same officer's
 * unlock (and is then made), so the screens under the lock screen keep their work.
 */
export async function invoke<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  // The bridge's mapped type cannot be indexed generically, so name its per-call signature.
  const call = bridge().calls[name] as (input: CallInput<K>) => Promise<Result<CallOutput<K>>>;
  const held = callPolicy[name].whileLocked !== true;
  // One retry: a LOCKED answer means the core locked before the renderer heard of it.
  for (let attempt = 0; ; attempt++) {
    if (held && isLocked() && !(await untilUnlocked())) throw new DeskCallError(name, { code: 'UNAUTHENTICATED', message: 'another officer took over the session' });
    const result = await call(input);
    if (result.ok) return result.value;
    if (held && attempt === 0 && result.error.code === 'LOCKED') {
      noteLockedAnswer();
      continue;
    }
    throw new DeskCallError(name, result.error);
  }
}

export const isDeskCallError = (error: unknown): error is DeskCallError => error instanceof DeskCallError;
