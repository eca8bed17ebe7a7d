import { randomUUID } from 'node:crypto';
import type { AssistedFiling, CounterAction, Intake } from '../../../../shared/contract/actions';
import { DeskFailure } from '../../../../shared/contract/errors';
import type { Session } from '../../../../shared/contract/roles';
import type { Dossier } from '../../../../shared/domain/dossier';
import { parseCachedDossier } from '../../db/cache/cached-dossier';
import { problemWithDossier } from '../../../../shared/domain/action-kinds';
import { nextStatus, INTAKE_STATUS, type DossierStatus } from '../../../../shared/domain/dossier-status';
import { officeDate } from '../../../../shared/domain/office-time';
import type { CompetentUnitCatalogue } from '../../../../shared/domain/competent-units';
import { onlineOnlyRule, type OnlineOnlyCatalogue } from '../../../../shared/domain/online-only';
import { procedureByCode } from '../../../../shared/domain/procedures';
import { addWorkingDays } from '../../../../shared/domain/working-days';
import type { AuditLog } from '../../audit/audit-log';
import type { DossierStore } from '../../db/cache/dossier-store';
import type { DeskActivityRepo } from '../../db/outbox/desk-activity-repo';
import type { Db } from '../../db/connection';
import { createIdleCheckpointer } from '../../db/outbox/idle-checkpoint';
import type { OutboxRepo } from '../../db/outbox/outbox-repo';
import type { Failpoint } from '../../failpoints';
import { endOfOfficeDay, intakeProcedure } from './intake-checks';
import { intakeResend } from './intake-resend';
import { intakeAtThisDesk } from './competent-at-intake';
import { projectStatus } from './projection';
import { provisionalCode, provisionalDossier } from './provisional';
import { asStorageFailure } from './storage-errors';

export interface ActionServiceDeps {
  readonly db: Db;
  readonly outbox: OutboxRepo;
  readonly audit: AuditLog;
  readonly dossiers: DossierStore;
  /** Where work without a dossier is kept (assisted online filing after a refused intake). */
  readonly deskActivity?: DeskActivityRepo;
  readonly now: () => Date;
  readonly deviceId: string;
  readonly agencyCode: string;
  /** This desk's centre (machine config centre.name): the receiving centre of its intakes. */
  readonly centreName?: string;
  /** Online-only procedures (Directive 24); the built-in list when absent. */
  readonly onlineOnly?: OnlineOnlyCatalogue;
  /** Who may decide each procedure (machine config competentUnits); the built-in catalogue when absent. */
  readonly competentUnits?: CompetentUnitCatalogue;
  /** Recorded with each action: it is delivered to this portal only (portalOriginOf). */
  readonly portalOrigin?: string;
  /** Called after a commit so the drain can start (never inside the transaction). */
  readonly afterEnqueue: () => void;
  /** Named crash points for the delivery proofs (a no-op in every built app). */
  readonly failpoint?: Failpoint;
}

export interface Recorded {
  readonly seq: number;
  readonly dossierCode: string;
  readonly projectedStatus: DossierStatus;
  readonly dueAt: string | null;
}

export const officerOf = (session: Session | null): string => {
  if (!session) throw new DeskFailure('UNAUTHENTICATED', 'Sign in first.');
  return session.officerId;
};


/**
 * Records counter actions. Each is checked against the allowed transitions (refused →
 * nothing queued) and its outbox row and audit row (and, for an intake, the provisional
 * dossier) are written in ONE transaction.
 */
export function createActionService(deps: ActionServiceDeps) {
  const load = (code: string): Dossier => {
    const body = deps.dossiers.body(code);
    if (!body) throw new DeskFailure('NOT_FOUND', 'This dossier is not in the local cache.', { code });
    return parseCachedDossier(body);
  };

  const checkpoints = createIdleCheckpointer(deps.db);

  const commit = <T>(work: () => T): T => {
    try {
      const result = deps.db.transaction(work)();
      deps.afterEnqueue();
      checkpoints.committed();
      return result;
    } catch (error) {
      throw asStorageFailure(error);
    }
  };

  return {
    ...intakeResend(deps, commit),
    record(dossierCode: string, action: CounterAction, session: Session | null): Recorded {
      const officerId = officerOf(session);
      const dossier = load(dossierCode);
      const now = deps.now();
      const at = now.toISOString();
      const problem = problemWithDossier(action, { currentDueDate: dossier.dueAt ? officeDate(new Date(dossier.dueAt)) : null, today: officeDate(now) });
      if (problem) {
        throw new DeskFailure('VALIDATION', problem.message.en, { message: problem.message, issues: [{ key: `action.${problem.field}`, message: problem.message }] });
      }
      // Check and write in the same transaction: the open rows read are the ones the new row queues behind.
      return commit(() => {
        const open = deps.outbox.openStates(dossier.code);
        const current = projectStatus(dossier, open);
        const outcome = nextStatus(current, action.kind);
        if (!outcome.ok) throw new DeskFailure('REJECTED', outcome.reason.en, { message: outcome.reason, status: current });
        const seq = deps.outbox.insert({
          idemKey: randomUUID(),
          kind: action.kind,
          dossierCode: dossier.code,
          basedOnSeq: open.at(-1)?.seq ?? null,
          expectedVersion: dossier.version,
          payload: JSON.stringify(action),
          officerId,
          createdAt: at,
          portalOrigin: deps.portalOrigin ?? null,
        });
        deps.audit.append({ officerId, action: 'action_queued', subject: dossier.code, detail: { seq, kind: action.kind } });
        return { seq, dossierCode: dossier.code, projectedStatus: outcome.status, dueAt: dossier.dueAt };
      });
    },

    intake(intake: Intake, session: Session | null): Recorded {
      const officerId = officerOf(session);
      const now = deps.now();
      const at = now.toISOString();
      const today = officeDate(now);
      const procedure = intakeProcedure(intake, today, deps.onlineOnly);
      const desk = intakeAtThisDesk(intake, procedure.code, deps);
      const dueAt = endOfOfficeDay(addWorkingDays(today, procedure.workingDays));
      return commit(() => {
        const prefix = provisionalCode(deps.deviceId, today, 0).slice(0, -4);
        const code = provisionalCode(deps.deviceId, today, deps.outbox.intakesCodedFrom(prefix) + 1);
        deps.dossiers.put(provisionalDossier(code, intake, procedure, desk.units, at, dueAt, officerId));
        const seq = deps.outbox.insert(desk.outboxRow(code, officerId, at));
        deps.audit.append({ officerId, action: 'action_queued', subject: code, detail: { seq, kind: 'intake', procedure: procedure.code } });
        return { seq, dossierCode: code, projectedStatus: INTAKE_STATUS, dueAt };
      });
    },

    /**
     * Assisted online filing of a refused paper intake. There is no dossier for the outbox's
     * per-dossier order to key on (the citizen's online dossier gets its code on the portal),
     * so it is kept and audited on this desk, in one transaction, and never sent.
     */
    assistedFiling(filing: AssistedFiling, session: Session | null): { id: number; at: string } {
      const officerId = officerOf(session);
      const procedure = procedureByCode(filing.procedureCode);
      const now = deps.now();
      if (!procedure || !onlineOnlyRule(procedure.code, officeDate(now), deps.onlineOnly)) {
        const message = {
          vi: 'Chỉ ghi nhận hỗ trợ nộp trực tuyến không kèm hồ sơ khi thủ tục không nhận hồ sơ giấy (Chỉ thị 24/CT-TTg).',
          en: 'Assisted online filing without a dossier is recorded only for a procedure that takes no paper dossier (Directive 24/CT-TTg).',
        };
        throw new DeskFailure('VALIDATION', message.en, { message, issues: [{ key: 'procedureCode', message }] });
      }
      const store = deps.deskActivity;
      if (!store) throw new DeskFailure('STORAGE', 'This desk keeps no record of work without a dossier.');
      const at = now.toISOString();
      return commit(() => {
        const id = store.insert({
          kind: filing.action.kind, officerId, createdAt: at, procedureCode: procedure.code, procedureName: procedure.name,
          applicantName: filing.applicantName, applicantId: filing.applicantIdNumber ?? null, payload: JSON.stringify(filing.action),
        });
        deps.audit.append({ officerId, action: 'desk_activity_recorded', subject: `desk-activity-${id}`, detail: { id, kind: filing.action.kind, procedure: procedure.code } });
        return { id, at };
      });
    },
  };
}
export type ActionService = ReturnType<typeof createActionService>;
