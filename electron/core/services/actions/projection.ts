import type { Dossier } from '../../../../shared/domain/dossier';
import { nextStatus, type ActionKind, type DossierStatus } from '../../../../shared/domain/dossier-status';
import type { OutboxRow } from '../../db/outbox/outbox-repo';

/**
 * The status the officer sees: the cached portal status with this PC's waiting
 * actions applied in queue order. Derived, never stored, so a pull can never
 * overwrite it and a withdrawn action simply stops counting.
 */
export function projectStatus(dossier: Pick<Dossier, 'status'>, pending: readonly Pick<OutboxRow, 'kind' | 'state'>[]): DossierStatus {
  let status = dossier.status;
  for (const row of pending) {
    if (row.state !== 'waiting' && row.state !== 'sending') continue;
    if (row.kind === 'intake') continue;
    const outcome = nextStatus(status, row.kind as ActionKind);
    if (outcome.ok) status = outcome.status;
  }
  return status;
}
