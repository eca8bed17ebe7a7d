import type { DeskCallError } from '../../desk/client';

/** What a failed sign-in means for the form. */
export type SignInProblem =
  | { readonly kind: 'wrong'; readonly failures: number; readonly retryAfterSeconds: number }
  | { readonly kind: 'throttled'; readonly retryAfterSeconds: number }
  | { readonly kind: 'offline' }
  | { readonly kind: 'other'; readonly error: DeskCallError };

const numberIn = (details: unknown, key: string): number => {
  const value = typeof details === 'object' && details !== null ? (details as Record<string, unknown>)[key] : undefined;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.ceil(value) : 0;
};

/** Reads the contract's error code and details (failures, retryAfterSeconds) defensively. */
export function signInProblem(error: DeskCallError): SignInProblem {
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return { kind: 'wrong', failures: numberIn(error.details, 'failures'), retryAfterSeconds: numberIn(error.details, 'retryAfterSeconds') };
    case 'THROTTLED':
      return { kind: 'throttled', retryAfterSeconds: numberIn(error.details, 'retryAfterSeconds') };
    case 'OFFLINE':
      return { kind: 'offline' };
    default:
      return { kind: 'other', error };
  }
}
