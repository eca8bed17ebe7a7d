import { useEffect, useRef } from 'react';
import {
  useMutation,
  useQuery,
  useQueryClient,
  type UseMutationOptions,
  type UseMutationResult,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { CallInput, CallName, CallOutput, EventName, EventPayload } from '../../shared/contract';
import { invoke, type DeskCallError } from './client';
import { callPolicy } from '../../shared/contract/policy';
import { deskCallKey, deskQueryKey } from './query-keys';

type QueryOptions<K extends CallName> = Omit<UseQueryOptions<CallOutput<K>, DeskCallError>, 'queryKey' | 'queryFn'>;
type MutationOptions<K extends CallName> = Omit<UseMutationOptions<CallOutput<K>, DeskCallError, CallInput<K>>, 'mutationFn'>;

/** The key and fetcher of a read call: what useDeskQuery renders and what a prefetch or fetchQuery asks ahead of it. */
export const deskQuery = <K extends CallName>(name: K, input: CallInput<K>) => ({ queryKey: deskQueryKey(name, input), queryFn: () => invoke(name, input) });

/** A read call as a react-query query, keyed ['desk', name, input]. */
export function useDeskQuery<K extends CallName>(name: K, input: CallInput<K>, options?: QueryOptions<K>): UseQueryResult<CallOutput<K>, DeskCallError> {
  return useQuery<CallOutput<K>, DeskCallError>({ ...options, ...deskQuery(name, input) });
}

/** A write call as a react-query mutation; `mutate(input)`. On success the queries its policy names go stale first. */
export function useDeskMutation<K extends CallName>(name: K, options?: MutationOptions<K>): UseMutationResult<CallOutput<K>, DeskCallError, CallInput<K>> {
  const queryClient = useQueryClient();
  return useMutation<CallOutput<K>, DeskCallError, CallInput<K>>({
    ...options,
    mutationFn: (input) => invoke(name, input),
    onSuccess: (...args) => {
      for (const stale of callPolicy[name].invalidates ?? []) void queryClient.invalidateQueries({ queryKey: deskCallKey(stale) });
      return options?.onSuccess?.(...args);
    },
  });
}

/** Listens to one pushed event while the component is mounted; the latest listener is always used. */
export function useDeskEvent<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => {
    return window.desk.events[name]((payload) => latest.current(payload));
  }, [name]);
}
