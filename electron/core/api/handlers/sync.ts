import type { syncCalls } from '../../../../shared/contract/sync';
import type { SyncEngine } from '../../sync/sync-engine';
import type { FeatureHandlers } from './handler-types';

/** `sync` is null until the portal is connected; the status then comes from the outbox alone. */
export function syncHandlers(sync: () => SyncEngine | null, offlineStatus: () => ReturnType<SyncEngine['status']>): FeatureHandlers<typeof syncCalls> {
  return {
    'sync.status': () => sync()?.status() ?? offlineStatus(),
    // Answers once the pull and the drain are done, so the screen can say "in progress" and then "done".
    'sync.now': async () => {
      const engine = sync();
      if (!engine) return { started: false, online: false, lastSyncAt: null };
      await Promise.all([engine.pullNow(), engine.drainNow()]);
      const { online, lastSyncAt } = engine.status();
      return { started: true, online, lastSyncAt };
    },
  };
}
