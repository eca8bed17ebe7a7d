import type { Intake } from '../../../../shared/contract/actions';
import type { Dossier, UnitRef } from '../../../../shared/domain/dossier';
import { INTAKE_STATUS } from '../../../../shared/domain/dossier-status';
import type { Procedure } from '../../../../shared/domain/procedures';

export { isProvisionalCode, provisionalCode } from '../../../../shared/domain/provisional-code';

/** The dossier as the desk shows it until the portal assigns the official code. */
export function provisionalDossier(code: string, intake: Intake, procedure: Procedure,
  units: { readonly receivingCentre: UnitRef; readonly competentUnit: UnitRef }, at: string, dueAt: string, officerId: string): Dossier {
  return {
    code,
    version: 1,
    status: INTAKE_STATUS,
    procedure: { code: procedure.code, name: procedure.name },
    field: { code: procedure.field.code, name: procedure.field.name },
    receivingCentre: units.receivingCentre,
    competentUnit: units.competentUnit,
    applicant: { ...intake.applicant },
    summary: intake.summary,
    sets: intake.sets,
    feeVnd: procedure.feeVnd,
    submittedAt: at,
    receivedAt: at,
    dueAt,
    returnedAt: null,
    updatedAt: at,
    vneidVerified: intake.vneidVerified,
    history: [{ status: INTAKE_STATUS, action: 'intake', at, officerId, note: intake.note ?? null }],
  };
}
