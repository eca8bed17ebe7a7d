import type { Intake } from '../../../shared/contract';
import type { AccountKind } from '../../../shared/domain/linkage-facts';
import { contactIssues, type ContactIssue } from '../../../shared/domain/intake-rules';
import { documentsFor } from '../../../shared/domain/procedure-documents';
import { parseApplicantId } from '../../../shared/domain/applicant-id';
import { normalisePhone } from '../../../shared/domain/query-recognise';
import { addWorkingDays } from '../../../shared/domain/working-days';
import { blankToNull, isBlank } from '../../../shared/domain/blank';
import { procedureByCode, type Procedure } from '../../../shared/domain/procedures';

export interface IntakeValues {
  kind: AccountKind;
  name: string;
  idNumber: string;
  phone: string;
  email: string;
  address: string;
  procedureCode: string;
  /** The competent unit picked for the procedure; '' = its usual unit. */
  competentUnitCode: string;
  summary: string;
  documents: string[];
  /** Ids of the procedure's checklist documents ticked as received. */
  checked: string[];
  sets: number;
  vneidVerified: boolean;
  note: string;
}

export const emptyIntake: IntakeValues = {
  kind: 'citizen', name: '', idNumber: '', phone: '', email: '', address: '', procedureCode: '', competentUnitCode: '', summary: '', documents: [''], checked: [], sets: 1, vneidVerified: false, note: '',
};

export type IntakeField = 'name' | 'address' | 'procedureCode' | 'summary' | 'documents' | 'sets';

/** The appointment date (yyyy-MM-dd): the procedure's working days after today's office date. */
export const appointmentDate = (procedure: Procedure, officeToday: string): string => addWorkingDays(officeToday, procedure.workingDays);


/** The ID number and phone as the portal stores them (no spaces, national phone form) when they parse. */
const normalisedId = (text: string): string | null => {
  const id = parseApplicantId(text);
  return id.ok ? id.value : blankToNull(text);
};
const normalisedPhone = (text: string): string | null => normalisePhone(text.trim()) ?? blankToNull(text);

/**
 * The contract's intake, or what stops it: required fields left empty, and the ID number or
 * phone the portal would refuse (shared/domain/intake-rules.ts, the rules it applies).
 * Ticked checklist documents are recorded by their Vietnamese names, before any typed ones.
 */
export function buildIntake(v: IntakeValues, officeToday: string): { intake: Intake } | { missing: IntakeField[]; issues: ContactIssue[] } {
  const ticked = documentsFor(v.procedureCode).filter((doc) => v.checked.includes(doc.id)).map((doc) => doc.name.vi);
  const documents = [...ticked, ...v.documents.map((d) => d.trim()).filter((d) => d !== '')];
  const missing: IntakeField[] = [];
  if (isBlank(v.name)) missing.push('name');
  if (isBlank(v.address)) missing.push('address');
  if (!procedureByCode(v.procedureCode)) missing.push('procedureCode');
  if (isBlank(v.summary)) missing.push('summary');
  if (documents.length === 0) missing.push('documents');
  if (!Number.isInteger(v.sets) || v.sets < 1 || v.sets > 99) missing.push('sets');
  const issues = contactIssues({ kind: v.kind, idNumber: blankToNull(v.idNumber), phone: blankToNull(v.phone) }, officeToday);
  if (missing.length > 0 || issues.length > 0) return { missing, issues };
  return {
    intake: {
      procedureCode: v.procedureCode,
      ...(v.competentUnitCode === '' ? {} : { competentUnitCode: v.competentUnitCode }),
      applicant: { kind: v.kind, name: v.name.trim(), idNumber: normalisedId(v.idNumber), phone: normalisedPhone(v.phone), email: blankToNull(v.email), address: v.address.trim() },
      summary: v.summary.trim(),
      documents,
      sets: v.sets,
      vneidVerified: v.vneidVerified,
      ...(isBlank(v.note) ? {} : { note: v.note.trim() }),
    },
  };
}
