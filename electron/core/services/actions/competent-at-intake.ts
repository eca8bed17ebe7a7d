import { randomUUID } from 'node:crypto';
import type { Intake } from '../../../../shared/contract/actions';
import { DeskFailure } from '../../../../shared/contract/errors';
import { pickedCompetentUnit, type CompetentUnitCatalogue } from '../../../../shared/domain/competent-units';
import type { UnitRef } from '../../../../shared/domain/dossier';
import type { NewOutboxRow } from '../../db/outbox/outbox-repo';

/**
 * The unit that will decide an intake, independent of the receiving centre: the one the
 * officer picked, else the procedure's usual unit. A unit not competent for the procedure
 * is refused before anything is queued.
 */
export function competentUnitAtIntake(procedureCode: string, picked: string | undefined, catalogue?: CompetentUnitCatalogue): UnitRef {
  const unit = pickedCompetentUnit(procedureCode, picked, catalogue);
  if (unit) return { code: unit.code, name: unit.name };
  if (picked === undefined) return { code: '', name: '' };
  const message = {
    vi: `Đơn vị ${picked} không có thẩm quyền giải quyết thủ tục này. Hãy chọn đơn vị trong danh sách.`,
    en: `Unit ${picked} is not competent for this procedure. Pick a unit from the list.`,
  };
  throw new DeskFailure('VALIDATION', message.en, { message, issues: [{ key: 'competentUnitCode', message }] });
}

/**
 * An intake as this desk queues it: received here (the centre), decided by its competent
 * unit, which the wire carries; `outboxRow` is its new outbox entry under a (provisional) code.
 */
export function intakeAtThisDesk(
  intake: Intake,
  procedureCode: string,
  desk: {
    readonly agencyCode: string;
    readonly centreName?: string | undefined;
    readonly portalOrigin?: string | undefined;
    readonly competentUnits?: CompetentUnitCatalogue | undefined;
  },
) {
  const competentUnit = competentUnitAtIntake(procedureCode, intake.competentUnitCode, desk.competentUnits);
  const wire = competentUnit.code ? { ...intake, competentUnitCode: competentUnit.code } : intake;
  return {
    units: { receivingCentre: { code: desk.agencyCode, name: desk.centreName ?? '' }, competentUnit },
    outboxRow: (dossierCode: string, officerId: string, createdAt: string): NewOutboxRow => ({
      idemKey: randomUUID(), kind: 'intake', dossierCode, basedOnSeq: null, expectedVersion: null,
      payload: JSON.stringify(wire), officerId, createdAt, portalOrigin: desk.portalOrigin ?? null,
    }),
  };
}
