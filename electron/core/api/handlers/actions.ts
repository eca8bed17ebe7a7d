import type { actionCalls } from '../../../../shared/contract/actions';
import { DeskFailure } from '../../../../shared/contract/errors';
import type { ActionService } from '../../services/actions/action-service';
import type { QueueService } from '../../services/actions/queue-service';
import type { SyncEngine } from '../../sync/sync-engine';
import type { FeatureHandlers } from './handler-types';

export function actionHandlers(actions: ActionService, queue: QueueService, sync: () => SyncEngine | null): FeatureHandlers<typeof actionCalls> {
  return {
    'action.record': async ({ dossierCode, action }, { session }) => {
      // Where the portal's workflow decides (OpenCPS), ask it first: a refusal queues nothing.
      const refusal = session ? await sync()?.refusalOf(dossierCode, action.kind, session.officerId) : null;
      if (refusal) throw new DeskFailure('REJECTED', refusal.en, { message: refusal });
      return actions.record(dossierCode, action, session);
    },
    'action.intake': (intake, { session }) => actions.intake(intake, session),
    'action.assistedFiling': (filing, { session }) => actions.assistedFiling(filing, session),
    'queue.list': ({ state, limit }) => queue.list(state, limit),
    'queue.get': ({ seq }) => queue.get(seq),
    'queue.retryNow': ({ seq }) => queue.retryNow(seq),
    'queue.withdraw': ({ seq, reason }, { session }) => queue.withdraw(seq, reason, session),
    'queue.reapply': ({ seq, action }, { session }) => queue.reapply(seq, action, session),
    'queue.correctionDraft': ({ seq }, { session }) => actions.correctionDraft(seq, session),
    'queue.resendIntake': ({ seq, intake }, { session }) => actions.resendIntake(seq, intake, session),
  };
}
