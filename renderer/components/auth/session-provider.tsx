import { useCallback, useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { SessionState } from '../../../shared/contract/auth';
import { callPolicy } from '../../../shared/contract/policy';
import { invoke, isDeskCallError } from '../../desk/client';
import { followSession, onLockedAnswer } from '../../desk/lock-gate';
import { useDeskEvent, useDeskQuery } from '../../desk/hooks';
import { CallError } from '../call-error';
import { SessionContext } from './session-context';

/**
 * Holds who is signed in and whether the screen is locked. The first state comes from
 * auth.session; after that every pushed session.changed and every auth answer replaces it.
 * Kept in React state (not only the query cache) because sign-out clears that cache.
 */
export function SessionProvider({ children, loading }: { readonly children: ReactNode; readonly loading: ReactNode }) {
  const initial = useDeskQuery('auth.session', {});
  const [latest, setLatest] = useState<SessionState | null>(null);
  const apply = useCallback((next: SessionState) => {
    // Synchronously, so no call slips past a lock the core just answered.
    followSession(next);
    setLatest(next);
  }, []);
  useDeskEvent('session.changed', apply);
  useRefreshOnSessionErrors(apply);
  const state = latest ?? initial.data ?? null;
  useLayoutEffect(() => {
    if (state) followSession(state);
  }, [state]);
  const value = useMemo(() => (state ? { state, apply } : null), [state, apply]);
  if (!value && initial.isError) return <CallError error={initial.error} onRetry={() => void initial.refetch()} />;
  if (!value) return <>{loading}</>;
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** A call answered LOCKED (idle lock) or UNAUTHENTICATED (session gone): ask the core who is signed in now. */
function useRefreshOnSessionErrors(apply: (state: SessionState) => void): void {
  const queryClient = useQueryClient();
  useEffect(() => onLockedAnswer(() => void invoke('auth.session', {}).then(apply, () => undefined)), [apply]);
  useEffect(() => {
    const check = (error: unknown): void => {
      if (!isDeskCallError(error) || callPolicy[error.call].carriesPassword === true) return;
      if (error.code !== 'LOCKED' && error.code !== 'UNAUTHENTICATED') return;
      invoke('auth.session', {}).then(apply, () => undefined);
    };
    const stopQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') check(event.action.error);
    });
    const stopMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') check(event.action.error);
    });
    return () => {
      stopQueries();
      stopMutations();
    };
  }, [queryClient, apply]);
}
