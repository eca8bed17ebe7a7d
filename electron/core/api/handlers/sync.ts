import type { syncCalls } from '../../../../shared/contract/sync';
import type { SyncEngine } from '../../sync/sync-engine';
import type { FeatureHandlers } from './handler-types';

/** `sync` is null until the portal is connected; the status then comes from the outbox alone. */
export function syncHandlers(sync: () => SyncEngine | null, offlineStatus: () => ReturnType<SyncEngine['status']>): FeatureHandlers<typeof syncCalls> {
  return {
    'sync.status': () => sync()?.status() ?? offlineStatus(),
    'sync.now': () => {
      const engine = sync();
      if (!engine) return { started: false };
      void engine.pullNow();
      void engine.drainNow();
      return { started: true };
    },
  };
}
