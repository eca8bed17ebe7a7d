import { DeskFailure } from '../../../../shared/contract/errors';
import type { HandlerGroup } from '../handlers';
import type { SyncEngine } from '../../sync/sync-engine';
import type { ActionService } from './action-service';
import type { QueueService } from './queue-service';

type ActionCalls = 'action.record' | 'action.intake' | 'queue.list' | 'queue.get' | 'queue.retryNow' | 'queue.withdraw' | 'queue.reapply' | 'sync.status' | 'sync.now';

export function actionHandlers(actions: ActionService, queue: QueueService, sync: () => SyncEngine | null, offlineStatus: () => ReturnType<SyncEngine['status']>): HandlerGroup<ActionCalls> {
  return {
    'action.record': async ({ dossierCode, action }, { session }) => {
      // Where the portal's workflow decides (OpenCPS), ask it first: a refusal queues nothing.
      const refusal = session ? await sync()?.refusalOf(dossierCode, action.kind, session.officerId) : null;
      if (refusal) throw new DeskFailure('REJECTED', refusal.en, { message: refusal });
      return actions.record(dossierCode, action, session);
    },
    'action.intake': (intake, { session }) => actions.intake(intake, session),
    'queue.list': ({ state, limit }) => queue.list(state, limit),
    'queue.get': ({ seq }) => queue.get(seq),
    'queue.retryNow': ({ seq }) => queue.retryNow(seq),
    'queue.withdraw': ({ seq, reason }, { session }) => queue.withdraw(seq, reason, session),
    'queue.reapply': ({ seq, action }, { session }) => queue.reapply(seq, action, session),
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
