import { randomUUID } from 'node:crypto';
import { counterActionSchema, outboxErrorSchema, type CounterAction, type QueuedAction } from '../../../../shared/contract/actions';
import { DeskFailure } from '../../../../shared/contract/errors';
import type { Session } from '../../../../shared/contract/roles';
import { maskPayload } from '../../../../shared/privacy';
import { parseCachedDossier } from '../../db/cache/cached-dossier';
import type { AuditLog } from '../../audit/audit-log';
import type { DossierStore } from '../../db/cache/dossier-store';
import type { Db } from '../../db/connection';
import type { OutboxRepo, OutboxRow } from '../../db/outbox/outbox-repo';

/** A queued action as the contract carries it: the applicant's ID, phone and e-mail masked. */
export function toQueuedAction(row: OutboxRow): QueuedAction {
  const error = row.last_error ? outboxErrorSchema.safeParse(JSON.parse(row.last_error)) : null;
  return {
    seq: row.seq,
    kind: row.kind,
    dossierCode: row.dossier_code,
    officerId: row.officer_id,
    state: row.state,
    attempts: row.attempts,
    createdAt: row.created_at,
    deliveredAt: row.delivered_at,
    nextAttemptAt: row.next_attempt_at,
    lastError: error?.success ? error.data : null,
    payload: maskPayload(JSON.parse(row.payload)) as Record<string, unknown>,
  };
}

export interface QueueServiceDeps {
  readonly db: Db;
  readonly outbox: OutboxRepo;
  readonly audit: AuditLog;
  readonly dossiers: DossierStore;
  readonly now: () => Date;
  readonly nudge: () => void;
  /** The portal a re-applied action now goes to (portalOriginOf). */
  readonly portalOrigin?: string;
}

/**
 * An officer acts as themself: only the one who recorded an action, or a supervisor,
 * may withdraw or re-apply it. A supervisor who re-applies it becomes its sender.
 */
export function actorFor(row: OutboxRow, session: Session | null): string {
  if (!session) throw new DeskFailure('UNAUTHENTICATED', 'Sign in first.');
  if (session.officerId === row.officer_id || session.roles.includes('supervisor')) return session.officerId;
  throw new DeskFailure('FORBIDDEN_ROLE', `Action ${row.seq} was recorded by ${row.officer_id}; only they or a supervisor may change it.`, {
    message: {
      vi: `Thao tác do cán bộ ${row.officer_id} ghi: chỉ cán bộ đó hoặc giám sát viên được rút lại hay áp dụng lại.`,
      en: `This action was recorded by officer ${row.officer_id}: only they or a supervisor may withdraw or re-apply it.`,
    },
  });
}

/** The officer's side of failed actions: look, retry now, withdraw with a reason, re-apply. */
export function createQueueService(deps: QueueServiceDeps) {
  const get = (seq: number): OutboxRow => {
    const row = deps.outbox.get(seq);
    if (!row) throw new DeskFailure('NOT_FOUND', 'No such queued action.');
    return row;
  };

  return {
    list: (state: QueuedAction['state'] | undefined, limit: number) => deps.outbox.list(state ?? null, limit).map(toQueuedAction),
    get(seq: number) {
      const row = get(seq);
      const history = deps.outbox.history(seq).map((h) => ({ at: h.at, event: h.event, detail: h.detail ? (JSON.parse(h.detail) as unknown) : null }));
      return { ...toQueuedAction(row), history };
    },
    retryNow(seq: number | undefined) {
      deps.outbox.sendWaitingNow(seq);
      deps.nudge();
      return { started: true };
    },
    withdraw(seq: number, reason: string, session: Session | null): QueuedAction {
      const row = get(seq);
      const actor = actorFor(row, session);
      if (!['waiting', 'conflict', 'rejected'].includes(row.state)) {
        throw new DeskFailure('REJECTED', `An action that is ${row.state} cannot be withdrawn.`, {
          message: { vi: 'Không thể rút thao tác đang gửi hoặc đã gửi.', en: 'An action being sent or already delivered cannot be withdrawn.' },
        });
      }
      deps.db.transaction(() => {
        deps.outbox.withdraw(seq, deps.now().toISOString(), reason);
        deps.audit.append({ officerId: actor, action: 'action_withdrawn', subject: row.dossier_code, detail: { seq, kind: row.kind, reason, recordedBy: row.officer_id } });
      })();
      deps.nudge();
      return toQueuedAction(get(seq));
    },
    /**
     * Conflict: send again on the portal's current version. Rejected: resubmit, usually
     * corrected. Either way the payload or version changes, so a new key is used.
     */
    reapply(seq: number, corrected: CounterAction | undefined, session: Session | null): QueuedAction {
      const row = get(seq);
      const actor = actorFor(row, session);
      if (row.state !== 'conflict' && row.state !== 'rejected') {
        throw new DeskFailure('REJECTED', 'Only an action in conflict or rejected can be re-applied.');
      }
      if (corrected && corrected.kind !== row.kind) throw new DeskFailure('VALIDATION', 'The corrected action must be of the same kind.');
      const body = deps.dossiers.body(row.dossier_code);
      const version = body ? parseCachedDossier(body).version : row.expected_version;
      const payload = corrected ? JSON.stringify(counterActionSchema.parse(corrected)) : row.payload;
      deps.db.transaction(() => {
        deps.outbox.rekey(seq, deps.now().toISOString(), {
          idemKey: randomUUID(),
          expectedVersion: version,
          payload,
          why: row.state === 'conflict' ? 'reapplied' : 'resubmitted',
          officerId: actor,
          ...(deps.portalOrigin ? { portalOrigin: deps.portalOrigin } : {}),
        });
        deps.audit.append({
          officerId: actor, action: 'action_reapplied', subject: row.dossier_code, detail: { seq, kind: row.kind, version, recordedBy: row.officer_id },
        });
      })();
      deps.nudge();
      return toQueuedAction(get(seq));
    },
  };
}
export type QueueService = ReturnType<typeof createQueueService>;
