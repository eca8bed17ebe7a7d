import { parseCachedDossier } from '../../db/cache/cached-dossier';
import { intakeSchema, outboxErrorSchema, type Intake } from '../../../../shared/contract/actions';
import { DeskFailure } from '../../../../shared/contract/errors';
import { REVEAL_PURPOSES } from '../../../../shared/contract/privacy';
import type { Session } from '../../../../shared/contract/roles';
import { INTAKE_STATUS } from '../../../../shared/domain/dossier-status';
import { officeDate } from '../../../../shared/domain/office-time';
import { isCorrectableRejection } from '../../../../shared/domain/queue-reasons';
import { addWorkingDays } from '../../../../shared/domain/working-days';
import { maskTail } from '../../../../shared/privacy';
import type { OutboxRow } from '../../db/outbox/outbox-repo';
import type { Failpoint } from '../../failpoints';
import type { ActionServiceDeps, Recorded } from './action-service';
import { intakeAtThisDesk } from './competent-at-intake';
import { endOfOfficeDay, intakeProcedure } from './intake-checks';
import { provisionalDossier } from './provisional';
import { actorFor } from './queue-service';


const NOT_CORRECTABLE = {
  vi: 'Chỉ sửa và gửi lại được hồ sơ tiếp nhận mà Cổng từ chối vì thông tin chưa hợp lệ.',
  en: 'Only an intake the portal refused as invalid can be corrected and resent.',
} as const;
const QUEUED_BEHIND = {
  vi: 'Có thao tác khác đang chờ sau hồ sơ này: rút các thao tác đó trước rồi sửa và gửi lại.',
  en: 'Other actions wait behind this intake: withdraw them first, then correct and resend it.',
} as const;

/** The rejected intake row the officer may correct, or why not. */
function correctableIntake(row: OutboxRow | undefined): OutboxRow {
  if (!row) throw new DeskFailure('NOT_FOUND', 'No such queued action.');
  const error = row.last_error ? outboxErrorSchema.safeParse(JSON.parse(row.last_error)) : null;
  if (row.kind !== 'intake' || row.state !== 'rejected' || !isCorrectableRejection(error?.success ? error.data : null)) {
    throw new DeskFailure('REJECTED', NOT_CORRECTABLE.en, { message: NOT_CORRECTABLE });
  }
  return row;
}

/**
 * Correct and resend a rejected intake: the corrected intake is queued as a new row under the
 * same provisional code (the receipt the citizen holds) and the rejected row is superseded, in
 * ONE transaction — so after any crash there is exactly one of them to deliver, never both.
 */
export function intakeResend(deps: ActionServiceDeps & { readonly failpoint?: Failpoint }, commit: <T>(work: () => T) => T) {
  const failpoint = deps.failpoint ?? (() => undefined);
  return {
    /** What was sent, unmasked, for the form; an audited reveal (who, which action, why). */
    correctionDraft(seq: number, session: Session | null): { seq: number; dossierCode: string; intake: Intake } {
      const row = correctableIntake(deps.outbox.get(seq));
      const officerId = actorFor(row, session);
      const intake = intakeSchema.parse(JSON.parse(row.payload));
      deps.audit.append({
        officerId,
        action: 'reveal',
        subject: intake.applicant.idNumber ? maskTail(intake.applicant.idNumber) : row.dossier_code,
        detail: { seq, fields: ['idNumber', 'phone', 'email'], reason: REVEAL_PURPOSES.intakeCorrection },
      });
      return { seq, dossierCode: row.dossier_code, intake };
    },

    resendIntake(seq: number, corrected: Intake, session: Session | null): Recorded {
      const now = deps.now();
      const at = now.toISOString();
      const procedure = intakeProcedure(corrected, officeDate(now), deps.onlineOnly);
      const desk = intakeAtThisDesk(corrected, procedure.code, deps);
      return commit(() => {
        const row = correctableIntake(deps.outbox.get(seq));
        const officerId = actorFor(row, session);
        if (deps.outbox.openStates(row.dossier_code).some((open) => open.seq !== seq)) {
          throw new DeskFailure('REJECTED', QUEUED_BEHIND.en, { message: QUEUED_BEHIND });
        }
        const body = deps.dossiers.body(row.dossier_code);
        const before = body ? parseCachedDossier(body) : null;
        // The citizen's receipt keeps its date; a changed procedure gets its own appointment.
        const receivedAt = before?.receivedAt ?? row.created_at;
        const kept = before?.procedure.code === procedure.code ? (before.dueAt ?? null) : null;
        const dueAt = kept ?? endOfOfficeDay(addWorkingDays(officeDate(new Date(receivedAt)), procedure.workingDays));
        deps.dossiers.put(provisionalDossier(row.dossier_code, corrected, procedure, desk.units, receivedAt, dueAt, row.officer_id));
        const newSeq = deps.outbox.insert(desk.outboxRow(row.dossier_code, officerId, at));
        failpoint('resend-after-insert');
        if (!deps.outbox.supersede(seq, newSeq, at)) throw new DeskFailure('REJECTED', NOT_CORRECTABLE.en, { message: NOT_CORRECTABLE });
        deps.audit.append({ officerId, action: 'action_superseded', subject: row.dossier_code, detail: { seq, bySeq: newSeq, kind: 'intake', recordedBy: row.officer_id } });
        return { seq: newSeq, dossierCode: row.dossier_code, projectedStatus: INTAKE_STATUS, dueAt };
      });
    },
  };
}
