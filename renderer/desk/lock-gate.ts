import type { SessionState } from '../../shared/contract/auth';

/**
 * Holds back every call that is not allowed while locked (shared/contract/policy.ts), so the
 * screens left mounted under the lock screen ask the core nothing. A held call goes ahead when
 * the same officer unlocks; when another officer takes over it is refused instead, so one
 * officer's half-done work is never sent in another's name.
 */
interface Waiter {
  readonly officerId: string | null;
  readonly release: (sameOfficer: boolean) => void;
}

let locked = false;
let officerId: string | null = null;
const waiters = new Set<Waiter>();
const lockedAnswerListeners = new Set<() => void>();

/** Adopts the session the renderer now shows: closes the gate on lock, opens it on unlock or sign-out. */
export function followSession(state: SessionState): void {
  officerId = state.session?.officerId ?? null;
  locked = officerId !== null && state.locked;
  if (locked) return;
  for (const waiter of [...waiters]) {
    waiters.delete(waiter);
    waiter.release(officerId !== null && waiter.officerId === officerId);
  }
}

export const isLocked = (): boolean => locked;

/** Resolves true when the officer who was locked out unlocks, false when someone else signs in or everyone signs out. */
export function untilUnlocked(): Promise<boolean> {
  if (!locked) return Promise.resolve(true);
  return new Promise((resolve) => waiters.add({ officerId, release: resolve }));
}

/** The core answered LOCKED (the idle lock came first): hold calls and let the session provider ask who is signed in. */
export function noteLockedAnswer(): void {
  locked = true;
  for (const listener of lockedAnswerListeners) listener();
}

export function onLockedAnswer(listener: () => void): () => void {
  lockedAnswerListeners.add(listener);
  return () => lockedAnswerListeners.delete(listener);
}
