import type { DossierRow, Timeliness } from '../../../../shared/contract/lookup';
import { communeOf } from '../../../../shared/domain/address';
import { dossierStatusSchema, STOPPED_STATUSES } from '../../../../shared/domain/dossier-status';
import { officeDate } from '../../../../shared/domain/office-time';
import { timeliness } from '../../../../shared/domain/timeliness';
import { maskTail } from '../../../../shared/privacy';
import { linkageFactsSchema } from '../../../../shared/domain/linkage-facts';
import { linkageStateOf, type LinkageState } from '../../../../shared/domain/linkage';
import type { DossierListRow } from '../../db/cache/dossier-search';

/** Closed without a result for the applicant: timeliness does not apply. */
const STOPPED: ReadonlySet<number> = new Set(STOPPED_STATUSES);

export function timelinessOf(status: number, dueAt: string | null, returnedAt: string | null, today: string): Timeliness {
  if (!dueAt || (STOPPED.has(status) && !returnedAt)) return { kind: 'no_due_date' };
  return timeliness(
    { dueDate: officeDate(new Date(dueAt)), returnedDate: returnedAt ? officeDate(new Date(returnedAt)) : null },
    today,
  );
}

export const maskId = (idNumber: string | null): string | null => (idNumber ? maskTail(idNumber, 4) : null);

/** The applicant's VNeID state on the office day, from their cached record (null when none). */
export function applicantLinkageOf(linkage: string | null, today: string): LinkageState | null {
  if (linkage === null) return null;
  const facts = linkageFactsSchema.safeParse(JSON.parse(linkage));
  return facts.success ? linkageStateOf(facts.data, today) : null;
}

export function toDossierRow(row: DossierListRow, today: string, pendingActions = 0): DossierRow {
  return {
    code: row.code,
    applicantName: row.applicant_name,
    applicantIdMasked: maskId(row.applicant_id),
    citizenRef: row.citizen_ref,
    procedureName: row.procedure_name,
    fieldName: row.field_name,
    applicantBirthYear: row.birth_date ? Number(row.birth_date.slice(0, 4)) : null,
    applicantCommune: communeOf(row.address),
    applicantLinkage: applicantLinkageOf(row.linkage, today),
    status: dossierStatusSchema.parse(row.status),
    receivedAt: row.received_at,
    dueAt: row.due_at,
    timeliness: timelinessOf(row.status, row.due_at, row.returned_at, today),
    pendingActions,
  };
}
