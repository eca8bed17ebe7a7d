import type { actionCalls } from '../../../../shared/contract/actions';
import type { ActionService } from '../../services/actions/action-service';
import type { QueueService } from '../../services/actions/queue-service';
import type { FeatureHandlers } from './handler-types';

export function actionHandlers(actions: ActionService, queue: QueueService): FeatureHandlers<typeof actionCalls> {
  return {
    'action.record': ({ dossierCode, action }, { session }) => actions.record(dossierCode, action, session),
    'action.intake': (intake, { session }) => actions.intake(intake, session),
    'queue.list': ({ state, limit }) => queue.list(state, limit),
    'queue.get': ({ seq }) => queue.get(seq),
    'queue.retryNow': ({ seq }) => queue.retryNow(seq),
    'queue.withdraw': ({ seq, reason }, { session }) => queue.withdraw(seq, reason, session),
    'queue.reapply': ({ seq, action }, { session }) => queue.reapply(seq, action, session),
  };
}
