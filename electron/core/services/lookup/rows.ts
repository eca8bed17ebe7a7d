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

/**
 * Decided states by office day and facts text. Parsing and validating the facts was the
 * largest part of mapping a result row, and the rows of one counter's searches repeat
 * (each key typed asks again for much the same rows). Bounded: emptied when full.
 */
const decided = new Map<string, LinkageState | null>();
const DECIDED_MAX = 4096;

/** The applicant's VNeID state on the office day, from their cached record (null when none). */
export function applicantLinkageOf(linkage: string | null, today: string): LinkageState | null {
  if (linkage === null) return null;
  const key = `${today}\u0000${linkage}`;
  const known = decided.get(key);
  if (known !== undefined) return known;
  const facts = linkageFactsSchema.safeParse(JSON.parse(linkage));
  const state = facts.success ? linkageStateOf(facts.data, today) : null;
  if (decided.size >= DECIDED_MAX) decided.clear();
  decided.set(key, state);
  return state;
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
