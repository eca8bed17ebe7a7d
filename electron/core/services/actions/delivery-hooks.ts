import type { Dossier } from '../../../../shared/domain/dossier';
import type { AuditLog } from '../../audit/audit-log';
import type { DossierStore } from '../../db/cache/dossier-store';
import { createProvisionalDossiers } from '../../db/cache/provisional-dossiers';
import type { Db } from '../../db/connection';
import type { OutboxRepo, OutboxRow } from '../../db/outbox/outbox-repo';
import type { DrainHooks } from '../../sync/outbox-drain';
import { isProvisionalCode } from './provisional';

/**
 * What a delivery changes locally, inside the drain's transaction: the cache takes the
 * portal's dossier; a provisional TMP number gives way to the official code everywhere
 * (cache, later queued actions, alias for printed receipts); the audit log records it.
 */
export function createDeliveryHooks(db: Db, outbox: OutboxRepo, dossiers: DossierStore, audit: AuditLog): DrainHooks {
  const provisional = createProvisionalDossiers(db);

  return {
    delivered(row: OutboxRow, dossier: Dossier) {
      if (row.kind === 'intake' && isProvisionalCode(row.dossier_code) && dossier.code !== row.dossier_code) {
        provisional.drop(row.dossier_code);
        outbox.renameDossier(row.dossier_code, dossier.code);
        provisional.alias(row.dossier_code, dossier.code);
      }
      // A note or other status-neutral action comes back unchanged: skip the cache and FTS rewrite.
      if (dossiers.body(dossier.code) !== JSON.stringify(dossier)) dossiers.put(dossier);
      audit.append({
        officerId: row.officer_id,
        action: 'action_delivered',
        subject: dossier.code,
        detail: { seq: row.seq, kind: row.kind, version: dossier.version, ...(row.kind === 'intake' ? { provisional: row.dossier_code } : {}) },
      });
    },
    failed(row, state, outcome) {
      if (outcome.kind === 'conflict' && outcome.theirs) dossiers.put(outcome.theirs);
      audit.append({
        officerId: row.officer_id,
        action: state === 'conflict' ? 'action_conflict' : 'action_rejected',
        subject: row.dossier_code,
        detail: { seq: row.seq, kind: row.kind, reason: outcome.kind === 'retry' || outcome.kind === 'delivered' ? null : outcome.message.en },
      });
    },
  };
}
