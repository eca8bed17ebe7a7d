import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { CallName, EventName } from '../../shared/contract';
import type { SessionState } from '../../shared/contract/auth';
import { followSession } from './lock-gate';
import { deskCallKey } from './query-keys';

/**
 * Which cached calls each pushed event makes stale. Typed over every event, so a new
 * event in the contract does not compile until it says what it invalidates.
 */
export const invalidatedBy: { readonly [E in EventName]: readonly CallName[] } = {
  'prefs.changed': ['prefs.get'],
  // Sync state moves the outbox too (sent, failed, conflicted actions).
  'sync.status': ['sync.status', 'queue.list', 'queue.get'],
  'data.changed': ['lookup.search', 'dossier.get', 'citizen.get', 'queue.list', 'queue.get'],
  // A new officer or a lock changes what may be shown; sign-out clears everything (below).
  'session.changed': ['auth.session', 'lookup.search', 'dossier.get', 'citizen.get', 'queue.list', 'queue.get', 'sync.status'],
  // Sent before the desk opens, to the progress screen only: no query exists yet.
  'storage.progress': [],
};

// The map is total over the contract's events, so its keys are every event name; reading
// them here keeps the contract's zod schemas out of the renderer bundle.
const eventNames = Object.keys(invalidatedBy) as EventName[];

/** Mounted once at the app root: pushed events refetch the queries they affect. */
export function useEventInvalidation(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const unsubscribes = eventNames.map((event) => {
      const subscribe = window.desk.events[event] as (listener: (payload?: unknown) => void) => () => void;
      return subscribe((payload?: unknown) => {
        if (event === 'session.changed') {
          const session = payload as SessionState;
          // The gate first: the refetches below must not reach the core while locked.
          followSession(session);
          // Sign-out: nothing of the previous officer's screens may stay in memory.
          if (session.session === null) {
            queryClient.clear();
            return;
          }
          // Locked: the screens underneath keep what they show; they refetch on unlock.
          if (session.locked) return;
        }
        for (const call of invalidatedBy[event]) void queryClient.invalidateQueries({ queryKey: deskCallKey(call) });
      });
    });
    return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
  }, [queryClient]);
}
