import { useQueryClient } from '@tanstack/react-query';
import type { SyncStatus } from '../../../shared/contract';
import { useDeskEvent, useDeskQuery } from '../../desk/hooks';
import { deskQueryKey } from '../../desk/query-keys';

/** sync.status, kept current by the pushed event (written straight into the cache). */
export function useSyncStatus(): SyncStatus | undefined {
  const queryClient = useQueryClient();
  const status = useDeskQuery('sync.status', {});
  useDeskEvent('sync.status', (payload) => queryClient.setQueryData(deskQueryKey('sync.status', {}), payload));
  return status.data;
}
