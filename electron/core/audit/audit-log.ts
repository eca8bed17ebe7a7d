import { createAuditTable, type AuditFields } from '../db/audit/audit-table';
import type { Db } from '../db/connection';
import { GENESIS_HASH, chainHash } from './canonical';

export type AuditAction =
  | 'sign_in' | 'sign_in_failed' | 'sign_out' | 'session_locked' | 'session_unlocked'
  | 'reveal' | 'view_citizen' | 'view_dossier' | 'vneid_guidance'
  | 'action_queued' | 'action_delivered' | 'action_conflict' | 'action_rejected' | 'action_withdrawn' | 'action_reapplied' | 'action_superseded'
  | 'export' | 'settings_changed' | 'cache_purged' | 'database_encrypted' | 'database_reencrypted'
  | 'subject_listed' | 'subject_erased' | 'desk_activity_recorded';

export interface AuditEntry {
  readonly officerId: string;
  readonly action: AuditAction;
  readonly subject?: string | null;
  readonly detail?: Record<string, unknown>;
}

export interface AuditHead {
  readonly seq: number;
  readonly hash: string;
}

/**
 * Appends to the hash-chained audit log. `append` must run inside the caller's
 * transaction when it records a change (the action, its outbox row and its audit
 * row commit together). The sequence is gapless: seq = last seq + 1.
 */
export function createAuditLog(db: Db, now: () => Date) {
  const table = createAuditTable(db);
  const head = (): AuditHead => table.last() ?? { seq: 0, hash: GENESIS_HASH };
  return {
    head,
    append(entry: AuditEntry): AuditHead {
      const prev = head();
      const fields: AuditFields = {
        seq: prev.seq + 1,
        at: now().toISOString(),
        officerId: entry.officerId,
        action: entry.action,
        subject: entry.subject ?? null,
        detail: JSON.stringify(entry.detail ?? {}),
      };
      const hash = chainHash(prev.hash, fields);
      table.insert({ ...fields, prevHash: prev.hash, hash });
      return { seq: fields.seq, hash };
    },
  };
}
export type AuditLog = ReturnType<typeof createAuditLog>;
