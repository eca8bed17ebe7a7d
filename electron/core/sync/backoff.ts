export interface BackoffPolicy {
  readonly baseMs: number;
  readonly capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, capMs: 5 * 60_000 };

/**
 * Capped exponential back-off with "equal jitter": half the delay is fixed, half random,
 * so many PCs coming back after an outage do not retry in lockstep.
 */
export function backoffDelay(attempt: number, policy: BackoffPolicy, random: () => number): number {
  const exp = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp / 2 + random() * (exp / 2));
}

/** A server's Retry-After wins when it asks for longer than our own back-off. */
export function retryDelay(attempt: number, retryAfterMs: number | null, policy: BackoffPolicy, random: () => number): number {
  return Math.max(retryAfterMs ?? 0, backoffDelay(attempt, policy, random));
}
