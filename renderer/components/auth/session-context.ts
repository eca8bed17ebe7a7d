import { createContext, useContext } from 'react';
import type { SessionState } from '../../../shared/contract/auth';
import type { Role } from '../../../shared/contract/roles';

export interface SessionContextValue {
  readonly state: SessionState;
  /** Adopts a state the core just answered (sign-in, unlock, lock, sign-out). */
  readonly apply: (state: SessionState) => void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

/** The current session state; only inside <SessionProvider>. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside <SessionProvider>');
  return value;
}

/** Whether the signed-in, unlocked officer holds one of these roles. */
export function useHasRole(...roles: readonly Role[]): boolean {
  const value = useContext(SessionContext);
  const session = value?.state.locked ? null : value?.state.session;
  return Boolean(session?.roles.some((role) => roles.includes(role)));
}
