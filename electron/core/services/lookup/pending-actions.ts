import type { UnconfirmedAction } from '../../../../shared/contract/lookup';
import type { OutboxRepo } from '../../db/outbox/outbox-repo';
import type { LookupDeps } from './lookup-service';

/** This PC's open outbox actions as the lookup overlays them on the cached dossiers. */
export function pendingActionsOf(outbox: OutboxRepo): Pick<LookupDeps, 'anyPending' | 'pendingByCode' | 'pendingFor'> {
  return {
    anyPending: () => outbox.anyOpen(),
    pendingByCode: (codes) => outbox.openCounts(codes),
    pendingFor: (code) =>
      outbox.openForDossier(code).map((row): UnconfirmedAction => ({
        seq: row.seq, kind: row.kind, state: row.state as UnconfirmedAction['state'], createdAt: row.created_at, officerId: row.officer_id,
      })),
  };
}
